/** The commands that read one report: analyze (the JSON contract), outline, indicators and refs. */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { analyzeReport, editorLines } from '../core';
import type { ReportModel } from '../core';
import { formatIndicatorsCsv, toContractIndicator, toContractReference, toContractReport } from '../core/export';
import type { DecodedReport } from '../node/readReport';
import type { CommandContext } from './context';
import { formatOpenHint, formatOutlineTree, formatSummary, laterReportsNote } from './format';
import { formatIndicatorTable } from './indicators';
import { formatReferenceTable } from './refs';

const FILE_ARGUMENT = 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input';

export function addReportCommands(program: Command, context: CommandContext): void {
  const { io } = context;
  program
    .command('analyze')
    .description('analyse a report: a short summary, or the full model as JSON (schemaVersion 1)')
    .argument('<file>', FILE_ARGUMENT)
    .option('--json', 'print the JSON contract object (meta, outline, indicators, references)')
    .action(
      withReport(context, (file, report, model, options: { json?: boolean }) => {
        io.stdout(options.json ? `${JSON.stringify(toContractReport(file, model), null, 2)}\n` : `${formatSummary(file, report.encoding, model).join('\n')}\n`);
      }),
    );

  program
    .command('outline')
    .description('print the outline of a report as an indented tree with line numbers')
    .argument('<file>', FILE_ARGUMENT)
    .action(
      withReport(context, (file, report, model) => {
        // With no headings there is no tree to see in the editor either: no hint.
        const hint = model.outline.length > 0 ? ['', formatOpenHint(file)] : [];
        io.stdout(`${[...formatOutlineTree(model.outline, physicalLines(report.text)), ...hint].join('\n')}\n`);
      }),
    );

  program
    .command('indicators')
    .description('list the numeric indicators (figure, name, measure, kind, actual/target, period) of one or more reports as a table, CSV or JSON')
    .argument('<files...>', `${FILE_ARGUMENT}; with --csv or the table, several reports in one listing`)
    .addOption(
      new Option(
        '--csv',
        'print RFC 4180 CSV (UTF-8 with BOM, CRLF) with the columns file, place, reportYear, line and column (1-based), text, value, valueMax, unit, name, measure, kind, status, qualifier, period: one header, then the rows of every report given',
      ).conflicts('json'),
    )
    .addOption(new Option('--json', "print a JSON array of the contract's Indicator objects (one report)"))
    .action(async (files: string[], options: { csv?: boolean; json?: boolean }) => {
      // A JSON array of contract objects has no field for the report; mixing reports in it would lose which is which.
      if (options.json && files.length > 1) {
        io.stderr('govreport: --json takes one report (its objects carry no file); use --csv for several\n');
        return context.fail('usage');
      }
      const reports: { file: string; model: ReportModel; lineOf: (line: number) => string | undefined }[] = [];
      for (const file of files) {
        const read = await readAndAnalyze(context, file);
        if (!read) return;
        reports.push({ file, model: read.model, lineOf: physicalLines(read.report.text) });
      }
      if (options.json) io.stdout(`${JSON.stringify(reports[0]!.model.indicators.map(toContractIndicator), null, 2)}\n`);
      else if (options.csv) io.stdout(formatIndicatorsCsv(reports.map(({ file, model }) => ({ file, meta: model.meta, indicators: model.indicators }))));
      else {
        const tables = reports.map(({ file, model, lineOf }) => {
          const table = formatIndicatorTable(file, model.indicators, context.language(), lineOf);
          return reports.length > 1 ? [`== ${file}`, ...table] : table;
        });
        io.stdout(`${tables.map((lines) => lines.join('\n')).join('\n\n')}\n`);
      }
    });

  program
    .command('refs')
    .description('list the cross-references (abbreviation → full name, plan period → its part, term → first mention, footnote → note, target ↔ actual) as a table or JSON')
    .argument('<file>', FILE_ARGUMENT)
    .option('--json', "print a JSON array of the contract's Reference objects (0-based positions)")
    .action(
      withReport(context, (file, _report, { references }, options: { json?: boolean }) => {
        io.stdout(options.json ? `${JSON.stringify(references.map(toContractReference), null, 2)}\n` : `${formatReferenceTable(file, references).join('\n')}\n`);
      }),
    );
}

/** An action over one report: read (or explain why not, exit code 2), analyse, then `print`. */
function withReport<O>(
  context: CommandContext,
  print: (file: string, report: DecodedReport, model: ReportModel, options: O) => void,
): (file: string, options: O) => Promise<void> {
  return async (file, options) => {
    const read = await readAndAnalyze(context, file);
    if (read) print(file, read.report, read.model, options);
  };
}

/** Reads and analyses one report, or fails the run (exit code 2, one line saying why) and returns null. */
async function readAndAnalyze(context: CommandContext, file: string): Promise<{ report: DecodedReport; model: ReportModel } | null> {
  const report = await context.read(file);
  if (!report) {
    context.fail('cannot-read');
    return null;
  }
  // (The file's name gives the year and place an undated report does not, as in the editor.)
  const model = analyzeReport(report.text, { fileName: basename(file) });
  // On stderr, so that the JSON and CSV on stdout stay what their format says.
  if (model.laterReports.length > 0) context.io.stderr(`govreport: note: ${file}: ${laterReportsNote(model.laterReports)}\n`);
  return { report, model };
}

/**
 * The text's physical lines as VS Code counts them (positions' 0-based lines), for the tables to tell a one-line
 * escaped report's places by their column (core positionCell). Split once, on first use.
 */
function physicalLines(text: string): (line: number) => string | undefined {
  let lines: readonly string[] | undefined;
  return (line) => (lines ??= editorLines(text))[line];
}
