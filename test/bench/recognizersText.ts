/**
 * Microsoft Recognizers-Text (@microsoft/recognizers-text-suite, devDependency, benchmark only) as a baseline:
 * its number, percentage, dimension and currency recognisers, culture zh-cn, turned into Indicator-shaped
 * spans so that test/support/labels.ts `score` can grade them with the same matching rule as ours.
 */
import { Culture, recognizeCurrency, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';
import type { Indicator, Position } from '../../src/core';

export const RT_CULTURE: string = Culture.Chinese;

export type RtModelName = 'number' | 'percentage' | 'dimension' | 'currency';

type Recognize = (query: string, culture: string) => RtResult[];

/** The shape of its ModelResult: `end` is INCLUSIVE (the last UTF-16 unit), `text` is lower-cased (“5G” → “5g”). */
export interface RtResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: { value?: unknown; unit?: unknown; [key: string]: unknown } | null;
}

export const RT_MODELS: ReadonlyArray<{ name: RtModelName; recognize: Recognize }> = [
  { name: 'number', recognize: recognizeNumber as Recognize },
  { name: 'percentage', recognize: recognizePercentage as Recognize },
  { name: 'dimension', recognize: recognizeDimension as Recognize },
  { name: 'currency', recognize: recognizeCurrency as Recognize },
];

/** A span found by Recognizers-Text, in offsets of the whole text (end exclusive). */
export interface RtSpan {
  start: number;
  end: number;
  model: RtModelName;
  result: RtResult;
}

/** Runs the given models on one piece of text; offsets are shifted by `base` into the whole text. */
export function recognize(text: string, models: readonly RtModelName[] = ['number', 'percentage', 'dimension', 'currency'], base = 0): RtSpan[] {
  const spans: RtSpan[] = [];
  for (const { name, recognize: run } of RT_MODELS) {
    if (!models.includes(name)) continue;
    for (const result of run(text, RT_CULTURE)) spans.push({ start: base + result.start, end: base + result.end + 1, model: name, result });
  }
  return spans;
}

/**
 * Runs the models line by line (split on "\n", as VS Code does), the way one would feed an utterance-oriented
 * recogniser a long document; offsets are still in the whole text. Blank lines are skipped.
 */
export function recognizeByLine(text: string, models?: readonly RtModelName[]): RtSpan[] {
  const spans: RtSpan[] = [];
  let base = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push(...recognize(line, models, base));
    base += line.length + 1;
  }
  return spans;
}

/**
 * One reading of the text, as a user of the four recognisers would combine them: overlapping spans resolve to
 * the longest (the percentage “6.1%” over the number “6.1”, the currency “2万亿元” over the number “2万亿”),
 * ties to the earlier model in RT_MODELS order.
 */
export function mergeSpans(spans: readonly RtSpan[]): RtSpan[] {
  const order = (m: RtModelName): number => RT_MODELS.findIndex((x) => x.name === m);
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || order(a.model) - order(b.model));
  const kept: RtSpan[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Offsets of the whole text → VS Code positions (0-based line split on "\n", UTF-16 character in the line). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - (this.starts[lo] as number) };
  }
}

const UNITS: Record<string, string> = { 'Chinese yuan': '元', Yuan: '元', Kilometer: '公里', 'Square kilometer': '平方公里', Ton: '吨', Mu: '亩' };

/**
 * Recognizers-Text spans as Indicators for `score`: only `range` decides recall and precision; text is the
 * original surface (its own `text` is lower-cased), value and unit are converted where it is obvious, and
 * name/measure/status are not something it knows.
 */
export function toIndicators(text: string, spans: readonly RtSpan[]): Indicator[] {
  const index = new LineIndex(text);
  return spans.map((span) => {
    const resolution = span.result.resolution ?? {};
    const rawValue = typeof resolution.value === 'string' ? resolution.value.replace(/%$/, '') : resolution.value;
    const rawUnit = typeof resolution.unit === 'string' ? resolution.unit : null;
    return {
      text: text.slice(span.start, span.end),
      range: { start: index.positionAt(span.start), end: index.positionAt(span.end) },
      value: Number(rawValue),
      unit: span.model === 'percentage' ? '%' : rawUnit === null ? null : (UNITS[rawUnit] ?? rawUnit),
      name: null,
      measure: null,
      kind: 'other',
      status: 'actual',
      qualifier: null,
      period: null,
    };
  });
}
