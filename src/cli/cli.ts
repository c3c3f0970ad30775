/**
 * The `govreport` command line, as a function: arguments and two output sinks in, exit code out.
 * src/cli/main.ts binds it to the process; tests call it directly.
 *
 * Exit codes: 0 success (and --help, --version), 1 usage error or internal error, 2 the file (or, for series, the folder)
 * cannot be read.
 */
import { Command, CommanderError } from 'commander';
import { decodeReportBytes, MAX_REPORT_BYTES, readReportFile, ReportReadError } from '../node/readReport';
import type { DecodedReport } from '../node/readReport';
import type { CliIo, CommandContext } from './context';
import { cliLanguage } from './language';
import { addReportCommands } from './reportCommands';
import { addSeriesCommand } from './series';
import { registerTermsCommand } from './terms';
import { version as packageVersion } from '../../package.json';

export type { CliIo } from './context';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_CANNOT_READ = 2;

export const VERSION: string = packageVersion;

/** Runs one command line: the program and its commands are made, the arguments parsed, the exit code returned. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io);
  const context: CommandContext = {
    io,
    read: (file) => readOrExplain(file, io),
    fail: (reason) => {
      exitCode = reason === 'cannot-read' ? EXIT_CANNOT_READ : EXIT_USAGE;
    },
    language: () => cliLanguage(program.opts<{ lang?: string }>().lang, io.env ?? {}),
  };
  // Labels exist in English and Chinese; another tag is said once, not silently taken for English.
  program.hook('preAction', () => {
    const tag = program.opts<{ lang?: string }>().lang?.trim();
    if (tag && !/^(?:en|zh)(?:[-_]|$)/iu.test(tag)) io.stderr(`govreport: note: no labels in "${tag}"; labels are in English (en) or Chinese (zh-cn): using English\n`);
  });
  addReportCommands(program, context);
  addSeriesCommand(program, context);
  registerTermsCommand(program, { stdout: (s) => io.stdout(s), stderr: (s) => io.stderr(s), read: context.read, fail: context.fail, language: () => context.language() });
  const parsed = await parse(program, argv, io);
  return parsed === EXIT_OK ? exitCode : parsed;
}

/** The program with its global options, help and examples; output goes to `io`, never to the process. */
function createProgram(io: CliIo): Command {
  return new Command('govreport')
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
}

/** Parses and runs the command; the exit code of what commander or an action threw (EXIT_OK when nothing was). */
async function parse(program: Command, argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with exit code 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr(`govreport: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
}

/** `-`: the report arrives on standard input (e.g. `iconv … | govreport analyze - --json`), decoded like a file. */
async function readStdin(io: CliIo): Promise<DecodedReport> {
  if (!io.stdin) throw new ReportReadError('io', 'standard input is not available here', '-');
  const bytes = await io.stdin();
  if (bytes.length > MAX_REPORT_BYTES) throw new ReportReadError('too-large', `it is larger than the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report`, '-');
  return decodeReportBytes(bytes);
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
