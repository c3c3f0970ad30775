import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toContractReference } from '../../src/core/export/contract';
import { lineColumn } from '../../src/cli/refs';
import { SERIES_CSV_COLUMNS, yearList } from '../../src/cli/series';
import { analyzeReport, buildSeriesTable } from '../../src/core';
import type { IndexedReport, Indicator, Reference, ReportMeta } from '../../src/core';
import { readReportFile } from '../../src/node/readReport';
import { run } from '../support/runCli';

const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
const NATIONAL = 'test/fixtures/corpus/national';
const LOCAL = 'test/fixtures/corpus/local';


type JsonReference = { kind: string; from: { range: unknown; text: string }; to: { uri?: string; range: unknown; text: string } };

const range = (line: number, from: number, to: number): Reference['from']['range'] => ({ start: { line, character: from }, end: { line, character: to } });

function expectContractReference(r: JsonReference): void {
  expect(Object.keys(r)).toEqual(['kind', 'from', 'to']);
  expect(Object.keys(r.from)).toEqual(['range', 'text']);
  expect(Object.keys(r.to)).toEqual('uri' in r.to ? ['uri', 'range', 'text'] : ['range', 'text']);
  for (const rg of [r.from.range, r.to.range] as Record<string, Record<string, unknown>>[]) {
    expect(Object.keys(rg)).toEqual(['start', 'end']);
    expect(Object.keys(rg.start!)).toEqual(['line', 'character']);
    expect(Object.keys(rg.end!)).toEqual(['line', 'character']);
  }
}

describe('references in analyze --json', () => {
  it('are the contract Reference objects, key by key, for every reference of the seed', async () => {
    const { code, stdout } = await run('analyze', SEED, '--json');
    expect(code).toBe(0);
    const references = (JSON.parse(stdout) as { references: JsonReference[] }).references;
    const model = analyzeReport((await readReportFile(SEED)).text);
    expect(model.references.length).toBeGreaterThan(20);
    expect(references).toHaveLength(model.references.length);
    for (const r of references) expectContractReference(r);
    expect(stdout).not.toMatch(/"key"\s*:/u);
  });

  it('drop the editor-only key, and print to.uri only when the target is in another file', () => {
    const local: Reference = { kind: 'abbreviation', from: { range: range(3, 1, 5), text: '《纲要》' }, to: { range: range(1, 0, 9), text: '《某某规划纲要》' }, key: 'abbr:x' };
    const remote: Reference = { ...local, kind: 'indicator', to: { uri: 'file:///reports/2020.txt', range: range(9, 2, 6), text: '6.1%' } };
    const noUri: Reference = { ...local, to: { uri: undefined, range: range(1, 0, 9), text: '《某某规划纲要》' } };
    expect(JSON.parse(JSON.stringify(toContractReference(local)))).toEqual({
      kind: 'abbreviation',
      from: { range: range(3, 1, 5), text: '《纲要》' },
      to: { range: range(1, 0, 9), text: '《某某规划纲要》' },
    });
    expect(Object.keys(toContractReference(remote).to)).toEqual(['uri', 'range', 'text']);
    expect(toContractReference(remote).to.uri).toBe('file:///reports/2020.txt');
    expect(Object.keys(toContractReference(noUri).to)).toEqual(['range', 'text']);
  });

  it('copy the positions instead of sharing the model objects (extra fields on a range never leak)', () => {
    const leaky = { start: { line: 1, character: 2, offset: 99 }, end: { line: 1, character: 4, offset: 101 }, extra: true } as unknown as Reference['from']['range'];
    const out = toContractReference({ kind: 'term', from: { range: leaky, text: 'x' }, to: { range: leaky, text: 'y' } });
    expect(JSON.stringify(out)).not.toContain('offset');
    expect(JSON.stringify(out)).not.toContain('extra');
  });
});

describe('govreport refs', () => {
  it('lists the seed’s 《纲要（草案）》 abbreviation with the full title it stands for', async () => {
    const { code, stdout, stderr } = await run('refs', SEED);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const row = stdout.split('\n').find((line) => line.startsWith('abbreviation') && line.includes('《纲要（草案）》'));
    expect(row).toBeDefined();
    expect(row).toMatch(/→\s+\d+:\d+\s+《苏州市国民经济和社会发展第十四个五年/u);
  });

  it('lists a “十四五” link to the part about the 14th five-year plan', async () => {
    const { stdout } = await run('refs', SEED);
    const rows = stdout.split('\n').filter((line) => /^section\s/u.test(line) && line.includes('十四五'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatch(/→\s+111:1\s+二、“十四五”时期的总体思路与目标任务/u);
  });

  it('prints 1-based line:column positions that agree with the 0-based JSON', async () => {
    const { stdout } = await run('refs', SEED);
    const json = JSON.parse((await run('refs', SEED, '--json')).stdout) as Reference[];
    const rows = stdout.split('\n').slice(1, 1 + json.length);
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      const cells = row.split(/\s{2,}/u);
      expect(cells[0]).toBe(json[i]!.kind);
      expect(cells[1]).toBe(lineColumn(json[i]!.from.range.start));
    });
    expect(lineColumn({ line: 0, character: 0 })).toBe('1:1');
  });

  it('ends with a count per kind and how to get the JSON', async () => {
    const lines = (await run('refs', SEED)).stdout.trimEnd().split('\n');
    expect(lines.at(-3)).toMatch(/^\d+ references: .*abbreviation 1/u);
    expect(lines.at(-1)).toContain('--json');
  });

  it('--json prints exactly the references of analyze --json', async () => {
    const { code, stdout } = await run('refs', SEED, '--json');
    expect(code).toBe(0);
    const refs = JSON.parse(stdout) as JsonReference[];
    for (const r of refs) expectContractReference(r);
    const analyzed = JSON.parse((await run('analyze', SEED, '--json')).stdout) as { references: unknown };
    expect(refs).toEqual(analyzed.references);
  });

  it('says so when a report has no cross-references', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-refs-'));
    try {
      writeFileSync(join(dir, 'plain.txt'), '各位代表：\n\n今年工作很多。\n');
      const { code, stdout } = await run('refs', join(dir, 'plain.txt'));
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('(no cross-references found)');
      expect((await run('refs', join(dir, 'plain.txt'), '--json')).stdout).toBe('[]\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives one stderr line and exit code 2 for a file it cannot read', async () => {
    const { code, stdout, stderr } = await run('refs', 'no/such/report.txt');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('cannot read no/such/report.txt');
  });
});

/** A strict RFC 4180 reading of a series CSV (after its BOM). */
function readCsv(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const records = parseCsv(csv.slice(1), { relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
  expect(records[0]).toEqual([...SERIES_CSV_COLUMNS]);
  return records.slice(1).map((r) => Object.fromEntries(r.map((v, i) => [SERIES_CSV_COLUMNS[i]!, v])));
}

describe('govreport series', () => {
  let national: string;
  let hebei: string;

  beforeAll(() => {
    // National reports of consecutive years: no title block, the year comes from the file name.
    national = mkdtempSync(join(tmpdir(), 'govreport-series-national-'));
    // (The 2015–2019 series of issue 8: national 2019 is sealed, but issue 8's series needs five years in a row, and the dev national years run 2015–2018 only (session 27).)
    for (const year of [2015, 2016, 2017, 2018, 2019]) copyFileSync(join(NATIONAL, `${year}.txt`), join(national, `${year}.txt`));
    // One place, two years that do not follow each other (河北省 2010 and 2021, dev; 海拉尔区 2016, sealed, and 2019 stood
    // here until session 27).
    hebei = mkdtempSync(join(tmpdir(), 'govreport-series-hebei-'));
    copyFileSync(join(LOCAL, 'hebei-2010.txt'), join(hebei, 'hebei-2010.txt'));
    copyFileSync(join(LOCAL, 'hebei-2021.txt'), join(hebei, 'hebei-2021.txt'));
  });

  afterAll(() => {
    rmSync(national, { recursive: true, force: true });
    rmSync(hebei, { recursive: true, force: true });
  });

  it('gives 国内生产总值 a year with a target, an actual and an outcome (national 2015–2019, CSV)', async () => {
    const { code, stdout, stderr } = await run('series', national, '--csv');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = readCsv(stdout);
    expect(new Set(rows.map((r) => r.place))).toEqual(new Set(['全国']));
    const gdp = rows.filter((r) => r.indicator === '国内生产总值' && r.unit === '%');
    const compared = gdp.filter((r) => r.actual !== '' && r.target !== '' && (r.outcome === 'met' || r.outcome === 'missed'));
    expect(compared.length).toBeGreaterThan(0);
    // 2015: target 7%左右 (2015 report), actual 6.9% (2016 report).
    expect(gdp.find((r) => r.year === '2015')).toMatchObject({
      actual: '6.9',
      target: '7',
      qualifier: '左右',
      outcome: 'met',
      actualText: '6.9%',
      targetText: '7%左右',
      actualSource: '2016.txt',
      targetSource: '2015.txt',
    });
    // 2019 sets a target; there is no 2020 report to read the actual from: no outcome, not “not reported”.
    expect(gdp.find((r) => r.year === '2019')).toMatchObject({ actual: '', outcome: '' });
  });

  it('prints the same series as a Markdown table per place by default', async () => {
    const { code, stdout } = await run('series', national);
    expect(code).toBe(0);
    expect(stdout).toBe((await run('series', national, '--markdown')).stdout);
    expect(stdout).toMatch(/^# Indicator series: /u);
    expect(stdout).toContain('## 全国 — 5 reports (2015–2019)');
    expect(stdout).toContain('| Indicator | Unit | Year | Actual | Target | Outcome |');
    expect(stdout).toContain('| 国内生产总值 | % | 2015 | 6.9% | 7%左右 | met |');
  });

  it('lists only indicators found in two or more reports, and every row cites one of the folder’s reports', async () => {
    const rows = readCsv((await run('series', national, '--csv')).stdout);
    const byIndicator = new Map<string, Set<string>>();
    for (const r of rows) {
      const id = `${r.indicator}|${r.unit}`;
      const sources = byIndicator.get(id) ?? new Set<string>();
      for (const s of [r.actualSource, r.targetSource]) if (s) sources.add(s);
      byIndicator.set(id, sources);
      expect(r.actualSource || r.targetSource).toMatch(/^201[5-9]\.txt$/u);
    }
    for (const sources of byIndicator.values()) expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  it('claims no outcome for two reports of a place that are not consecutive (河北省 2010 and 2021)', async () => {
    const { code, stdout } = await run('series', hebei, '--csv');
    expect(code).toBe(0);
    const rows = readCsv(stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.place))).toEqual(new Set(['河北省']));
    expect(rows.filter((r) => r.indicator === '生产总值' && r.target !== '').length).toBeGreaterThan(0);
    expect(rows.map((r) => r.outcome).filter((o) => o !== '')).toEqual([]);
    const markdown = (await run('series', hebei)).stdout;
    expect(markdown).toContain('## 河北省 — 2 reports (2010, 2021)');
    expect(markdown).not.toMatch(/\| (?:met|missed|not reported) \|/u);
  });

  it('keeps the first of two files of one place and year, and says which were left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-series-dup-'));
    try {
      // 河北省 2010 twice and 2021 (dev) since session 27; hailar 2016 (sealed) with its GBK twin, and 2019, stood here.
      copyFileSync(join(LOCAL, 'hebei-2010.txt'), join(dir, 'a-2010.txt'));
      copyFileSync(join(LOCAL, 'hebei-2010.txt'), join(dir, 'b-2010.txt'));
      copyFileSync(join(LOCAL, 'hebei-2021.txt'), join(dir, 'c-2021.txt'));
      const { stdout } = await run('series', dir);
      expect(stdout).toContain('1 second report of a place and year left out: b-2010.txt.');
      const rows = readCsv((await run('series', dir, '--csv')).stdout);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.actualSource === 'b-2010.txt' || r.targetSource === 'b-2010.txt')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads subfolders, and tells on stderr about files that are not reports or cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-series-mixed-'));
    try {
      mkdirSync(join(dir, 'sub'));
      copyFileSync(join(NATIONAL, '2015.txt'), join(dir, 'sub', '2015.txt'));
      copyFileSync(join(NATIONAL, '2016.txt'), join(dir, '2016.txt'));
      writeFileSync(join(dir, 'notes.txt'), '会议记录。\n');
      writeFileSync(join(dir, 'blob.txt'), Buffer.from([0, 0, 0, 1, 2, 3]));
      const { code, stdout, stderr } = await run('series', dir, '--csv');
      expect(code).toBe(0);
      expect(readCsv(stdout).some((r) => r.targetSource === 'sub/2015.txt')).toBe(true);
      expect(stderr).toContain('govreport: skipped blob.txt: ');
      expect(stderr).toContain('1 file in');
      expect(stderr.trimEnd().split('\n')).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when no indicator appears in two reports of a place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-series-one-'));
    try {
      copyFileSync(SEED, join(dir, 'suzhou-2021.txt'));
      const { code, stdout } = await run('series', dir);
      expect(code).toBe(0);
      expect(stdout).toContain('(no indicator appears in two or more reports of the same place)');
      expect((await run('series', dir, '--csv')).stdout).toBe(`\ufeff${SERIES_CSV_COLUMNS.join(',')}\r\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits with 2 and one stderr line for a folder that does not exist or a file', async () => {
    for (const target of ['no/such/folder', SEED]) {
      const { code, stdout, stderr } = await run('series', target);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`cannot read ${target}`);
    }
  });

  it('refuses --csv together with --markdown, and a --jobs that is not a whole number', async () => {
    expect((await run('series', national, '--csv', '--markdown')).code).toBe(1);
    expect((await run('series', national, '--jobs', 'many')).code).toBe(1);
    expect((await run('series', national, '--jobs', '0')).code).toBe(1);
  });
});

describe('series table (pure)', () => {
  const meta = (place: string, year: number): ReportMeta => ({ title: null, place, year, date: null, meeting: null, speaker: null });
  const figure = (value: number, status: Indicator['status'], period: string, qualifier: Indicator['qualifier'] = null): Indicator => ({
    text: `${value}%`,
    range: range(1, 0, 3),
    value,
    unit: '%',
    name: '地区生产总值',
    measure: '增长',
    kind: 'growth',
    status,
    qualifier,
    period,
    groupKey: 'lexicon:grp',
  });
  const report = (year: number, indicators: Indicator[]): IndexedReport => ({
    uri: pathToFileURL(`/reports/x-${year}.txt`).href,
    meta: meta('某市', year),
    indicators,
  });

  it('says “not reported” only when the next year’s report is there and gives no actual', () => {
    const table = buildSeriesTable([report(2016, [figure(7, 'target', '2016', '左右')]), report(2017, [figure(6.5, 'target', '2017')])]);
    const [series] = table.places[0]!.indicators;
    expect(series!.entries.map((e) => [e.year, e.outcome])).toEqual([
      [2016, 'not reported'],
      [2017, null],
    ]);
  });

  it('reads the actual against the target through its qualifier (以内: at most)', () => {
    const table = buildSeriesTable([
      report(2016, [{ ...figure(4.5, 'target', '2016', '以内'), unit: '%' }]),
      report(2017, [figure(4.02, 'actual', '2016')]),
    ]);
    expect(table.places[0]!.indicators[0]!.entries).toMatchObject([{ year: 2016, outcome: 'met' }]);
  });

  it('leaves out reports without a place or year', () => {
    const noPlace: IndexedReport = { uri: 'file:///r/none.txt', meta: { ...meta('x', 2016), place: null }, indicators: [] };
    const table = buildSeriesTable([noPlace]);
    expect(table.places).toEqual([]);
    expect(table.unplaced).toEqual([noPlace]);
  });

  it('writes years as spans', () => {
    expect(yearList([2019, 2015, 2016, 2017])).toBe('2015–2017, 2019');
    expect(yearList([2016, 2019])).toBe('2016, 2019');
  });
});

describe('govreport --help lists refs and series', () => {
  it('names both commands and their formats', async () => {
    const help = (await run('--help')).stdout;
    expect(help).toContain('refs');
    expect(help).toContain('series');
    expect((await run('refs', '--help')).stdout).toContain('--json');
    const series = (await run('series', '--help')).stdout;
    expect(series).toContain('--csv');
    expect(series).toContain('--markdown');
    expect(series).toContain('--jobs');
  });
});
