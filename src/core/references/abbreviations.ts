import type { Reference } from '../types';
import type { RefContext } from './context';
import { rangeIn } from './context';
import type { Paragraph } from '../text/paragraphs';

interface Title {
  readonly p: Paragraph;
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

// Titles may nest one level of brackets (《纲要（草案）》); bounded, so the scan stays linear.
const TITLE = /《([^《》\n]{1,80})》/g;
// “…（以下简称“X”）” / “…，以下简称“X”” / “简称“X””.
const SHORT_NAME = /([\u4e00-\u9fff《》“”]{4,60}?)[(（,，]?\s*(?:以下)?简称\s*[“"]([^”"]{1,16})[”"]/g;

/**
 * Abbreviations: a short 《title》 that ends a full title given elsewhere (《纲要（草案）》 → 《苏州市…纲要（草案）》),
 * and names introduced with 以下简称“X” (every later X points at the full name).
 */
export function findAbbreviations(ctx: RefContext): Reference[] {
  const titles: Title[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('《')) continue;
    for (const m of p.text.matchAll(TITLE)) titles.push({ p, start: m.index, end: m.index + m[0].length, inner: m[1] as string });
  }
  const out: Reference[] = [];
  for (const t of titles) {
    if (t.inner.length > 16) continue;
    const full = titles.find((f) => f.inner.length >= t.inner.length + 3 && f.inner.endsWith(t.inner));
    if (!full) continue;
    out.push({
      kind: 'abbreviation',
      from: { range: rangeIn(t.p, t.start, t.end), text: t.p.raw.slice(t.start, t.end) },
      to: { range: rangeIn(full.p, full.start, full.end), text: full.p.raw.slice(full.start, full.end) },
      key: `abbr:${full.inner}`,
    });
  }
  out.push(...shortNames(ctx));
  return out;
}

function shortNames(ctx: RefContext): Reference[] {
  const out: Reference[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('简称')) continue;
    for (const m of p.text.matchAll(SHORT_NAME)) {
      const fullText = (m[1] as string).replace(/^[的是在和与及]/, '');
      const short = m[2] as string;
      const fullStart = m.index + (m[1] as string).length - fullText.length;
      const defined = { range: rangeIn(p, fullStart, fullStart + fullText.length), text: p.raw.slice(fullStart, fullStart + fullText.length) };
      const after = m.index + m[0].length;
      for (let j = i; j < ctx.bodyEnd; j++) {
        const q = ctx.paragraphs[j] as Paragraph;
        let from = j === i ? after : 0;
        for (let at = q.text.indexOf(short, from); at >= 0; at = q.text.indexOf(short, from)) {
          out.push({ kind: 'abbreviation', from: { range: rangeIn(q, at, at + short.length), text: short }, to: defined, key: `abbr:${fullText}` });
          from = at + short.length;
        }
      }
    }
  }
  return out;
}
