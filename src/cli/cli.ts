/**
 * The `govreport` command line, as a function: arguments and two output sinks in, exit code out.
 * src/cli/main.ts binds it to the process; tests call it directly.
 *
 * Exit codes: 0 success (and --help, --version), 1 usage error or internal error, 2 the file cannot be read.
 */
import { Command, CommanderError, Option } from 'commander';
import { analyzeReport } from '../core';
import type { ReportModel } from '../core';
import { readReportFile, ReportReadError } from '../node/readReport';
import type { DecodedReport } from '../node/readReport';
import { toContractIndicator, toContractReport } from './contract';
import { formatOpenHint, formatOutlineTree, formatSummary } from './format';
import { formatIndicatorsCsv, formatIndicatorTable } from './indicators';
import { version as packageVersion } from '../../package.json';

export interface CliIo {
  /** Receives complete chunks of standard output, newlines included. */
  stdout(s: string): void;
  /** Receives complete chunks of standard error, newlines included. */
  stderr(s: string): void;
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
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run "govreport --help" for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  govreport analyze report.txt --json        the full model (schemaVersion 1 contract)',
        '  govreport outline report.txt               the heading tree with line numbers',
        '  govreport indicators report.txt            the figures as a table',
        '  govreport indicators report.txt --csv > indicators.csv',
        '',
        'Lines are 1-based in tables and CSV, 0-based in JSON (VS Code positions).',
        'Exit codes: 0 success, 1 usage or internal error, 2 the file cannot be read.',
      ].join('\n'),
    );

  program
    .command('analyze')
    .description('analyse a report: a short summary, or the full model as JSON (schemaVersion 1)')
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16 with BOM)')
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
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16 with BOM)')
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
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16 with BOM)')
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
        io.stdout(`${formatIndicatorTable(file, indicators).join('\n')}\n`);
      }
    });

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

function analyze(report: DecodedReport): ReportModel {
  return analyzeReport(report.text);
}

/** Reads the file, or prints exactly one line "govreport: cannot read FILE: reason" and returns null. */
async function readOrExplain(file: string, io: CliIo): Promise<DecodedReport | null> {
  try {
    return await readReportFile(file);
  } catch (err) {
    const reason = err instanceof ReportReadError ? err.reason : err instanceof Error ? err.message : String(err);
    io.stderr(`govreport: cannot read ${file}: ${reason.split('\n')[0]}\n`);
    return null;
  }
}
