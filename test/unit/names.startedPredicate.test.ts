/**
 * 启动 opens the predicate after a counted noun (nameWords.json predicateOpeners): 13个谋划项目启动建设 was named
 * 谋划项目启动 (an eleventh trial, 保定 2026). Sentences from outside text: 保定 2026 (the trial's copy), 河北 2015
 * (yver-sun/gaoyang-towel-resilience) and national 2007 (aldohemsn/chinese-political-corpora), none in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('启动 after a counted noun', () => {
  it('ends the noun phrase (保定 2026)', () => {
    const line = '智能网联新能源汽车集群，加快长城汽车10个在建项目投产达效、13个谋划项目启动建设，高标准建设国际赛车场和超跑中心。';
    expect(namesOf(line, ['13个'])).toEqual(['谋划项目']);
  });

  it('with its object after it (河北 2015)', () => {
    const line = '26家省属国有二三级企业实行混合所有制，重组河北航空公司，45家国有企业启动厂办大集体改革。';
    expect(namesOf(line, ['45家'])).toEqual(['国有企业']);
  });

  it('after an adverb (national 2007)', () => {
    const line = '大型油气田和煤层气开发、新一代宽带无线移动通信网、大型飞机设计与制造、载人航天与探月工程等16个重大专项陆续启动。';
    expect(namesOf(line, ['16个'])).toEqual(['重大专项']);
  });
});
