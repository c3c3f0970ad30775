/**
 * Cross-references marked by hand (test/fixtures/links/*.links.jsonl, see its README) against the model's references.
 * A reference matches a link when its two ends lie where the link's ends are, in either direction (the program may
 * link a target to its actual or the actual to its target): the `from` ranges overlap on the link's line, and the
 * other end starts on the link's other line. Recall is per marked link; precision per reference the program makes
 * (references to other files of the workspace are left out: the labels are about one report). A reference whose two
 * ends lie inside another's (the term “三北” of the name “三北”工程, both to the first “三北”工程) is the same link twice
 * and is counted once, as the one that holds it: a reader marks one link at that place, and one link is all the
 * editor can go to from there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Range, Reference } from '../../src/core';
import { rangeWithin } from '../../src/core/positions';
import { FIXTURES } from './expectedOutline';

export const LINK_KINDS = ['entity', 'short', 'title', 'plan', 'list', 'footnote', 'term', 'target-actual'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

interface End {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

export interface LinkLabel {
  readonly kind: LinkKind;
  readonly from: End;
  readonly to: End;
}

const LINKS = join(FIXTURES, 'links');

export function linkFiles(): Array<{ corpusPath: string; linksPath: string }> {
  return readdirSync(LINKS)
    .filter((f) => f.endsWith('.links.jsonl'))
    .map((f) => ({ corpusPath: `${f.replace('.links.jsonl', '').replace(/__/g, '/')}.txt`, linksPath: join(LINKS, f) }));
}

export function sealedLinkReports(): ReadonlySet<string> {
  return new Set((JSON.parse(readFileSync(join(LINKS, 'split.json'), 'utf8')) as { sealed: string[] }).sealed);
}

export function readLinks(linksPath: string, text: string): LinkLabel[] {
  const lines = text.split('\n');
  const locate = (end: { line: number; text: string; nth: number }, raw: string): End => {
    const line = lines[end.line] ?? '';
    let at = -1;
    for (let k = 0; k <= end.nth; k++) at = line.indexOf(end.text, at + 1);
    if (at < 0) throw new Error(`link end not found: ${raw}`);
    return { line: end.line, character: at, text: end.text };
  };
  return readFileSync(linksPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const raw = JSON.parse(l) as { kind: LinkKind; from: { line: number; text: string; nth: number }; to: { line: number; text: string; nth: number } };
      return { kind: raw.kind, from: locate(raw.from, l), to: locate(raw.to, l) };
    });
}

function overlaps(range: Range, end: End): boolean {
  const last = end.character + end.text.length;
  if (range.start.line > end.line || range.end.line < end.line) return false;
  const start = range.start.line === end.line ? range.start.character : 0;
  const stop = range.end.line === end.line ? range.end.character : Number.MAX_SAFE_INTEGER;
  return start < last && stop > end.character;
}

function startsOn(range: Range, line: number): boolean {
  return range.start.line <= line && range.end.line >= line;
}

function matches(ref: Reference, link: LinkLabel): boolean {
  if (ref.to.uri !== undefined) return false;
  return (overlaps(ref.from.range, link.from) && startsOn(ref.to.range, link.to.line)) || (overlaps(ref.from.range, link.to) && startsOn(ref.to.range, link.from.line));
}

export interface LinkScore {
  readonly links: number;
  readonly found: number;
  readonly references: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly byKind: ReadonlyMap<LinkKind, { links: number; found: number }>;
  readonly missed: LinkLabel[];
  readonly spurious: Reference[];
}

/**
 * One reference per link: widest sources first, and a reference whose source and target both lie within a kept one's
 * is that link again (quadratic, over the few hundred references of one report).
 */
export function distinctLinks(references: readonly Reference[]): Reference[] {
  const width = (r: Reference): number => (r.from.range.end.line - r.from.range.start.line) * 10_000 + r.from.range.end.character - r.from.range.start.character;
  const kept: Reference[] = [];
  for (const r of [...references].sort((a, b) => width(b) - width(a))) {
    if (!kept.some((k) => rangeWithin(r.from.range, k.from.range) && rangeWithin(r.to.range, k.to.range))) kept.push(r);
  }
  const one = new Set(kept);
  return references.filter((r) => one.has(r));
}

export function scoreLinks(links: readonly LinkLabel[], references: readonly Reference[]): LinkScore {
  const local = distinctLinks(references.filter((r) => r.to.uri === undefined));
  const byKind = new Map<LinkKind, { links: number; found: number }>();
  const missed: LinkLabel[] = [];
  let found = 0;
  for (const link of links) {
    const k = byKind.get(link.kind) ?? { links: 0, found: 0 };
    k.links++;
    if (local.some((r) => matches(r, link))) {
      found++;
      k.found++;
    } else missed.push(link);
    byKind.set(link.kind, k);
  }
  const spurious = local.filter((r) => !links.some((l) => matches(r, l)));
  const correct = local.length - spurious.length;
  return {
    links: links.length,
    found,
    references: local.length,
    correct,
    recall: links.length ? found / links.length : 1,
    precision: local.length ? correct / local.length : 1,
    byKind,
    missed,
    spurious,
  };
}

/** Pooled over reports: recall over marked links, precision over the references made. */
export function pooledLinks(scores: readonly LinkScore[]): { reports: number; links: number; recall: number; precision: number; byKind: Map<LinkKind, { links: number; found: number }> } {
  const links = scores.reduce((a, s) => a + s.links, 0);
  const found = scores.reduce((a, s) => a + s.found, 0);
  const refs = scores.reduce((a, s) => a + s.references, 0);
  const correct = scores.reduce((a, s) => a + s.correct, 0);
  const byKind = new Map<LinkKind, { links: number; found: number }>();
  for (const s of scores) {
    for (const [k, v] of s.byKind) {
      const t = byKind.get(k) ?? { links: 0, found: 0 };
      t.links += v.links;
      t.found += v.found;
      byKind.set(k, t);
    }
  }
  return { reports: scores.length, links, recall: links ? found / links : 1, precision: refs ? correct / refs : 1, byKind };
}

export function linkLine(label: string, p: ReturnType<typeof pooledLinks>): string {
  const kinds = LINK_KINDS.filter((k) => p.byKind.has(k))
    .map((k) => `${k} ${p.byKind.get(k)!.found}/${p.byKind.get(k)!.links}`)
    .join(', ');
  return `${label.padEnd(34)} recall ${p.recall.toFixed(3)}  precision ${p.precision.toFixed(3)}  (${kinds})`;
}
