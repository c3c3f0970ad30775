/**
 * Named things without a type word: brand names of a programme, a slogan word and a place (brands.ts, brandNames.json):
 * 平安江西, 健康苏州, 美丽中国 recur as named programmes and link to their first mention (the links convention of
 * session 18); and laws named in 《》 and said again without them (lawTitles.ts). Each on the real text it was written for.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { SEED, readCorpus } from '../support/corpus';

const entities = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('brand names of a slogan word and a place', () => {
  it('a province’s brands recur from the plan to the tasks (江西 2026, dev: 美丽江西、平安江西、法治江西建设 … 聚焦建设更高水平平安江西)', () => {
    const jiangxi = entities(readCorpus('local/jiangxi-2026.txt'));
    expect(linksOf(jiangxi, '美丽江西')).toEqual(['L41 → L40 美丽江西', 'L71 → L40 美丽江西']);
    expect(linksOf(jiangxi, '平安江西')).toEqual(['L75 → L41 平安江西']);
    expect(linksOf(jiangxi, '健康江西')).toEqual(['L70 → L41 健康江西']);
  });

  it('the place is the report’s own, a city too (seed, 苏州市: 健康苏州建设成效显著 … 持续推进健康苏州“531”系列行动计划)', () => {
    expect(linksOf(entities(readCorpus(SEED)), '健康苏州')).toEqual(['L186 → L34 健康苏州']);
  });

  it('the country is a place (national 2024: 深入推进美丽中国建设 … 建设美丽中国先行区, a zone said once, in which the brand stands for itself)', () => {
    const national = entities(readCorpus('national/2024.txt'));
    expect(linksOf(national, '美丽中国')).toEqual(['L157 → L51 美丽中国', 'L162 → L51 美丽中国']);
    expect(linksOf(national, '平安中国')).toEqual(['L176 → L55 平安中国']);
  });

  it('a province’s name starting a unit of its own is no brand (安徽 2026: 高水平建设长三角安全人工智能安徽省实验室), nor a slogan word said of something else (广东 2026 and the seed: 规范健康发展, 平稳健康发展)', () => {
    const text = [
      '政府工作报告',
      '各位代表：',
      '据集。高水平建设长三角安全人工智能安徽省实验室。推动平台经济创',
      '加强全口径地方债务监测，支持房地产企业规范健康发展。',
      '促进房地产市场平稳健康发展。发挥新市民事务中心功能',
    ].join('\n');
    expect(entities(text).filter((r) => r.from.text.startsWith('智慧') || r.from.text.startsWith('健康'))).toEqual([]);
  });

  it('a province’s name as its brands say it (黑龙江 2026, outside: 龙江), from the plan to the year’s tasks', () => {
    const text = [
      '政府工作报告',
      '各位代表：',
      '满意的教育，健全社会保障体系，推动房地产高质量发展、体育事业加快发展，建设高水平健康龙江，推动人民生活从全面小康向共同富裕和更高',
      '建设高水平健康龙江。实施公共卫生体系强化行动，建设国家、省',
    ].join('\n');
    expect(linksOf(entities(text), '健康龙江')).toEqual(['L3 → L2 健康龙江']);
  });

  it('a county of one character keeps its unit (src32 易县-2022, outside ../shared/corpus: 平安易县, never 平安易)', () => {
    const text = [
      '2022年易县政府工作报告',
      '政府工作报告',
      '易县人民政府县长 杨大伟',
      '各位代表：',
      '平安易县建设扎实推进，人民群众的获得感、幸福感、安全感进一步增强。',
      '（七）坚持统筹发展和安全，在建设更高水平平安易县上跑出加速度。',
      '持续加强社会治安防控体系建设，严厉打击黑拐枪、盗抢骗、黄赌毒和电信网络诈骗等违法犯罪，建设平安易县，当好首都政治“护城河”。',
    ].join('\n');
    expect(linksOf(entities(text), '平安易县')).toEqual(['L5 → L4 平安易县', 'L6 → L4 平安易县']);
    expect(entities(text).filter((r) => r.from.text === '平安易')).toEqual([]);
  });
});

describe('laws named in 《》 and said again without them (src/core/references/lawTitles.ts)', () => {
  it('link to the title (national 2005, dev: 各级政府认真实施《行政许可法》 … 认真贯彻行政许可法)', () => {
    const national = entities(readCorpus('national/2005.txt'));
    expect(linksOf(national, '行政许可法')).toEqual(['L276 → L74 行政许可法', 'L284 → L74 行政许可法']);
  });

  it('a short title of measures is no law (甘肃 2026, outside: 全面施行《民营经济促进法》及我省《实施办法》 … 碳排放评价实施办法)', () => {
    const text = [
      '政府工作报告',
      '各位代表：',
      '坚持“两个毫不动摇”，全面施行《民营经济促进法》及我省《实施办法》，更高标准优化营商环境，开展民营经济“助力护航”行动。',
      '加快构建碳排放双控体系，制定固定资产投资项目节能审查和碳排放评价实施办法，强化碳排放指标管理。',
    ].join('\n');
    expect(linksOf(entities(text), '实施办法')).toEqual([]);
  });

  // A review of session 18: the law's words inside 法律 were a mention, and a bare mention before the title was the
  // place the title pointed at.
  it('take the reader to the title, and find no mention inside a longer word (行政许可法律制度)', () => {
    const text = [
      '2005年政府工作报告',
      '一、2004年工作回顾',
      '推进依法行政，贯彻行政许可法。',
      '二、2005年工作',
      '各级政府认真实施《行政许可法》，规范审批。',
      '认真贯彻行政许可法，完善行政许可法律制度。',
    ].join('\n');
    expect(linksOf(entities(text), '行政许可法')).toEqual(['L2 → L4 行政许可法', 'L5 → L4 行政许可法']);
  });
});
