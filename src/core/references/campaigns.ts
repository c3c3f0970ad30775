import { comparePositions } from '../positions';
import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { EntityMentions, Mention } from './mention';
import { WordTrie } from './wordTrie';

/** The end of a campaign's name (群众身边不正之风和腐败问题集中整治), a type word of entityTypes.json. */
const CAMPAIGN = '集中整治';
/**
 * The verb that says the campaign before its name is given (整治群众身边不正之风和腐败问题). Measured reach (session 18):
 * 3 of 4 hand-marked unseen 2026 provinces say a 集中整治 campaign so, and no other of 105 outside reports.
 */
const VERB = '整治';
/** What the campaign is against is at least this long (腐败问题), so that no ordinary object (问题) is read as one. */
const MIN_OBJECT = 4;
/** How far before what it acts on the verb may stand, in one clause (整治|群众身边不正之风和|腐败问题). */
const MAX_GAP = 16;
/** What ends a clause: the verb must stand in the object's own. */
const CLAUSE_END = /[，。；：！？、,;:!?]/;

/**
 * A campaign of concentrated rectification is said by its verb first and by its name later (河北, 黑龙江, 云南 2026,
 * outside: 坚决整治群众身边不正之风和腐败问题 in the review … 持续深化群众身边不正之风和腐败问题集中整治 in the tasks):
 * the words the verb acts on are a mention of the campaign, so that its name points back at them. The name is keyed
 * from 和 on (腐败问题集中整治, entities.ts); its object is found by one pass (a trie of the objects) over the
 * paragraphs, where 整治 stands before it in its clause and 集中整治 does not follow it.
 */
export function addCampaignObjects(ctx: RefContext, blocks: readonly OutlineNode[], mentions: EntityMentions): EntityMentions {
  // What each campaign acts on, and its name.
  const objects = new Map<string, string>();
  mentions.forEach((_, name) => {
    if (name.endsWith(CAMPAIGN) && name.length - CAMPAIGN.length >= MIN_OBJECT) objects.set(name.slice(0, -CAMPAIGN.length), name);
  });
  if (objects.size === 0) return mentions;
  const scan = new WordTrie(objects.keys());
  const added = new Map<string, Mention[]>();
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const [at, object] of scan.matches(p.text)) {
      const end = at + object.length;
      if (p.text.startsWith(CAMPAIGN, end)) continue;
      // The verb is looked for in the window before the object only: a search back to the paragraph's start for each
      // mention made one long paragraph of mentions quadratic (a review: 9.6 s for 720 KB).
      const windowStart = Math.max(0, at - VERB.length - MAX_GAP);
      const inWindow = p.text.slice(windowStart, at).lastIndexOf(VERB);
      if (inWindow < 0 || CLAUSE_END.test(p.text.slice(windowStart + inWindow, at))) continue;
      const start = windowStart + inWindow + VERB.length;
      const name = objects.get(object) as string;
      const list = added.get(name) ?? [];
      list.push({ range: rangeIn(p, start, end), text: p.text.slice(start, end), nested: false });
      added.set(name, list);
    }
  }
  if (added.size === 0) return mentions;
  // Each campaign's list is joined and sorted once.
  const out = new Map(mentions as Map<string, Mention[]>);
  for (const [name, list] of added) out.set(name, [...(out.get(name) ?? []), ...list].sort((a, b) => comparePositions(a.range.start, b.range.start)));
  return out;
}
