import data from '../lexicon/entityTypes.json';
import type { Paragraph } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { inNodes, rangeIn } from './context';
import type { Mention } from './mention';
import { WordTrie } from './wordTrie';

/** Each way a known name is written (with and without the 、 of 大众创业、万众创新, and its short names) → its key. */
const KEYS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  const key = (name: string): string => name.replace(/、/g, '');
  for (const name of data.knownNames) {
    keys.set(name, key(name));
    keys.set(key(name), key(name));
  }
  for (const [short, full] of Object.entries(data.knownShorts)) keys.set(short, key(full));
  return keys;
})();
const KNOWN = new WordTrie(KEYS.keys());
/** The place of the State Council's report (report metadata). */
const NATIONAL = '全国';

/**
 * National programmes and strategies have no type word to find them by (京津冀协同发展, 营改增, 大众创业万众创新):
 * they are the same few names in every report, listed in entityTypes.json. Each mention, and each mention of a short
 * name everyone uses (双创), is keyed by the full name without its 、, so all of them point at the first.
 * Quoted mentions count too (the first may be quoted); their links are the term scan's where it makes one.
 * Only in the national report, where they are the government's own programmes that the reader follows from part to
 * part; a local report names them in passing as the centre's strategies it joins (积极投身长三角一体化发展), which
 * readers marking links leave out.
 */
export function addKnownNames(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  if (ctx.meta.place !== NATIONAL) return;
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    for (const [at, written] of KNOWN.matches(p.text)) {
      const key = KEYS.get(written) as string;
      const list = mentions.get(key) ?? [];
      list.push({ range: rangeIn(p, at, at + written.length), text: written, nested: false });
      mentions.set(key, list);
    }
  }
}
