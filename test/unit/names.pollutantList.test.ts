/**
 * Air pollutants listed before the last one's concentration each take it (names.ts pollutantTails, nameWords.json
 * airPollutants); an index listed with them stays as it is. Lines of free texts of the second outside source (src32):
 * 易县 2022, 唐县 2021 (session 33, names58).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a list of pollutants before one concentration', () => {
  it('gives PM2.5 the 浓度 of PM10浓度 (易县 2022)', () => {
    const line = '五是生态环境不断改善。空气质量综合指数和PM2.5、PM10浓度同比分别下降9.94%、6.98%、9.71%。';
    expect(nameOf(line, '6.98%', lastYearReview(2022))).toBe('PM2.5浓度');
    expect(nameOf(line, '9.94%', lastYearReview(2022))).toBe('空气质量综合指数');
  });

  it('gives each pollutant the 年均浓度 (唐县 2021)', () => {
    const line = '空气质量综合污染指数、细颗粒物（PM2.5）、可吸入颗粒物（PM10）、二氧化硫和二氧化氮年均浓度同比分别改善8.3%、8.1%、5.6%、11.8%和15.4%。';
    expect(nameOf(line, '8.1%', lastYearReview(2021))).toBe('细颗粒物PM2.5年均浓度');
    expect(nameOf(line, '11.8%', lastYearReview(2021))).toBe('二氧化硫年均浓度');
  });
});
