/**
 * Two classes of figure whose name keeps the action said right before what it names (labels README, “Actions kept in a
 * name”, session 38), where the name rules before this step drop it as they drop an action before a count's things:
 * - a length or area said of works done: 新改扩建农村公路6500公里, 新增城市绿道超200公里, 建设高标准农田47.8万亩 (dev 河北
 *   2021, 天津 2026, 江苏 2026). Without the verb the name is the stock — 农村公路 the network, 高标准农田 every such field.
 * - a count of works said by the stage that starts (or finishes) them: 新开工项目24800个, 开工改造城镇老旧小区196个, 再开工
 *   20项重大水利工程 (dev 河北 2010, 浙江 2026, national 2016). Started and finished works are two indicators.
 * A list item after 、 that shares the verb takes it too (建成碧道7960公里、碧带330公里; 改造供热管网1287公里、燃气管网810公里).
 * Said after a stock word (累计建成高标准农田4128万亩) the figure is the stock to date: the noun alone names it. The words
 * are data, lexicon/keptActions.json. Reads at most the clause before the figure.
 */
import type { NumberMention } from '../numbers/types';
import data from '../lexicon/keptActions.json';
import { withoutLeadAdverb } from './actionCompound';
import { isVerb } from '../lexicon/verbs';
import { WORK_STAGES } from '../lexicon/stageVerbs';

const byLength = (words: readonly string[]): readonly string[] => [...words].sort((a, b) => b.length - a.length);
const SIZE_VERBS = byLength(data.sizeVerbs);
const JOINERS = byLength(data.joiners);
const START_STAGES = byLength(data.startStages);
const STOCK_WORDS = byLength(data.stockWords);
/** Units of a length or an area (figureNames.ts SIZES). */
const SIZES: ReadonlySet<string> = new Set(['平方米', '平方公里', '公顷', '亩', '公里', '米', '千米']);
/** Bound on the verbs read in one phrase (新建和改造提升: two). */
const MAX_VERBS = 3;
/** What may stand between the name and its figure: a qualifier or a verb of reaching (超, 约, 达到). */
const BEFORE_FIGURE = /^(?:超过?|约|近|达到?|共|逾|突破)?$/;
/**
 * What may stand before an action said before its figure (今年再开工20项…, 新建1亿亩…): nothing, or a time word and an
 * adverb of order — never a noun, whose count the figure would be (重大项目开工20个 is read by workStages.ts).
 */
const STAGE_LEAD = /(?:^|[^\u4e00-\u9fff]|今年|全年|年内|去年|年)(?:再|还|又|共)?$/;
/** Quotes are no part of what a name says (新开工建设“两重”项目 is named 两重项目 by the rules before). */
const QUOTES = /[“”"]/g;

/** The phrase of `words` (one, or several joined by a joiner) that ends `s`, or ''. */
function phraseAtEnd(s: string, words: readonly string[], joined: boolean): string {
  let start = s.length;
  for (let n = 0; n < (joined ? MAX_VERBS : 1); n++) {
    const end = start;
    const word = words.find((w) => s.endsWith(w, end));
    if (word === undefined) break;
    start = end - word.length;
    const joiner = joined ? JOINERS.find((j) => s.endsWith(j, start) && words.some((w) => s.endsWith(w, start - j.length))) : undefined;
    if (joiner === undefined) break;
    start -= joiner.length;
  }
  const phrase = s.slice(start);
  // (累计建成高标准农田: after a stock word the figure is the stock, named by its noun.)
  return STOCK_WORDS.some((w) => s.endsWith(w, start)) ? '' : phrase;
}

/** The verb phrase said right before `name` in `left`, with at most a qualifier between the name and the figure. */
function actionBefore(name: string, left: string, words: readonly string[], joined: boolean): string {
  const plain = left.replace(QUOTES, '').trimEnd();
  const at = plain.lastIndexOf(name);
  if (at < 0 || !BEFORE_FIGURE.test(plain.slice(at + name.length))) return '';
  return phraseAtEnd(plain.slice(0, at), words, joined);
}

/**
 * `name` with the action kept in front of it when the figure is one of the two classes above; `name` otherwise.
 * `left`: the clause's text before the figure; `after`: the text right after it; `shared`: the figure before in the
 * same list, when only a 、 or 和 and this figure's name stand between them.
 */
export function keptActionName(name: string | null, m: NumberMention, left: string, after: string, shared?: { mention: NumberMention; name: string | null; between: string }): string | null {
  if (!name || name.length < 2) return name;
  const size = m.unit !== null && SIZES.has(m.unit);
  const count = m.nature === 'count';
  if (!size && !count) return name;
  const words = size ? SIZE_VERBS : START_STAGES;
  // (有序改造供热管网1287公里 — dev 天津 2026: an adverb of manner before the verb says how the work went, not what it built.)
  const unhedged = size ? withoutLeadAdverb(name) : name;
  const lead = leadingPhraseEnd(unhedged, size);
  if (lead > 0) {
    // (提升改造农村公路79.7公里 — src32 涞源县-2025: the measure search read 提升 as a measure and left 改造农村公路; the
    // phrase said before the object is kept whole.)
    const object = unhedged.slice(lead);
    const phrase = object.length >= 2 ? actionBefore(object, left, words, size) : '';
    return phrase.length > lead ? `${phrase}${object}` : unhedged;
  }
  const before = actionBefore(name, left, words, size);
  if (before) return `${before}${name}`;
  // (再开工20项重大水利工程, 新建1亿亩高标准农田 — dev national 2016, 2022: a figure said before its things, with only
  // the action and a time word or adverb before it.)
  if (after.replace(QUOTES, '').startsWith(name)) {
    const clause = left.trimEnd();
    const action = phraseAtEnd(clause, words, size);
    if (action && STAGE_LEAD.test(clause.slice(0, clause.length - action.length))) return `${action}${name}`;
  }
  // (建成碧道7960公里、碧带330公里: the list's next item is said under the same verb.)
  if (shared?.name && (size ? shared.mention.unit !== null && SIZES.has(shared.mention.unit) : shared.mention.nature === 'count')) {
    const item = shared.between.replace(QUOTES, '').trim();
    const phrase = shared.name.slice(0, leadingPhraseEnd(shared.name, size));
    // (Not an item with a verb of its own: 竣工22.4万套、分配入住18.1万套 — src32 河北省-2014; 改造二、三次管网50万平米、“串改并”
    // 改造1.4万平米 — src32 涞源县-2020.)
    const ownVerb = isVerb(name.slice(0, 2)) || WORK_STAGES.some((w) => name.startsWith(w)) || words.some((w) => name.endsWith(w));
    if (phrase && !ownVerb && /^[、和及]/.test(item) && item.slice(1) === name) return `${phrase}${name}`;
  }
  return name;
}

/** Where the leading phrase of `words` (joined, for sizes) ends in `name`. */
function leadingPhraseEnd(name: string, size: boolean): number {
  const words = size ? SIZE_VERBS : START_STAGES;
  let at = 0;
  for (let n = 0; n < (size ? MAX_VERBS : 1); n++) {
    const word = words.find((w) => name.startsWith(w, at));
    if (word === undefined) break;
    at += word.length;
    const joiner = size ? JOINERS.find((j) => name.startsWith(j, at) && words.some((w) => name.startsWith(w, at + j.length))) : undefined;
    if (joiner === undefined) break;
    at += joiner.length;
  }
  return at;
}
