/**
 * The firms a report names as the leaders of a field (以…为代表的…产业) link their later mentions when the report says
 * them elsewhere as firms or projects: src/core/references/representativeFirms.ts. Real lines of src32 涞源县-2021
 * (lines 17, 48), 容城县-2017 and 容城县-2019, outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const TITLE = '标题：2021年涞源县政府工作报告\n发文单位：涞源县人民政府\n\n正文：\n\n';

const links = (body: string): string[] =>
  analyzeReport(TITLE + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('the firms a field is represented by', () => {
  it('link where the report says them as a firm or a project too (涞源县-2021 lines 17, 48)', () => {
    const body = [
      '玖兴农牧、雄源智慧服装、同光晶体成为开发区第一批实现新旧动能转换入驻园区的重点项目。',
      '以雄源服装为代表的智慧服装产业园，以同光晶体为代表的新一代信息技术产业园。雄源服装智慧新城项目一期4月份正式投产。同光晶体4-6英寸年产10万片碳化硅单晶衬底项目，已顺利通过国家“窗口指导”评审。',
    ].join('\n');
    const got = links(body).filter((l) => l.includes('同光晶体'));
    expect(got).toEqual(['6:同光晶体 → 5:同光晶体', '6:同光晶体 → 5:同光晶体']);
  });

  it('a firm the report counts among its firms (容城县-2017)', () => {
    const body = [
      '加快先进科技成果转化，来福汽车照明、嘉利食品机械2家企业获得“高新技术企业”认定。',
      '强化企业创新主体地位，大力扶持以来福汽车照明为代表的高端装备制造产业，加快培育新动能。',
    ].join('\n');
    expect(links(body)).toContain('6:来福汽车照明 → 5:来福汽车照明');
  });

  it('not a product the report names as a field (容城县-2019)', () => {
    const body = [
      '涞源“雄源服装智慧新城”项目进展顺利，以毛绒玩具为代表的富民产业承接平台积极拓展。',
      '推动服装、汽车灯具、装备制造、毛绒玩具、食品加工等产业创新发展、跨区域合作。',
    ].join('\n');
    expect(links(body).filter((l) => l.includes('毛绒玩具'))).toEqual([]);
  });
});
