import type { OutlineNode } from '../types';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { inNodes, rangeIn } from './context';
import type { EntityMentions, Mention } from './mention';
import { WordTrie } from './wordTrie';

/** A law in 《》: a title that ends with 法 (《行政许可法》, 《民营经济促进法》), at least this long (《宪法》 is said everywhere). */
const LAW_TITLE = /《([\u4e00-\u9fff]{3,24}法)》/g;
/** Ends of measures and methods (《实施办法》, a province's rules under a law), no law: a short title like that names others too. */
const NOT_LAW = /[办方做]法$/;
/** Titles per report worth a scan (a bound for pages that list thousands). */
const MAX_LAWS = 200;

/**
 * A law the report names in 《》 and then says again without them (national 2005: 各级政府认真实施《行政许可法》 …
 * 认真贯彻行政许可法): a named thing like any other, each later mention pointing at the first. Laws have no type word
 * the entity scan knows (法 ends 方法, 办法, 做法 too); the 《》 say it is a title, and every later writing of those
 * words is that law. One pass over the paragraphs finds the titles, one more (a trie of them) their mentions.
 */
export function addLawTitles(ctx: RefContext, blocks: readonly OutlineNode[], mentions: EntityMentions): EntityMentions {
  const laws = new Set<string>();
  for (let i = ctx.bodyStart; i < ctx.bodyEnd && laws.size < MAX_LAWS; i++) {
    const text = (ctx.paragraphs[i] as Paragraph).text;
    if (!text.includes('法》')) continue;
    for (const m of text.matchAll(LAW_TITLE)) if (!NOT_LAW.test(m[1] as string) && !mentions.has(m[1] as string)) laws.add(m[1] as string);
  }
  if (laws.size === 0) return mentions;
  const scan = new WordTrie(laws);
  const found = new Map<string, Mention[]>();
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    for (const [at, law] of scan.matches(p.text)) {
      const list = found.get(law) ?? [];
      list.push({ range: rangeIn(p, at, at + law.length), text: law, nested: false });
      found.set(law, list);
    }
  }
  // Only a law said twice or more is a link; and the first mention must be its title (a law said bare before the
  // report names it in 《》 is still that law, but the reader is taken to where it is named).
  const out = new Map(mentions as Map<string, Mention[]>);
  for (const [law, list] of found) if (list.length >= 2) out.set(law, list);
  return out;
}
