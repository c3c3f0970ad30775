import type { Paragraph } from '../text/paragraphs';
import { isCjk } from '../text/normalize';
import data from './colonPartTails.json';

/**
 * Part names written as a slogan, a colon and the part's name, each a line of its own (src32 阜平县-2013, outside
 * ../shared/corpus: “站在新起点：2012年工作回顾” / “开启新征程：确保五年稳定脱贫八年全面建成小康强势开局” / “塑造新形象：
 * 全面加强政府自身建设”, the report's three parts; city and county reports write “砥砺奋进：过去一年工作回顾” / “凝心聚力：
 * 2024年工作安排” alike). The colon kept them from being names (nameLines.ts, leads.ts isPlainHeading), so the parts were
 * lost and every （一） under them stood one level too high.
 *
 * A colon line is a sentence's announcement (今年政府工作的总体要求是：…), a portal's field (发文单位：保定市人民政府) or a
 * speaker's line (报告人：保定市人民政府市长 于群) far more often than a part's name, so the form is read only as a layout:
 * at least MIN_NAMED lines of it in the body name a part by their tails (colonPartTails.json), and none stands right
 * after another (a page's fields are a block of lines; parts have their text between them). A single such line is no
 * layout.
 */

/** A slogan runs to 2–8 ideographs (站在新起点, 砥砺奋进). */
const MIN_SLOGAN = 2;
const MAX_SLOGAN = 8;
/** The part's name after the colon: at least four ideographs (工作回顾), the whole line no longer than a name line. */
const MIN_TAIL_CJK = 4;
const MAX_LINE = 40;
/** Lines of the form whose tails name a part, for the form to be the report's layout. */
const MIN_NAMED = 2;

/** Years, quotation marks, 、 and spaces inside a part's name (nameLines.ts NAME_EXTRA). */
const NAME_EXTRA = /[0-9〇○“”‘’"《》、\s]/;
const TAILS: readonly string[] = data.tails;

/**
 * The offset of the tail after the slogan and its colon when the line has the form (slogan of ideographs, a colon, a
 * tail of ideographs, years, quotation marks and 、 — no comma or stop, so no sentence), else -1. O(length ≤ MAX_LINE).
 */
export function colonNameTail(text: string): number {
  const line = text.trim();
  if (line.length > MAX_LINE) return -1;
  let colon = -1;
  for (let i = 0; i <= MAX_SLOGAN && i < line.length; i++) {
    const c = line[i] as string;
    if (c === '：' || c === ':') {
      colon = i;
      break;
    }
    if (!isCjk(line.charCodeAt(i))) return -1;
  }
  if (colon < MIN_SLOGAN) return -1;
  let cjk = 0;
  for (let i = colon + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (!NAME_EXTRA.test(line[i] as string)) return -1;
  }
  return cjk >= MIN_TAIL_CJK ? text.indexOf(line) + colon + 1 : -1;
}

/** The tail names a part: it ends with a word of colonPartTails.json (…工作回顾, …政府自身建设). */
export function tailNamesPart(tail: string): boolean {
  const t = tail.trim();
  return TAILS.some((w) => t.endsWith(w));
}

/**
 * Indices of the body's paragraphs (from `start` to `end`) that are slogan part names, read as a layout: empty unless
 * MIN_NAMED of the lines name a part; lines standing next to each other are none. O(length of the lines read).
 */
export function findColonPartNames(paragraphs: readonly Paragraph[], start: number, end: number): ReadonlySet<number> {
  // Each line of the form with its tail's text (the tail's offset found once per line).
  const lines: number[] = [];
  const tails = new Map<number, string>();
  for (let j = start; j < end; j++) {
    const p = paragraphs[j] as Paragraph;
    const tail = p.segments.length === 1 && p.text.length <= MAX_LINE + 2 ? colonNameTail(p.text) : -1;
    if (tail < 0) continue;
    lines.push(j);
    tails.set(j, p.text.slice(tail));
  }
  // Lines of the form side by side are a block of fields (标题：… / 发文单位：… / 报告人：…), not parts with their text
  // between them.
  const alone = lines.filter((j, i) => lines[i - 1] !== j - 1 && lines[i + 1] !== j + 1);
  let named = 0;
  for (const j of alone) if (tailNamesPart(tails.get(j) as string)) named++;
  return named >= MIN_NAMED ? new Set(alone) : EMPTY;
}

const EMPTY: ReadonlySet<number> = new Set();
