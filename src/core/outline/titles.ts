import { cleanTitle } from '../text/normalize';

const MAX_TITLE = 200;

/**
 * The title of a heading that starts at `from` in paragraph text: the whole rest when the heading stands alone,
 * otherwise its first sentence (a heading fused with its paragraph). Returns the end offset (exclusive, before 。).
 */
export function titleEnd(text: string, from: number, stopAtSemicolon: boolean): number {
  const limit = Math.min(text.length, from + MAX_TITLE);
  for (let i = from; i < limit; i++) {
    const ch = text[i] as string;
    if (ch === '。' || ch === '!' || ch === '?' || (stopAtSemicolon && (ch === '；' || ch === ';'))) return i;
  }
  return limit;
}

export function titleText(raw: string, from: number, end: number): string {
  return cleanTitle(raw.slice(from, end)).replace(/[。；;：:，,、]+$/, '');
}
