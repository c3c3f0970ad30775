import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator } from '../../src/core';
import type { ContractIndicator } from '../../src/core/export/contract';
import { FIXTURES } from './expectedOutline';

/** A figure as labelled by reading: the CLI contract's fields (what the tool answers is scored field by field), placed by line and nth. */
export interface Label extends Omit<ContractIndicator, 'range'> {
  line: number;
  nth: number;
  /** UTF-16 offset of the figure in its line (computed from nth). */
  character: number;
}

const LABELS = join(FIXTURES, 'labels');

export function labelledFiles(): Array<{ corpusPath: string; labelsPath: string }> {
  return readdirSync(LABELS)
    .filter((f) => f.endsWith('.indicators.jsonl'))
    .map((f) => ({ corpusPath: `${f.replace('.indicators.jsonl', '').replace(/__/g, '/')}.txt`, labelsPath: join(LABELS, f) }));
}

export function readLabels(labelsPath: string, text: string): Label[] {
  const lines = text.split('\n');
  return readFileSync(labelsPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const raw = JSON.parse(l) as Omit<Label, 'character'>;
      const line = lines[raw.line] ?? '';
      let at = -1;
      for (let k = 0; k <= raw.nth; k++) at = line.indexOf(raw.text, at + 1);
      if (at < 0) throw new Error(`label not found: ${l}`);
      return { ...raw, character: at };
    });
}

export interface Score {
  labels: number;
  found: number;
  recall: number;
  precision: number;
  exactValueUnit: number;
  nameOk: number;
  /** Names equal after normalisation, without sameName's containment (产量 for 粮食产量 fails here): printed, not floored. */
  nameExact: number;
  statusOk: number;
  periodOk: number;
  kindOk: number;
  missed: Label[];
  spurious: Indicator[];
  wrong: Array<{ label: Label; got: Indicator; what: string }>;
  /** Each found label with the figure it was paired with (for scoring against a second reader's labels). */
  pairs: Array<{ label: Label; got: Indicator }>;
}

/** Names agree when equal after normalisation, or when one contains the other (分析师口径 varies in length). */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b;
  const x = normalName(a);
  const y = normalName(b);
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * The strict reading of a name: equal after normalisation only. sameName's containment lets a fragment pass (产量 for
 * 粮食产量, 经济 for 货物贸易全球位次) and a longer right name fail where a fragment passed, which hid name work from the
 * lines; this measure shows it. It is a lower bound, not the goal's measure: the labels' length conventions vary (one
 * labeller writes 淘汰落后水泥产能, another 水泥产能 for the same reading), so about half of what it fails on dev keeps
 * the label's head noun (a suffix of it).
 */
export function sameNameExactly(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b;
  return normalName(a) === normalName(b);
}

function normalName(s: string): string {
  // “…占地区生产总值（的）比重” and “…占比” are one indicator written two ways.
  return (
    s
      .normalize('NFKC')
      // The list comma joins co-ordinate words (制定、修订政府规章 / 制定修订政府规章): one name written two ways.
      .replace(/[\s“”"（）()、]/g, '')
      .replace(/^(?:全市|全省|全区|全县|全国|我市|我省|我区|全社会)/, '')
      .replace(/占(?:地区|国内)?生产总值的?比重|占GDP的?比重/, '占比')
      // 规上 is the standard short form of 规模以上 (labels write either; the recogniser spells it out).
      .replace(/规上/g, '规模以上')
      // A structural 的 (建交的国家 / 建交国家, 对参合农民的补助标准) does not change what is named.
      .replace(/的/g, '')
  );
}

/**
 * Values agree exactly; a fraction a labeller wrote to four decimals (1/3 as 0.3333) agrees with the exact value
 * the recogniser gives (0.333…): the label rounds a repeating decimal, the figure is the same.
 */
function sameValue(label: number, got: number): boolean {
  if (Math.abs(got - label) <= 1e-9 * Math.max(1, Math.abs(label))) return true;
  return Math.abs(label) < 1 && /^-?0\.\d{4}$/.test(String(label)) && Math.abs(got - label) < 5e-5;
}

export function score(labels: readonly Label[], got: readonly Indicator[]): Score {
  const used = new Set<Indicator>();
  const missed: Label[] = [];
  const wrong: Score['wrong'] = [];
  const pairs: Score['pairs'] = [];
  let exact = 0;
  let nameOk = 0;
  let nameExact = 0;
  let statusOk = 0;
  let periodOk = 0;
  let kindOk = 0;
  for (const l of labels) {
    const end = l.character + l.text.length;
    // A figure split over lines (74.4⏎⏎万亿元) ends on a later line: it covers the rest of its first line.
    const hit = got.find((g) => !used.has(g) && g.range.start.line === l.line && g.range.start.character < end && (g.range.end.line > l.line || g.range.end.character > l.character));
    if (!hit) {
      missed.push(l);
      continue;
    }
    used.add(hit);
    pairs.push({ label: l, got: hit });
    // A label's text stands on one line (line + nth pin it), so a figure wrapped over lines (74.4⏎⏎万亿元) is labelled by
    // the part on its first line, its value and unit by the whole: compare the text on that line.
    const text = hit.range.end.line > l.line ? (hit.text.split('\n')[0] ?? '') : hit.text;
    const valueOk = sameValue(l.value, hit.value) && hit.unit === l.unit && text === l.text && (l.valueMax ?? null) === (hit.valueMax ?? null);
    if (valueOk) exact++;
    else wrong.push({ label: l, got: hit, what: 'value/unit/text' });
    if (sameName(l.name, hit.name)) nameOk++;
    else wrong.push({ label: l, got: hit, what: 'name' });
    if (sameNameExactly(l.name, hit.name)) nameExact++;
    else wrong.push({ label: l, got: hit, what: 'name=' });
    if (l.status === hit.status) statusOk++;
    else wrong.push({ label: l, got: hit, what: 'status' });
    if ((l.period ?? null) === (hit.period ?? null)) periodOk++;
    else wrong.push({ label: l, got: hit, what: 'period' });
    if (l.kind === hit.kind) kindOk++;
    else wrong.push({ label: l, got: hit, what: 'kind' });
  }
  const found = labels.length - missed.length;
  return {
    labels: labels.length,
    found,
    recall: found / labels.length,
    precision: got.length ? used.size / got.length : 1,
    exactValueUnit: found ? exact / found : 1,
    nameOk: found ? nameOk / found : 1,
    nameExact: found ? nameExact / found : 1,
    statusOk: found ? statusOk / found : 1,
    periodOk: found ? periodOk / found : 1,
    kindOk: found ? kindOk / found : 1,
    missed,
    spurious: got.filter((g) => !used.has(g)),
    wrong,
    pairs,
  };
}

/**
 * The labelled reports are split by whole report into a dev part (rules are tuned on it) and a sealed part (scored
 * only to report how the rules generalise). `split.json` beside the labels names the sealed reports.
 */
export function sealedReports(): ReadonlySet<string> {
  const split = JSON.parse(readFileSync(join(LABELS, 'split.json'), 'utf8')) as { sealed: string[] };
  return new Set(split.sealed);
}

export type Metric = 'recall' | 'precision' | 'exactValueUnit' | 'nameOk' | 'periodOk' | 'statusOk' | 'kindOk';
export const METRICS: readonly Metric[] = ['recall', 'precision', 'exactValueUnit', 'nameOk', 'periodOk', 'statusOk', 'kindOk'];

/** Scores pooled over several reports: each metric weighted by what it is a share of (labels, figures given, figures found). */
export function pooled(scores: readonly Score[]): Record<Metric | 'nameExact', number> & { labels: number; reports: number } {
  const weight = (k: Metric | 'nameExact', s: Score): number => (k === 'recall' ? s.labels : k === 'precision' ? s.found + s.spurious.length : s.found);
  const out = { labels: scores.reduce((a, s) => a + s.labels, 0), reports: scores.length } as Record<Metric | 'nameExact', number> & { labels: number; reports: number };
  for (const k of [...METRICS, 'nameExact'] as const) {
    const total = scores.reduce((a, s) => a + weight(k, s), 0);
    out[k] = total ? scores.reduce((a, s) => a + s[k] * weight(k, s), 0) / total : 1;
  }
  return out;
}

/** One printed line: “dev (9 reports, 1012 figures)  recall 0.990  precision …”. */
export function scoreLine(label: string, p: ReturnType<typeof pooled>, digits = 3): string {
  const short: Record<Metric, string> = { recall: 'recall', precision: 'precision', exactValueUnit: 'value', nameOk: 'name', periodOk: 'period', statusOk: 'status', kindOk: 'kind' };
  // name= is the strict name measure (sameNameExactly), beside the floored one.
  const shown = METRICS.map((k) => `${short[k]} ${p[k].toFixed(digits)}` + (k === 'nameOk' ? `  name= ${p.nameExact.toFixed(digits)}` : ''));
  return `${label.padEnd(34)} ${shown.join('  ')}`;
}
