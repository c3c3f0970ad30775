/**
 * The part of a report whose words are counted: the body paragraphs (after the title block, before a second copy of
 * the report), without page chrome (never in a paragraph) and without the glossary (名词解释), whose definitions
 * would count each explained term once more. Annexes (十件民生实事) are the report's own words and stay in.
 */
import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import { rangeSpansLine } from '../positions';
import { readStructure } from '../report';
import type { Paragraph } from '../text/paragraphs';
import { firstLine } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import { isQuotableTerm } from './lexicon';

export interface TermBody {
  /** Body paragraphs in document order (folded text, same offsets as the file; see src/core/text/paragraphs.ts). */
  readonly paragraphs: readonly Paragraph[];
  /** Characters of the body that are not white space: the denominator of every rate per 10,000 characters. */
  readonly length: number;
  readonly place: string | null;
  readonly year: number | null;
  /** Distinct terms the report puts in quotes (“放管服”), in order of first appearance; at most MAX_QUOTED_TERMS. */
  readonly quoted: readonly string[];
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
    if (inGlossary(firstLine(p), glossaries)) continue;
    paragraphs.push(p);
    length += nonSpaceLength(p.text);
    if (quoted.size < MAX_QUOTED_TERMS && p.text.includes('“')) {
      for (const m of p.text.matchAll(QUOTED)) {
        const inner = m[1] as string;
        if (isQuotableTerm(inner)) quoted.add(inner);
        if (quoted.size >= MAX_QUOTED_TERMS) break;
      }
    }
  }
  return { paragraphs, length, place: meta.place, year: meta.year, quoted: [...quoted] };
}

function inGlossary(line: number, glossaries: readonly OutlineNode[]): boolean {
  return glossaries.some((n) => rangeSpansLine(n.range, line));
}

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Paragraph text is folded: ideographic spaces, NBSP and zero-width characters are already plain spaces.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}
