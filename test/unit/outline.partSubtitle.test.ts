import { describe, expect, it } from 'vitest';
import { nodeAtLine as at } from '../support/outlineNodes';

/**
 * 保定市 2025 from district.ce.cn (yver-sun/gaoyang-towel-resilience data/government_reports/保定市_2025_report.txt,
 * outside the corpus), lines 10–15, 25–27 and 30, one paragraph a line, no blank lines, paragraphs cut after their
 * first sentence: each part's name has a dash subtitle on the next line, then the part's text.
 */
const BAODING_2025_EXCERPT = [
  '各位代表：',
  '现在，我代表保定市人民政府向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。',
  '一、2024年工作回顾',
  '——经济稳中有进、发展质效向好',
  '过去一年，面对严峻复杂的外部环境和交织叠加的风险挑战，在省委、省政府和市委的坚强领导下，我们牢记嘱托、感恩奋进，坚定信心、攻坚克难，落实“五个走在前列”“两个新样板”要求，做实“1+9”工作任务，高质量发展扎实推进，现代化品质生活之城建设步伐稳健。',
  '一是协同发展走深走实、成效明显。坚持全域对接、全面承接，机遇优势加速转化为发展红利。',
  '二、2025年主要任务',
  '——攻坚新颜值、决胜“十四五”',
  '今年政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神。',
  '（一）纵深推进协同发展，深度融入现代化首都都市圈。坚决在对接京津、联动雄安中加快发展自己。',
].join('\n');

describe('a dash line under a part name is its subtitle', () => {
  it('gives no lead to “——经济稳中有进、发展质效向好” and “——攻坚新颜值、决胜“十四五”” (保定 2025)', () => {
    expect(at(BAODING_2025_EXCERPT, '——经济稳中有进、发展质效向好')).toBeUndefined();
    expect(at(BAODING_2025_EXCERPT, '——攻坚新颜值、决胜“十四五”')).toBeUndefined();
    // The parts and what stands under them are read as before.
    expect(at(BAODING_2025_EXCERPT, '一、2024年工作回顾')).toMatchObject({ kind: 'part', level: 1 });
    expect(at(BAODING_2025_EXCERPT, '一是协同发展走深走实、成效明显。')).toMatchObject({ kind: 'point', level: 2 });
    expect(at(BAODING_2025_EXCERPT, '（一）纵深推进协同发展')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('keeps a dash line that is a sentence, or one of a series, a lead', () => {
    const series = BAODING_2025_EXCERPT.replace('——经济稳中有进、发展质效向好\n', '——经济稳中有进、发展质效向好\n——协同发展走深走实、成效明显\n');
    expect(at(series, '——经济稳中有进、发展质效向好')).toMatchObject({ kind: 'lead', level: 2 });
    const sentence = BAODING_2025_EXCERPT.replace('——经济稳中有进、发展质效向好', '——经济稳中有进、发展质效向好。');
    expect(at(sentence, '——经济稳中有进、发展质效向好。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});
