/**
 * Stray spaces in and around numbers, as PDF and web extraction leaves them: 2016 年底 (src32 阜平县-2017, about 30
 * times), 2 016 年, 201 1 年, 40.8 2 亿元, 74 76 元, 2 . 26 万人 (src32 易县-2017), 1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元
 * (national 1998). Every reader of a paragraph — the figure recogniser, the year and date rules, the name rules — reads
 * 2016年 and 40.82亿元; none can read through a space, and teaching each of them was the alternative. So the paragraph
 * layer drops these spaces from a paragraph's text (paragraphs.ts), splitting its segment there, so that positions
 * still map into the line as written (a dropped space is a boundary between two segments of one line).
 *
 * A space is dropped only
 * - between a number and the character or unit after it (2016 年, 6542 元, 8.2 %), or a CJK character and the number
 *   after it (比 2011 年, 完成 6542 元): such a space separates nothing in Chinese text;
 * - inside one number (2 016 年, 40.8 2 亿元, 2 . 26 万人), where the pieces joined make one number that a unit or 年
 *   follows: never between two pieces of three digits or more each (2016 2017, 123 456: two numbers, a list or a
 *   table row), never to make a year other than four digits (5 10 年), never past 15 digits.
 * An item's marker opening its paragraph (1 加快…) keeps its space. Only single spaces: a run of two or more
 * is layout (a table's columns, an indent). The scan is linear, one pass with bounded look-ahead.
 */

const MAX_DIGITS = 15;

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isCjkCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Characters a number's unit or time word may start with: CJK, the percent and per-mille signs. */
function isUnitStart(c: number): boolean {
  return isCjkCode(c) || c === 0x25 /* % */ || c === 0x2030 /* ‰ */;
}

/** Number characters: digits and the decimal point (the text is width-folded: ． is already .). */
function isNumberChar(c: number): boolean {
  return isDigitCode(c) || c === 0x2e;
}

const SPACE = 0x20;

/** Offsets (ascending) of the spaces to drop from a paragraph's folded text. */
export function numberSpacesToDrop(text: string): number[] {
  const drops: number[] = [];
  const n = text.length;
  let firstNonSpace = 0;
  while (firstNonSpace < n && text.charCodeAt(firstNonSpace) === SPACE) firstNonSpace++;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigitCode(c) || (i > 0 && isNumberChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // A run of number pieces separated by single spaces: 2 016, 40.8 2, 2 . 26, 2016 2017.
    const pieces: [number, number][] = [];
    let j = i;
    for (;;) {
      const from = j;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      pieces.push([from, j]);
      if (pieces.length > 8 || text.charCodeAt(j) !== SPACE || !isNumberChar(text.charCodeAt(j + 1))) break;
      j++;
    }
    const end = j;
    const spaceAfter = text.charCodeAt(end) === SPACE && text.charCodeAt(end + 1) !== SPACE;
    const unitAt = spaceAfter ? end + 1 : end;
    const unitFollows = unitAt < n && isUnitStart(text.charCodeAt(unitAt));
    // An item's marker opening its paragraph (1 加快…): one or two digits before a word, not a time word or a sign.
    const marker = i === firstNonSpace && pieces.length === 1 && end - i <= 2 && !'年月日%‰'.includes(text[unitAt] ?? '');
    const inner = pieces.length > 1 && unitFollows && joinsAsOne(text, pieces, text[unitAt] === '年');
    const one = pieces.length === 1 || inner;
    // The space before the number, after a CJK character (比 2011 年).
    if (one && i > 1 && text.charCodeAt(i - 1) === SPACE && isCjkCode(text.charCodeAt(i - 2))) drops.push(i - 1);
    if (inner) for (let k = 1; k < pieces.length; k++) drops.push((pieces[k] as [number, number])[0] - 1);
    // The space after it, before its unit or time word (2016 年, 6542 元, 8.2 %) — not after an item's 2. marker.
    if (one && spaceAfter && unitFollows && !marker && text.charCodeAt(end - 1) !== 0x2e) drops.push(end);
    i = end + 1;
  }
  return drops;
}

/** The pieces of a spaced run read as one number: 2 016, 201 1, 40.8 2, 2 . 26, 74 76, 1 9 9 7 — not 2016 2017. */
function joinsAsOne(text: string, pieces: readonly (readonly [number, number])[], beforeYear: boolean): boolean {
  let joined = '';
  for (let k = 0; k < pieces.length; k++) {
    const [from, to] = pieces[k] as readonly [number, number];
    const piece = text.slice(from, to);
    if (k > 0) {
      const prev = pieces[k - 1] as readonly [number, number];
      const prevPiece = text.slice(prev[0], prev[1]);
      if (digitCount(prevPiece) >= 3 && digitCount(piece) >= 3) return false;
    }
    joined += piece;
  }
  if (!/^\d+(?:\.\d+)?$/.test(joined)) return false;
  const integer = joined.split('.')[0] as string;
  if (integer.length > MAX_DIGITS) return false;
  if (beforeYear && (joined.includes('.') || integer.length !== 4)) return false;
  return true;
}

function digitCount(piece: string): number {
  let count = 0;
  for (let k = 0; k < piece.length; k++) if (isDigitCode(piece.charCodeAt(k))) count++;
  return count;
}
