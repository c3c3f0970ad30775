/**
 * Mutated corpus reports for fuzzing (issue 10), as fast-check arbitraries: a real report (or a window of it) with a
 * few edits of the kinds real files and editing produce — lines deleted, duplicated or swapped, digits, Chinese
 * numerals, full-width digits and CJK punctuation inserted, unpaired surrogates, NUL, a BOM mid-text, line breaks of
 * every style, and truncation at any UTF-16 offset (so also between the halves of a surrogate pair).
 * A case is plain data (numbers and strings), so fast-check can shrink it and replay it from a seed and path.
 */
import fc from 'fast-check';

export type Mutation =
  | { readonly kind: 'deleteLine'; readonly at: number }
  | { readonly kind: 'duplicateLine'; readonly at: number }
  | { readonly kind: 'swapLines'; readonly at: number; readonly other: number }
  | { readonly kind: 'insert'; readonly at: number; readonly piece: string }
  | { readonly kind: 'truncate'; readonly at: number };

export interface FuzzCase {
  /** Index into the corpus list the runner was given. */
  readonly report: number;
  /** A window of the report (offset and length, both taken modulo the text), or the whole report. */
  readonly window: { readonly start: number; readonly length: number } | null;
  readonly mutations: readonly Mutation[];
}

const chars = (alphabet: string, maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength }).map((a) => a.join(''));

/** Mostly short, sometimes very long digit runs (past 309 digits a double is Infinity), often with a unit after. */
const digitRun = fc.oneof(
  { weight: 4, arbitrary: chars('0123456789', 12) },
  { weight: 1, arbitrary: fc.tuple(chars('123456789', 1), fc.integer({ min: 14, max: 420 })).map(([d, n]) => d.repeat(n)) },
);
const digits = fc.tuple(digitRun, fc.constantFrom('', '', '亿元', '%', '万人', '个', '.5万亿元')).map(([d, unit]) => d + unit);
const chineseNumerals = chars('〇○零一二两三四五六七八九十百千万亿点', 24);
const fullWidthDigits = chars('０１２３４５６７８９．％，', 16);
const cjkPunctuation = chars('。，、；：？！“”‘’《》（）【】「」—…·％', 12);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.constantFrom('\u0000', '\ufeff', '\u200b', '\r', '\n', '\r\n', '\n\n', '\u3000', '\t');
/** Pieces of figures and headings, so that inserted text also builds figures and markers, not only noise. */
const fragments = fc.constantFrom('增长6.5%，', '3.2万亿元', '个百分点', '百分之', '亿元', '以上', '左右', '一、', '（一）', '1.', '第一，', '一是', '“十四五”', '《', '》', '以下简称“', '”', '。\n', '%', '.');

const piece = fc.oneof(digits, chineseNumerals, fullWidthDigits, cjkPunctuation, loneSurrogate, control, fragments);
const offset = fc.nat();

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: offset }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: offset }),
  fc.record({ kind: fc.constant('swapLines' as const), at: offset, other: offset }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: offset, piece }) },
  fc.record({ kind: fc.constant('truncate' as const), at: offset }),
);

/** Cases over `reports` corpus texts; windows of at most `maxWindow` characters, the whole report one time in `wholeEvery`. */
export function fuzzCase(reports: number, maxWindow: number, wholeEvery: number): fc.Arbitrary<FuzzCase> {
  const window = fc.record({ start: fc.nat(), length: fc.integer({ min: 0, max: maxWindow }) });
  return fc.record({
    report: fc.nat(Math.max(0, reports - 1)),
    window: wholeEvery > 0 ? fc.oneof({ weight: wholeEvery - 1, arbitrary: window }, { weight: 1, arbitrary: fc.constant(null) }) : window,
    mutations: fc.array(mutation, { maxLength: 8 }),
  });
}

function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.piece + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    default: {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'deleteLine') lines.splice(i, 1);
      else if (m.kind === 'duplicateLine') lines.splice(i, 0, lines[i] as string);
      else {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return lines.join('\n');
    }
  }
}

/** The text a case describes. */
export function applyCase(reports: readonly string[], c: FuzzCase): string {
  const report = reports[c.report % reports.length] ?? '';
  let text = report;
  if (c.window && report.length > 0) {
    const start = c.window.start % report.length;
    text = report.slice(start, start + c.window.length);
  }
  for (const m of c.mutations) text = applyMutation(text, m);
  return text;
}
