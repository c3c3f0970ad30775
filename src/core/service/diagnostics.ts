/** Problems of a report from the core's low-noise checks (diagnose), worded in the display language. */
import { translator } from '../l10n/translate';
import type { Translate } from '../l10n/translate';
import { diagnose } from '../references/diagnostics';
import type { ReportDiagnostic } from '../references/diagnostics';
import type { ReportStructure } from '../report';
import type { ReportModel } from '../types';
import type { ReportProblem } from './types';

/** The diagnostics' switches (the editor's govreport.diagnostics.* settings). */
export interface DiagnosticSettings {
  /** footnote-missing, footnotes-without-glossary and footnote-unused; default on. */
  readonly footnotes: boolean;
  /** indicator-conflict; default off, because binding a figure to its indicator is heuristic. */
  readonly indicatorConflicts: boolean;
}

export function reportProblems(model: ReportModel, settings: DiagnosticSettings, language: string): ReportProblem[] {
  const t = translator(language);
  const out: ReportProblem[] = [];
  for (const finding of diagnose(model)) {
    const footnote = finding.code === 'footnote-missing' || finding.code === 'footnotes-without-glossary' || finding.code === 'footnote-unused';
    if (footnote ? !settings.footnotes : !settings.indicatorConflicts) continue;
    out.push({
      code: finding.code,
      range: finding.range,
      // Both footnote findings are information: a hint never reaches the Problems panel, and the README and the
      // setting promise that an entry no marker points at is reported (no corpus report has one, so it is no noise).
      severity: 'information',
      message: message(finding, t),
      ...(finding.related ? { related: { range: finding.related, message: t('The other figure: {0}', finding.args.other ?? '') } } : {}),
    });
  }
  return out;
}

function message(finding: ReportDiagnostic, t: Translate): string {
  const a = finding.args;
  switch (finding.code) {
    case 'footnote-missing':
      return t('Footnote marker {0} has no matching glossary entry', a.marker ?? '');
    case 'footnotes-without-glossary':
      return t('The report has {0} footnote markers ({1} … {2}) and no glossary they point to: its notes were not copied with the text.', a.count ?? '', a.first ?? '', a.last ?? '');
    case 'footnote-unused':
      return t('Glossary entry [{0}] is not referenced by any footnote marker', a.entry ?? '');
    case 'indicator-conflict':
      return t('{0} for {1} is given as {2} here but as {3} earlier in the report', a.name ?? '', a.period ?? '', a.value ?? '', a.other ?? '');
    default:
      return String(finding.code);
  }
}

/**
 * What the structure says about the file itself, not about the report's content: a second copy of the report on
 * the page, and each report after the first in a compilation, both of which the analysis leaves unread. Always on: without it the outline and figures
 * simply stop, and the user cannot tell why.
 */
export function structureProblems(structure: ReportStructure, language: string): ReportProblem[] {
  const t = translator(language);
  return [...secondCopyProblem(structure, t), ...laterReportProblems(structure, t)];
}

/**
 * A page that holds the report twice (two reading modes of one web page: 河北省 2010 and 2021 in the Hebei archive)
 * is read once: the second copy has no outline rows, no hover cards and no links. Said on its first line, as a
 * compilation's later report is, because a trial found the copy looking exactly like the report with nothing saying
 * why it was dead; the copy also folds as one region (folding.ts).
 */
function secondCopyProblem(structure: ReportStructure, t: Translate): ReportProblem[] {
  const line = structure.duplicateFromLine;
  if (line === null) return [];
  return [
    {
      code: 'second-copy',
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      severity: 'information',
      message: t('A second copy of the report starts here. GovReport Lens reads the report once: this copy has no outline, hover cards or links, and folds as one region.'),
    },
  ];
}

function laterReportProblems(structure: ReportStructure, t: Translate): ReportProblem[] {
  return structure.laterReports.map((r) => {
    const about = [r.place, r.year === null ? null : String(r.year)].filter((x) => x !== null).join(' ');
    return {
      code: 'another-report',
      range: { start: { line: r.line, character: 0 }, end: { line: r.line + 1, character: 0 } },
      severity: 'information' as const,
      message: about
        ? t('Another report starts here ({0}). GovReport Lens reads only the first report of a file: save this one in a file of its own to read it.', about)
        : t('Another report starts here. GovReport Lens reads only the first report of a file: save this one in a file of its own to read it.'),
    };
  });
}
