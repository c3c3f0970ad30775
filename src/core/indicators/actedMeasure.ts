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

/** [surface, measure], longest surface first so that 新建成 wins over 新建. */
const VERBS: ReadonlyArray<readonly [string, string]> = (data.verbs as [string, string][])
  .slice()
  .sort((a, b) => b[0].length - a[0].length);
const LONGEST = VERBS.reduce((n, [v]) => Math.max(n, v.length), 0);

/** What may stand between the name and its figure: a qualifier said before the number (超过, 近, 约), or nothing. */
const GAP = /^\s*(?:超过|超|近|约|逾|将近|接近|共|达)?\s*$/;

/** A verb that opens a noun (增加|值, value added; 淘汰|率) is no verb there: 全年实现增加值500亿元 adds nothing. */
const OPENS_NOUN = /^[值率]/;

/** The measure of the cutting or adding verb that starts at `at` in `text` (新建成 → 新建), or null. */
export function actedVerbAt(text: string, at: number): string | null {
  for (const [surface, measure] of VERBS) if (text.startsWith(surface, at)) return OPENS_NOUN.test(text.slice(at + surface.length, at + surface.length + 1)) ? null : measure;
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
  for (const [surface, measure] of VERBS) if (before.endsWith(surface)) return measure;
  // A name that keeps its verb (压减煤炭产能1400万吨 after 退出煤矿54处、) is measured by it, not by the clause's first verb.
  return nameEnd - nameAt > LONGEST ? actedVerbAt(text, nameAt) : null;
}
