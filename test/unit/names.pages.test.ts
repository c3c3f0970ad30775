/**
 * Names on the openings of city and county reports OUTSIDE the corpus, as stored web pages print them (session 14,
 * names17: 43 excerpts of 1990s–2020s reports of many provinces, some in traditional script or half garbled by a
 * site's conversion, kept as they are — real input an analyst may paste). Each case is a class seen in several of
 * those reports, quoted exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { foldWidth } from '../../src/core/text/normalize';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

describe('a pinyin reading a site prints after a character is no part of the words', () => {
  it('names the figures as the words without the readings (珠海 2014, 广东 2025 — traditional script)', () => {
    expect(namesOf('城鎮(zhèn)居民 人均可支配收入 36375元,增長 10.3%; 農(nóng)村居民人均純收入 15140元,增長 13%', '36375元', '13%')).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均纯收入',
    ]);
    expect(namesOf('規(guī)模以上工業(yè)增加值增長4.2%,規(guī)模以上工業(yè)企業(yè)約7.4萬家。', '4.2%', '7.4萬家')).toEqual(['规模以上工业增加值', '规模以上工业企业']);
  });

  it('keeps every offset, and a Latin abbreviation in parentheses (GDP) as it is', () => {
    const line = '地區(qū)生產(chǎn)總值(GDP)增長13%';
    expect(foldWidth(line)).toHaveLength(line.length);
    expect(foldWidth(line)).toBe('地区    生产      总值(GDP)增长13%');
    const figure = analyzeReport(`2026年政府工作报告\n一、2025年工作回顾\n${line}。\n`).indicators.find((i) => i.text === '13%');
    expect(figure?.range.start.character).toBe(line.indexOf('13%'));
  });
});
