/**
 * `govreport series DIR`: the cross-report indicator table of a folder of reports (the core's buildSeriesTable),
 * rendered as Markdown (a table per place) or RFC 4180 CSV (the project's CSV writer).
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { buildSeriesTable, figurePhrase, outcomeLabels, translator } from '../core';
import type { DisplayLanguage, IndexedReport, SeriesTable } from '../core';
import { CSV_BOM, csvField, markdownCell, markdownTable, plainDecimal } from '../core/export';
import { indexFolder, listReportFiles } from '../node/reportIndex';
import type { SkipReason } from '../node/reportIndex';
import type { CommandContext } from './context';

export function addSeriesCommand(program: Command, context: CommandContext): void {
  program
    .command('series')
    .description(
      'the indicators that appear in two or more reports of the same place, year by year: actual, target and whether the target was met (Markdown, or CSV)',
    )
    .argument('<dir>', 'folder of reports (.txt and .govreport files, searched recursively; node_modules, hidden folders and files over 20 MB are skipped)')
    .addOption(new Option('--csv', 'print RFC 4180 CSV (UTF-8 with BOM, CRLF), one record per place, indicator and year').conflicts('markdown'))
    .addOption(new Option('--markdown', 'print Markdown, a table per place (the default)'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads that read and analyse the reports (1 = none, all in the main thread; default: with 3 or more CPUs and 64 or more files, one per CPU up to 4, else 1)').argParser(positiveInteger))
    .action((dir: string, options: { csv?: boolean; markdown?: boolean; jobs?: number }) => series(dir, options, context));
}

/** Indexes the folder (the core's index over the folder: node/reportIndex.ts), prints the table, then what was left out. */
async function series(dir: string, options: { csv?: boolean; jobs?: number }, context: CommandContext): Promise<void> {
  const { io } = context;
  const problem = await folderProblem(dir);
  if (problem) {
    io.stderr(`govreport: cannot read ${dir}: ${problem}\n`);
    return context.fail('cannot-read');
  }
  const skipped: { file: string; reason: SkipReason; detail?: string }[] = [];
  const jobs = options.jobs ?? (await defaultJobs(dir));
  const reports = await indexFolder(dir, {
    ...(jobs > 1 && SELF_SCRIPT ? { workerScript: SELF_SCRIPT, concurrency: jobs } : {}),
    onSkip: (file, reason, detail) => skipped.push(detail === undefined ? { file, reason } : { file, reason, detail }),
  });
  const table = buildSeriesTable(reports);
  io.stdout(options.csv ? formatSeriesCsv(table, dir) : formatSeriesMarkdown(table, dir, reports.length, context.language()));
  // Files that could not be read or are too large are worth a line each (a few); non-reports only a count.
  const unreadable = skipped.filter((s) => s.reason !== 'not-a-report');
  for (const s of unreadable.slice(0, MAX_SKIP_LINES)) {
    io.stderr(`govreport: skipped ${fileLabel(s.file, dir)}: ${s.reason === 'too-large' ? `larger than 20 MB (${s.detail ?? ''})` : (s.detail ?? s.reason)}\n`);
  }
  if (unreadable.length > MAX_SKIP_LINES) io.stderr(`govreport: skipped ${unreadable.length - MAX_SKIP_LINES} more files that cannot be read\n`);
  const notReports = skipped.length - unreadable.length;
  if (notReports > 0) io.stderr(`govreport: ${notReports} file${notReports === 1 ? '' : 's'} in ${dir} did not read as a report and ${notReports === 1 ? 'was' : 'were'} left out\n`);
}

/** Worker threads started by default for `series`; reading and analysing reports is CPU-bound. */
const MAX_DEFAULT_JOBS = 4;
/** From this many files on, `series` reads and analyses in worker threads by default (see `npm run bench`). */
const WORKERS_FROM_FILES = 64;
/** …and only with more CPUs than this: on two, passing the results between threads costs about what the second core gains. */
const WORKERS_FROM_CPUS = 3;
const MAX_SKIP_LINES = 10;

/**
 * Worker threads for `series` when --jobs is not given: they pay for themselves only on a large folder (each starts
 * cold) and with three or more CPUs; otherwise 1, everything in the main thread.
 */
async function defaultJobs(dir: string): Promise<number> {
  const cpus = availableParallelism();
  if (cpus < WORKERS_FROM_CPUS) return 1;
  return (await listReportFiles(dir)).length >= WORKERS_FROM_FILES ? Math.min(cpus, MAX_DEFAULT_JOBS) : 1;
}

/**
 * The script that serves index requests in worker threads: this bundle itself (dist/cli.js, whose entry checks
 * isIndexWorker). When the CLI runs from TypeScript sources (tests) there is no such script and `series` reads in
 * this thread.
 */
const SELF_SCRIPT: string | undefined = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

/** Why a folder cannot be indexed, as a short phrase, or null when it can. */
async function folderProblem(dir: string): Promise<string | null> {
  try {
    const stat = await fs.stat(dir);
    return stat.isDirectory() ? null : 'it is not a folder (series reads a folder of reports)';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(err);
  }
}

/** A report's file as a path relative to the folder given (forward slashes), or its URI when it is not a file. */
export function sourceLabel(uri: string, dir: string): string {
  try {
    return fileLabel(fileURLToPath(uri), dir);
  } catch {
    return uri;
  }
}

/** A path relative to the folder given, with forward slashes. */
export function fileLabel(path: string, dir: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** The CSV columns of `govreport series --csv`, in order. Values in base units, as in `indicators --csv`. */
export const SERIES_CSV_COLUMNS = [
  'place', 'indicator', 'unit', 'year', 'actual', 'target', 'targetMax', 'qualifier', 'outcome', 'actualText', 'targetText', 'actualSource', 'targetSource',
] as const;

/**
 * The series as RFC 4180 CSV (UTF-8 BOM, CRLF after every record), one record per place, indicator and year;
 * empty fields for what a year lacks (an outcome is empty when there is nothing to compare).
 */
export function formatSeriesCsv(table: SeriesTable, dir: string): string {
  const records: string[][] = [[...SERIES_CSV_COLUMNS]];
  for (const place of table.places) {
    for (const series of place.indicators) {
      for (const e of series.entries) {
        const actual = e.actual?.indicator;
        const target = e.target?.indicator;
        records.push([
          place.place,
          series.name,
          series.unit ?? '',
          String(e.year),
          actual ? plainDecimal(actual.value) : '',
          target ? plainDecimal(target.value) : '',
          target?.valueMax === undefined ? '' : plainDecimal(target.valueMax),
          target?.qualifier ?? '',
          e.outcome ?? '',
          actual ? figurePhrase(actual) : '',
          target ? figurePhrase(target) : '',
          e.actual ? sourceLabel(e.actual.uri, dir) : '',
          e.target ? sourceLabel(e.target.uri, dir) : '',
        ]);
      }
    }
  }
  return `${CSV_BOM}${records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`;
}

const NONE = '—';

/**
 * The series as Markdown: a heading with what was read, then per place a heading (its years and reports) and one
 * table of indicator, unit, year, actual, target and outcome. The table's headings and outcomes are worded in the
 * language given; the prose around them is English.
 */
export function formatSeriesMarkdown(table: SeriesTable, dir: string, totalReports: number, language: DisplayLanguage = 'en'): string {
  const t = translator(language);
  const outcomes = outcomeLabels(language);
  const header = [t('Indicator'), t('Unit'), t('Year'), t('Actual'), t('Target'), t('Outcome')];
  const parts: string[] = [`# Indicator series: ${markdownCell(dir)}`, ''];
  const listed = table.places.filter((p) => p.indicators.length > 0);
  parts.push(
    `${plural(totalReports, 'report')} of ${plural(table.places.length, 'place')}; ${listed.length === 1 ? '1 place has' : `${listed.length} places have`} indicators in two or more of its reports. ` +
      'Actual: the figure given for the year (usually by the next year’s report); target: the figure the year’s own report set; ' +
      'outcome: the actual against the target, read through its qualifier (以上, 左右, 以内 …) — “not found” when the next ' +
      'year’s report is here but no actual of the indicator was found in it (it may word it otherwise), “—” when there is ' +
      'nothing to compare or the actual is a bound that cannot decide (7100万亩以上 against 7140万亩以上).',
  );
  const notes: string[] = [];
  if (table.unplaced.length > 0) notes.push(`${plural(table.unplaced.length, 'report')} without a place or year left out: ${sources(table.unplaced, dir)}.`);
  if (table.duplicates.length > 0) notes.push(`${plural(table.duplicates.length, 'second report')} of a place and year left out: ${sources(table.duplicates, dir)}.`);
  for (const note of notes) parts.push('', note);
  if (listed.length === 0) {
    parts.push('', '(no indicator appears in two or more reports of the same place)');
    return `${parts.join('\n')}\n`;
  }
  for (const place of listed) {
    const years = place.reports.map((r) => r.meta.year ?? 0);
    parts.push('', `## ${markdownCell(place.place)} — ${plural(place.reports.length, 'report')} (${yearList(years)})`, '');
    const rows: string[][] = [];
    for (const series of place.indicators) {
      for (const e of series.entries) {
        rows.push([
          series.name,
          series.unit ?? NONE,
          String(e.year),
          e.actual ? figurePhrase(e.actual.indicator) : '',
          e.target ? figurePhrase(e.target.indicator) : '',
          e.outcome ? outcomes[e.outcome] : e.target ? NONE : '',
        ]);
      }
    }
    parts.push(markdownTable(header, rows, ['left', 'left', 'right']).trimEnd());
  }
  return `${parts.join('\n')}\n`;
}

function sources(reports: readonly IndexedReport[], dir: string): string {
  const shown = reports.slice(0, 5).map((r) => markdownCell(sourceLabel(r.uri, dir)));
  return reports.length > shown.length ? `${shown.join(', ')} and ${reports.length - shown.length} more` : shown.join(', ');
}

/** 2015, 2016, 2017, 2019 → “2015–2017, 2019”. */
export function yearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    spans.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return spans.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
