/**
 * A verb of cutting or adding right before a figure's name, with nothing but a qualifier between the name and the
 * figure: 全年削减煤炭消费量1500万吨, 五年新增发电装机容量5055万千瓦, 淘汰落后炼铁产能4659万吨, 取消评比达标表彰项目29项
 * (河北 2015 and 2017, national 2005, 2008, 2015 …). The binder names the figure by the noun and finds no measure
 * between it and the figure, so the card read a level (煤炭消费量 500万吨: the province's whole consumption) where the
 * text says a cut. The verb is the measure, as the label conventions write it; the name is kept.
 * The verbs are data (lexicon/actedVerbs.json). incrementOpening.ts reads the same verbs opening a clause (the items of
 * a list after the first: 淘汰落后炼铁产能4659万吨、炼钢产能3747万吨); this reads the verb standing at the name itself.
 */
import data from '../lexicon/actedVerbs.json';
import { byCharCode, NO_ITEMS, wordAt } from '../text/wordAt';

/** [surface, measure], longest surface first so that 新建成 wins over 新建. */
const VERBS: ReadonlyArray<readonly [string, string]> = (data.verbs as [string, string][])
  .slice()
  .sort((a, b) => b[0].length - a[0].length);
const LONGEST = VERBS.reduce((n, [v]) => Math.max(n, v.length), 0);

const VERBS_BY_FIRST = byCharCode(VERBS, ([v]) => v);
const VERBS_BY_LAST = byCharCode(VERBS, ([v]) => v, true);
/** How far back a verb and its coordinated verbs may start before the name (新建、改扩建 … 取消和下放 … 淘汰、停建、缓建). */
const REACH_BACK = 12;

/** What may stand between the name and its figure: a qualifier said before the number (超过, 近, 约), or nothing. */
const GAP = /^\s*(?:超过|超|近|约|逾|将近|接近|共|达)?\s*$/;

/** A verb that opens a noun (增加|值, value added; 淘汰|率) is no verb there: 全年实现增加值500亿元 adds nothing. */
const OPENS_NOUN = /^[值率]/;

/** Verbs said with one of VERBS over one object (新建改建, 新建和改造提升, 取消或停征), longest first. */
const COORDINATED: readonly string[] = [...data.coordinated].sort((a, b) => b.length - a.length);
const COORDINATED_BY_FIRST = byCharCode(COORDINATED, (v) => v);
/** What may join them: 和, 及, 或, 与, 、 or nothing (新建改建). */
const JOINERS = '和及或与、';
/** At most this many verbs coordinated after the first (淘汰、停建、缓建; 新建改建和维护提升). */
const MAX_COORDINATED = 3;

/**
 * Where the verbs coordinated with the one ending at `end` end (新建|改建, 新建|和改造提升, 淘汰|、停建、缓建), or `end`
 * itself. Reads a bounded run of characters after the verb.
 */
function coordinatedEnd(text: string, end: number): number {
  let e = end;
  for (let n = 0; n < MAX_COORDINATED; n++) {
    const k = JOINERS.includes(text.charAt(e)) ? e + 1 : e;
    const verb = wordAt(COORDINATED_BY_FIRST.get(text.charCodeAt(k)) ?? NO_ITEMS, text, k);
    if (verb === undefined) break;
    e = k + verb.length;
  }
  return e;
}

/**
 * The measure of the cutting or adding verb that starts at `at` in `text` (新建成 → 新建), or null; with the verbs
 * coordinated with it, the whole phrase as written (新建改建农村公路 → 新建改建, 取消或停征… → 取消或停征), as the labels
 * write it: the figure counts the rebuilt or suspended ones too, not the additions or cuts alone.
 */
export function actedVerbAt(text: string, at: number): string | null {
  for (const [surface, measure] of VERBS_BY_FIRST.get(text.charCodeAt(at)) ?? NO_ITEMS) {
    if (!text.startsWith(surface, at)) continue;
    const end = at + surface.length;
    if (OPENS_NOUN.test(text.charAt(end))) return null;
    // (A stage takes the works as its object: 新开工改造城镇老旧小区5.6万个 — national 2022, dev — is 新开工.)
    const phrase = measure.includes('开工') ? end : coordinatedEnd(text, end);
    return phrase > end ? text.slice(at, phrase) : measure;
  }
  return null;
}

/**
 * The measure a cutting or adding verb right before the name gives the figure, or null. `nameAt`/`nameEnd`: the
 * name's span in `text` (nameAt -1 when the name was assembled and stands nowhere); `figureStart`: the figure's start.
 * Reads a few characters at the name's two ends only.
 */
export function actedMeasure(text: string, nameAt: number, nameEnd: number, figureStart: number): string | null {
  if (nameAt < 0 || nameEnd > figureStart || figureStart - nameEnd > 6) return null;
  if (!GAP.test(text.slice(nameEnd, figureStart))) return null;
  const before = text.slice(Math.max(0, nameAt - LONGEST), nameAt);
  for (const [surface, measure] of VERBS_BY_LAST.get(before.charCodeAt(before.length - 1)) ?? NO_ITEMS) if (before.endsWith(surface)) return measure;
  // A verb coordinated with one of them right before the name (推进新建改造高标准农田): the phrase from that verb.
  const from = Math.max(0, nameAt - REACH_BACK);
  for (let k = from; k < nameAt; k++) {
    const phrase = actedVerbAt(text, k);
    if (phrase !== null && k + phrase.length === nameAt && phrase.length > 2) return phrase;
  }
  // A name that keeps its verb (压减煤炭产能1400万吨 after 退出煤矿54处、) is measured by it, not by the clause's first verb.
  return nameEnd - nameAt > LONGEST ? actedVerbAt(text, nameAt) : null;
}
