import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { EntityMentions, Mention } from './mention';
import { WordTrie } from './wordTrie';
import { allMatches } from '../text/allMatches';

/** A law in 《》: a title that ends with 法 (《行政许可法》, 《民营经济促进法》), at least this long (《宪法》 is said everywhere). */
const LAW_TITLE = /《([\u4e00-\u9fff]{3,24}法)》/g;
/** Ends of measures and methods (《实施办法》, a province's rules under a law), no law: a short title like that names others too. */
const NOT_LAW = /[办方做]法$/;
/** What after a law's words makes them part of a longer word (行政许可法律制度, 法规, 法治, 法制, 法院). */
const INSIDE_WORD: ReadonlySet<string> = new Set([...'律规治制院典']);
/** Titles per report worth a scan (a bound for pages that list thousands). */
const MAX_LAWS = 200;

/**
 * A law the report names in 《》 and then says again without them (national 2005: 各级政府认真实施《行政许可法》 …
 * 认真贯彻行政许可法): a named thing like any other, each later mention pointing at the first. Laws have no type word
 * the entity scan knows (法 ends 方法, 办法, 做法 too); the 《》 say it is a title, and every later writing of those
 * words is that law. One pass over the paragraphs finds the titles, one more (a trie of them) their mentions.
 * Measured reach (a review of session 18): of 1,976 outside texts, 121 name a law in 《》 and none says it again bare;
 * dev national 2005 does (2 links) — a rare class, kept because each link it makes is right.
 */
export function addLawTitles(ctx: RefContext, blocks: readonly OutlineNode[], mentions: EntityMentions): EntityMentions {
  const laws = new Set<string>();
  for (const { text } of bodyParagraphs(ctx)) {
    if (laws.size >= MAX_LAWS) break;
    if (!text.includes('法》')) continue;
    for (const m of allMatches(LAW_TITLE, text)) if (!NOT_LAW.test(m[1] as string) && !mentions.has(m[1] as string)) laws.add(m[1] as string);
  }
  if (laws.size === 0) return mentions;
  const scan = new WordTrie(laws);
  const found = new Map<string, { mentions: Mention[]; titled: boolean }>();
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const [at, law] of scan.matches(p.text)) {
      const end = at + law.length;
      // (行政许可法律制度: the law's words inside a longer word — 法律, 法规, 法治, 法制, 法院 — are not the law.)
      if (INSIDE_WORD.has(p.text.charAt(end))) continue;
      const titled = p.text.charAt(at - 1) === '《' && p.text.charAt(end) === '》';
      const list = found.get(law) ?? { mentions: [], titled: false };
      // The first mention is where the reader is taken: the first title, whatever was said bare before it.
      if (titled && !list.titled) list.mentions.unshift({ range: rangeIn(p, at, end), text: law, nested: false });
      else list.mentions.push({ range: rangeIn(p, at, end), text: law, nested: false });
      list.titled ||= titled;
      found.set(law, list);
    }
  }
  // Only a law said twice or more is a link; a mention said bare before the title points at the title too.
  const out = new Map(mentions as Map<string, Mention[]>);
  for (const [law, { mentions: list }] of found) if (list.length >= 2) out.set(law, list);
  return out;
}
