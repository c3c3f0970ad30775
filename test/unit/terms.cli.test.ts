import { parse as parseCsv } from 'csv-parse/sync';
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termTableLabels } from '../../src/core/l10n';
import { TERM_CHANGE_CSV_COLUMNS, TERM_CSV_COLUMNS } from '../../src/core/terms';
import { registerTermsCommand, termSegmenter } from '../../src/cli/terms';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { readReportFile } from '../../src/node/readReport';
import { run } from '../support/runCli';

const N2022 = 'test/fixtures/corpus/national/2022.txt';
const N2023 = 'test/fixtures/corpus/national/2023.txt';
const N2019 = 'test/fixtures/corpus/national/2019.txt';
const MISSING = 'test/fixtures/corpus/national/1900-no-such-report.txt';

type Json = Record<string, unknown>;

async function json(...argv: string[]): Promise<Json> {
  const result = await run('terms', ...argv, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Json;
}

function expectRange(r: unknown): void {
  expect(Object.keys(r as object)).toEqual(['start', 'end']);
  for (const p of Object.values(r as Record<string, Json>)) {
    expect(Object.keys(p)).toEqual(['line', 'character']);
    expect(Number.isInteger(p.line) && (p.line as number) >= 0).toBe(true);
    expect(Number.isInteger(p.character) && (p.character as number) >= 0).toBe(true);
  }
}

const TERM_KEYS = ['term', 'source', 'count', 'per10k', 'first'];
const CHANGE_KEYS = ['term', 'source', 'count', 'per10k', 'previousCount', 'previousPer10k', 'ratio', 'keyness', 'first', 'previousFirst'];

function expectReport(report: Json, file: string): Json[] {
  expect(Object.keys(report)).toEqual(['file', 'place', 'year', 'bodyLength', 'termCount', 'terms']);
  expect(report.file).toBe(file);
  expect(report.place).toBe('全国');
  const terms = report.terms as Json[];
  expect(report.termCount).toBe(terms.length);
  for (const t of terms) {
    expect(Object.keys(t)).toEqual(TERM_KEYS);
    expect(['dictionary', 'quoted', 'word']).toContain(t.source);
    expect(t.per10k).toBeCloseTo(((t.count as number) / (report.bodyLength as number)) * 10_000, 3);
    expectRange(t.first);
  }
  return terms;
}

describe('govreport terms', () => {
  it('prints one report\'s terms as JSON (schemaVersion 1), most mentioned first, positions pointing at them', async () => {
    const out = await json(N2023);
    expect(Object.keys(out)).toEqual(['schemaVersion', 'segmentation', 'notes', 'report', 'against', 'comparison']);
    expect(out.schemaVersion).toBe(1);
    expect(out.segmentation).toBe('nodejieba');
    expect(out.notes).toEqual([]);
    expect(out.against).toBeNull();
    expect(out.comparison).toBeNull();
    const terms = expectReport(out.report as Json, N2023);
    const counts = terms.map((t) => t.count as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const lines = (await readReportFile(N2023)).text.split('\n');
    for (const t of terms.filter((x) => x.source !== 'word').slice(0, 30)) {
      const { start, end } = t.first as { start: { line: number; character: number }; end: { line: number; character: number } };
      if (start.line === end.line) expect(lines[start.line]?.slice(start.character, end.character)).toBe(t.term);
    }
  });

  it('compares with --against: new, dropped, rising and falling with both reports\' figures', async () => {
    const out = await json(N2023, '--against', N2022);
    expectReport(out.report as Json, N2023);
    expectReport(out.against as Json, N2022);
    const comparison = out.comparison as Record<string, Json[]> & { thresholds: Json };
    expect(Object.keys(comparison)).toEqual(['thresholds', 'new', 'dropped', 'rising', 'falling']);
    expect(comparison.thresholds).toEqual({ minRatio: 1.5, minCount: 5, minKeyness: 3.84 });
    for (const list of ['new', 'dropped', 'rising', 'falling']) {
      for (const c of comparison[list]!) {
        expect(Object.keys(c)).toEqual(CHANGE_KEYS);
        if (list === 'new') expect([c.previousCount, c.previousFirst, c.ratio]).toEqual([0, null, null]);
        if (list === 'dropped') expect([c.count, c.first, c.ratio]).toEqual([0, null, null]);
        if (list === 'rising') expect(c.ratio as number).toBeGreaterThanOrEqual(1.5);
        if (list === 'falling') expect(c.ratio as number).toBeLessThanOrEqual(1 / 1.5 + 0.001);
      }
    }
    expect(comparison.new!.map((c) => c.term)).toContain('中国式现代化');
  });

  it('limits every list with --top', async () => {
    const out = await json(N2023, '--against', N2022, '--top', '3');
    const comparison = out.comparison as Record<string, Json[]>;
    expect(comparison.new).toHaveLength(3);
    expect(comparison.dropped).toHaveLength(3);
    const report = out.report as Json;
    expect(report.terms).toHaveLength(3);
    expect(report.termCount as number).toBeGreaterThan(3);
  });

  it('prints CSV with the project\'s conventions, the same figures as the JSON', async () => {
    const single = await run('terms', N2023, '--csv');
    expect(single.code).toBe(0);
    expect(single.stdout.startsWith('\ufeff')).toBe(true);
    expect(single.stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(single.stdout.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...TERM_CSV_COLUMNS]);
    const terms = (( await json(N2023)).report as Json).terms as Json[];
    expect(rows.length).toBe(terms.length);
    type First = { start: { line: number; character: number } };
    // Lines and columns 1-based, as in the indicators CSV and the status bar; the JSON keeps VS Code's 0-based positions.
    expect(rows.slice(0, 20).map((r) => [r.term, Number(r.count), Number(r.line) - 1, Number(r.column) - 1])).toEqual(
      terms.slice(0, 20).map((t) => [t.term, t.count, (t.first as First).start.line, (t.first as First).start.character]),
    );

    const pair = await run('terms', N2023, '--against', N2022, '--csv');
    const changes = parseCsv(pair.stdout.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(changes[0]!)).toEqual([...TERM_CHANGE_CSV_COLUMNS]);
    const comparison = (await json(N2023, '--against', N2022)).comparison as Record<string, Json[]>;
    for (const change of ['new', 'dropped', 'rising', 'falling']) {
      expect(changes.filter((r) => r.change === change).map((r) => r.term)).toEqual(comparison[change]!.map((c) => c.term));
    }
  });

  it('prints readable tables in the terminal, 20 rows a list unless --top says otherwise', async () => {
    const result = await run('terms', N2023, '--against', N2022);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    for (const title of ['New: not in the other report', 'Dropped: only in the other report', 'Rising', 'Falling']) {
      expect(lines.some((l) => l.startsWith(title)), title).toBe(true);
    }
    const rowsAfter = (title: string): number => {
      const start = lines.findIndex((l) => l.startsWith(title));
      const end = lines.indexOf('', start);
      return end - start - 2;
    };
    expect(rowsAfter('New:')).toBe(20);
    const small = (await run('terms', N2023, '--top', '5')).stdout.split('\n');
    const header = small.findIndex((l) => l.startsWith('#'));
    expect(small.slice(header + 1, small.indexOf('', header))).toHaveLength(5);
  });

  it('words the terminal tables in the --lang language, and keeps the codes in JSON and CSV', async () => {
    const zh = termTableLabels('zh-cn');
    const result = await run('--lang', 'zh-cn', 'terms', N2023, '--against', N2022, '--top', '5');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    for (const list of ['new', 'dropped', 'rising', 'falling'] as const) {
      expect(zh.lists[list]).not.toMatch(/[A-Za-z]/u);
      expect(lines.some((l) => l.startsWith(`${zh.lists[list]}（`)), list).toBe(true);
    }
    expect(lines.some((l) => l.startsWith('New:'))).toBe(false);
    const header = lines.find((l) => l.startsWith(zh.term));
    expect(header?.split(/\s{2,}/u)).toEqual([zh.term, zh.source, zh.count, zh.per10k, zh.first]);
    // Each row's source is a Chinese word (词典, 引号, 分词), never the code.
    const start = lines.indexOf(header!);
    const rows = lines.slice(start + 1, lines.indexOf('', start));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.values(zh.sources)).toContain(row.split(/\s{2,}/u)[1]);
    const single = (await run('terms', N2023, '--lang', 'zh-cn', '--top', '3')).stdout.split('\n');
    expect(single.find((l) => l.startsWith('#'))?.split(/\s{2,}/u)).toEqual(['#', zh.term, zh.source, zh.count, zh.per10k, zh.first]);
    for (const format of ['--json', '--csv']) {
      expect((await run('--lang', 'zh-cn', 'terms', N2023, '--against', N2022, format)).stdout, format).toBe(
        (await run('terms', N2023, '--against', N2022, format)).stdout,
      );
    }
  });

  it('notes on stderr when the other report is not of the year before', async () => {
    const result = await run('terms', N2023, '--against', N2019, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^govreport: note: .*2019.*2023/u);
    expect((JSON.parse(result.stdout) as Json).notes).toHaveLength(1);
  });

  it('notes on stderr when the report compared with stops inside a sentence (a copy cut short)', async () => {
    const full = readFileSync(N2022, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'govreport-terms-'));
    const cut = join(dir, '2022-cut.txt');
    writeFileSync(cut, full.slice(0, full.indexOf('，', Math.floor(full.length / 2)) + 1));
    try {
      const result = await run('terms', N2023, '--against', cut, '--json');
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(`govreport: note: ${cut} stops inside a sentence: terms of the parts it lacks show as new.\n`);
      const whole = await run('terms', N2023, '--against', N2022, '--json');
      expect(whole.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line when a report cannot be read, either of the two', async () => {
    for (const argv of [[MISSING], [N2023, '--against', MISSING], [MISSING, '--against', N2022]]) {
      const result = await run('terms', ...argv, '--json');
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^govreport: cannot read ${MISSING.replace(/[.]/gu, '\\.')}: [^\\n]+\\n$`, 'u'));
    }
  });

  it('exits 1 on a usage error', async () => {
    expect((await run('terms', N2023, '--json', '--csv')).code).toBe(1);
    expect((await run('terms', N2023, '--top', '0')).code).toBe(1);
    expect((await run('terms')).code).toBe(1);
  });

  it('documents its options in --help', async () => {
    const help = await run('terms', '--help');
    expect(help.code).toBe(0);
    for (const option of ['--against <file>', '--json', '--csv', '--top <n>']) expect(help.stdout).toContain(option);
    expect((await run('--help')).stdout).toContain('terms');
  });
});

describe('govreport terms without nodejieba', () => {
  const broken = (): JiebaSegmenter =>
    new JiebaSegmenter(() => {
      throw new Error('the native binding is missing');
    });

  it('gives no segmenter and one sentence saying what is counted instead', () => {
    const { segmenter, note } = termSegmenter(broken());
    expect(segmenter).toBeUndefined();
    expect(note).toMatch(/nodejieba.*the native binding is missing.*Only the policy dictionary and quoted terms are counted\.$/u);
  });

  it('still answers, counting dictionary and quoted terms, and says so', async () => {
    let stdout = '';
    let stderr = '';
    let failed: string | null = null;
    const program = new Command().exitOverride();
    registerTermsCommand(program, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      read: (file) => readReportFile(file),
      fail: (reason) => (failed = reason),
      jieba: broken(),
    });
    await program.parseAsync(['terms', N2023, '--against', N2022, '--json'], { from: 'user' });
    expect(failed).toBeNull();
    expect(stderr).toMatch(/^govreport: note: .*nodejieba.*Only the policy dictionary and quoted terms are counted\.\n$/u);
    const out = JSON.parse(stdout) as Json;
    expect(out.segmentation).toBe('none');
    const terms = (out.report as Json).terms as Json[];
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.every((t) => t.source !== 'word')).toBe(true);
    expect(((out.comparison as Json).new as Json[]).map((c) => c.term)).toContain('中国式现代化');
  });
});
