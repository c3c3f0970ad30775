import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { readReportFile } from '../../src/node/readReport';

const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
const HAILAR_UTF8 = 'test/fixtures/corpus/local/hailar-2016.txt';
const HAILAR_GBK = 'test/fixtures/corpus/local/hailar-2016.gbk.txt';
const EDGE = 'test/fixtures/edge';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

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

  it('describes --json on the analyze command', async () => {
    const { code, stdout } = await run('analyze', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--json');
  });
});
