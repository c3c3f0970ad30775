import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toContractIndicator } from '../../src/core/export/contract';
import { displayWidth } from '../../src/cli/text';
import { CSV_COLUMNS, formatIndicatorsCsv } from '../../src/core/export';
import { indicatorById } from '../../src/core/lexicon';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { readReportFile } from '../../src/node/readReport';
import { run, runWithStdin } from '../support/runCli';

const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
const HAILAR_UTF8 = 'test/fixtures/corpus/local/hailar-2019.txt';
const HAILAR_GBK = 'test/fixtures/corpus/local/hailar-2019.gbk.txt';
const EDGE = 'test/fixtures/edge';


async function analyzeJson(file: string): Promise<Record<string, unknown>> {
  const result = await run('analyze', file, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown): boolean => v === null || typeof v === 'number';

function expectPosition(p: unknown): void {
  expect(p).toBeTypeOf('object');
  expect(Object.keys(p as object)).toEqual(['line', 'character']);
  const { line, character } = p as { line: unknown; character: unknown };
  expect(Number.isInteger(line) && (line as number) >= 0).toBe(true);
  expect(Number.isInteger(character) && (character as number) >= 0).toBe(true);
}

function expectRange(r: unknown): void {
  expect(r).toBeTypeOf('object');
  expect(Object.keys(r as object)).toEqual(['start', 'end']);
  expectPosition((r as { start: unknown }).start);
  expectPosition((r as { end: unknown }).end);
}

function expectOutlineNode(node: unknown): number {
  expect(Object.keys(node as object)).toEqual(['level', 'kind', 'marker', 'title', 'range', 'selectionRange', 'children']);
  const n = node as Record<string, unknown>;
  expect(Number.isInteger(n.level) && (n.level as number) >= 1).toBe(true);
  expect(n.kind).toBeTypeOf('string');
  expect(n.marker).toBeTypeOf('string');
  expect(n.title).toBeTypeOf('string');
  expectRange(n.range);
  expectRange(n.selectionRange);
  expect(Array.isArray(n.children)).toBe(true);
  let count = 1;
  for (const child of n.children as unknown[]) count += expectOutlineNode(child);
  return count;
}

const INDICATOR_KEYS = ['text', 'range', 'value', 'unit', 'name', 'measure', 'kind', 'status', 'qualifier', 'period'];

function expectIndicator(indicator: unknown): void {
  const keys = Object.keys(indicator as object);
  expect(keys.filter((k) => k !== 'valueMax')).toEqual(INDICATOR_KEYS);
  const i = indicator as Record<string, unknown>;
  expect(i.text).toBeTypeOf('string');
  expectRange(i.range);
  expect(i.value).toBeTypeOf('number');
  if (keys.includes('valueMax')) expect(i.valueMax).toBeTypeOf('number');
  expect(isStringOrNull(i.unit)).toBe(true);
  expect(isStringOrNull(i.name)).toBe(true);
  expect(isStringOrNull(i.measure)).toBe(true);
  expect(['level', 'growth', 'share', 'change', 'count', 'rank', 'other']).toContain(i.kind);
  expect(['actual', 'target']).toContain(i.status);
  expect([null, '以上', '左右', '以内', '以下', '超过', '约', '力争']).toContain(i.qualifier);
  expect(isStringOrNull(i.period)).toBe(true);
}

function expectReference(reference: unknown): void {
  expect(Object.keys(reference as object)).toEqual(['kind', 'from', 'to']);
  const r = reference as { kind: unknown; from: Record<string, unknown>; to: Record<string, unknown> };
  expect(r.kind).toBeTypeOf('string');
  expect(Object.keys(r.from)).toEqual(['range', 'text']);
  expectRange(r.from.range);
  expect(r.from.text).toBeTypeOf('string');
  expect(Object.keys(r.to).filter((k) => k !== 'uri')).toEqual(['range', 'text']);
  if ('uri' in r.to) expect(r.to.uri).toBeTypeOf('string');
  expectRange(r.to.range);
  expect(r.to.text).toBeTypeOf('string');
}

function expectContract(json: Record<string, unknown>, file: string): void {
  expect(Object.keys(json)).toEqual(['schemaVersion', 'file', 'meta', 'outline', 'indicators', 'references']);
  expect(json.schemaVersion).toBe(1);
  expect(json.file).toBe(file);
  const meta = json.meta as Record<string, unknown>;
  expect(Object.keys(meta)).toEqual(['title', 'place', 'year', 'date', 'meeting', 'speaker']);
  expect(isStringOrNull(meta.title)).toBe(true);
  expect(isStringOrNull(meta.place)).toBe(true);
  expect(isNumberOrNull(meta.year)).toBe(true);
  expect(meta.date === null || /^\d{4}-\d{2}-\d{2}$/.test(meta.date as string)).toBe(true);
  expect(isStringOrNull(meta.meeting)).toBe(true);
  expect(isStringOrNull(meta.speaker)).toBe(true);
  expect(Array.isArray(json.outline)).toBe(true);
  for (const node of json.outline as unknown[]) expectOutlineNode(node);
  expect(Array.isArray(json.indicators)).toBe(true);
  for (const indicator of json.indicators as unknown[]) expectIndicator(indicator);
  expect(Array.isArray(json.references)).toBe(true);
  for (const reference of json.references as unknown[]) expectReference(reference);
}

describe('govreport analyze --json', () => {
  it('prints exactly the schemaVersion 1 contract object for the seed report', async () => {
    const json = await analyzeJson(SEED);
    expectContract(json, SEED);
  });

  it('keeps the file path exactly as given', async () => {
    const given = `./${SEED}`;
    const json = await analyzeJson(given);
    expect(json.file).toBe(given);
  });

  it('does not leak internal model fields', async () => {
    const { stdout } = await run('analyze', SEED, '--json');
    expect(stdout).not.toContain('chromeLines');
    expect(stdout).not.toContain('duplicateFromLine');
  });

  it('prints one JSON document followed by a newline and nothing else', async () => {
    const { stdout } = await run('analyze', SEED, '--json');
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('reads the GBK original as the same text as its UTF-8 copy (both CRLF)', async () => {
    const gbk = await readReportFile(HAILAR_GBK);
    const utf8 = await readReportFile(HAILAR_UTF8);
    expect(gbk.encoding).toBe('gb18030');
    expect(utf8.encoding).toBe('utf-8');
    expect(gbk.text).toContain('\r\n');
    expect(utf8.text).toContain('\r\n');
    expect(gbk.text).toBe(utf8.text);
  });

  it('gives the GBK original the same JSON as its UTF-8 copy, apart from "file"', async () => {
    const fromGbk = await analyzeJson(HAILAR_GBK);
    const fromUtf8 = await analyzeJson(HAILAR_UTF8);
    expectContract(fromGbk, HAILAR_GBK);
    expect({ ...fromGbk, file: null }).toEqual({ ...fromUtf8, file: null });
  });

  it('gives the same JSON for a report in UTF-8 with BOM, UTF-16LE, UTF-16BE and UTF-8 without BOM', async () => {
    const reference = await analyzeJson(`${EDGE}/plain.txt`);
    for (const name of ['utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt']) {
      const json = await analyzeJson(`${EDGE}/${name}`);
      expect({ ...json, file: null }).toEqual({ ...reference, file: null });
    }
  });
});

describe('govreport analyze (summary)', () => {
  it('prints meta and counts, not JSON', async () => {
    const { code, stdout, stderr } = await run('analyze', SEED);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimStart().startsWith('{')).toBe(false);
    for (const key of ['file', 'title', 'place', 'year', 'outline', 'indicators', 'references']) {
      expect(stdout).toMatch(new RegExp(`^${key}\\s`, 'm'));
    }
    expect(stdout).toContain('(utf-8)');
  });

  it('names the detected encoding of a GBK file', async () => {
    const { code, stdout } = await run('analyze', HAILAR_GBK);
    expect(code).toBe(0);
    expect(stdout).toContain('(gb18030)');
  });
});

describe('govreport outline', () => {
  it('prints a tree of line-numbered headings and ends with how to open the file in VS Code', async () => {
    const { code, stdout, stderr } = await run('outline', SEED);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.replace(/\n$/, '').split('\n');
    const last = lines[lines.length - 1] ?? '';
    expect(last).toContain(`code ${SEED}`);
    expect(last).toContain('VS Code');
    const tree = lines.slice(0, -2);
    expect(lines[lines.length - 2]).toBe('');
    for (const line of tree) expect(line).toMatch(/^L\d+ +\S|^\(no headings found\)$/u);
  });

  // A new user's trial: the hint named an older wording of the command, and an empty file got a hint to see nothing.
  it('names the command as the Command Palette shows it, and gives no hint when there is no tree', async () => {
    const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
    const { stdout } = await run('outline', SEED);
    expect(stdout).toContain(`"GovReport: ${nls['command.treatAsReport']}"`);
    const file = join(mkdtempSync(join(tmpdir(), 'govreport-')), 'empty.txt');
    writeFileSync(file, '');
    expect((await run('outline', file)).stdout).toBe('(no headings found)\n');
  });

  it('says once that a --lang it has no labels for is read as English, and nothing for en or zh-cn', async () => {
    const fr = await run('--lang', 'fr', 'outline', SEED);
    expect(fr.code).toBe(0);
    expect(fr.stderr).toBe('govreport: note: no labels in "fr"; labels are in English (en) or Chinese (zh-cn): using English\n');
    for (const tag of ['en', 'zh-cn', 'zh_CN']) expect((await run('--lang', tag, 'outline', SEED)).stderr, tag).toBe('');
  });

  it('numbers lines from 1 and agrees with the JSON outline', async () => {
    const json = await analyzeJson(SEED);
    const { stdout } = await run('outline', SEED);
    const starts: number[] = [];
    const walk = (nodes: { selectionRange: { start: { line: number } }; children: unknown[] }[]): void => {
      for (const node of nodes) {
        starts.push(node.selectionRange.start.line + 1);
        walk(node.children as typeof nodes);
      }
    };
    walk(json.outline as Parameters<typeof walk>[0]);
    const printed = [...stdout.matchAll(/^L(\d+) /gmu)].map((m) => Number(m[1]));
    expect(printed).toEqual(starts);
  });
});

describe('govreport errors', () => {
  it('reports a missing file on exactly one stderr line and exits with 2', async () => {
    const { code, stdout, stderr } = await run('analyze', 'no/such/report.txt', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^govreport: cannot read no\/such\/report\.txt: \S/u);
  });

  it('refuses a directory with exit code 2', async () => {
    const { code, stdout, stderr } = await run('analyze', EDGE, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`govreport: cannot read ${EDGE}: `);
    expect(stderr).toContain('directory');
  });

  it('refuses a binary file with exit code 2', async () => {
    const file = `${EDGE}/binary.png`;
    const { code, stdout, stderr } = await run('analyze', file, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`govreport: cannot read ${file}: `);
    expect(stderr).toContain('binary');
  });

  it('uses the same one-line error for the outline command', async () => {
    const { code, stderr } = await run('outline', 'missing.txt');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^govreport: cannot read missing\.txt: [^\n]+\n$/u);
  });

  it('exits with 1 on an unknown command or a missing argument', async () => {
    expect((await run('summarise', SEED)).code).toBe(1);
    expect((await run('analyze')).code).toBe(1);
  });
});

describe('govreport --help and --version', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { code, stdout } = await run('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('lists the commands', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('analyze');
    expect(stdout).toContain('outline');
  });

  it('lists the indicators command and its output formats', async () => {
    expect((await run('--help')).stdout).toContain('indicators');
    const { code, stdout } = await run('indicators', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--csv');
    expect(stdout).toContain('--json');
  });

  it('describes --json on the analyze command', async () => {
    const { code, stdout } = await run('analyze', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--json');
  });
});

/** A strict RFC 4180 reading (csv-parse, not our writer's inverse): every record the same length, no relaxations. */
function readCsv(csv: string): string[][] {
  return parseCsv(csv, { bom: false, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

async function seedModelIndicators(): Promise<readonly Indicator[]> {
  return analyzeReport((await readReportFile(SEED)).text).indicators;
}

/** The CSV row of an indicator, written out independently of src/cli/indicators.ts. */
function expectedCsvRow(i: Indicator): string[] {
  return [
    SEED,
    '苏州市',
    '2021',
    String(i.range.start.line + 1),
    String(i.range.start.character + 1),
    i.text,
    String(i.value),
    i.valueMax === undefined ? '' : String(i.valueMax),
    i.unit ?? '',
    i.name ?? '',
    // The lexicon entry the figure is grouped under names it in standard words.
    i.groupKey?.startsWith('lexicon:') ? (indicatorById(i.groupKey.slice('lexicon:'.length))?.name ?? '') : '',
    i.measure ?? '',
    i.kind,
    i.status,
    i.qualifier ?? '',
    i.period ?? '',
  ];
}

const range = (line: number, from: number, to: number): Indicator['range'] => ({ start: { line, character: from }, end: { line, character: to } });

const awkward: Indicator = {
  text: '1,200亿元',
  range: range(4, 2, 9),
  value: 120000000000,
  valueMax: 130000000000,
  unit: '元',
  name: '“十百千万”工程,"重点"项目',
  measure: '完成\n（含"续建"）',
  kind: 'level',
  status: 'actual',
  qualifier: null,
  period: '2025',
  nameRange: range(4, 0, 2),
  groupKey: 'key',
};

describe('govreport indicators --csv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', async () => {
    const { code, stdout, stderr } = await run('indicators', SEED, '--csv');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('\ufefffile,place,reportYear,line,column,text,value,valueMax,unit,name,standardName,measure,kind,status,qualifier,period\r\n')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    // The seed holds no line breaks inside fields, so every LF belongs to a CRLF record end.
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('parses back (RFC 4180) to the header and one row per indicator of the model', async () => {
    const { stdout } = await run('indicators', SEED, '--csv');
    const [header, ...rows] = readCsv(stdout.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const indicators = await seedModelIndicators();
    expect(indicators.length).toBeGreaterThan(100);
    expect(rows).toEqual(indicators.map(expectedCsvRow));
  });

  it('round-trips fields holding a comma, a double quote and a line break', () => {
    const csv = formatIndicatorsCsv([{ file: 'r.txt', meta: { place: '某市', year: 2025 }, indicators: [awkward] }]);
    expect(csv).toContain('"“十百千万”工程,""重点""项目"');
    expect(csv).toContain('"1,200亿元"');
    const [header, row] = readCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row).toEqual(['r.txt', '某市', '2025', '5', '3', '1,200亿元', '120000000000', '130000000000', '元', '“十百千万”工程,"重点"项目', '', '完成\n（含"续建"）', 'level', 'actual', '', '2025']);
  });

  it('stacks several reports under one header, each row naming its file, place and report year', async () => {
    const files = ['test/fixtures/corpus/national/2022.txt', 'test/fixtures/corpus/national/2023.txt'];
    const { code, stdout } = await run('indicators', ...files, '--csv');
    expect(code).toBe(0);
    const [header, ...rows] = readCsv(stdout.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const alone = await Promise.all(files.map(async (file) => readCsv((await run('indicators', file, '--csv')).stdout.slice(1)).slice(1)));
    expect(rows).toEqual([...alone[0]!, ...alone[1]!]);
    expect(new Set(rows.map((row) => row.slice(0, 3).join(' ')))).toEqual(new Set([`${files[0]} 全国 2022`, `${files[1]} 全国 2023`]));
  });

  it('refuses --json for several reports, saying why, and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await run('indicators', SEED, SEED, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('--json takes one report');
  });

  it('prints only the header for a report without figures', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govreport-cli-')), 'no-figures.txt');
    writeFileSync(file, '政府工作报告\n\n各位代表：\n\n我们要坚持稳中求进工作总基调。\n', 'utf8');
    const { code, stdout } = await run('indicators', file, '--csv');
    expect(code).toBe(0);
    expect(stdout).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
    const table = await run('indicators', file);
    expect(table.stdout.startsWith('(no indicators found)\n')).toBe(true);
  });
});

describe('govreport indicators --json', () => {
  it("prints the contract's Indicator objects with exactly the contract keys", async () => {
    const { code, stdout, stderr } = await run('indicators', SEED, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const list = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe((await seedModelIndicators()).length);
    for (const indicator of list) {
      expectIndicator(indicator);
      const keys = Object.keys(indicator);
      expect(keys).toEqual(keys.includes('valueMax') ? ['text', 'range', 'value', 'valueMax', ...INDICATOR_KEYS.slice(3)] : INDICATOR_KEYS);
    }
  });

  it('agrees with the indicators of analyze --json', async () => {
    const json = await analyzeJson(SEED);
    const { stdout } = await run('indicators', SEED, '--json');
    expect(JSON.parse(stdout)).toEqual(json.indicators);
  });

  it('leaves out the editor-only nameRange and groupKey, and keeps valueMax right after value', () => {
    const out = toContractIndicator(awkward);
    expect(Object.keys(out)).toEqual(['text', 'range', 'value', 'valueMax', 'unit', 'name', 'measure', 'kind', 'status', 'qualifier', 'period']);
    const { valueMax: _dropped, ...single } = awkward;
    expect(Object.keys(toContractIndicator(single))).toEqual(INDICATOR_KEYS);
  });

  it('never prints nameRange or groupKey from analyze --json', async () => {
    const { stdout } = await run('analyze', SEED, '--json');
    expect(stdout).not.toContain('nameRange');
    expect(stdout).not.toContain('groupKey');
  });

  it('refuses --csv together with --json', async () => {
    const { code, stdout } = await run('indicators', SEED, '--csv', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });
});

describe('govreport indicators (table)', () => {
  it('prints an aligned table with 1-based line numbers, one row per indicator', async () => {
    const { code, stdout, stderr } = await run('indicators', SEED);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.replace(/\n$/, '').split('\n');
    const indicators = await seedModelIndicators();
    const header = lines[0] ?? '';
    expect(header.split(/\s+/)).toEqual(['line', 'text', 'name', 'measure', 'kind', 'status', 'qualifier', 'period']);
    const rows = lines.slice(1, 1 + indicators.length);
    expect(rows.map((row) => Number(row.split(' ')[0]))).toEqual(indicators.map((i) => i.range.start.line + 1));
    // Columns line up on screen: "status" sits at the same display column in the header and in every row.
    const column = displayWidth(header.slice(0, header.indexOf('status')));
    for (const [n, row] of rows.entries()) {
      const at = row.search(/ (actual|target) /) + 1;
      expect(displayWidth(row.slice(0, at)), `row ${n}: ${row}`).toBe(column);
      expect(row.slice(at)).toMatch(new RegExp(`^${indicators[n]?.status}`));
    }
    expect(lines[1 + indicators.length]).toBe('');
    expect(lines[2 + indicators.length]).toMatch(/^\d+ indicators: \d+ actual, \d+ target$/);
  });

  it('uses the same one-line error for a file it cannot read', async () => {
    const { code, stdout, stderr } = await run('indicators', 'missing.txt', '--csv');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^govreport: cannot read missing\.txt: [^\n]+\n$/u);
  });
});

describe('govreport FILE as -: the report on standard input', () => {
  it('decodes GBK bytes from standard input exactly as it decodes the file', async () => {
    const bytes = readFileSync(HAILAR_GBK);
    const fromFile = await run('analyze', HAILAR_GBK, '--json');
    const fromStdin = await runWithStdin(bytes, 'analyze', '-', '--json');
    expect(fromStdin.code).toBe(0);
    const strip = (json: string) => ({ ...JSON.parse(json), uri: undefined, file: undefined });
    expect(strip(fromStdin.stdout).indicators).toEqual(strip(fromFile.stdout).indicators);
    expect(strip(fromStdin.stdout).outline).toEqual(strip(fromFile.stdout).outline);
  });

  it('refuses binary input on standard input with one line', async () => {
    const r = await runWithStdin(readFileSync('test/fixtures/edge/binary.png'), 'outline', '-');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^govreport: cannot read standard input: /);
  });
});
