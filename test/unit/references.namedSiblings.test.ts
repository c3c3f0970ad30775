/**
 * A list item with no type word, said beside a name the report says again, is one of the named things the list counts
 * (the links README: any proper name that recurs): src/core/references/namedSiblings.ts. Real lines of src32
 * 顺平县-2008 (lines 14, 41), 高阳县-2017 (35, 113), 保定市-2025 (31, 34), 唐县-2020, 满城区-2022,
 * 河北省-2023, 阜平县-2017 and 保定市-2023, outside ../shared/corpus, and of the dev seed (000_4ff7010d533e2b03, lines 70, 178).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const TITLE = '标题：2008年顺平县政府工作报告\n发文单位：顺平县人民政府\n\n正文：\n\n';

const links = (body: string): string[] =>
  analyzeReport(TITLE + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a list item beside a recurring name', () => {
  it('links its exact repeat: a school beside a centre (顺平县-2008 lines 14, 41)', () => {
    const body = [
      '教育事业稳步发展，职教中心、腰山中学搬迁工作正式启动，教育资源配置更加合理。',
      '优先发展教育。年内完成职教中心、腰山中学、县幼儿园的搬迁建设，及早谋划启动实验学校搬迁。',
    ].join('\n');
    expect(links(body)).toContain('6:腰山中学 → 5:腰山中学');
  });

  it('firms beside a group the report names again (高阳县-2017 lines 35, 113)', () => {
    const body = [
      '三利集团、永亮公司、航证公司、上海今迈、淘巾商盟等企业电商销售业绩持续攀升。',
      '大力发展电子商务。提升三利集团、永亮公司、上海今迈等企业电商层次，支持更多企业开展网上销售。',
    ].join('\n');
    const got = links(body);
    expect(got).toContain('6:永亮公司 → 5:永亮公司');
    expect(got).toContain('6:上海今迈 → 5:上海今迈');
  });

  it('a works said by its own name beside a base, and again before 建设 (保定市-2025 lines 31, 34)', () => {
    const body = [
      '开展重点项目质量提升行动，抓好国际医疗基地、环城水系二期等总投资6074亿元的813个省市重点项目建设。',
      '加快国际医疗基地建设。完成环城水系二期建设，实现清水长流、活水绕城、水游直隶。',
    ].join('\n');
    expect(links(body)).toContain('6:环城水系二期 → 5:环城水系二期');
  });

  it('a project beside named quarters (seed lines 70, 178)', () => {
    const body = [
      '持续实施平江片区、道前片区、虎丘地区综合改造等古城保护重大项目。',
      '推进平江片区重点功能区保护修缮、虎丘地区综合改造、七里山塘全线贯通工程。',
    ].join('\n');
    expect(links(body)).toContain('6:虎丘地区综合改造 → 5:虎丘地区综合改造');
  });

  it('not facilities beside a centre said once (唐县-2020)', () => {
    const body = [
      '加快景区游客接待中心、停车场、步游路、标识标牌等配套设施建设，接待能力和水平明显提升。',
      '加快推进游客接待中心建设，完善提升景区停车场、旅游厕所、步游路、标识标牌等配套设施。',
    ].join('\n');
    expect(links(body).filter((l) => /步游路|标识标牌/.test(l))).toEqual([]);
  });

  it('not the parts of a quoted slogan (满城区-2022 lines 28, 61)', () => {
    const body = [
      '聚焦一个“干”字，奋力推动“品质生活新区、善美活力满城”跑出加速度、拼出新精彩，激情奋进“十四五”。',
      '锐意进取、勇毅前行，奋力推动“品质生活新区、善美活力满城”跑出加速度、拼出新精彩，以优异成绩迎接党的二十大胜利召开！',
    ].join('\n');
    expect(links(body).filter((l) => /拼出新精彩|跑出加速度/.test(l))).toEqual([]);
  });

  it('not a place said beside zones the report names again (河北省-2023 lines 26, 67)', () => {
    const body = [
      '省市重点项目完成投资9700亿元，雄安新区、廊坊临空经济区、曹妃甸区、渤海新区等重点区域带动作用显著。',
      '积极承接京津产业转移，抓好曹妃甸区、渤海新区、北戴河生命健康产业创新示范区等重点平台建设。',
    ].join('\n');
    const got = links(body);
    expect(got).toContain('6:渤海新区 → 5:渤海新区');
    expect(got.filter((l) => /曹妃甸/.test(l))).toEqual([]);
  });

  it('not a list of what was done (阜平县-2017)', () => {
    const body = [
      '回迁安置小区、职教中心新校区、中医院、阜东小学、园区路网、供水、供热、污水处理等一批重点项目建设全面铺开、加紧推进。',
      '通过五年努力，全县各条战线工作全面铺开、加紧推进，职教中心新校区投入使用。',
    ].join('\n');
    expect(links(body).filter((l) => /加紧推进|全面铺开/.test(l))).toEqual([]);
  });
  it('not a list of policies beside a strategy said short (保定市-2023 lines 31, 32, 42)', () => {
    const title = '标题：2023年保定市政府工作报告\n发文单位：保定市人民政府\n\n正文：\n\n';
    const body = [
      '突出“五大抓手”，推动协同发展、创新驱动、乡村振兴、城市更新、安全发展，确保省委对保定提出的目标要求落地落实。',
      '（一）加力推进协同发展，让京雄保一体化更加紧密联动。坚决落实“努力在推进京津冀协同发展上走在前列”要求。抓好7个京津产业转移省级重点承接平台建设，拓展协同发展成果。',
      '（十）加力推进安全发展，让社会治理更加公平高效。',
    ].join('\n');
    const got = analyzeReport(title + body).references.filter((r: Reference) => r.kind === 'entity').map((r) => r.from.text);
    expect(got).toContain('协同发展');
    expect(got).not.toContain('安全发展');
  });
});
