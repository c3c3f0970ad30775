/**
 * `govreport terms FILE [--against FILE]`: policy-term frequencies of a report (counts and mentions per 10,000
 * characters of body) and, against another report (the previous year's of the same place), the terms new, dropped,
 * rising and falling. The counting is the core's (src/core/terms); this file loads nodejieba and prints. The
 * terminal tables' headings, columns and sources are worded in the --lang language (src/core/l10n, like the other
 * commands' tables; the prose around them is English); JSON and CSV keep the codes and read the same in every language.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { DisplayLanguage, Range, Segmenter } from '../core';
import { termTableLabels } from '../core/l10n';
import type { TermChangeList, TermTableLabels } from '../core/l10n';
import { compareReportTerms, formatTermChangesCsv, formatTermsCsv, roundTo, termFrequencies } from '../core/terms';
import type { TermChange, TermComparison, TermCount, TermFrequencies } from '../core/terms';
import { jiebaSegmenter } from '../node/jiebaSegmenter';
import type { JiebaSegmenter } from '../node/jiebaSegmenter';
import type { DecodedReport } from '../node/readReport';
import { shellQuote } from './format';
import { cliLanguage } from './language';
import { lineColumn } from './refs';
import { alignColumns, clean, truncateToWidth } from './text';

export const TERMS_SCHEMA_VERSION = 1;
/** Rows per list in the terminal when --top is not given (JSON and CSV then hold every term). */
const DEFAULT_TEXT_TOP = 20;
const MAX_TERM_WIDTH = 28;

export interface TermsCommandDeps {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Reads a report or prints one line saying why it cannot, and returns null. */
  readonly read: (file: string) => Promise<DecodedReport | null>;
  readonly fail: (reason: 'cannot-read' | 'usage') => void;
  /** Injectable for tests; the process-wide nodejieba segmenter by default. */
  readonly jieba?: JiebaSegmenter;
  /**
   * The language of the terminal tables, asked when the command runs (after --lang is parsed). Without it, the
   * program's --lang option, else English (the locale is the caller's to read: runCli knows the environment).
   */
  readonly language?: () => DisplayLanguage;
}

interface TermsOptions {
  readonly against?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly top?: number;
}

export function registerTermsCommand(program: Command, deps: TermsCommandDeps): void {
  program
    .command('terms')
    .description(
      'policy-term frequencies of a report (counts and mentions per 10,000 characters of body); with --against, the terms new, dropped, rising and falling since another report',
    )
    .argument('<file>', 'report text file (UTF-8, GBK/GB18030 or UTF-16), or - for standard input')
    .option('--against <file>', 'the report to compare with, usually the previous year\'s report of the same place')
    .addOption(new Option('--json', `print one JSON object (schemaVersion ${TERMS_SCHEMA_VERSION}; 0-based positions)`).conflicts('csv'))
    .addOption(
      new Option(
        '--csv',
        'print RFC 4180 CSV (UTF-8 with BOM, CRLF): term, source, count, per10k, line, column (1-based); with --against one record per term of each list (change = new, dropped, rising, falling) with both reports\' figures',
      ),
    )
    .addOption(new Option('--top <n>', `at most this many terms per list (default: ${DEFAULT_TEXT_TOP} in the terminal, all in JSON and CSV)`).argParser(positiveInteger))
    .action(async (file: string, options: TermsOptions) => {
      if (file === '-' && options.against === '-') {
        deps.stderr('govreport: standard input can be only one of the two reports\n');
        deps.fail('usage');
        return;
      }
      const report = await deps.read(file);
      const previous = report && options.against !== undefined ? await deps.read(options.against) : null;
      if (!report || (options.against !== undefined && !previous)) {
        deps.fail('cannot-read');
        return;
      }
      const { segmenter, note } = termSegmenter(deps.jieba ?? jiebaSegmenter);
      const notes = note ? [note] : [];
      const top = options.top ?? (options.json || options.csv ? Infinity : DEFAULT_TEXT_TOP);
      const result = previous
        ? compareReportTerms(report.text, previous.text, { segmenter })
        : { current: termFrequencies(report.text, { segmenter }), previous: null, comparison: null };
      if (result.previous) notes.push(...pairingNotes(result.current, result.previous));
      if (result.previous?.cutShort) notes.push(`${options.against ?? ''} stops inside a sentence: terms of the parts it lacks show as new.`);
      if (result.previous && result.current.cutShort) notes.push(`${file} stops inside a sentence: terms of the parts it lacks show as dropped.`);
      for (const n of notes) deps.stderr(`govreport: note: ${n}\n`);
      if (options.json) {
        deps.stdout(`${JSON.stringify(termsJson(file, options.against ?? null, result.current, result.previous, result.comparison, notes, top), null, 2)}\n`);
      } else if (options.csv) {
        deps.stdout(result.comparison ? formatTermChangesCsv(result.comparison, top) : formatTermsCsv(result.current.terms.slice(0, top)));
      } else {
        const labels = termTableLabels(deps.language?.() ?? cliLanguage(program.opts<{ lang?: string }>().lang, {}));
        const lines = result.comparison && result.previous && options.against !== undefined
          ? formatComparison(file, options.against, result.current, result.previous, result.comparison, top, labels)
          : formatFrequencies(file, result.current, top, labels);
        deps.stdout(`${lines.join('\n')}\n`);
      }
    });
}

/**
 * nodejieba when it loads; otherwise no segmenter and one sentence for the user. JiebaSegmenter's own fallback
 * (runs of Han characters) is not used here: its "words" are whole clauses, which would only add noise.
 */
export function termSegmenter(jieba: JiebaSegmenter): { segmenter: Segmenter | undefined; note: string | null } {
  if (jieba.load()) return { segmenter: jieba, note: null };
  const reason = jieba.loadError ?? 'Chinese word segmentation (nodejieba) could not be loaded';
  return { segmenter: undefined, note: `${reason}. Only the policy dictionary and quoted terms are counted.` };
}

/** A comparison is meant for two reports of one place, a year apart: say so when they are not. */
function pairingNotes(current: TermFrequencies, previous: TermFrequencies): string[] {
  const notes: string[] = [];
  if (current.place && previous.place && current.place !== previous.place) {
    notes.push(`the reports are of different places (${current.place}, ${previous.place}); their own place names are not counted in either.`);
  }
  if (current.year !== null && previous.year !== null && previous.year !== current.year - 1) {
    notes.push(`the report compared with is of ${previous.year}, not the year before ${current.year}.`);
  }
  return notes;
}

function termsJson(
  file: string,
  against: string | null,
  current: TermFrequencies,
  previous: TermFrequencies | null,
  comparison: TermComparison | null,
  notes: readonly string[],
  top: number,
): object {
  const report = (path: string, f: TermFrequencies): object => ({
    file: path,
    place: f.place,
    year: f.year,
    bodyLength: f.bodyLength,
    termCount: f.terms.length,
    terms: f.terms.slice(0, top).map(termJson),
  });
  return {
    schemaVersion: TERMS_SCHEMA_VERSION,
    segmentation: current.segmented ? 'nodejieba' : 'none',
    notes,
    report: report(file, current),
    against: previous && against !== null ? report(against, previous) : null,
    comparison: comparison
      ? {
          thresholds: comparison.thresholds,
          new: comparison.new.slice(0, top).map(changeJson),
          dropped: comparison.dropped.slice(0, top).map(changeJson),
          rising: comparison.rising.slice(0, top).map(changeJson),
          falling: comparison.falling.slice(0, top).map(changeJson),
        }
      : null,
  };
}

function termJson(t: TermCount): object {
  return { term: t.term, source: t.source, count: t.count, per10k: roundTo(t.per10k, 3), first: plainRange(t.first) };
}

function changeJson(c: TermChange): object {
  return {
    term: c.term,
    source: c.source,
    count: c.count,
    per10k: roundTo(c.per10k, 3),
    previousCount: c.previousCount,
    previousPer10k: roundTo(c.previousPer10k, 3),
    ratio: c.ratio === null ? null : roundTo(c.ratio, 3),
    keyness: roundTo(c.keyness, 2),
    first: c.first && plainRange(c.first),
    previousFirst: c.previousFirst && plainRange(c.previousFirst),
  };
}

/** Only line and character, in the contract's key order (positions in the core may carry nothing else, but be sure). */
function plainRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function formatFrequencies(file: string, f: TermFrequencies, top: number, l: TermTableLabels): string[] {
  const rows = f.terms.slice(0, top).map((t, i) => [String(i + 1), term(t.term), l.sources[t.source], String(t.count), rate(t.per10k), lineColumn(t.first.start)]);
  return [
    describe(file, f),
    '',
    ...(rows.length ? alignColumns(['#', l.term, l.source, l.count, l.per10k, l.first], rows) : [l.noTerms]),
    '',
    `${f.terms.length} distinct terms; the ${Math.min(top, f.terms.length)} most mentioned are shown. Positions are line:column, both 1-based.`,
    `Run "govreport terms ${shellQuote(file)} --csv" (or --json) for all of them, and "--against OTHER" to compare with another report.`,
  ];
}

function formatComparison(
  file: string, against: string, now: TermFrequencies, before: TermFrequencies, c: TermComparison, top: number, l: TermTableLabels,
): string[] {
  const out = [describe(file, now), `against ${describe(against, before)}`];
  const section = (list: TermChangeList, header: string[], row: (x: TermChange) => string[]): void => {
    const changes = c[list];
    out.push('', l.listHeading(list, changes.length, changes.length > top ? top : null));
    out.push(...(changes.length ? alignColumns(header, changes.slice(0, top).map(row)) : [l.none]));
  };
  section('new', [l.term, l.source, l.count, l.per10k, l.first], (x) => [term(x.term), l.sources[x.source], String(x.count), rate(x.per10k), at(x.first)]);
  section('dropped', [l.term, l.source, l.countThere, l.per10k, l.firstThere], (x) => [
    term(x.term), l.sources[x.source], String(x.previousCount), rate(x.previousPer10k), at(x.previousFirst),
  ]);
  const moved = [l.term, l.source, l.count, l.per10k, '×', 'G²', l.first];
  const movedRow = (x: TermChange): string[] => [
    term(x.term), l.sources[x.source], `${x.previousCount} → ${x.count}`, `${rate(x.previousPer10k)} → ${rate(x.per10k)}`, x.ratio === null ? '—' : x.ratio.toFixed(2), x.keyness.toFixed(1), at(x.first),
  ];
  section('rising', moved, movedRow);
  section('falling', moved, movedRow);
  const t = c.thresholds;
  out.push(
    '',
    `Rising and falling: the rate per 10,000 characters changed at least ${t.minRatio}×, with ${t.minCount} or more mentions in one report and a log-likelihood G² of ${t.minKeyness} or more (unlikely by chance).`,
    'Positions are line:column, both 1-based.',
    `Run "govreport terms ${shellQuote(file)} --against ${shellQuote(against)} --csv" (or --json) for every term.`,
  );
  return out;
}

function describe(file: string, f: TermFrequencies): string {
  const who = [f.place, f.year].filter((x) => x !== null).join(' ');
  const how = f.segmented ? 'words by nodejieba' : 'dictionary and quoted terms only';
  return `${clean(file)}${who ? ` (${clean(who)})` : ''}: body of ${f.bodyLength.toLocaleString('en-US')} characters, ${how}`;
}

function term(text: string): string {
  return truncateToWidth(clean(text), MAX_TERM_WIDTH);
}

function rate(value: number): string {
  return value.toFixed(2);
}

function at(range: Range | null): string {
  return range ? lineColumn(range.start) : '—';
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}
