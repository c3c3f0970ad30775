/**
 * The `govreport` command line, as a function: arguments and two output sinks in, exit code out.
 * src/cli/main.ts binds it to the process; tests call it directly.
 *
 * Exit codes: 0 success (and --help, --version), 1 usage error or internal error, 2 the file (or, for series, the folder)
 * cannot be read.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeReport } from '../core';
import type { ReportModel } from '../core';
import { decodeReportBytes, MAX_REPORT_BYTES, readReportFile, ReportReadError } from '../node/readReport';
import type { DecodedReport } from '../node/readReport';
import { indexFolder, listReportFiles } from '../node/reportIndex';
import type { SkipReason } from '../node/reportIndex';
import { formatIndicatorsCsv, toContractIndicator, toContractReference, toContractReport } from '../core/export';
import { formatOpenHint, formatOutlineTree, formatSummary } from './format';
import { formatIndicatorTable } from './indicators';
import { cliLanguage } from './language';
import { formatReferenceTable } from './refs';
import { buildSeriesTable, fileLabel, formatSeriesCsv, formatSeriesMarkdown } from './series';
import { registerTermsCommand } from './terms';
import { version as packageVersion } from '../../package.json';

export interface CliIo {
  /** Receives complete chunks of standard output, newlines included. */
  stdout(s: string): void;
  /** Receives complete chunks of standard error, newlines included. */
  stderr(s: string): void;
  /** All of standard input, for the file argument `-` (main.ts reads the process's; tests pass bytes). */
  stdin?(): Promise<Uint8Array>;
  /** The environment's locale variables (main.ts passes process.env); without them the labels are English. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_CANNOT_READ = 2;

export const VERSION: string = packageVersion;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('govreport')
    .description('Outline, indicators and cross-references of Chinese government work reports (政府工作报告).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .option('--lang <tag>', 'language of the labels in tables and Markdown: en or zh-cn (default: the locale, from LC_ALL, LC_MESSAGES or LANG)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run "govreport --help" for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  govreport analyze report.txt --json        the full model (schemaVersion 1 contract)',
        '  cat report.txt | govreport analyze - --json   the same, reading standard input',
        '  govreport outline report.txt               the heading tree with line numbers',
        '  govreport indicators report.txt            the figures as a table',
        '  govreport indicators report.txt --csv > indicators.csv',
        '  govreport refs report.txt                  cross-references: abbreviations, plan periods, terms, footnotes, targets',
        '  govreport series reports/                  targets vs actuals across the years of each place (Markdown)',
        '  govreport series reports/ --csv > series.csv',
        '  govreport terms 2023.txt --against 2022.txt   policy terms new, dropped, rising and falling since 2022',
        '',
        'Lines are 1-based in tables and CSV, 0-based in JSON (VS Code positions).',
        'Exit codes: 0 success, 1 usage or internal error, 2 the file or folder cannot be read.',
      ].join('\n'),
    );

  program
    .command('analyze')
    .description('analyse a report: a short summary, or the full model as JSON (schemaVersion 1)')
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input')
    .option('--json', 'print the JSON contract object (meta, outline, indicators, references)')
    .action(async (file: string, options: { json?: boolean }) => {
      const report = await readOrExplain(file, io);
      if (!report) {
        exitCode = EXIT_CANNOT_READ;
        return;
      }
      const model = analyze(report);
      if (options.json) {
        io.stdout(`${JSON.stringify(toContractReport(file, model), null, 2)}\n`);
      } else {
        io.stdout(`${formatSummary(file, report.encoding, model).join('\n')}\n`);
      }
    });

  program
    .command('outline')
    .description('print the outline of a report as an indented tree with line numbers')
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input')
    .action(async (file: string) => {
      const report = await readOrExplain(file, io);
      if (!report) {
        exitCode = EXIT_CANNOT_READ;
        return;
      }
      const model = analyze(report);
      io.stdout(`${[...formatOutlineTree(model.outline), '', formatOpenHint(file)].join('\n')}\n`);
    });

  program
    .command('indicators')
    .description('list the numeric indicators (figure, name, measure, kind, actual/target, period) as a table, CSV or JSON')
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input')
    .addOption(
      new Option(
        '--csv',
        'print RFC 4180 CSV (UTF-8 with BOM, CRLF) with the columns line (1-based), character, text, value, valueMax, unit, name, measure, kind, status, qualifier, period',
      ).conflicts('json'),
    )
    .addOption(new Option('--json', "print a JSON array of the contract's Indicator objects"))
    .action(async (file: string, options: { csv?: boolean; json?: boolean }) => {
      const report = await readOrExplain(file, io);
      if (!report) {
        exitCode = EXIT_CANNOT_READ;
        return;
      }
      const { indicators } = analyze(report);
      if (options.json) {
        io.stdout(`${JSON.stringify(indicators.map(toContractIndicator), null, 2)}\n`);
      } else if (options.csv) {
        io.stdout(formatIndicatorsCsv(indicators));
      } else {
        io.stdout(`${formatIndicatorTable(file, indicators, language()).join('\n')}\n`);
      }
    });

  program
    .command('refs')
    .description('list the cross-references (abbreviation → full name, plan period → its part, term → first mention, footnote → note, target ↔ actual) as a table or JSON')
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input')
    .option('--json', "print a JSON array of the contract's Reference objects (0-based positions)")
    .action(async (file: string, options: { json?: boolean }) => {
      const report = await readOrExplain(file, io);
      if (!report) {
        exitCode = EXIT_CANNOT_READ;
        return;
      }
      const { references } = analyze(report);
      if (options.json) {
        io.stdout(`${JSON.stringify(references.map(toContractReference), null, 2)}\n`);
      } else {
        io.stdout(`${formatReferenceTable(file, references).join('\n')}\n`);
      }
    });

  program
    .command('series')
    .description(
      'the indicators that appear in two or more reports of the same place, year by year: actual, target and whether the target was met (Markdown, or CSV)',
    )
    .argument('<dir>', 'folder of reports (.txt and .govreport files, searched recursively; node_modules, hidden folders and files over 20 MB are skipped)')
    .addOption(new Option('--csv', 'print RFC 4180 CSV (UTF-8 with BOM, CRLF), one record per place, indicator and year').conflicts('markdown'))
    .addOption(new Option('--markdown', 'print Markdown, a table per place (the default)'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads that read and analyse the reports (1 = none, all in the main thread; default: with 3 or more CPUs and 64 or more files, one per CPU up to 4, else 1)').argParser(positiveInteger))
    .action(async (dir: string, options: { csv?: boolean; markdown?: boolean; jobs?: number }) => {
      const problem = await folderProblem(dir);
      if (problem) {
        io.stderr(`govreport: cannot read ${dir}: ${problem}\n`);
        exitCode = EXIT_CANNOT_READ;
        return;
      }
      const skipped: { file: string; reason: SkipReason; detail?: string }[] = [];
      const jobs = options.jobs ?? (await defaultJobs(dir));
      const reports = await indexFolder(dir, {
        ...(jobs > 1 && SELF_SCRIPT ? { workerScript: SELF_SCRIPT, concurrency: jobs } : {}),
        onSkip: (file, reason, detail) => skipped.push(detail === undefined ? { file, reason } : { file, reason, detail }),
      });
      const table = buildSeriesTable(reports);
      io.stdout(options.csv ? formatSeriesCsv(table, dir) : formatSeriesMarkdown(table, dir, reports.length, language()));
      // Files that could not be read or are too large are worth a line each (a few); non-reports only a count.
      const unreadable = skipped.filter((s) => s.reason !== 'not-a-report');
      for (const s of unreadable.slice(0, MAX_SKIP_LINES)) {
        io.stderr(`govreport: skipped ${fileLabel(s.file, dir)}: ${s.reason === 'too-large' ? `larger than 20 MB (${s.detail ?? ''})` : (s.detail ?? s.reason)}\n`);
      }
      if (unreadable.length > MAX_SKIP_LINES) io.stderr(`govreport: skipped ${unreadable.length - MAX_SKIP_LINES} more files that cannot be read\n`);
      const notReports = skipped.length - unreadable.length;
      if (notReports > 0) io.stderr(`govreport: ${notReports} file${notReports === 1 ? '' : 's'} in ${dir} did not read as a report and ${notReports === 1 ? 'was' : 'were'} left out\n`);
    });

  registerTermsCommand(program, {
    stdout: (s) => io.stdout(s),
    stderr: (s) => io.stderr(s),
    read: (file) => readOrExplain(file, io),
    fail: (reason) => {
      exitCode = reason === 'cannot-read' ? EXIT_CANNOT_READ : EXIT_USAGE;
    },
  });

  // Read when an action runs, after commander has parsed --lang wherever it stands on the command line.
  const language = (): string => cliLanguage(program.opts<{ lang?: string }>().lang, io.env ?? {});

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with exit code 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr(`govreport: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

/** Worker threads started by default for `series`; reading and analysing reports is CPU-bound. */
const MAX_DEFAULT_JOBS = 4;
/** From this many files on, `series` reads and analyses in worker threads by default (see `npm run bench`). */
const WORKERS_FROM_FILES = 64;
/** …and only with more CPUs than this: on two, passing the results between threads costs about what the second core gains. */
const WORKERS_FROM_CPUS = 3;

/**
 * Worker threads for `series` when --jobs is not given: they pay for themselves only on a large folder (each starts
 * cold) and with three or more CPUs; otherwise 1, everything in the main thread.
 */
async function defaultJobs(dir: string): Promise<number> {
  const cpus = availableParallelism();
  if (cpus < WORKERS_FROM_CPUS) return 1;
  return (await listReportFiles(dir)).length >= WORKERS_FROM_FILES ? Math.min(cpus, MAX_DEFAULT_JOBS) : 1;
}
const MAX_SKIP_LINES = 10;

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

/** `-`: the report arrives on standard input (e.g. `iconv … | govreport analyze - --json`), decoded like a file. */
async function readStdin(io: CliIo): Promise<DecodedReport> {
  if (!io.stdin) throw new ReportReadError('io', 'standard input is not available here', '-');
  const bytes = await io.stdin();
  if (bytes.length > MAX_REPORT_BYTES) throw new ReportReadError('too-large', `it is larger than the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report`, '-');
  return decodeReportBytes(bytes);
}

function analyze(report: DecodedReport): ReportModel {
  return analyzeReport(report.text);
}

/** Reads the file, or prints exactly one line "govreport: cannot read FILE: reason" and returns null. */
async function readOrExplain(file: string, io: CliIo): Promise<DecodedReport | null> {
  try {
    if (file === '-') return await readStdin(io);
    return await readReportFile(file);
  } catch (err) {
    const reason = err instanceof ReportReadError ? err.reason : err instanceof Error ? err.message : String(err);
    io.stderr(`govreport: cannot read ${file === '-' ? 'standard input' : file}: ${reason.split('\n')[0]}\n`);
    return null;
  }
}
