import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core';
import {
  POLICY_TERMS, analyzeTerms, buildTermTable, compareReportTerms, readTermBody, termFrequencies, termSeries, termsOverReports,
} from '../../src/core/terms';
import type { CutPieces, ReportTerms, TermAnalysis, TermChange, TermSection } from '../../src/core/terms';
import { foldWidth } from '../../src/core/text/normalize';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';

const read = (year: number): string => readFileSync(`test/fixtures/corpus/national/${year}.txt`, 'utf8');
const jieba = new JiebaSegmenter();
/** jieba's cut, asked the way the editor's worker is asked: all pieces of a report at once, asynchronously. */
const cut: CutPieces = async (pieces) => pieces.map((piece) => jieba.cut(piece));

const PAIRS: [string, number, number][] = [
  ['national 2023 against 2022', 2023, 2022],
  ['national 2019 against 2018', 2019, 2018],
];

/** The file's text at a range (a term the page broke over two lines comes back without the line break). */
function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const parts = [(lines[range.start.line] ?? '').slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), (lines[range.end.line] ?? '').slice(0, range.end.character)];
  return parts.map((part) => part.trim()).join('');
}

const bodies = new Map<string, string>();
/** The report's body as plain text, one paragraph a line (once per text). */
function bodyText(text: string): string {
  let body = bodies.get(text);
  if (body === undefined) bodies.set(text, (body = readTermBody(text).paragraphs.map((p) => p.text).join('\n')));
  return body;
}

describe('the term analysis with words from a worker (what the editor runs)', () => {
  it.each(PAIRS)('%s: the same frequencies and lists as compareReportTerms, the CLI’s', async (_, now, before) => {
    const cli = compareReportTerms(read(now), read(before), { segmenter: jieba });
    const editor = await analyzeTerms(read(now), read(before), cut);
    expect(editor.current.segmented).toBe(true);
    expect(editor.current).toEqual(cli.current);
    expect(editor.previous).toEqual(cli.previous);
    expect(editor.comparison).toEqual(cli.comparison);
  });

  it('without a report to compare with: the report’s own frequencies, no comparison', async () => {
    const editor = await analyzeTerms(read(2023), null, cut);
    expect(editor.previous).toBeNull();
    expect(editor.comparison).toBeNull();
    expect(editor.current).toEqual(termFrequencies(read(2023), { segmenter: jieba }));
  });

  it('counts both reports without words, alike, when the segmenter is missing, fails or answers short', async () => {
    const plain = compareReportTerms(read(2023), read(2022));
    const failures: CutPieces[] = [async () => null, async () => Promise.reject(new Error('worker stopped')), async (pieces) => pieces.slice(1).map((p) => [p])];
    for (const failing of failures) {
      const r = await analyzeTerms(read(2023), read(2022), failing);
      expect(r.current.segmented).toBe(false);
      expect(r.previous?.segmented).toBe(false);
      expect(r.comparison).toEqual(plain.comparison);
    }
  });

  it('stops with CancelledError when cancelled while it waits for words', async () => {
    const token = { isCancellationRequested: false };
    const cancelling: CutPieces = async (pieces) => {
      token.isCancellationRequested = true;
      return pieces.map((p) => [p]);
    };
    await expect(analyzeTerms(read(2023), read(2022), cancelling, { token })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('the table of a comparison', () => {
  const analyses = new Map<number, TermAnalysis>();
  beforeAll(async () => {
    for (const [, now, before] of PAIRS) analyses.set(now, await analyzeTerms(read(now), read(before), cut));
  });

  it.each(PAIRS)('%s: the four lists in order, every row with both reports’ figures and a link into the report it names', (_, now, before) => {
    const analysis = analyses.get(now)!;
    const comparison = analysis.comparison!;
    const table = buildTermTable(analysis, { maxRowsPerSource: Infinity });
    expect(table.sections.map((s) => s.section)).toEqual(['new', 'dropped', 'rising', 'falling']);
    expect(table.current.year).toBe(now);
    expect(table.previous?.year).toBe(before);
    expect(table.segmented).toBe(true);
    for (const section of table.sections) {
      const list: readonly TermChange[] = comparison[section.section as Exclude<TermSection, 'top'>];
      expect(section.rows.map((r) => r.term)).toEqual(list.map((c) => c.term));
      expect(section.totals.dictionary + section.totals.quoted + section.totals.word).toBe(list.length);
      section.rows.forEach((row, i) => {
        const c = list[i]!;
        expect([row.count, row.per10k, row.previousCount, row.previousPer10k, row.ratio]).toEqual([c.count, c.per10k, c.previousCount, c.previousPer10k, c.ratio]);
        // A dropped term is only in last year's report: its link goes there; every other term's into this year's.
        const report = section.section === 'dropped' ? 'previous' : 'current';
        expect(row.link?.report).toBe(report);
        expect(foldWidth(textAt(read(report === 'current' ? now : before), row.link!.range)), row.term).toBe(row.term);
      });
    }
  });

  it('caps each source on its own, so that hundreds of new words never push a formulation out', () => {
    const table = buildTermTable(analyses.get(2023)!, { maxRowsPerSource: 5 });
    const fresh = table.sections.find((s) => s.section === 'new')!;
    expect(fresh.totals.word).toBeGreaterThan(5);
    for (const source of ['dictionary', 'quoted', 'word'] as const) {
      expect(fresh.rows.filter((r) => r.source === source)).toHaveLength(Math.min(5, fresh.totals[source]));
    }
    // The kept rows are the first of each source, in the list's order.
    const full = buildTermTable(analyses.get(2023)!, { maxRowsPerSource: Infinity }).sections[0]!.rows;
    expect(fresh.rows.filter((r) => r.source === 'dictionary')).toEqual(full.filter((r) => r.source === 'dictionary').slice(0, 5));
  });

  it('lists the formulations new in 2023 and 2019 as dictionary or quoted terms (shown by default), and 2019’s dropped ones', () => {
    const rows = (year: number, section: TermSection) => buildTermTable(analyses.get(year)!).sections.find((s) => s.section === section)!.rows;
    const formulations = (year: number, section: TermSection) => rows(year, section).filter((r) => r.source !== 'word').map((r) => r.term);
    expect(formulations(2023, 'new')).toEqual(expect.arrayContaining(['中国式现代化', '新冠疫情', '乙类乙管']));
    expect(formulations(2019, 'new')).toEqual(expect.arrayContaining(['就业优先', '中美经贸摩擦', '关键核心技术']));
    expect(formulations(2019, 'dropped')).toEqual(expect.arrayContaining(['中国制造2025', '稳中向好']));
    expect(formulations(2023, 'dropped')).toContain('放管服');
  });

  it('without a report to compare with: one list of the report’s terms, with no figures of another year', async () => {
    const table = buildTermTable(await analyzeTerms(read(2022), null, cut));
    expect(table.previous).toBeNull();
    expect(table.sections.map((s) => s.section)).toEqual(['top']);
    const rows = table.sections[0]!.rows;
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.previousCount === null && r.ratio === null && r.link?.report === 'current')).toBe(true);
    expect(rows.map((r) => r.count)).toEqual([...rows.map((r) => r.count)].sort((a, b) => b - a));
  });
});

describe('a term across the years of one place (the chart’s series)', () => {
  // (Every national year the e2e workspace holds, sealed 2019 and 2023 among them: a plain search's count must agree with
  // the series whatever the text, so nothing here is a sealed sentence's reading — session 27.)
  const YEARS = [2015, 2016, 2017, 2018, 2019, 2022, 2023];
  let reports: ReportTerms[];
  beforeAll(async () => {
    // Given out of order: the series comes back in year order anyway.
    const given = [...YEARS].reverse().map((year) => ({ uri: `file:///national/${year}.txt`, year, place: '全国', text: read(year) }));
    reports = await termsOverReports(given, cut);
  });

  it('has one point per report, in year order, with the count a plain search finds and the rate per 10,000 characters', () => {
    for (const term of ['供给侧结构性改革', '一带一路', '高质量发展']) {
      const series = termSeries(term, reports);
      expect(series.points.map((p) => p.year)).toEqual(YEARS);
      for (const p of series.points) {
        const body = bodyText(read(p.year));
        const found = body.split(term).length - 1;
        expect(p.count, `${term} ${p.year}`).toBe(found);
        const length = reports.find((r) => r.year === p.year)!.frequencies.bodyLength;
        expect(p.per10k).toBeCloseTo((found / length) * 10_000, 9);
        // A year that uses the term links to its first mention; one that does not has no point to link to.
        if (found > 0) expect(foldWidth(textAt(read(p.year), p.range!))).toBe(term);
        else expect(p.range).toBeUndefined();
      }
    }
    // 供给侧结构性改革 was first put forward in late 2015: absent from the 2015 report, in every one after.
    expect(termSeries('供给侧结构性改革', reports).points.map((p) => (p.count ?? 0) > 0)).toEqual([false, true, true, true, true, true, true]);
  });

  it('counts every year with one vocabulary: a term one report quotes is found in another that writes it without quotes', () => {
    let found = 0;
    const quoted = new Map(reports.map((r) => [r.year, readTermBody(read(r.year)).quoted] as const));
    const alone = new Map(reports.map((r) => [r.year, new Set(termFrequencies(read(r.year)).terms.map((t) => t.term))] as const));
    const vocabulary = [...POLICY_TERMS, ...[...quoted.values()].flat()];
    for (const r of reports) {
      for (const term of quoted.get(r.year)!) {
        for (const other of reports) {
          const text = bodyText(read(other.year));
          if (other === r || !text.includes(term) || text.includes(`“${term}”`)) continue;
          // Inside a longer term of the vocabulary (互联网+ in “互联网+政务服务”) a mention counts for the longer one.
          if (vocabulary.some((longer) => longer.length > term.length && longer.includes(term) && text.includes(longer))) continue;
          if (alone.get(other.year)!.has(term)) continue; // in the dictionary, or quoted there too after all
          expect(termSeries(term, reports).points.find((p) => p.year === other.year)!.count, `${term} (quoted in ${r.year}) in ${other.year}`).toBeGreaterThan(0);
          found++;
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('gives a term no report uses a line of zeros, never an error', () => {
    expect(termSeries('并非提法', reports).points.every((p) => p.count === 0 && p.per10k === 0)).toBe(true);
    expect(termSeries('一带一路', []).points).toEqual([]);
  });
});
