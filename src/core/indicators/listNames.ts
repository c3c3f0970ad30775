/**
 * Names shared along a sentence's lists, called by bindParagraph (extract.ts): a list's figures split the subjects a
 * name holds (城乡 → 城镇, 农村; A、B分别…), a second list reuses the first one's names, a ratio's parts take the
 * sectors' names, a count with a noun of its own opens a clause, and the economy's growth is GDP's. Constant work
 * per figure (a list's names are split once, when its length matches).
 */
import { countRunNoun, joinsAfterCount } from './countRun';
import { gradedName } from './gradeNames';
import type { NumberMention } from '../numbers/types';
import type { Bound } from './figureNames';
import { cleanName, firstVerb, isSharedHead, nameAfter, stripRankContext } from './names';
import exampleLists from '../lexicon/exampleLists.json';
import { isNationalPlace } from '../workspace/placeLevel';

/**
 * “经济增长预期目标6.5%－7%”, “今后五年经济年均增长7%”, “GDP年均增长4.4%”: the economy's growth is GDP's (国内生产总值 in a national report,
 * 地区生产总值 in a local one), so that the target meets last year's actual and the series.
 */
export function growthOfEconomy(name: string, place: string | null): string {
  // 确定4.5%左右的增长目标, 有6.5%－7%的增速就能…: a growth target or speed with no subject is the economy's.
  if (!/^(?:经济(?:年均)?(?:增长|增速)?(?:预期目标|预期|目标|速度)?|(?:增长|增速)(?:预期)?目标|增速|速度|GDP|GRP)$/.test(name)) return name;
  return isNationalPlace(place) ? '国内生产总值' : '地区生产总值';
}

/** The noun after `m` when the text between `prev` and `m` is only `prev`'s own noun and a joiner; else ''. */
export function nounOfEach(text: string, prev: NumberMention, m: NumberMention, between: string): string {
  if (prev.nature !== m.nature || (m.nature !== 'amount' && m.nature !== 'count')) return '';
  const own = cleanName(nameAfter(text, prev.tail));
  // (责令7个单位18名干部, 24个贫困村1749户贫困户7214名贫困人口, 对37个单位87名个人 — 罗湖 2017, 宝安 2017, 2019, outside:
  // a run of counts, each right after the one before's noun with no joiner, counts the noun after it too — countRun.ts.)
  if (m.nature === 'count' && countRunNoun(between, own) && !joinsAfterCount(text.slice(m.tail, m.tail + 2))) {
    const next = cleanName(nameAfter(text, m.tail));
    if (next.length >= 2 && firstVerb(next, 0) !== 0) return next;
  }
  const joined = /^(.{2,16}?)[、和及与]$/.exec(between);
  // (Its noun may be a phrase of nouns, 城镇职工和城镇居民; never a verb phrase, 已整改完成.)
  if (!joined || own.length < 2 || !(joined[1] as string).startsWith(own) || firstVerb(joined[1] as string, 0) >= 0) return '';
  // (A noun after that opens with a verb, 受过高等教育…的人才, is a clause of its own, read the usual way.)
  // (5个千亿级、12个百亿级开发区: a grade alone takes the noun after it.)
  const after = nameAfter(text, m.tail);
  // (完成6个乡镇、70个村、4万户改造 — 唐县 2020; 完成了6个乡镇、81个村的垃圾一体化处理 — 清苑区 2013, src32: a place of one
  // character, 村, is a noun of its own that cleanName drops as too short; the count counts it, not its neighbour's 乡镇.)
  if (ONE_CHARACTER_PLACE.test(after)) return after;
  const noun = gradedName(text, m.tail, cleanName(after));
  return firstVerb(noun, 0) === 0 ? '' : noun;
}

/** A place counted by a noun of one character (村, 镇, 乡): see nounOfEach. */
const ONE_CHARACTER_PLACE = /^[村镇乡]$/u;

/** The name of the figure before a share with no part written (工业支出为b元，占经济建设费总数的a%): the share's part. */
export function partBefore(prevInSentence: readonly Bound[]): string | null {
  const share = prevInSentence[prevInSentence.length - 1];
  const before = prevInSentence[prevInSentence.length - 2];
  return share?.name?.startsWith('占') && before?.name && !before.name.startsWith('占') ? before.name : null;
}

/**
 * A verb of change before a later ratio (由9.4:54.5:36.1演進為9:51:40 — names17's page 040; 调整为, 优化为): the second
 * ratio is the first one's later value, not a ratio of its own named by the verb.
 */
// (由2000年的14:59:27发展为2005年的5:61:34 — 伊金霍洛旗 2006, page excerpt: 发展 alone, what is left of 发展为, is a change too.)
const CHANGED_TO = /调整|变为|优化|转变|提升|演进|演变|改善|转为|^发展$/;
/**
 * The ratio of the three industries, whatever a report calls it: 三次产业结构, 三次产业比重, 三次产业比例, 三次产业比,
 * 一、二、三产业增加值的比例, 产业结构 — each part is one industry's share (the labels' 第一产业增加值比重 …); not the
 * three industries' jobs (三次产业从业人员比例).
 */
const THREE_SECTORS = /产业结构|(?:三次产业|一、?二、?三产业)(?:增加值)?的?(?:比重|比例|比|结构)/;

/**
 * The parts of a ratio share the ratio's name; 三次产业结构 4.2∶41.1∶54.7 names the three industries' shares,
 * and a second ratio in the sentence (…调整为7.4∶39.6∶53) takes the same names.
 */
export function nameRatioParts(bound: Bound[]): void {
  let chainName: string | null = null;
  let index = 0;
  let previousChain: Array<string | null> = [];
  let chain: Array<string | null> = [];
  let sectors = false;
  for (let i = 0; i < bound.length; i++) {
    const b = bound[i] as Bound;
    if (b.mention.nature !== 'ratio') continue;
    const prev = bound[i - 1];
    const continues = prev?.mention.nature === 'ratio' && b.mention.start === prev.mention.end + 1;
    if (!continues) {
      if (chain.length) previousChain = chain;
      chain = [];
      index = 0;
      // (三次产业结构演进为15.5:51.8:32.7 — 阿巴嘎旗, 海拉尔 2012, outside: a verb of change after the industries' ratio
      // keeps its parts the industries' shares.)
      sectors = b.name !== null && THREE_SECTORS.test(b.name);
      chainName = b.name && !CHANGED_TO.test(b.name) ? b.name : null;
    }
    const sector = sectors ? ['第一产业增加值比重', '第二产业增加值比重', '第三产业增加值比重'][index] : undefined;
    b.name = sector ?? (chainName ? `${chainName}（第${index + 1}项）` : (previousChain[index] ?? b.name));
    chain.push(b.name);
    index++;
  }
}

/**
 * Names for the members of a list, called as each member joins: split subjects (城乡 → 城镇/农村, A、B) when their
 * count matches, else the newcomer takes the first member's name. Constant work per member except the one time the
 * counts match, so a list of thousands stays linear.
 */
export function distribute(list: Bound[], subjects: readonly string[] | null, atCommas: readonly string[] | null = null): void {
  // Of the two readings of a list of subjects (at 、 and 和, or at 、 only), the one the figures' count matches.
  const matching = subjects && subjects.length === list.length ? subjects : atCommas && atCommas.length === list.length ? atCommas : null;
  if (matching) {
    list.forEach((b, i) => (b.name = matching[i] ?? b.name));
  } else {
    const last = list[list.length - 1] as Bound;
    if (!last.name) last.name = (list[0] as Bound).name;
  }
}

/**
 * The run of figures just before, all said with one measure (for 年均分别增长 after 分别达到; …9422元，…2936元，扣除价格
 * 因素，分别实际增长7.7%和6.8%): the list 分别 shares out is the last one, not the sentence's first figures
 * (…由第四位上升为第三位；…980万人，…9422元，…2936元).
 */
export function earlierList(prev: readonly Bound[]): Bound[] {
  const last = prev[prev.length - 1] as Bound;
  let from = prev.length - 1;
  while (from > 0 && (prev[from - 1] as Bound).measure === last.measure) from--;
  return prev.slice(from);
}

/**
 * A rank whose only words are 分别 and where it ranks (…分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九 — 宁夏 2026,
 * outside): the list 分别 shares out is the figures before, so the ranks take their names in order.
 */
export function sharedOutRanks(m: NumberMention, left: string): boolean {
  if (m.nature !== 'rank') return false;
  const rest = /^[，,]?分别(.*)$/.exec(left.trim());
  return rest !== null && stripRankContext(rest[1] as string) === '';
}

/** A count with a noun right after it (11个县（市、区）通过…), where the count before it had none: a clause of its own. */
export function countsOwnNoun(text: string, m: NumberMention): boolean {
  return m.nature === 'count' && /^[\u4e00-\u9fff]/.test(text.charAt(m.tail)) && nameAfter(text, m.tail) !== '';
}

/** A comma joins two figures into one list only when they count the same thing (“10.8%，9.1%”, not “9790公里，456个”). */
export function sameUnit(a: NumberMention, b: NumberMention): boolean {
  return a.nature === b.nature && (a.unit ?? null) === (b.unit ?? null);
}

/**
 * Examples before 等 that 分别 shares out (新能源汽车、家电产品、家居家装等零售额分别增长11.0%、26.8%、19.2% — 深圳市 2025;
 * 无人机、新能源汽车等新产品产量分别增长60%和146% — 深圳市 2017; 八类严重暴力、盗窃、抢夺等案件分别下降… — 宝安区 2016;
 * 八类严重暴力、入室盗窃、诈骗、两抢等主要警情分别下降… — 宝安区 2017; “命案”“两抢”“八类暴力”等警情分别下降… — 坪山区 2020,
 * outside): each figure is its own item's, measured by what the class after 等 is measured by — 新能源汽车零售额,
 * 无人机产量, 盗窃案件 — not the class the examples illustrate (names.ts keeps the class for a figure of the whole list).
 * `left`: the figure's clause up to it. The items, one per figure, or null when the clause is not such a list, when the
 * class holds no shared head (金融、高新技术、文化创意等支柱产业分别实现增加值: the class is the items' kind, not what
 * they are measured by), or when an item is no modifier of 2–8 characters.
 */
export function sharedOutExamples(left: string): string[] | null {
  const m = EXAMPLES_SHARED_OUT.exec(left);
  if (!m) return null;
  const before = m[1] as string;
  const cls = m[2] as string;
  if (WITHIN_BEFORE.has(`${before.slice(-1)}等`) || WITHIN_AFTER.has(`等${cls.charAt(0)}`)) return null;
  let measure = '';
  // (The longest head the class ends with: 主要警情 → 警情, 新产品产量 → 产量; the class itself when it is one, 零售额.)
  for (let n = cls.length; n >= 2 && !measure; n--) if (isSharedHead(cls.slice(cls.length - n))) measure = cls.slice(cls.length - n);
  if (!measure) return null;
  const items = before.split(ITEM_BREAK).map((it) => cleanName(it.replace(/[“”"]/g, '')));
  if (items.length < 2) return null;
  // (汽车及零部件 — src32 保定市 2022: 及 or 与 inside an item set apart by 、 joins one item's words; only the last item's
  // 和/及/与 may close the list itself, A、B和C等, whose items the split would not see.)
  const last = items.length - 1;
  for (let k = 0; k <= last; k++) {
    const it = items[k] as string;
    if (it.length < 2 || it.length > 8 || /等/.test(it) || (k === last ? /[和与及]/ : /和/).test(it) || it.endsWith(measure)) return null;
  }
  return items.map((it) => it + measure);
}

/** The items before 等 and the class after it, 分别 and its verb closing the clause before the figure (see sharedOutExamples). */
// (The class may be long, 战略性新兴产业增加值 — src32 河北省 2012: its measure is the head it ends with, read below.)
const EXAMPLES_SHARED_OUT = /([^，,。；;：:]{4,60}?)等([\u4e00-\u9fff]{2,12}?)分别[\u4e00-\u9fff]{1,6}$/;
/** Between the items: 、, or nothing between quoted items (“命案”“两抢”). */
const ITEM_BREAK = /、|(?<=”)(?=“)/;
/** 等 inside a word (高等, 等级): no list closes there (lexicon/exampleLists.json). */
const WITHIN_BEFORE: ReadonlySet<string> = new Set(exampleLists.withinWordBefore);
const WITHIN_AFTER: ReadonlySet<string> = new Set(exampleLists.withinWordAfter);
