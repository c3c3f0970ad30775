/**
 * A place named as a scenic area by its own name (X景区) and said again bare links to its first mention
 * (src/core/references/attractions.ts addScenicPlaces; test/fixtures/links/README.md, entity: X景区 names an attraction).
 * Real sentences of src32 涞源县-2020, 阜平县-2021, 涞水县-2020 and 徐水区-2024 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const links = (body: readonly string[], word: string): string[] =>
  analyzeReport(['某县政府工作报告', '各位代表：', '一、2019年工作回顾', ...body].join('\n'))
    .references.filter((r) => r.kind === 'entity' && r.from.text === word)
    .map((r) => `${r.from.range.start.line}:${r.from.range.start.character} → ${r.to.range.start.line}:${r.to.text}`);

const graded = '进一步完善了白石山景区的标识标牌系统和服务功能，新建旅游厕所12座。';
const event = '发展赛事经济，成功举办白石山杯第二届京津冀登山节暨国际太极拳交流大会等一系列赛事。';
const patrol = '开展森林防火应急演练，加强对白石山、横岭子林场等重点区域的巡查，严格火源管控。';

describe('a place named X景区 said again bare', () => {
  it('涞源县-2020: 加强对白石山、横岭子林场 goes to 白石山景区; 白石山杯 opens an event’s name and is no mention', () => {
    expect(links([graded, event, patrol], '白石山')).toEqual([`5:${patrol.indexOf('白石山')} → 3:白石山`]);
  });

  it('阜平县-2021: 仙人山、林上清溪项目 goes to the 仙人山景区 said before', () => {
    const first = '其中，荷马金桥服务外包基地、大正食品、仙人山景区等项目加快建设。';
    const again = '平阳温暖谷4月底达到运营条件，仙人山、林上清溪项目“十一”前具备接待能力。';
    expect(links([first, '二、2021年工作安排', again], '仙人山')).toEqual([`5:${again.indexOf('仙人山')} → 3:仙人山`]);
  });

  it('涞水县-2020: 在全省景区中 names no place', () => {
    const line = '2019年，共接待游客700万人次，在全省景区中持续保持龙头地位。';
    expect(links([line, '二、2020年工作安排', '巩固在全省、全市大格局中的位置。'], '在全省')).toEqual([]);
  });

  it('徐水区-2024: 刘伶醉等企业 is the distillery, not its scenic area', () => {
    const first = '神农现代农业科技示范园获评国家3A级景区，刘伶醉景区获评“省诚信文明示范景区”。';
    const firm = '鼓励巨力应急、宇傲汽车零部件、刘伶醉等企业加强与高校院所合作。';
    expect(links([first, '二、2024年工作安排', firm], '刘伶醉')).toEqual([]);
  });
});
