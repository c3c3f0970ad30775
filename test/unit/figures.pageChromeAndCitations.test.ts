import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { isChromeLine } from '../../src/core/text/chrome';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

// Page chrome of the 保定 county pages and the 2026 portal pages (outside free texts of the second source:
// /work/outside/src32/SOURCES.md) that the recogniser read as figures (session 33, found50). The lines are real.
const figures = (text: string) => analyzeReport(text).indicators.map((i) => [i.text, i.value, i.unit]);

describe('a date stamp alone on its line is page chrome', () => {
  // 博野县 2022 (and 易县 2021, 阜平县 2021, 涞水县 2020, 唐县 2022, 顺平县 2020 …): the related articles under the report,
  // each its date over its title. Joined as a wrapped line, 01-24 and 2020年 read as the range 1–242020年.
  const footer = [
    '各位代表：',
    '\u3000\u3000全年完成地区生产总值55亿元，增长10%。',
    '相关文章',
    '01-24',
    '2020年定兴县政府工作报告',
    '01-24',
    '2021年定兴县政府工作报告',
    '本栏最新',
    '12-03',
    '焦作市解放区2025年政府工作报告',
  ].join('\n');

  it('reads no figure in a list of related articles (博野县 2022, 易县 2023)', () => {
    expect(figures(footer)).toEqual([
      ['55亿元', 5500000000, '元'],
      ['10%', 10, '%'],
    ]);
  });

  it('takes the stamps of a list and a page head as chrome (易县 2023; 陕西 2026, 云南 2026)', () => {
    expect(isChromeLine('10-15')).toBe(true);
    expect(isChromeLine('2026-02-02 09:20')).toBe(true);
    expect(isChromeLine('2026-02-03 09:02:33')).toBe(true);
  });

  it('keeps a line in a date\'s look-alike shapes that is no date stamp (no month 13, a percentage, a range count)', () => {
    expect(isChromeLine('13-25')).toBe(false);
    expect(isChromeLine('7.5%')).toBe(false);
    expect(isChromeLine('2-3家')).toBe(false);
  });
});

describe('a page or part of a text cited is no rank', () => {
  const numbers = (s: string) => recognizeNumbers(foldWidth(s)).filter((m) => m.nature !== 'bare').map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

  it('reads no rank in the page a glossary note cites, a ranking word before it (阜平县 2021)', () => {
    expect(numbers('树立一批人民群众认可的榜样标杆，推动阜平环境质量持续改善，助力城市发展。(见第7页)')).toEqual([]);
  });

  it('still reads the rank a ranking gives (阜平县 2021, 易县 2024)', () => {
    expect(numbers('地下水位较去年上涨3.13米，排全省第7，促进了水资源可持续发展')).toEqual([
      ['3.13米', 3.13, '米'],
      ['第7', 7, '位次'],
    ]);
    expect(numbers('规上工业增加值增长10.3%，位居全市第二。')).toEqual([
      ['10.3%', 10.3, '%'],
      ['第二', 2, '位次'],
    ]);
  });
});
