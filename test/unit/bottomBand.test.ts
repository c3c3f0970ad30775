import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { lastYearReview, namesOf } from '../support/names';

/** The bands a mention reads in a line: its text, value and unit. */
const bands = (line: string): Array<[string, number, string | null]> =>
  recognizeNumbers(line)
    .filter((m) => line[m.start] === '后')
    .map((m) => [line.slice(m.start, m.end), m.value, m.unit]);

describe('后N: the bottom band of a ranking is a rank (src/core/numbers/ranks.ts, bottomBandAt)', () => {
  it('reads a quoted band after a ranking scope — dev 清苑区-2025 line 17 and src32 河北省-2022 line 52 (outside)', () => {
    expect(bands('——环境质量稳步向好。空气综合指数退出全省“后二十”，优良天数同比增加29天')).toEqual([['后二十', 20, '位次']]);
    expect(bands('邢台、邯郸、石家庄退出全国重点城市空气质量“后十”，全省PM2.5平均浓度')).toEqual([['后十', 10, '位次']]);
  });

  it('reads a band right after 退出 with no scope word — src32 保定市-2025 line 18 (outside)', () => {
    expect(bands('历史性首次退出“后二十”。')).toEqual([['后二十', 20, '位次']]);
  });

  it('reads 后30位 as a rank, not a count of 30 位 — src32 博野县-2022 line 44 (outside)', () => {
    expect(bands('确保PM2.5指数退出全省后30位、全市后10位，')).toEqual([
      ['后30位', 30, '位次'],
      ['后10位', 10, '位次'],
    ]);
  });

  it('leaves the 后 of a word and a time frame alone', () => {
    expect(bands('今后五年，全省要')).toEqual([]);
    expect(bands('全市最后一名')).toEqual([]);
    expect(bands('全省后三年的工作')).toEqual([]);
    expect(bands('全市落后10个百分点')).toEqual([]);
  });
});

describe('倒N名: places counted from the end of a ranking are a rank too (ranks.ts, countedFromEndAt)', () => {
  const fromEnd = (line: string): Array<[string, number, string | null]> =>
    recognizeNumbers(line)
      .filter((m) => line[m.start] === '倒')
      .map((m) => [line.slice(m.start, m.end), m.value, m.unit]);

  it('reads 倒十名 and 倒26名 as ranks — src32 保定市-2018 line 40, 保定市-2025 line 18 (outside)', () => {
    expect(fromEnd('坚决打赢蓝天保卫战，空气质量综合指数退出全国重点城市倒十名；以提高发展质量和效益为中心')).toEqual([['倒十名', 10, '位次']]);
    // (26名 was read as 26 人 before.)
    const line = '在168个重点城市空气质量排名倒26名，历史性首次退出“后二十”。';
    expect(fromEnd(line)).toEqual([['倒26名', 26, '位次']]);
    expect(recognizeNumbers(line).some((m) => m.unit === '人')).toBe(false);
  });

  it('leaves the 倒 of a word alone (倒逼, 压倒一切, 倒闭) and a count with no ranking before it', () => {
    expect(fromEnd('稳定压倒一切，倒逼企业转型升级，倒闭企业10家。')).toEqual([]);
    expect(fromEnd('倒三轮车一辆')).toEqual([]);
  });

  it('reads all the digits of a place from the end or none (review42: \\d{1,3} cut 倒数第1000位 to 100)', () => {
    // The real line, 倒26名 (src32 保定市-2025 line 18), with its places from the end written wider (not from a report):
    // a cut number would be a wrong rank; it is left to the other rules.
    expect(fromEnd('在168个重点城市空气质量排名倒数第26位，历史性首次退出“后二十”。')).toEqual([['倒数第26位', 26, '位次']]);
    expect(fromEnd('在2168个县空气质量排名倒数第1026位，历史性首次退出“后二十”。')).toEqual([]);
  });
});

describe('a bottom band is named by what is ranked, without 退出 and its scope (src/core/indicators/figureNames.ts)', () => {
  it('names the index, not the ranking left — dev 清苑区-2025 line 17 and src32 博野县-2022 line 44 (outside)', () => {
    expect(namesOf('——环境质量稳步向好。空气综合指数退出全省“后二十”，优良天数同比增加29天。', ['后二十'], lastYearReview(2025))).toEqual(['空气综合指数']);
    expect(namesOf('确保PM2.5指数退出全省后30位、全市后10位。', ['后30位'], lastYearReview(2022))).toEqual(['PM2.5指数']);
  });
});
