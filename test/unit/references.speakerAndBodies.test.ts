import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A 新区 report's opening line names the speaker's body (我代表坪山新区管委会…): neither the pronoun nor the body is a
 * named thing the reader follows, and the report's own 新区, said bare all through the body, links to nothing.
 * Real lines of 坪山新区 2015 and 坪山区 2021 (outside the corpus: github Jianzi270/zizhengLLM); 大鹏新区 2015 opens the same way.
 */
const entityLinks = (text: string) =>
  analyzeReport(text).references.filter((r) => r.kind === 'entity').map((r) => `${r.from.text}→${r.to.text}`);

describe('the speaker, the speaker’s body and the report’s own place are no names to follow', () => {
  it('我代表坪山新区管委会 opens no name, and the bare 新区 after it links to nothing (坪山新区 2015)', () => {
    const text = [
      '各位代表：',
      '　　现在，我代表坪山新区管委会向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
      '　　一、2014年工作回顾',
      '　　初步预计，全年新区实现地区生产总值423.99亿元，同比增长（下同）10.0%；固定资产投资214.19亿元，增长10.6%。',
      '　　主要经济指标增速始终高于全市平均水平，GDP、固定资产投资年均增长率分别达到13.21%和20.9%，新区作为全市新的区域增长极日益凸显。',
      '　　新区是全市唯一的“全国社区治理和服务创新实验区”和“首批全国社会工作服务示范地区”的“两区”城区。',
    ].join('\n');
    const links = entityLinks(text);
    expect(links.filter((l) => l.includes('我代表'))).toEqual([]);
    expect(links.filter((l) => l.startsWith('新区→'))).toEqual([]);
  });
  it('a party congress named again is a body, not a work (坪山区 2021: 区第二次党代会; 深圳市 2015 市第六次党代会 the same)', () => {
    const text = [
      '各位代表：',
      '　　按照崭新的发展定位，区第二次党代会提出了“建设创新坪山、打造未来之城”的总体目标，全面谋划了未来五年经济社会发展思路，为区政府做好下一步工作指明了方向、提供了遵循。我们必须立足新发展阶段，贯彻新发展理念，构建新发展格局，全面贯彻落实区第二次党代会的各项部署，在历任班子和一代代坪山创业者打下的坚实基础上，继往开来，实干争先，全力将美好蓝图转化为精彩现实。',
      '　　未来五年，政府工作的指导思想是：按照市第七次党代会、市七届人大一次会议和市“十四五”规划擘画的目标方略，紧紧围绕区第二次党代会部署要求，牢记嘱托、感恩奋进、实干争先，加快建设创新坪山、打造未来之城。',
    ].join('\n');
    expect(entityLinks(text).filter((l) => l.includes('党代会'))).toEqual([]);
  });
});
