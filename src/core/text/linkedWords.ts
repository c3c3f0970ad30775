import type { Line } from './document';
import { contentOf, isBlank } from './document';

/**
 * Words a page linked, which the scrape set on a line of their own between blank lines in the middle of a sentence
 * (hebei.gov.cn 2001: “5、民主” / “法制” / “建设得到加强，安定团结的局面进一步巩固”; “优化” / “法制” / “政策环境。…”).
 * Such a word is short, all ideographs, with the line before it stopping on an ideograph (no punctuation: the
 * sentence is open) and the line after it going on (an ideograph or continuing punctuation, no new heading marker).
 * Returns the indices of the lines that continue the paragraph above them across a blank: the word and the rest.
 */
export function linkedWordBridges(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  // The non-blank, non-chrome lines in order, with whether a blank (not soft) stood before each.
  const content: { index: number; text: string; blankBefore: boolean }[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.chrome) {
      // Chrome between the pieces breaks the sentence: never bridge over it.
      content.push({ index: -1, text: '', blankBefore: true });
      blank = true;
      continue;
    }
    if (isBlank(line)) {
      if (!line.softBlank) blank = true;
      continue;
    }
    content.push({ index: line.index, text: contentOf(line).trim(), blankBefore: blank });
    blank = false;
  }
  for (let i = 1; i + 1 < content.length; i++) {
    const word = content[i]!;
    const before = content[i - 1]!;
    const after = content[i + 1]!;
    if (word.index < 0 || before.index < 0 || after.index < 0) continue;
    if (!word.blankBefore || !after.blankBefore) continue;
    if (!isLinkedWord(word.text) || !endsOpen(before.text) || !goesOn(after.text)) continue;
    // A heading's title is whole when the words after it open a clause of their own (河北 2003: “二、促进农业和农村经济
    // 全面发展，千方百计增加农民收入” / “全面建设小康社会” / “，重点在农村，…”): the word starts the paragraph below.
    if (!titleStaysWhole(before.text, after.text)) out.add(word.index);
    out.add(after.index);
  }
  addRecurringWords(content, out);
  return out;
}

/** A linked word the page links wherever it stands recurs as a line of its own this many times at least. */
const MIN_RECURRING = 3;

/**
 * A page links the same words wherever they stand, so a word cut out of its sentence recurs as a line of its own
 * (河北 2004: “经济和社会发” ×4, 2006 “全面建设小康社会” ×8), also in files without blank lines between paragraphs. A word that
 * recurs at least three times and stands at least once after a line left open (on an ideograph, a comma or 、) is a
 * linked word everywhere: it goes on the open line before it, and the line after it goes on it (2004: “…致以崇高的敬意和
 * 衷心的感谢！” / “经济和社会发” / “展的好形势，…” is one paragraph, not a heading; 2006: “‘十一五’时期是我省” / “全面建设小康
 * 社会” / “承前启后的关键时期。…”). A heading never recurs after open lines.
 */
function addRecurringWords(content: readonly { index: number; text: string }[], out: Set<number>): void {
  const count = new Map<string, number>();
  const cut = new Set<string>();
  for (let i = 1; i + 1 < content.length; i++) {
    const word = content[i]!;
    if (word.index < 0 || !isLinkedWord(word.text)) continue;
    count.set(word.text, (count.get(word.text) ?? 0) + 1);
    if (content[i - 1]!.index >= 0 && leftOpen(content[i - 1]!.text)) cut.add(word.text);
  }
  for (let i = 1; i + 1 < content.length; i++) {
    const word = content[i]!;
    if (word.index < 0 || !cut.has(word.text) || (count.get(word.text) ?? 0) < MIN_RECURRING) continue;
    const before = content[i - 1]!;
    const after = content[i + 1]!;
    if (before.index >= 0 && leftOpen(before.text) && !titleStaysWhole(before.text, after.text)) out.add(word.index);
    if (after.index >= 0 && goesOn(after.text)) out.add(after.index);
  }
}

/** A heading line before a word whose sentence goes on with a clause of its own: the word opens the paragraph below. */
function titleStaysWhole(before: string, after: string): boolean {
  return NEW_PARAGRAPH.test(before) && CONTINUES.test(after);
}

/** The line stops with its sentence open: on a word (endsOpen), a comma or an enumeration comma. */
function leftOpen(text: string): boolean {
  return endsOpen(text) || /[，,、]$/.test(text);
}

const WORD_MAX = 10;

function isLinkedWord(text: string): boolean {
  if (text.length < 2 || text.length > WORD_MAX) return false;
  for (let i = 0; i < text.length; i++) if (!isIdeograph(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The line before stops on a word: its sentence has no end, no comma, no closing quote. Not on a figure's unit — a
 * dateline (“2001年01月08日” over the title) is whole — but after 、 it may (“…新华集贸中心、安” / “国国” / “际中药材…”).
 */
function endsOpen(text: string): boolean {
  const n = text.length;
  return n >= 2 && isIdeograph(text.charCodeAt(n - 1)) && !isDigit(text.charCodeAt(n - 2));
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A new heading or an address opens a paragraph of its own; anything else after the word is the sentence going on. */
const NEW_PARAGRAPH = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，、]|各位代表|同志们|附件)/;
const CONTINUES = /^[”’」』)）》】、，,。；;%]/;

function goesOn(text: string): boolean {
  if (text.length === 0 || NEW_PARAGRAPH.test(text)) return false;
  return isIdeograph(text.charCodeAt(0)) || CONTINUES.test(text);
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
