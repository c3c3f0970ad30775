import { posix } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { toContractIndicator } from '../../src/core/export/contract';
import { analyzeReport, tableLabels } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import {
  buildTargetsTable, CSV_BOM, CSV_COLUMNS, exportFileName, formatIndicatorsCsv, formatIndicatorsMarkdown, formatTargetsTableMarkdown,
  markdownCell, markdownTable, pairKey,
} from '../../src/core/export';
import type { TargetsTableLabels } from '../../src/core/export';
import { counterparts } from '../../src/core/indicators/counterpart';
import { EXPORT_COMMANDS, registerExportSupport } from '../../src/vscode/exportCommands';
import type { ReportService } from '../../src/vscode/reportService';
import { readCorpus, SEED } from '../support/corpus';

const SEED_PATH = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';

// ---------------------------------------------------------------------------------------------------------------
// A stand-in for the parts of `vscode` the export commands use. The display language is zh-cn, so the commands'
// strings come from the real zh-cn bundle (src/vscode/localize.ts) and the tests check that they are translated.
const host = vi.hoisted(() => ({
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  saveDialog: [] as unknown[],
  saveAnswer: undefined as unknown,
  written: [] as { uri: { toString(): string }; bytes: Uint8Array }[],
  messages: [] as { level: string; text: string }[],
  opened: [] as { options: unknown; column: unknown }[],
  activeDocument: undefined as unknown,
  /** vscode.env.language: the core's labels (kinds, statuses, table headings) follow it. */
  language: 'en',
}));

vi.mock('vscode', async () => {
  class Uri {
    constructor(
      readonly scheme: string,
      readonly authority: string,
      readonly path: string,
    ) {}
    static file(path: string): Uri {
      return new Uri('file', '', path);
    }
    static joinPath(base: Uri, ...segments: string[]): Uri {
      return new Uri(base.scheme, base.authority, posix.join(base.path, ...segments));
    }
    get fsPath(): string {
      return this.path;
    }
    toString(): string {
      return `${this.scheme}://${this.authority}${this.path}`;
    }
  }
  class CancellationTokenSource {
    token = { isCancellationRequested: false };
    dispose(): void {}
  }
  const { Disposable, matchReport, registerInto } = await import('../support/fakeVscode.js');
  return {
    Uri,
    CancellationTokenSource,
    ViewColumn: { Beside: -2 },
    Disposable,
    env: {
      get language(): string {
        return host.language;
      },
    },
    languages: { match: matchReport },
    commands: {
      registerCommand: registerInto(host.commands),
      executeCommand: async (...args: unknown[]) => {
        host.executed.push(args);
      },
    },
    window: {
      get activeTextEditor() {
        return host.activeDocument ? { document: host.activeDocument } : undefined;
      },
      get visibleTextEditors() {
        return host.activeDocument ? [{ document: host.activeDocument }] : [];
      },
      showSaveDialog: async (options: unknown) => {
        host.saveDialog.push(options);
        return host.saveAnswer;
      },
      showInformationMessage: async (text: string) => {
        host.messages.push({ level: 'info', text });
        return undefined;
      },
      showWarningMessage: async (text: string) => {
        host.messages.push({ level: 'warning', text });
        return undefined;
      },
      showErrorMessage: async (text: string) => {
        host.messages.push({ level: 'error', text });
        return undefined;
      },
      showTextDocument: async (options: unknown, column: unknown) => {
        host.opened.push({ options, column });
        return {};
      },
    },
    workspace: {
      getConfiguration: () => ({ get: () => undefined }),
      textDocuments: [],
      workspaceFolders: undefined,
      asRelativePath: (uri: { path: string }) => uri.path,
      openTextDocument: async (options: unknown) => options,
      fs: {
        writeFile: async (uri: { toString(): string }, bytes: Uint8Array) => {
          host.written.push({ uri, bytes });
        },
      },
    },
  };
});

// ---------------------------------------------------------------------------------------------------------------

let model: ReportModel;

beforeAll(() => {
  model = analyzeReport(readCorpus(SEED));
});

/** A strict RFC 4180 reading (csv-parse, not our writer's inverse): every record the same length, no relaxations. */
function readCsv(csv: string): string[][] {
  return parseCsv(csv, { bom: false, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

const range = (line: number, from: number, to: number): Indicator['range'] => ({ start: { line, character: from }, end: { line, character: to } });

function indicator(overrides: Partial<Indicator>): Indicator {
  return {
    text: '6%',
    range: range(0, 0, 2),
    value: 6,
    unit: '%',
    name: '地区生产总值',
    measure: '增长',
    kind: 'growth',
    status: 'actual',
    qualifier: null,
    period: '2020',
    ...overrides,
  };
}

const awkward = indicator({
  text: '1,200亿元',
  range: range(4, 2, 9),
  value: 120000000000,
  valueMax: 130000000000,
  unit: '元',
  name: '“十百千万”工程,"重点"|项目',
  measure: '完成\n（含"续建"）',
  kind: 'level',
});

async function cli(...argv: string[]): Promise<string> {
  let stdout = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  return stdout;
}

describe('CSV export', () => {
  // A function: `model` is read in beforeAll, after this block is collected.
  const seedCsv = () => ({ file: 'seed.txt', meta: model.meta, indicators: model.indicators });

  it('writes the same bytes as `govreport indicators --csv`', async () => {
    expect(formatIndicatorsCsv([{ file: SEED_PATH, meta: model.meta, indicators: model.indicators }])).toBe(await cli('indicators', SEED_PATH, '--csv'));
  });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = formatIndicatorsCsv([seedCsv()]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(model.indicators.length + 2); // header, rows, and "" after the last CRLF
    expect(/(?<!\r)\n/u.test(csv)).toBe(false); // no bare LF in the seed's fields
  });

  it('parses back with csv-parse into the header and one record per figure', () => {
    const [header, ...rows] = readCsv(formatIndicatorsCsv([seedCsv()]).slice(CSV_BOM.length));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(model.indicators.length);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    const gdp = rows.find((row) => row[col('name')] === '地区生产总值' && row[col('status')] === 'target');
    // standardName: the lexicon's name of the indicator, whatever the text calls it.
    expect(gdp).toEqual(['seed.txt', '苏州市', '2021', expect.any(String), expect.any(String), '6%', '6', '', '%', '地区生产总值', '地区生产总值', '增长', 'growth', 'target', '以上', '2021']);
    // One standard name for every name the seed gives GDP by (地区生产总值, 生产总值 …): a spreadsheet groups them.
    const standard = new Set(rows.filter((row) => row[col('standardName')] === '地区生产总值').map((row) => row[col('name')]));
    expect(standard.size).toBeGreaterThanOrEqual(1);
    expect(rows.filter((row) => row[col('standardName')] !== '').length).toBeGreaterThan(10);
  });

  // A ninth trial: national 2024's CSV gave its GDP the standard name 地区生产总值, and 单位国内生产总值能耗 became
  // 单位地区生产总值能耗 — the lexicon's regional wording in the nation's own sheet.
  it('words standard names as the nation does in a national report', () => {
    const national = analyzeReport(readCorpus('national/2024.txt'));
    const [header, ...rows] = readCsv(formatIndicatorsCsv([{ file: '2024.txt', meta: national.meta, indicators: national.indicators }]).slice(CSV_BOM.length));
    const col = (name: (typeof CSV_COLUMNS)[number]): number => (header as string[]).indexOf(name);
    const standard = rows.map((row) => row[col('standardName')] ?? '');
    expect(standard.filter((name) => name.includes('地区生产总值'))).toEqual([]);
    const gdp = rows.filter((row) => row[col('name')] === '国内生产总值');
    expect(gdp.length).toBeGreaterThan(0);
    for (const row of gdp) expect(row[col('standardName')]).toBe('国内生产总值');
    expect(standard.filter((name) => name.includes('国内生产总值') && name !== '国内生产总值').length).toBeGreaterThan(0);
  });

  // A tenth trial: national 2017's 74.4万亿元, split over three lines by the page (74.4 / a zero-width line / 万亿元), gave
  // a spreadsheet cell with two line breaks and an invisible mark in it.
  it('writes a figure split over lines by the page as one phrase, its line and column where it starts', () => {
    const national = analyzeReport(readCorpus('national/2017.txt'));
    const split = national.indicators.filter((i) => /[\r\n]/u.test(i.text));
    expect(split.length).toBeGreaterThan(0);
    const [header, ...rows] = readCsv(formatIndicatorsCsv([{ file: '2017.txt', meta: national.meta, indicators: split }]).slice(CSV_BOM.length));
    const col = (name: (typeof CSV_COLUMNS)[number]): number => (header as string[]).indexOf(name);
    expect(rows.map((row) => row[col('text')])).toContain('74.4万亿元');
    for (const row of rows) expect(row[col('text')]).not.toMatch(/[\s\u200b-\u200d\u2060\ufeff]/u);
    expect(rows.map((row) => Number(row[col('line')]))).toEqual(split.map((i) => i.range.start.line + 1));
  });

  it('quotes commas, quotes and line breaks so that they parse back unchanged', () => {
    const csv = formatIndicatorsCsv([{ file: 'a, "b".txt', meta: { place: null, year: null }, indicators: [awkward] }]);
    const [, row] = readCsv(csv.slice(1));
    expect(row?.slice(0, 3)).toEqual(['a, "b".txt', '', '']);
    expect(row?.[5]).toBe('1,200亿元');
    expect(row?.[6]).toBe('120000000000');
    expect(row?.[7]).toBe('130000000000');
    expect(row?.[CSV_COLUMNS.indexOf('name')]).toBe(awkward.name);
    expect(row?.[CSV_COLUMNS.indexOf('measure')]).toBe(awkward.measure);
  });
});

describe('Markdown tables', () => {
  it('escape | (and other Markdown syntax) in cells, and put line breaks on one line', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('*重点*_项目_ [1] <b>')).toBe('\\*重点\\*\\_项目\\_ \\[1\\] \\<b\\>');
    expect(markdownCell('完成\r\n续建')).toBe('完成 续建');
    expect(markdownCell('C:\\path')).toBe('C:\\\\path');
  });

  it('keep the column count when a cell holds a pipe', () => {
    const table = formatIndicatorsMarkdown([awkward]);
    const lines = table.trimEnd().split('\n');
    const cells = (line: string): number => line.split(/(?<!\\)\|/u).length - 2;
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(cells(line)).toBe(7);
    expect(lines[2]).toContain('“十百千万”工程,"重点"\\|项目');
    expect(lines[2]).toContain('完成 （含"续建"）');
  });

  it('list every figure of the seed with line, name, figure with its qualifier, measure, kind, status and period', () => {
    const table = formatIndicatorsMarkdown(model.indicators, { title: '苏州市 2021 政府工作报告' });
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toBe('# 苏州市 2021 政府工作报告');
    expect(lines[2]).toBe('| Line | Indicator | Figure | Measure | Kind | Actual/target | Period |');
    expect(lines[3]).toBe('| ---: | --- | --- | --- | --- | --- | --- |');
    expect(lines).toHaveLength(4 + model.indicators.length);
    const target = model.indicators.find((i) => i.name === '地区生产总值' && i.status === 'target');
    expect(lines).toContain(`| ${(target?.range.start.line ?? 0) + 1} | 地区生产总值 | 6%以上 | 增长 | growth rate | target | 2021 |`);
  });

  it('leave out a measure that only says “is” (为/是), as the card does', () => {
    // The seed: 综合金融服务平台累计为3.4万家企业… — the model keeps the measure 为; the reading table shows none.
    const figure = model.indicators.find((i) => i.measure === '为');
    expect(figure).toBeDefined();
    const row = formatIndicatorsMarkdown(model.indicators).split('\n')[2 + model.indicators.indexOf(figure as Indicator)];
    expect(row).toMatch(new RegExp(`^\\| ${(figure?.range.start.line ?? 0) + 1} \\| .+ \\| — \\| `, 'u'));
    expect(row).not.toContain('| 为 |');
  });

  it('are worded in the language they are given', () => {
    const table = formatIndicatorsMarkdown([indicator({ status: 'target' })], { language: 'zh-cn' });
    expect(table.split('\n')[0]).toBe('| 行 | 指标 | 数值 | 测度 | 类型 | 实际/目标 | 时期 |');
    expect(table).toContain('| 增长率 | 目标 |');
  });

  it('use the labels they are given over the language', () => {
    const labels = { ...tableLabels('en'), line: 'L', kinds: { ...tableLabels('en').kinds, growth: 'g' } };
    const table = formatIndicatorsMarkdown([indicator({ status: 'target' })], { labels, language: 'zh-cn' });
    expect(table).toContain('| L |');
    expect(table).toContain('| g | target |');
  });

  it('fill missing cells with nothing', () => {
    expect(markdownTable(['a', 'b'], [['1']])).toBe('| a | b |\n| --- | --- |\n| 1 |  |\n');
  });
});

/** The model's pairs as a reader meets them: each target once, with the actual its card and its link show. */
function pairsOf(m: ReportModel): { name: string; target: Indicator; actual: Indicator }[] {
  const seen = new Set<Indicator>();
  const rows: { name: string; target: Indicator; actual: Indicator }[] = [];
  for (const { target, actual } of m.pairs) {
    if (seen.has(target)) continue;
    seen.add(target);
    rows.push({ name: target.name ?? actual.name ?? '', target, actual });
  }
  return rows;
}

describe('the model’s target ↔ actual pairs', () => {
  it('pair this year’s 地区生产总值 target (6%以上, 2021) with the level reached, never with the five-year average', () => {
    const gdp = pairsOf(model).find((pair) => pair.name === '地区生产总值');
    expect(gdp?.target).toMatchObject({ text: '6%', status: 'target', qualifier: '以上', period: '2021', kind: 'growth' });
    // 迈上2万亿元 is the level the review ends on; 年均增长6.1% (2016-2020) is an average over five years.
    expect(gdp?.actual).toMatchObject({ text: '2万亿元', status: 'actual', kind: 'level' });
  });

  it('pair only a target with an actual of the same indicator', () => {
    const pairs = pairsOf(model);
    expect(pairs.length).toBeGreaterThan(5);
    let byKey = 0;
    for (const { target, actual } of pairs) {
      expect(target.status).toBe('target');
      expect(actual.status).toBe('actual');
      if (pairKey(actual) === pairKey(target)) byKey++;
    }
    expect(byKey).toBeGreaterThan(pairs.length / 2);
    // 新增高价值发明专利数量 has a target and no actual.
    expect(pairs.some((pair) => pair.name === '新增高价值发明专利数量')).toBe(false);
  });

  it('pair like the core’s target ↔ actual links: same unit and kind first, another measure when it is all there is, never a rank', () => {
    const pairs = pairsOf(model);
    const fai = pairs.find((pair) => pair.name === '固定资产投资');
    expect(fai?.actual).toMatchObject({ text: '6.6%', kind: 'growth' }); // not 5224亿元
    // 一般公共预算收入 has a growth target, and as actuals only an amount (2303亿元) and a rank (第四): the amount,
    // shown beside the target (a growth target ↔ a level actual).
    expect(pairs.find((pair) => pair.name === '一般公共预算收入')?.actual).toMatchObject({ text: '2303亿元', kind: 'level' });
    expect(pairs.every((pair) => pair.actual.kind !== 'rank')).toBe(true);
    // Every pair is a target → actual link of the model's own references, but for the level a target's own sentence
    // starts from (由…提高到…), which the card shows and no link points at.
    const links = new Set(
      model.references
        .filter((reference) => reference.kind === 'indicator')
        .map((reference) => `${reference.from.range.start.line}:${reference.from.range.start.character}>${reference.to.range.start.line}:${reference.to.range.start.character}`),
    );
    const sameSentence = new Set(model.pairs.filter((p) => p.sameSentence).map((p) => p.target));
    for (const { target, actual } of pairs) {
      const link = links.has(`${target.range.start.line}:${target.range.start.character}>${actual.range.start.line}:${actual.range.start.character}`);
      expect(link || (sameSentence.has(target) && target.range.start.line === actual.range.start.line)).toBe(true);
    }
  });
});

describe('targets year on year as Markdown', () => {
  // The seed alone (no 2020 report of 苏州 beside it): this year's targets and, from its own review, what 2020 achieved.
  const seedTable = (isMain?: (target: Indicator) => boolean) =>
    buildTargetsTable({ uri: 'file:///seed.txt', meta: model.meta, indicators: model.indicators }, undefined, isMain, counterparts(model.pairs));
  const labels: TargetsTableLabels = {
    title: 'Targets 2021 vs 2020 — 苏州市',
    indicator: 'Indicator',
    thisTarget: 'Target 2021',
    lastTarget: 'Target 2020',
    lastActual: 'Actual 2020',
    outcome: '2020 target met?',
    outcomes: { met: 'met', missed: 'missed', 'not reported': 'not reported' },
    mainTargets: 'Main targets for 2021',
    otherTargets: 'Other targets',
    dropped: 'Targets set for 2020, not for 2021',
    noTargets: 'No targets',
    notes: ['No 2020 report of the same place | in the workspace.'],
  };

  it('write the table the view paints: heading, notes, one row per target, last year’s actual in its own measure and period', () => {
    const table = seedTable();
    expect(table).not.toBeNull();
    const md = formatTargetsTableMarkdown(table!, labels);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Targets 2021 vs 2020 — 苏州市');
    expect(md).toContain('No 2020 report of the same place \\| in the workspace.'); // report text never breaks a table
    // No 2020 report beside it: last year's targets and the verdicts are empty on every row and left out, as the view's
    // page leaves them out; last year's actuals come from the review and stay.
    expect(md).toContain('| Indicator | Target 2021 | Actual 2020 |');
    expect(md).not.toContain('Target 2020');
    // The GDP target beside the level the five-year review ends on, dated as the review is (as the card shows it).
    expect(lines.some((l) => /^\| 地区生产总值 \| 增长 6%以上 \| 迈上 2万亿元 \(2016-2020\) \|$/u.test(l))).toBe(true);
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Indicator') && !l.startsWith('| ---'));
    expect(rows.length).toBe(table!.rows.length + table!.dropped.length);
    const cells = (line: string): number => line.split(/(?<!\\)\|/u).length - 2;
    for (const row of rows) expect(cells(row)).toBe(3);
  });

  it('put the year’s headline targets under their own heading when the report sets them out', () => {
    const main = seedTable((target) => target.name === '地区生产总值');
    const md = formatTargetsTableMarkdown(main!, labels);
    expect(md.indexOf('## Main targets for 2021')).toBeGreaterThan(0);
    expect(md.indexOf('## Other targets')).toBeGreaterThan(md.indexOf('| 地区生产总值 |'));
  });

  it('say there are no targets instead of an empty table', () => {
    const md = formatTargetsTableMarkdown({ ...seedTable()!, rows: [], dropped: [] }, labels);
    expect(md).toBe('# Targets 2021 vs 2020 — 苏州市\n\nNo 2020 report of the same place \\| in the workspace.\n\nNo targets\n');
  });
});

describe('default file names', () => {
  it('name the file after place and year: 苏州市-2021-指标.csv', () => {
    expect(exportFileName(model.meta, '000_4ff7010d533e2b03', '指标', 'csv')).toBe('苏州市-2021-指标.csv');
    expect(exportFileName({ title: '政府工作报告', place: null, year: 2020 }, 'x', 'indicators', '.json')).toBe('政府工作报告-2020-indicators.json');
    expect(exportFileName({ title: null, place: null, year: null }, '海拉尔区2016', '指标', 'md')).toBe('海拉尔区2016-指标.md');
    expect(exportFileName({ title: null, place: 'a/b:c', year: null }, '', '', 'md')).toBe('a b c.md');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the export commands', () => {
  const reportUri = { scheme: 'file', authority: '', path: '/reports/苏州市2021年政府工作报告.txt', toString: () => 'file:///reports/苏州市2021年政府工作报告.txt' };
  const service = { getModel: () => model, getModelWithFigures: () => model } as unknown as ReportService;

  beforeAll(() => {
    host.language = 'zh-cn';
    registerExportSupport([{ language: 'govreport' }], service);
  });

  beforeEach(() => {
    host.saveDialog.length = 0;
    host.written.length = 0;
    host.messages.length = 0;
    host.opened.length = 0;
    host.saveAnswer = undefined;
    host.activeDocument = { uri: reportUri, languageId: 'govreport', isClosed: false };
  });

  const run = async (id: string): Promise<void> => {
    const handler = host.commands.get(id);
    expect(handler, id).toBeDefined();
    await handler?.();
  };
  const savedText = (): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(host.written[0]?.bytes);

  it('offer 苏州市-2021-指标.csv next to the report and write the CLI’s CSV, BOM included', async () => {
    host.saveAnswer = { scheme: 'file', authority: '', path: '/out/a.csv', toString: () => 'file:///out/a.csv' };
    await run(EXPORT_COMMANDS.csv);
    const options = host.saveDialog[0] as { defaultUri: { path: string }; filters: Record<string, string[]> };
    expect(options.defaultUri.path).toBe('/reports/苏州市-2021-指标.csv');
    expect(Object.values(options.filters)).toEqual([['csv']]);
    expect(host.written).toHaveLength(1);
    expect([...(host.written[0]?.bytes.subarray(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    // The same rows as the CLI's; only the file column differs: the editor names the report as the workspace does.
    const fromCli = (await cli('indicators', SEED_PATH, '--csv')).split(`\r\n${SEED_PATH},`).join('\r\n/reports/苏州市2021年政府工作报告.txt,');
    expect(savedText()).toBe(fromCli);
    expect(host.messages.at(-1)?.text).toContain('/out/a.csv');
  });

  it('write the contract’s Indicator objects as JSON, like `govreport indicators --json`', async () => {
    host.saveAnswer = { scheme: 'file', authority: '', path: '/out/a.json', toString: () => 'file:///out/a.json' };
    await run(EXPORT_COMMANDS.json);
    expect(savedText()).toBe(await cli('indicators', SEED_PATH, '--json'));
    expect(JSON.parse(savedText())).toEqual(JSON.parse(JSON.stringify(model.indicators.map(toContractIndicator))));
  });

  it('write a Markdown table with Chinese headings in a Chinese UI', async () => {
    host.saveAnswer = { scheme: 'file', authority: '', path: '/out/a.md', toString: () => 'file:///out/a.md' };
    await run(EXPORT_COMMANDS.markdown);
    const options = host.saveDialog[0] as { defaultUri: { path: string } };
    expect(options.defaultUri.path).toBe('/reports/苏州市-2021-指标.md');
    const text = savedText();
    expect(text.startsWith('# 苏州市 2021：指标\n')).toBe(true);
    expect(text).toContain('| 行 | 指标 | 数值 | 测度 | 类型 | 实际/目标 | 时期 |');
    expect(text).toContain('| 地区生产总值 | 6%以上 | 增长 | 增长率 | 目标 | 2021 |');
  });

  it('never write over the report itself', async () => {
    host.saveAnswer = { ...reportUri };
    await run(EXPORT_COMMANDS.csv);
    expect(host.written).toEqual([]);
    expect(host.messages.at(-1)?.level).toBe('error');
  });

  it('write nothing when the dialog is cancelled', async () => {
    await run(EXPORT_COMMANDS.json);
    expect(host.saveDialog).toHaveLength(1);
    expect(host.written).toEqual([]);
  });

  it('ask for a report when none is active', async () => {
    host.activeDocument = { uri: reportUri, languageId: 'plaintext', isClosed: false };
    await run(EXPORT_COMMANDS.csv);
    expect(host.saveDialog).toEqual([]);
    expect(host.messages.at(-1)?.level).toBe('warning');
  });
});
