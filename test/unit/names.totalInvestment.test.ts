/**
 * A total investment said before the works it is of (抓好总投资2万亿元的389个省重点项目) names those works, after 的 and
 * past their count, not the verb or scope before the amount (investmentNames.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, thisYearWork } from '../support/names';

describe('a total investment before its works', () => {
  it('names the projects after 的 and their count (dev: 湖南 2026; outside: 保定 2024)', () => {
    const hunan = '大抓项目稳投资，统筹“硬投资”与“软建设”，抓好总投资2万亿元的389个省重点项目，推进能源“源网荷储”一体工程、算力“四网融合”工程等“十大基础设施项目”建设。';
    expect(nameOf(hunan, '2万亿元', thisYearWork(2026))).toBe('省重点项目总投资');
    expect(nameOf('全力抓好总投资657.5亿元的229个水利项目。', '657.5亿元', thisYearWork(2024))).toBe('水利项目总投资');
  });

  it('names one project after 的 (outside: 海拉尔 2017)', () => {
    expect(nameOf('抓好战略性新兴产业的培育和发展。推进总投资10亿元的国网信通大数据项目开工建设;', '10亿元', thisYearWork(2017))).toBe('国网信通大数据项目总投资');
  });

  it('does not guess when what follows is not read whole as works (outside: 保定 2021)', () => {
    const name = nameOf('推进能源动脉建设，确保总投资9.5亿元的永清――保定天然气管线年底建成运营。', '9.5亿元', thisYearWork(2021));
    expect(name).not.toMatch(/^永清/);
  });
});
