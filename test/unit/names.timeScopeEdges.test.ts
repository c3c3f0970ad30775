/**
 * A time point opening a name (本世纪末, leadingWords in nameWords.json) and a scope adverb closing it before the verb
 * (全部, trailingNoise.json) say when and how many, never what. Sentences quoted from outside text: national 1981 and
 * 1984 (aldohemsn/chinese-political-corpora) and 保定 2023 (yver-sun/gaoyang-towel-resilience), not in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, thisYearWork } from '../support/names';

describe('time and scope words at a name’s edges', () => {
  it('drops 本世纪末 before the subject (national 1984, 1981)', () => {
    expect(nameOf('对实现本世纪末全国工农业年总产值翻两番的宏伟目标和社会主义事业的光辉前景更加充满信心。', '两番', thisYearWork(1984))).toBe('工农业年总产值');
    expect(nameOf('我们要求全国上下为着人民的利益，民族的前途，为实现本世纪末把我国人口控制在十二亿以内的目标，作出坚持不懈的努力。', '十二亿', thisYearWork(1981))).toBe('人口');
  });

  it('drops 全部 between the subject and its verb (保定 2023)', () => {
    const line = '壮大农村新型集体经济，力争村级集体经济收入全部达到10万元以上，50万元以上的达到50%，100万元以上的达到20%。';
    expect(nameOf(line, '10万元', thisYearWork(2023))).toBe('村级集体经济收入');
  });
});
