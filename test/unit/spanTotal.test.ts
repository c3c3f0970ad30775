/**
 * Money put in over a review's span is what the years added up to, never the level of its last year, whatever verb
 * says it (spanTotalWords.json). A trial (湖南 2025 beside 2026, outside) saw 水利建设投资翻番、达2734.3亿元 — the
 * 2021-2025 total of 湖南 2026 — charted as 2025's investment beside 2024's 654.7亿元. The rows of years and the charts
 * leave such a figure out, and its card says why. On dev corpus reports: national 1993 (五年来…投入达3200亿元, 全社会
 * 固定资产投资完成26000亿元), national 2008 (五年中央财政用于科技的投入达到3406亿元) and 湖南 2026.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport, crossReportSeries } from '../../src/core';
import type { IndexedReport, Indicator, ReportModel } from '../../src/core';
import { buildCard } from '../../src/core/indicators/card';
import { renderCardMarkdown } from '../../src/core/indicators/cardMarkdown';
import { isEndOfSpanStock, namesSpanTotal, spanEndYear } from '../../src/core/indicators/spanEnd';
import totalWords from '../../src/core/indicators/spanTotalWords.json';
import endLevels from '../../src/core/indicators/spanEndLevels.json';
import { entryOfGroup } from '../../src/core/lexicon';
import { indexReportFile } from '../../src/node/reportIndex';
import { readCorpus } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

let reviews: IndexedReport[];
let nineties: IndexedReport[];
let hunan: ReportModel;

async function indexFiles(paths: readonly string[]): Promise<IndexedReport[]> {
  const out: IndexedReport[] = [];
  for (const path of paths) {
    const result = await indexReportFile(join(CORPUS, path));
    if ('report' in result && result.report) out.push(result.report);
  }
  return out;
}

beforeAll(async () => {
  reviews = await indexFiles(['national/1993.txt', 'national/2008.txt', 'local/湖南省-2026.txt']);
  nineties = await indexFiles(['national/1993.txt', 'national/1997.txt']);
  hunan = analyzeReport(readCorpus('local/湖南省-2026.txt'));
}, 120_000);

const figure = (figures: readonly Indicator[], test: (i: Indicator) => boolean): Indicator => {
  const found = figures.find(test);
  if (!found) throw new Error('no such figure');
  return found;
};
const all = (): Indicator[] => reviews.flatMap((r) => r.indicators);

describe('money put in over a review’s span', () => {
  it('is a total of the span, not its last year’s level, even said reached (达, 达到, 完成)', () => {
    for (const text of ['2734.3亿元', '３２００亿元', '3406亿元', '２６０００亿元']) {
      const total = figure(all(), (i) => i.text === text && i.status === 'actual');
      expect(total.period, text).toMatch(/^\d{4}-\d{4}$/u);
      expect(namesSpanTotal(total), `${text} ${total.name}`).toBe(true);
      expect(spanEndYear(total), `${text} ${total.name}`).toBeNull();
    }
  });

  it('leaves the levels the same reviews ended with at their last year (湖南 2026: 总装机达9157万千瓦)', () => {
    const capacity = figure(all(), (i) => i.text === '9157万千瓦');
    expect(spanEndYear(capacity)).toBe(2025);
    // A share of money put in (研发经费投入强度, in %) is no amount: its own reading stands.
    expect(namesSpanTotal({ name: '全社会研发经费投入', unit: '%' })).toBe(false);
  });

  it('is in no row of years: national 1993’s five-year 26000亿元 is not 1992’s investment; 1997’s 1996 figure stays', () => {
    const total = figure(nineties.flatMap((r) => r.indicators), (i) => i.text === '２６０００亿元');
    const rows = crossReportSeries(nineties, nineties[1]!.meta, total.groupKey!, '元');
    expect(rows.some((r) => r.actual?.indicator === total)).toBe(false);
    expect(rows.find((r) => r.year === 1996)?.actual?.indicator.text).toBe('２３６００多亿元');
  });

  it('is said on its card, and the level a span ended with is not', () => {
    const total = figure(hunan.indicators, (i) => i.text === '2734.3亿元');
    const card = buildCard(hunan, total, { lang: 'zh-cn', segmenterAvailable: true });
    expect(card.spanNote).toContain('2021-2025');
    const markdown = renderCardMarkdown(card, { lang: 'en', links: { uri: 'file:///r.txt', reveal: () => 'command:x' } } as never);
    expect(markdown).toContain(`*${card.spanNote!.slice(0, 4)}`);
    const capacity = figure(hunan.indicators, (i) => i.text === '9157万千瓦');
    expect(buildCard(hunan, capacity, { lang: 'en', segmenterAvailable: true }).spanNote).toBeUndefined();
  });

  it('lists each word once, none the end of another, and names no indicator a review ends on (spanEndLevels.json)', () => {
    const words: string[] = totalWords.words;
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => words.some((o) => o !== w && w.endsWith(o)))).toEqual([]);
    for (const id of endLevels.ids) {
      const entry = entryOfGroup(`lexicon:${id}`);
      expect(entry, id).toBeDefined();
      for (const name of [entry!.name, ...entry!.synonyms]) expect(namesSpanTotal({ name, unit: '元' }), name).toBe(false);
    }
    expect(isEndOfSpanStock({ kind: 'level', measure: '达到', name: '地区生产总值', groupKey: 'lexicon:grp', unit: '元' })).toBe(true);
  });
});
