/**
 * The part of a report whose words are counted: the body paragraphs (after the title block, before a second copy of
 * the report), without page chrome (never in a paragraph) and without the glossary (名词解释), whose definitions
 * would count each explained term once more. Annexes (十件民生实事) are the report's own words and stay in.
 */
import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import { readStructure } from '../report';
import { paragraphInNodes } from '../references/context';
import type { Paragraph } from '../text/paragraphs';
import { isQuotableTerm } from './lexicon';
import { allMatches } from '../text/allMatches';

export interface TermBody {
  /** Body paragraphs in document order (folded text, same offsets as the file; see src/core/text/paragraphs.ts). */
  readonly paragraphs: readonly Paragraph[];
  /** Characters of the body that are not white space: the denominator of every rate per 10,000 characters. */
  readonly length: number;
  readonly place: string | null;
  readonly year: number | null;
  /** Distinct terms the report puts in quotes (“放管服”), in order of first appearance; at most MAX_QUOTED_TERMS. */
  readonly quoted: readonly string[];
  /**
   * The body's last paragraph ends on a comma (今后五年的奋斗目标是，): the copy stops inside a sentence, so the
   * parts after it are missing (a scraper that keeps the first ~7,500 characters of a page). A comparison with such
   * a text lists the missing parts' terms as new or dropped, which the reader must be told.
   */
  readonly cutShort: boolean;
}

/** A report with thousands of distinct quotations is not a report; past this many, further ones are ignored. */
export const MAX_QUOTED_TERMS = 2000;

const QUOTED = /“([^“”\n]{2,16})”/g;

/** Reads the body of a report (pure, linear in the text). Throws CancelledError when the token is cancelled. */
export function readTermBody(text: string, token?: CancellationLike): TermBody {
  const { paragraphs: all, outline, meta } = readStructure(text, token);
  const glossaries = outline.nodes.filter((n) => n.kind === 'glossary');
  const paragraphs: Paragraph[] = [];
  const quoted = new Set<string>();
  let length = 0;
  for (let i = outline.bodyStart; i < outline.bodyEnd; i++) {
    if ((i & 0x3ff) === 0) throwIfCancelled(token);
    const p = all[i] as Paragraph;
    // (By the paragraph's first piece of a line, not its line: a report written with escaped breaks is one line.)
    if (paragraphInNodes(p, glossaries)) continue;
    paragraphs.push(p);
    length += nonSpaceLength(p.text);
    if (quoted.size < MAX_QUOTED_TERMS && p.text.includes('“')) {
      for (const m of allMatches(QUOTED, p.text)) {
        const inner = m[1] as string;
        if (isQuotableTerm(inner)) quoted.add(inner);
        if (quoted.size >= MAX_QUOTED_TERMS) break;
      }
    }
  }
  const last = paragraphs[paragraphs.length - 1];
  return { paragraphs, length, place: meta.place, year: meta.year, quoted: [...quoted], cutShort: last !== undefined && OPEN_END.test(last.text) };
}

/**
 * A paragraph that ends on a comma or an enumeration comma. Only these: a page's own last lines (相关文档:, 扫一扫在手机
 * 打开当前页, a row of related links) end without a full stop too, yet on a colon or a word, and a real report ends
 * on 。 or ！.
 */
const OPEN_END = /[，,、]\s*$/u;


function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Paragraph text is folded: ideographic spaces, NBSP and zero-width characters are already plain spaces.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}
