import { isVerb, opensWithVerbNoun, opensWithVerbPeople } from '../lexicon/verbs';
import { verbStartsAt } from './verbIndex';
import { boundedMemo } from '../memo';
import { ACTION_VERBS, ADVERB_HOSTS, alternation, INNER_ADVERBS, COUNTED_HEADS, END_PREDICATES, COUNTED_PEOPLE, HOUSEHOLD_NOUNS, OBJECT_VERBS, PEOPLE_ATTRIBUTES, PEOPLE_NOUNS, PREDICATE_OPENERS, CLASS_ATTRIBUTES, CONDITION_ATTRIBUTES, COUNT_VERBS, GENERIC_COUNTED, TIME_ENDS, TIME_EVENTS, WORD_STARTS, PURPOSE_HEADS, RANK_VERBS, AIR_POLLUTANTS, WORK_VERBS } from '../lexicon/nameWords';
import { arabicYears } from './timeScope';
import { withoutEndAdverb, withoutPredicateAdverb } from './predicateAdverb';
import { COUNTED_HEAD_START, stripLeadingNoise } from './leadingNoise';
import { exactIndicator } from '../lexicon';
import { withoutInnerTime, withoutTrailingYear } from './nameTime';
import { lawCountName } from './lawNames';
import { allMatches } from '../text/allMatches';
import { withoutTrailingNoise } from './trailingNoise';
import { withoutAward, withoutEntrant, withoutRankFrame, withoutRankGroup } from './rankGroups';
import { rankContextStart } from './rankContextEnd';
import { animalItems } from './animalItems';
import { parallelMeasureOwners } from './parallelMeasures';
import sharedHeads from '../lexicon/sharedHeads.json';
import { withoutFrameLead } from './frameLead';
import { withoutExampleList } from './exampleList';
import { CARRIED_MEASURES, COUNTED_OWNED, COUNTED_OWNERS, LAND_MEASURES, OWNER_MEASURES_BY_LENGTH, YIELD_MEASURES } from '../lexicon/carriedMeasures';
/** An attribute alone after a list of examples (牛奶、牛肉等产量, 等增幅, 等主要指标): the items are what it is of. */
const ATTRIBUTE_AFTER_LIST = /^(?:(?:主要)?指标|产量|产值|增幅|增速)$/;
const MAX_NAME = 24;

/** A payment's period or head at a name's end, with a verb of change before it (see cleanNameUncached). */
const PER_PERIOD_END = /(?<=[\u4e00-\u9fff]{2})(?:(?:提高|增加|提升|达到)(?:到|至)?)?(?:(?:平均)?每人(?:每[月年])?|每月)$/;

/** A predicate of what became of a work at a name's end, with its adverb (全面完工, 已建成通车). */
// (本年内可以完工的: a predicate after a modal, 可以完工, is what the counted things can do — the name's own words.)
const END_PREDICATE = new RegExp(`(?<=[\\u4e00-\\u9fff]{3})(?:已经|已|均|都|全面|全部|正式|顺利|基本|整体|主体|如期|按期|提前|年内|年底前?)?(?<!可以|能够|可|能|将|要|可以建设|能够建设)(?:${alternation(END_PREDICATES)})$`);

/**
 * The codes of the last characters END_PREDICATE can end a name with: a name ending otherwise has no end predicate to
 * strip. (Codes, not characters: charAt of a Chinese character allocates a string.)
 */
const END_PREDICATE_LAST: ReadonlySet<number> = new Set(END_PREDICATES.map((w) => w.charCodeAt(w.length - 1)));
/** `s` without its end predicate (END_PREDICATE), tried only when its last character can end one — perf41. */
function withoutEndPredicate(s: string): string {
  return END_PREDICATE_LAST.has(s.charCodeAt(s.length - 1)) ? s.replace(END_PREDICATE, '') : s;
}

/** An attribute word alone (规模近9.8万亿元): the indicator is named in the clause before. */
export function isGenericAttribute(name: string): boolean {
  return /^(?:年均|平均|同比)?(?:规模|总量|总额|金额|数量|比重|占比|增速|增幅|涨幅|降幅|下降幅度|总数|资金|总投资|投资|收入|人数|数|额|(?:预期)?目标|预期|(?:增长|增加)?的?绝对(?:数|值|量)|(?:五年|年均|全年)?增量)$/.test(name);
}

/**
 * Adverbs and verbs that open a predicate: 粮食产量|屡创历史新高, 进出口总值|创历史新高, 经济|持续回升, 工农业生产总值|不仅没有下降.
 * (辖内财政收入|迈过千亿大关, 地区生产总值五年|跨过三个万亿元级台阶 — page excerpts of names17: a milestone passed.)
 */
const PREDICATE_START = /不仅|不但|屡创|再创|再上|创|持续|稳中|稳步|不断|大幅|明显|快速|显著|进一步|首次|继续|保持|取得|迈上|跃上|迈过|跨过|跨越|越过|跨上|迈入|位居|稳居|实现|达到|仍然|依然|连年|逐年|已经|正在|有所/;

/** PREDICATE_START scanned globally, made once: a regex built per call is compiled again after every major GC (perf38). */
const PREDICATE_STARTS = new RegExp(PREDICATE_START.source, 'g');

/** The subject of a clause: the text before its predicate, when at least two characters precede it. */
export function subjectOf(clause: string): string {
  for (const m of allMatches(PREDICATE_STARTS, clause)) if (m.index >= 2) return clause.slice(0, m.index);
  return clause;
}

/** A verb that says which people, then a short people noun phrase: all the name (外出农民工, 转移农村劳动力). */
const PEOPLE_TAIL = new RegExp(`^(?:${alternation(PEOPLE_ATTRIBUTES)})[\\u4e00-\\u9fff]{0,2}(?:${alternation(PEOPLE_NOUNS)})$`);

/**
 * Whether the verb of `n` characters that opens `s` makes a noun with what follows: a verb with a noun suffix is a noun
 * (制造业, 经营者, 消费品), the name's head, not a verb before its object (退休人员, 下岗人员: people named by what they
 * did). (外出农民工, 进城务工人员, 转移农村劳动力: a verb of nameWords.json peopleAttributes before a short people noun
 * phrase says which people they are — a random audit of unseen national text, names29: national 2012's 外出农民工1.59亿人
 * was named 农民工.) Module functions, not closures made per name: see text/wordAt.ts.
 */
function nounAfterVerb(s: string, n: number): boolean {
  // (创新能力排名, 生产能力: the capacity to do what the verb says is a noun — 全省创新能力排名上升5位, 山西 2025, outside,
  // was named 能力排名.)
  // (退役军人培训参训率 — src32 阜平县-2021; 为864名退役军人接续补缴… — 涞源县-2021, outside: people named by what they did
  // are one word of the dictionary, 退役军人, which jieba reads whole; cut after the verb, the name began inside it, 军人….)
  return NOUN_SUFFIX.test(s.charAt(n)) || s.startsWith('人员', n) || s.startsWith('能力', n) || opensWithVerbNoun(s) || opensWithVerbPeople(s) || PEOPLE_TAIL.test(s);
}

/**
 * Whether the verb of `n` characters that opens `s` is inside a longer word (出入境人数: 出入 of 出入境 is no verb of its
 * own) or takes its 于 (应用于生产的比重: a verb with its 于 describes the noun after it, 应用于 is never cut to 于).
 */
function inWord(s: string, n: number): boolean {
  for (const w of WORD_STARTS) if (w.length > n && s.startsWith(w)) return true;
  return s.charAt(n) === '于';
}

/**
 * A work's predicate of two verbs (建成投产, 建成通车, 投入使用 — endPredicates) opening a name, before its object:
 * “建成投产省重点项目524项” (河北 2008), “建成投产重点项目361项”, “建成通车市政道路32条”, “投入使用小型消防站11座”
 * (outside free texts). Cutting the first verb alone left 投产省重点项目, 通车市政道路, 使用小型消防站 — a name cut
 * inside its predicate, which then carried to the next figure (投产省重点项目完成投资): both verbs go, or, before a
 * generic head, neither. Only compounds of four
 * characters whose first half is a dictionary verb (not 全面实施, 正式运营: an adverb there is the clause's own), and
 * only with a noun of two characters or more left after it (not its 的: 投入使用的…, a clause that modifies the noun).
 */
const LEADING_WORK_PREDICATE = new RegExp(`^(?:${alternation(END_PREDICATES.filter((w) => w.length === 4 && isVerb(w.slice(0, 2))))})(?=[\\u4e00-\\u9fff]{2})(?!的)`);

/** Whether a work's predicate of two verbs opens `s` (kept whole there before a generic head: never cut inside). */
export function opensWithWorkPredicate(s: string): boolean {
  return LEADING_WORK_PREDICATE.test(s);
}

/** The compound's length; -1 when a generic noun follows it (the compound then names the set: kept whole); 0 if none. */
function leadingWorkPredicate(s: string): number {
  const m = LEADING_WORK_PREDICATE.exec(s);
  if (!m) return 0;
  return GENERIC_HEAD.test(s) ? -1 : m[0].length;
}

/**
 * A generic head (项目, 企业 — genericCounted) says only what kind of thing is counted: the predicate before it names
 * the set, as the dev labels write it (计划建成投产大中型项目 — national 1980, 新开工建设“两重”项目 — 安徽 2026).
 */
const GENERIC_HEAD = new RegExp(`(?:${alternation(GENERIC_COUNTED)})$`);

/**
 * A name read before its figure that opens with a verb (生产氢燃料汽车760辆, 帮助企业降低…): the indicator is the
 * verb's object. Only for text before a figure: after a count, 示范点 and the like are nouns that begin like verbs.
 */
export function withoutLeadingVerb(name: string): string {
  let s = name;
  // A list of items (自主创新、结构调整…) is parallel noun phrases: its first word is not a verb to drop.
  // (占地方预算支出总数的: 占 opens a share of a whole, not the verb 占地.)
  const list = s.includes('、') || s.startsWith('占');
  const compound = list ? 0 : leadingWorkPredicate(s);
  if (compound < 0) return name;
  if (compound > 0) s = s.slice(compound);
  else if (!list && s.length >= 5 && isVerb(s.slice(0, 3)) && !nounAfterVerb(s, 3) && !inWord(s, 3)) s = s.slice(3);
  else if (!list && s.length >= 5 && isVerb(s.slice(0, 2)) && !nounAfterVerb(s, 2) && !inWord(s, 2)) s = s.slice(2);
  // 新建成蔬菜大棚, 共建成房屋: the verb's result 成 goes with it (成本, 成果 and the like are nouns of their own).
  if (s !== name) s = withoutResult(s);
  // 在校的小学学生: the verb phrase modified the noun (在校的), it did not take it as an object.
  if (s !== name && s.startsWith('的')) return name.replace('的', '');
  // (提前开工的建筑安装工程件数 — dev 1956: a verb before another verb and its 的 opens a clause that modifies the noun;
  // cutting the first verb left 开工的…, and 减少收入的农户 → 收入的农户 would say the opposite. The clause stays whole, as
  // 在校的 does. Names of this shape read by other rules are still cut there: 投入生产的纺锭 → 生产的纺锭 (dev 1955),
  // 审议通过的法律 → 通过的法律 (dev 1988), 注册登记的各种经济联合体 → 登记的… (national 1987).)
  const clause = s !== name ? /^([\u4e00-\u9fff]{2,3})的(?=[\u4e00-\u9fff]{2})/.exec(s) : null;
  if (clause && isVerb(clause[1] as string)) return name.replace('的', '');
  // 缔结或者参加国际条约, 修订或废止…政策文件: two verbs joined by 或/和 take one object; both go (when the second is
  // one the dictionary knows; else the phrase stays whole, 修复和新造红树林, never its conjunction as a name's start).
  const joined = s !== name ? /^(?:或者|或|和|及|与|并)/.exec(s) : null;
  if (joined) {
    const rest = s.slice(joined[0].length);
    const verb = isVerb(rest.slice(0, 3)) ? 3 : isVerb(rest.slice(0, 2)) ? 2 : 0;
    return verb > 0 && rest.length - verb >= 2 ? rest.slice(verb) : name;
  }
  // 保证每年增产原煤3000万吨, 增加运力4000万吨: a production verb's object is what grows.
  const grows = /^(?:(?:平均)?每年(?:平均)?)?(?:增产|增加|新增|减少|减产)([\u4e00-\u9fff]{1,4})$/.exec(s);
  // (Not a noun that opens with such a verb, 完成增加值15000亿元: 增加值 is value added, never 值.)
  if (grows && !isVerb(grows[1] as string) && !opensWithVerbNoun(s.slice(s.length - (grows[1] as string).length - 2))) return grows[1] as string;
  return s;
}

/** 成 or 出 as a verb's result (建成, 涌现出), when a name follows it and it opens no noun (成本, 出口 …). */
const RESULT_CHARACTER = /^(?:成(?!本|果|品|交|员|绩|效|就|型|套|分|为|立|都|年)|出(?!口|行|境|版|资|租|让|售|台|国|生|栏|院|勤|厂|力|路|品|游|入|现|席|发|省|市|区|县))(?=[\u4e00-\u9fff]{2})/;

/** The rest of a name after its leading verb, without the verb's result 成 (建成, 新建成, 共建成). */
export function withoutResult(rest: string): string {
  return rest.replace(RESULT_CHARACTER, '');
}

/**
 * A verb with its result or an adverb before a one-character verb (办起, 建立起, 节省出, 还办了, 办成): in 农村已经办起三百九十万个
 * 食堂, 各地人民公社还办了三万多所农业中学, 每年办成10件为民实事 what is counted or measured is the noun after the figure.
 */
export function endsWithResultVerb(s: string): boolean {
  if (/(?:节省|节约|腾|拿|挤|抽|划|调|筹)出$|[办建修盖种栽造挖打开养]起$|[办建做干造]成$|(?:还|已|已经|又|再|共|先后|相继|新|另)[办建修盖种栽造挖打开养]$/.test(s)) return true;
  // (节省出七十亿到一百亿元的资金, 腾出…: 出 is a result too.)
  return /[起出]$/.test(s) && s.length >= 3 && (isVerb(s.slice(-3, -1)) || isVerb(s.slice(-4, -1)));
}

/** Verbs of extent the dictionary's frequency cut misses, before 至/到 (扩容至, 扩围至, 延伸至; 压减至, 提速到 — 唐县 2020, 涞水县 2021, 清苑区 2021, 保定市 2021, 2023, outside). */
const TO_VERB = /^(?:扩容|扩围|扩展|延伸|延长|扩大|缩短|缩小|提升|提高|增加|降低|下降|增长|上升|减少|压缩|压减|提速|调整)$/;

/**
 * Characters that make a verb before them a noun: 制造业, 经营者, 消费品, 运输量, 投资额; 型 an attribute of a kind (示范型
 * 老人家食堂 — dev 天津 2026, was 型老人家食堂).
 */
// (性: a verb with 性 qualifies the noun after it — 抢救性康复救助残疾儿童, 保障性住房 — 山西 2025, outside; cutting the verb
// left a name that opens inside a word, 性康复….)
const NOUN_SUFFIX = /[业者品商率量额费物型性]/;

/** 跃升至, 增加到, 调整为: a verb with its 至/到/为 and nothing else. */
export function isBareToVerb(name: string): boolean {
  const m = /^([\u4e00-\u9fff]{1,3})[至到为]$/.exec(name);
  return m !== null && (isVerb(m[1] as string) || ACTION_VERB.test(m[1] as string) || /^(?:跃升|跃居|攀升|提升|提高|上升|下降|降低|增加|减少|扩大|缩小|调整|调高|调低|回落|升|降|增|减|提)$/.test(m[1] as string));
}

/** A place or area alone (城区, 苏州市, 城乡): where a figure is, not what it measures. */
export function isPlace(name: string): boolean {
  // (县内30个工作专班 — 高阳 2019, outside: a unit said with 内 is where, as 省内 and 市内 are.)
  return name.length <= 5 && /^(?:[\u4e00-\u9fff]{1,4}(?:市|区|县|省|州|镇|乡|旗|盟)|城乡|农村|城镇|全域|[省市区县镇乡旗盟州境]内)$/.test(name);
}

/** What 规上 / 规模以上 scales (规上工业, 规上企业, 规上服务业): 规上 is the short form names are written out from. */
const SCALED = '(?=工业|企业|服务业)';
const SHORT_SCALE = new RegExp(`规上${SCALED}`, 'g');
const FULL_SCALE = new RegExp(`规模以上${SCALED}`, 'g');
/** A name as a report may write it short (规模以上工业增加值 → 规上工业增加值): the inverse of cleanName's expansion. */
export function shortScaleWriting(name: string): string {
  return name.replace(FULL_SCALE, '规上');
}

/**
 * Trims clause noise around a candidate name; '' when nothing name-like is left. Pure, and asked about the same few
 * strings many times per paragraph (each rule that tries a reading cleans it): a small memo saves the regex chain.
 */
export function cleanName(raw: string): string {
  return cleanOnce(raw);
}
const cleanOnce = boundedMemo(cleanNameUncached, 4096);

/**
 * A year in Chinese numerals written without its 年 (一九八○比一九七五年增加…, 一九七九和一九八○两年合计…, 一九五八粮食的指标 —
 * national 1954, 1958 and 1986, outside): given its 年, so that it is read as the time it is and never left as a name.
 * Only 一九 and two more digits standing alone: a figure in words (一九…万) runs on with 十, 百 or a magnitude.
 */
const BARE_CHINESE_YEAR = /(?<![一二两三四五六七八九十百千万亿点〇○零])一九[〇○零一二三四五六七八九]{2}(?![年一二三四五六七八九十百千万亿点〇○零多余])/g;
function withYearWord(raw: string): string {
  return raw.includes('一九') ? raw.replace(BARE_CHINESE_YEAR, '$&年') : raw;
}

/**
 * 重灾区已完成投资, 各地已偿还拖欠工程款, 单是铁道部门基本建设就节减预算支出 (national 1956, 2007, 2010): an adverb of time or
 * certainty between a subject and its verb says when or how surely, never what is measured (lexicon innerAdverbs);
 * 就业 and 已有 (wordStarts), 就诊 (a dictionary verb) and 成就, 而已 (adverbHosts) are words of their own and stay.
 */
const INNER_ADVERB = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<![${ADVERB_HOSTS.join('')}])(?:${alternation(INNER_ADVERBS)})`, 'g');
function withoutInnerAdverbs(s: string): string {
  if (!INNER_ADVERBS.some((w) => s.includes(w))) return s;
  // (No lookahead in the pattern: 已经 at a name's end must stay whole for the trailing noise, never lose only its 已.)
  // A dictionary verb that opens with the adverb's character is a word of its own (就诊人次, 就职): kept whole, as are
  // the nouns of wordStarts (就餐人数, 已婚).
  const between = (word: string, at: number): boolean =>
    /[\u4e00-\u9fff]/.test(s.charAt(at + word.length)) && !isVerb(s.slice(at, at + 2)) && !WORD_STARTS.some((w) => s.startsWith(w, at));
  return s.replace(INNER_ADVERB, (word: string, at: number) => (between(word, at) ? '' : word));
}

/**
 * The words in quotes that end a raw name (新聘任“科技副总”, 培育乡村“好青年”, 完成“一减四增”), or '' — a quoted term
 * is one word, whatever its last character is.
 */
function quotedTail(raw: string): string {
  const m = /“([^“”]{2,14})”\s*$/.exec(raw);
  return m?.[1] ? m[1].replace(/[“”"《》（）()\s]/g, '') : '';
}

/**
 * A name whose quoted last word the trailing noise or the end predicate cut inside (科技副总 → 科技副: 总 is a noise
 * word; 好青年 → 好青: 年; 高唐英才 → 高唐英: 才; 一减四增 → 一减四: 增 — 唐县 2021, 2024, 清苑区 2020, src32, outside)
 * gets the cut characters back: the quotes mark the word's end, so nothing inside them is a trailing adverb or verb.
 * Only when at least two characters of the word are left, so a word stripped whole stays stripped.
 */
function withQuotedTail(name: string, quoted: string): string {
  if (quoted.length < 3 || name.endsWith(quoted)) return name;
  for (let k = quoted.length - 1; k >= 2; k--) {
    if (name.endsWith(quoted.slice(0, k))) return name + quoted.slice(k);
  }
  return name;
}

function cleanNameUncached(raw: string): string {
  // Chinese-numeral years (比一九八○年, 一九八五年将) are read like Arabic ones, so the rules below strip them too.
  // 粮食（不包括大豆）的产量: a scope note in brackets is not part of the name.
  // （一）工业支出, (三)实行管制的: a list marker is where an item stands, not part of what it names.
  // (4.为全区…: an Arabic list marker too.)
  // (国务院提请全国人大常委会审议法律议案: the submitting is counted, not who submitted nor the committee — lawNames.ts.)
  // (——增速, ①现有, ·中关村创新中心: a dash, a circled number or a bullet that opens a line or follows a place is
  // where an item stands, never part of what it names — 黔东南 2020, 高阳 2019, 保定 2017-2019, outside.)
  let s = lawCountName(withoutInnerTime(arabicYears(withYearWord(raw)).replace(LEADING_MARKS, '').replace(/^[^\u4e00-\u9fff\dA-Za-z]*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、](?![\d０-９]))/, '').replace(/[（(](?:(?:不包括|包括|不含|含|下同|扣除)[^（）()]{0,20}|[^（）()]{0,20}下同)[）)]/g, '').replace(/[“”"《》（）()\s]/g, '')));
  // A name never holds another figure: “企业解决融资超过8300亿元” names what follows the figure, not the figure.
  // Arabic or Chinese numerals (纱三百五十九万吨, 增加一千五百五十一亿元) with a unit.
  const lastFigure = /(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千〇○]{2,})[万亿千]?(?:元|%|人|家|个|项|吨|亿元|万元|美元)|百分之[零一二两三四五六七八九十百点]+/g;
  let cut = -1;
  let from = -1;
  for (const m of allMatches(lastFigure, s)) {
    cut = m.index + m[0].length;
    from = m.index;
  }
  // 10亿元以上项目投资, 注册资本500万元以上企业: a figure with its 以上/以下 before a noun is the bound of a class of
  // things, part of the name (亿元以上项目 keeps its bound as it is written); not a level the clause reaches
  // (达到80%以上，…, 稳定在…以上), which ends with a verb before the figure.
  // (新增经济总量超200亿元县2个, 新引进落地总投资超10亿元项目50个 — dev 陕西, 福建 2026: a sum over a bound right before the
  // kind of place or firm it sorts is a class too, written with 超 before the sum; the name kept only 县 or 项目.)
  if (cut > 0 && cut < s.length) s = isClassBound(s, from, cut) ? classAttribute(s.slice(0, from)) + s.slice(from).replace(/(?<=以[上下])的$/, '') : isSumOver(s, from, cut) ? `${classAttribute(s.slice(0, from).replace(SUM_OVER, ''))}超${s.slice(from).replace(/(?<=元)的/, '')}` : s.slice(cut);
  // 动用了历年财政结余, 扩大和改善了灌溉面积: the aspect particle 了 after a verb is not part of a name (为了, 除了 and
  // 了解 are words of their own).
  // (Each rule below whose pattern needs a cue character or word is tried only when the name holds it: a first analysis
  // cleans about a thousand names, each once, and most rules match none — perf39: the test is exact, the scan skipped.)
  if (s.includes('了')) s = s.replace(/(?<=[\u4e00-\u9fff])(?<![为除不得罢极])了(?![解结却])(?=[\u4e00-\u9fff])/g, '');
  // 了治愈率, 了老城区: a 了 left at the start by a verb cut before it is that verb's, never the name's.
  if (s.startsWith('了')) s = s.replace(/^了(?![解结却])(?=[\u4e00-\u9fff]{2})/, '');
  // (在完成国务院发布的13个事项基础上又推出10个, 在去年布局5个点位基础上 — 内蒙古 2025, outside; 增产三千八百亿斤的基础上 —
  // dev 1959: what a figure builds on, up to its 基础上, is a frame, never part of what the words after it name.)
  if (s.includes('基础上')) s = s.replace(/^[^，,。；;]{0,16}?基础上(?=[\u4e00-\u9fff])/, '');
  s = withoutInnerAdverbs(s);
  // 工农业年总产值翻(两番), 研发投入翻(一番), 利润实现翻(一番): 翻 is the verb of 翻一番 cut off before its figure, not
  // part of what doubles. (Before the time frames below, so 高新技术企业数3年翻 also loses its span.)
  if (s.endsWith('翻')) s = s.replace(/(?<=.{2})(?:实现|要|将|再)?(?<!推)翻$/, '');
  // PM_2.5, CO_2: a subscript the web page's markup left as an underscore.
  if (s.includes('_')) s = s.replace(/([A-Za-z])_(?=\d)/g, '$1');
  // 居民年人均可支配收入: the year is the measure's frame; the indicator is 居民人均可支配收入. (全年人均 is 全年 and
  // 人均: the time frame goes whole with the leading words, never leaving 全人均.)
  if (s.includes('年人均')) s = s.replace(/(?<![全今去当本明])年(?=人均)/g, '');
  // 按人口平均的消费水平 is how older reports write 人均消费水平.
  if (s.includes('按人口平均')) s = s.replace(/按人口平均的?/g, '人均');
  // A time frame inside a name (现代运输工具前三年的货运量, 在五年计划的前三年) is when, not what.
  // (Not the 前三年 of 学前三年入园率: pre-school years are what is measured.)
  if (s.includes('年')) s = s.replace(/(?:在?(?:第[一二三四五六七八九十]个)?五年计划的?)?(?<!学)(?:前|头|近|最近)[两二三四五]年(?:的|来|间|中|内)?/g, '');
  // 年内完成投资, 年内棚户区改造开工: when within the year, not what.
  // (五年内新增发电装机容量: the whole frame goes, not only its 年内.)
  if (s.includes('年内')) s = s.replace(/(?:[一二两三四五六七八九十]{1,3}|\d{1,2})?年内(?=完成|开工|建成|新增|新开工|竣工)/g, '').replace(/^年内/, '');
  // 新增加的发电设备能力 is 新增 written out: one verb, never cut to 加.
  if (s.includes('新增加')) s = s.replace(/新增加(?=的?[\u4e00-\u9fff]{2})/g, '新增');
  // 规上 is the short form of 规模以上.
  if (s.includes('规上')) s = s.replace(SHORT_SCALE, '规模以上');
  // 平均每个农民的纯收入 is how they write 农民人均纯收入.
  // (平均每年递增的速度 — national 1982, dev: a year is a time average, not a head; it was 年递增人均速度.)
  if (s.includes('平均每')) s = s.replace(/平均每(?:个|位|名)?(?![年月日天季])([\u4e00-\u9fff]{2,4}?)的([\u4e00-\u9fff]{2,6})$/, '$1人均$2');
  // 每个农民一年的农业生产净收入 is 农民人均农业生产净收入 too; 全年平均工资 is 年平均工资.
  // (Only people have a per-capita figure: 每个脱贫县发展起… is a county's, and stays as written.)
  if (s.startsWith('每')) s = s.replace(PER_HEAD, '$1人均$2');
  if (s.includes('全年平均')) s = s.replace(/全年平均/, '年平均');
  // 最低工资标准每月(提高183元), 城乡低保标准提高到每月(815元), 基础养老金标准每人每月(增加18元) — 宁夏, 内蒙古 2026,
  // national 2012 (outside): whom and how often a standard pays is its unit (元/人·月), not part of what it is; a verb
  // of change left before it goes too.
  if (s.includes('每')) s = s.replace(PER_PERIOD_END, '');
  // 地方财政共收入, 本年预算共支出: 共 sums up what follows; it is not part of the name.
  if (s.includes('共')) s = s.replace(/(?<=[\u4e00-\u9fff]{2}(?<!公))共(?=(?:收入|支出|完成|修建|新建|建成|投资|投入)$)/, '');
  s = withoutDoneVerb(s);
  // 文盲大约占人口的70%: the share is of the whole after 占, not of an estimate.
  if (s.includes('约占')) s = s.replace(/(?:大约|约)占/, '占');
  // 服务业增加值在国内生产总值中的比重 is its share of GDP (占); 中央财政用于“三农”的投入 is its 三农投入.
  // (服务业快速发展，在国内生产总值中占比提高2.5个百分点 — dev 2011: a clause that is only where the share is, with
  // 占比, which names keep, is that share too; with a subject before 在, the name stays as written.)
  // 城镇全民所有制单位五年合计建成住宅: a span summed up inside a name is when, not what.
  if (s.includes('年')) s = s.replace(/(?<![\d〇○零一二两三四五六七八九十])(?:[一二两三四五六七八九十]|\d{1,2})年(?:合计|累计|共计)(?=[\u4e00-\u9fff]{2})/g, '');
  // 全国财政用于教育支出五年累计: a time frame after the name is when, not what. (Not the 一年 of 比上一年, a comparison
  // base the trailing noise takes whole with its 比 and what stands before it: 购买力将比上一年 — national 1958.)
  if (s.includes('年')) s = s.replace(/(?<![\d〇○零一二两三四五六七八九十]|比上|较上|比前|较前)(?:[一二两三四五六七八九十]|\d{1,2})年(?:累计|合计|共计|共)?$/, '');
  // 灌溉面积在十二年内(达到): a term to reach a level in is when, not what (the one-character span above needs no 内).
  if (s.includes('年')) s = s.replace(/在?(?:[一二两三四五六七八九十]{1,3}|\d{1,2})年(?:以)?(?:内|中|间|里)$/, '');
  if (s.includes('在')) s = s.replace(/在([\u4e00-\u9fff]{2,12}?)中?的?比重$/, '占$1比重').replace(/^在([\u4e00-\u9fff]{2,12}?)中占比$/, '占$1比重');
  if (s.includes('用于')) s = s.replace(/用于([\u4e00-\u9fff“”]{2,8}?)的?(投入|资金|支出|经费)$/, '$1$2');
  // Budget verbs inside a name (中央财政拟安排补助资金 → 中央财政补助资金, 中央财政拟投入 → 中央财政投入).
  if (s.includes('拟')) s = s.replace(/(?:预算)?拟(?=安排|投入|下达|发行|新增)/g, '');
  if (s.includes('安排')) s = s.replace(/安排(?=[\u4e00-\u9fff]{2})/, '');
  if (s.endsWith('预计')) s = s.replace(/(?<=.{2})的?预计$/, '');
  // 中央财政用于“三农”的投入拟安排: with the budget verb gone, the fund is named by its purpose (中央财政三农投入).
  if (s.endsWith('拟') || s.endsWith('安排')) s = s.replace(/(?<=.{2})(?:拟?安排|拟)$/, '');
  if (s.includes('用于')) s = s.replace(/用于([\u4e00-\u9fff“”]{2,8}?)的?(投入|资金|支出|经费)$/, '$1$2');
  // 中央财政五年投入专项扶贫资金: the fund is what is measured; the years and the verb are how it was spent.
  if (s.includes('财政')) s = s.replace(/(?<=财政)(?:将|拟)?(?:[一二两三四五六七八九十]年)?(?:累计)?(?:投入|下达|拨付)?(?=[\u4e00-\u9fff]{2,})/, '');
  // Calculation notes (按可比价格计算, 扣除物价上涨因素) and the year a level is dated by are not the name.
  // 在明显提高质量和效益的基础上 frames the figure; it is not part of what is measured.
  if (s.includes('基础上')) s = s.replace(/在[^，,。；;]{2,20}?的?基础上/g, '');
  // (以货币计算, 按播种面积计算: how a figure is counted, whatever the basis.)
  // (按可比口径, 按同口径: the basis of a comparison, written without 计算.)
  // (同口径增长, 可比口径: the basis of a comparison with its 按 left out.)
  // (剔除虚增空转因素后, 扣除物价上升因素: any factor taken out, with or without 后 — 海拉尔 2018, national 1987, outside.)
  if (s.includes('计算') || s.includes('因素') || s.includes('口径')) s = s.replace(/按(?:可比|不变)价(?:格)?计算|(?:扣除|剔除)[\u4e00-\u9fff]{1,8}?因素后?|[按以][\u4e00-\u9fff]{1,8}?计算|按?(?:可比|同)口径/g, '');
  if (/年[底末]?$/.test(s)) s = s.replace(/(?:19|20)\d{2}年(?:底|末)?$/, '');
  // 全国工业中的工程技术人员, 工业和基本建设方面的职工: the field a group belongs to, written out, is not part of the name.
  if (s.includes('的')) s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?:中|方面)的(?=[\u4e00-\u9fff]{2})/g, '');
  // 水库、淤地坝、小微型调蓄设施等水盆子: a list of examples before 等 illustrates the class named after it (not a
  // word that only sums the list up, 等方面, 等领域, 等资金, 等五大类: then the items are the name).
  // (Nor an attribute alone, 牛奶、牛肉等产量, 等增幅, 等主要指标: the items are what it is of.)
  // (包括工厂厂房、…、医院等在内的房屋建筑面积 — national 1955, outside: 在内 closes the examples too.)
  const example = s.includes('、') && /^[^，,。；;]{2,40}?、[^，,。；;]{1,20}等(?:在内的?)?(?=[\u4e00-\u9fff]{2})(?!方面|项|类|领域|大类|资金|地区|部门|[一二两三四五六七八九十])/.exec(s);
  const kind = example ? s.slice(example[0].length) : '';
  if (kind.length >= 2 && !isGenericAttribute(kind) && !ATTRIBUTE_AFTER_LIST.test(kind)) s = kind;
  // (新组建神经科学研究院等新型研发机构, 新引进西门子高端医疗影像等亿元以上项目 — 深圳 2017, 2025, outside: one example, or
  // a list after a verb, before 等 illustrates the class as well — exampleList.ts; with the same attributes left alone.)
  const listed = withoutExampleList(s);
  if (listed !== s && !isGenericAttribute(listed) && !ATTRIBUTE_AFTER_LIST.test(listed)) s = listed;
  // (机场快速路建成通车, 规划展厅投入使用, 西出口道路工程进展顺利: what became of a work ends its clause; it is the
  // predicate, not part of what the figure measures — read before the trailing noise, which would take 顺利 alone,
  // and after it, which may uncover one.)
  // (中央提出经济增长, 年初确定的…能耗: an agent or a time with a verb of deciding is the clause's frame — frameLead.ts.)
  s = withoutFrameLead(s);
  // (财政赤字率一直(控制在3%以内), 9个项目正(在建设): an adverb that opens the predicate ends the name — predicateAdverb.ts;
  // before the trailing noise, which then takes what the cut uncovers: 资费年内(至少降低30%) → 资费.)
  s = withoutPredicateAdverb(s);
  s = withQuotedTail(withoutEndPredicate(possessiveWithoutDe(withoutTrailingNoise(withoutEndPredicate(withoutBudgetFrame(stripLeadingNoise(s)))))), quotedTail(raw));
  // 入冬前(2.16万户灾损农房), 年底前(达到45条), 猪的头数在年底(达到…): a time point a deadline or level is set by says
  // when, never what — alone it names nothing (the noun after a count does), at a name's end it goes. At the start
  // only an event's time goes (入冬前): 年末常住人口 and 年底存款余额 are named by it.
  if (TIME_POINT_LAST.has(s.charCodeAt(s.length - 1)) && TIME_POINT_ALONE.test(s)) return '';
  if (s.includes('前') || s.includes('时') || s.includes('间')) s = s.replace(TIME_POINT_START, '');
  if (TIME_POINT_LAST.has(s.charCodeAt(s.length - 1))) s = s.replace(TIME_POINT_END, '');
  // 企业退休人员基本养老金月人均(增加154元), …补助标准提高到人均(320元): the per-head word the trailing noise now keeps
  // whole (never 月人) says how the standard is counted, not what; alone (全年人均增加1680元) it names nothing, and
  // the subject is the clause's before.
  if (s.endsWith('人均')) s = s.replace(/(?<=[\u4e00-\u9fff]{4})(?:(?:提高|增加|调整|上调)(?:到|至))?(?:每月|每年|全年|月|年)?人均$/, '');
  if (/^(?:每月|每年|全年|月|年)?人均$/.test(s)) return '';
  // 文明健康绿色环保生活方式评估(中)我省(连续两年全国第一): the report's own place, as the subject of what follows a
  // contest or a count, is who, not what; it stands at the end only when a rank or figure follows it.
  if (s.includes('我') || s.includes('本')) s = s.replace(/(?<=[\u4e00-\u9fff]{2})中?(?:我省|我市|我区|我县|我州|我旗|本省|本市)$/, '');
  // 跨境电商综试区扩容至(7个), 过境免签境内停留时间延长至(240小时): a verb with its 至/到 before the figure says what
  // became of the thing (the figure is its new level); it is no part of the thing's name.
  // (After the trailing noise: 直管范围扩大到 goes whole there, 范围 and all.)
  if (s.endsWith('至') || s.endsWith('到')) s = s.replace(/(?<=[\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})[至到]$/, (all, verb: string) => (isVerb(verb) || TO_VERB.test(verb) ? '' : all));
  // 经济增长速度的(宏观)调控目标, 年均经济增长速度预期目标: 目标 says the figure is a target (its status), not what
  // it measures; the indicator is the noun before it, so a target finds last year's actual and its series.
  // (以…为目标 is a clause's purpose, not a name; a name that is only 目标 stays generic.)
  // (增长预期目标 alone has no subject left: it stays whole, as does 目标 alone.)
  const untargeted = !s.endsWith('目标') ? s : s.replace(/(?<=[\u4e00-\u9fff]{2}(?<![为以]))的?(?:(?:宏观)?(?:调控|预期|奋斗)目标|(?<!增长|宏观|调控|预期|奋斗)目标)$/, '');
  if (untargeted !== s && !/^(?:增长|增速|增幅)$/.test(untargeted) && !isGenericAttribute(untargeted)) s = untargeted;
  // …法人单位从业人员比四经普(增长): a comparison base at the end of a name, whatever it is, is not part of it
  // (比重, 比例, 比率 and 比值 are words of their own).
  s = withoutTrailingYear(s.includes('比') || s.includes('较') ? s.replace(/(?<=[\u4e00-\u9fff]{2})(?<![占对评比])[比较](?![重例率值较])[^比较，,、]{1,6}$/, '') : s);
  // (A list of names, 发明专利有效量、高价值发明专利拥有量、…, is kept whole up to twice as long: 分别 shares it out.)
  const max = s.includes('、') ? 2 * MAX_NAME : MAX_NAME;
  if (s.length > max) s = lastWords(s, max);
  // Older reports name staple products with one character (钢增加了四百万吨, 煤六千四百万吨): their output.
  // (电力增长百分之二点九 beside 原煤 and 原油 — national 1982, dev; 電力一百零八億度 — national 1954: power alone is its output.)
  const staple = s.length === 1 || s === '电力' ? PRODUCT_OUTPUT[s] : undefined;
  if (staple) return staple;
  if (!/[\u4e00-\u9fffA-Za-z]/.test(s) || s.length < 2) return '';
  // 全国有, 已经有, 全省共有: a scope and the verb 有 say that there are some, not of what; the noun after the figure does.
  if (s.endsWith('有') && EXISTENTIAL.test(s)) return '';
  // A head count after its population noun and 有 (全国人口有六万万之多 — national 1955; 亚洲两个共有人口超过十亿的 — 1959, dev):
  // the population is what is counted; 有 and who holds it in common (两个共有) say that there are so many, not of what.
  const held = s.includes('人') && /^(?:[\u4e00-\u9fff]{0,6}?(?:共有|总共有|共计有))?(人口|人民)有?$/.exec(s);
  if (held && held[0] !== held[1]) return held[1] as string;
  // 增长6.0%（不含雄安增长7.3%，全省第一）: a scope left out (不含/不包括/剔除/扣除 X) says what the figure leaves out of
  // the indicator named before the bracket, never what it measures; alone it names nothing, and the subject is the
  // clause's before (保定 2018, outside: every figure of the bracket was named 不含雄安).
  if (SCOPE_LEFT_OUT.test(s)) return '';
  // 用二十年时间使工农业总产值(翻两番), 到本世纪末实现国民生产总值(翻两番): the goal's frame before a known indicator
  // is how and when, not what; the indicator is the lexicon's name it ends with.
  const framed = /(?:使|实现|本世纪末|时间)(?:全国)?([\u4e00-\u9fff]{3,12})$/.exec(s);
  if (framed && framed.index > 0 && exactIndicator(framed[1] as string)) s = framed[1] as string;
  // 在执行中(争取达到百分之五), 实施中: a verb's course is when, not what; the subject is the clause's before.
  const course = /^在?([\u4e00-\u9fff]{2})(?:过程)?中$/.exec(s);
  if (course && isVerb(course[1] as string)) return '';
  // 有44种 → 44种: another figure is never a name (5G基站 is: a letter follows its digit).
  if (/^\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fff]?$/.test(s) || /^[零一二两三四五六七八九十百千]{2,}[多余]?[万亿]?[\u4e00-\u9fff]?$/.test(s)) return '';
  return s;
}

/**
 * Whether the figure at from..cut of a name is a class bound (10亿元以上项目): 以上/以下 follows it, then a noun
 * phrase to the name's end with no clause mark, and no verb of reaching or keeping stands right before it.
 */
function isClassBound(s: string, from: number, cut: number): boolean {
  // (10万元以上村: a one-character noun of counted places or units; 其中500万元以上的(2350个): the noun is the one the
  // sentence counted before, elided after 的.)
  const rest = /^(?:及)?以[上下](?:的?[\u4e00-\u9fff“”]{2,}|的?[村户家镇乡县所座]|的)$/.exec(s.slice(cut));
  if (!rest) return false;
  return !/(?:达到|达|在|为|超过|超|突破|保持|稳定|到|至|占|提高|增长|增加|下降|降低|控制|是|有)$/.test(s.slice(0, from));
}

/** 超 or 超过 right before a sum that sorts a class (经济总量超200亿元县). */
const SUM_OVER = /超过?$/;
/** The kind of place or firm a sum over a bound sorts (the exclusions' classes: numbers/exclusions.ts). */
const SORTED_KIND = /^的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|县|市|城市|园区|开发区|产业集群|集群|公司|集团|大户|产业链)$/;

/** Whether the money figure at `from`…`cut` of `s` is a bound after 超 on the kind of thing the rest of `s` names. */
function isSumOver(s: string, from: number, cut: number): boolean {
  // (Not the last of a list of bounds, 新增营业收入超50亿元、超100亿元产业集群6个和4个 — dev 河北 2021: the list's counts take
  // the bounds in turn, which one name cannot say; the kind alone, as before.)
  return SUM_OVER.test(s.slice(0, from)) && !s.slice(0, from).includes('、') && /元$/.test(s.slice(from, cut)) && SORTED_KIND.test(s.slice(cut));
}

/** What a class bound bounds, when it ends the text before the figure (年收入10万元以上村, 注册资本500万元以上企业). */
const CLASS_ATTRIBUTE = new RegExp(`(?:${alternation(CLASS_ATTRIBUTES)})$`);

/** The attribute a class bound bounds, from the end of the text before its figure, or ''. */
function classAttribute(before: string): string {
  return CLASS_ATTRIBUTE.exec(before)?.[0] ?? '';
}

/** A time point: the end of a year or month, or an event or season with 前/时 (入冬前, 春耕时), after 今年/在/到 … */
const TIME_POINT = `(?:今年|明年|去年|当年|本年)?(?:在|到|至|于)?(?:今年|明年|去年|当年|本年)?(?:[今明去当本](?=年))?(?:(?:${alternation(TIME_ENDS)})(?:前|以前|之前|时)?|(?:${alternation(TIME_EVENTS)})(?:前|以前|之前|时|期间))`;
const TIME_POINT_ALONE = new RegExp(`^${TIME_POINT}$`);
const TIME_POINT_START = new RegExp(`^(?:今年|明年|去年|当年|本年)?(?:在|到|至|于)?(?:${alternation(TIME_EVENTS)})(?:前|以前|之前|时|期间)(?=[\\u4e00-\\u9fff]{2})`);
const TIME_POINT_END = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})${TIME_POINT}$`);
/** The codes of the characters a TIME_POINT ends with (a time end's last, or 前, 时, 期间's 间): TIME_POINT_ALONE and _END need one. */
const TIME_POINT_LAST: ReadonlySet<number> = new Set([...TIME_ENDS, '前', '时', '间'].map((w) => w.charCodeAt(w.length - 1)));

/** A scope word or adverb before 有 and nothing else (全国有七十四万多个…, 已经有五百零四个县). */
const EXISTENTIAL = /^(?:全国|全省|全市|全区|全县|我国|我省|我市|各地|其中|另外)?(?:已经|已|还|共|又|也|现在|现|尚|仍|则|约|大约|总共)*有$/;

/** 每个农民一年的…: one of a people noun, then what each of them has. */
const PER_HEAD = new RegExp(`^每(?:个|位|名)([\\u4e00-\\u9fff]{0,2}?(?:${alternation([...PEOPLE_NOUNS, ...HOUSEHOLD_NOUNS])}))(?:一年|全年)?的?([\\u4e00-\\u9fff]{2,8})$`);

/**
 * The last `max` characters of a long name, never cut inside a word: the cut moves on past the 的 or 、 after it
 * (…城镇职工基本医疗保险待遇、农村特困人员生活费…), when one is near.
 */
function lastWords(s: string, max: number): string {
  const tail = s.slice(s.length - max);
  const at = tail.slice(0, 10).search(/[、的]/);
  if (at >= 0 && at + 4 < tail.length) return tail.slice(at + 1);
  // (特困人员基本生活保障标准不低于当地最低生活保障标准, 全国少数民族传统体育运动会竞赛项目…, 为经济困难群众和符合法定
  // 条件的当事人提供法律咨询服务 — dev 广东 2026, 云南 2025, outside: a name a few characters over the limit, with no
  // 的 or 、 near the cut, would lose part of its first word (困人员, 数民族, 济困难); it stays whole.)
  return s.length - max <= OVER_MAX ? s : tail;
}
/** How far over MAX_NAME a name may run rather than be cut inside its first word. */
const OVER_MAX = 4;

/** A scope left out of an indicator, alone: 不含雄安, 不包括大豆, 剔除价格因素, 扣除物价. */
const SCOPE_LEFT_OUT = /^(?:不含|不包括|剔除|扣除|除去)[\u4e00-\u9fff]{1,10}$/;

const MEASURED_OF = /^(?:产量|总产量|产值|总产值|自给率|比重|总额|收入|人数|数量|面积|规模|增长率|增长速度|增加值|购买力|经费|工资|工资总额|投资|投资额|支出|成本|建筑安装成本|利润|余额)$/;

const PRODUCT_OUTPUT: Readonly<Record<string, string>> = {
  钢: '钢产量', 铁: '生铁产量', 煤: '煤产量', 粮: '粮食产量', 棉: '棉花产量', 纱: '棉纱产量', 布: '棉布产量', 糖: '糖产量', 盐: '盐产量', 纸: '纸产量', 电: '发电量', 电力: '发电量', 表: '表产量',
};

/** 国家决算在工业建设方面支出, 国家决算用于国防的支出: the budget is the frame; the field names the spending. */
function withoutBudgetFrame(name: string): string {
  // (Every pattern needs 预算/决算's 算, or opens with 在 or 用于: most names hold none — perf41.)
  if (!name.includes('算') && !name.startsWith('在') && !name.startsWith('用于')) return name;
  return name
    .replace(/^国家(?:决算|预算)(?=在|用于|对)/, '')
    // 国家预算规定社会文教事业支出: what the budget provides for is the spending itself.
    .replace(/^(?:国家)?(?:预算|决算)(?:规定|安排)(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/^在([\u4e00-\u9fff、]{2,12}?)等?方面的?(支出|投资|收入|投入|拨款)/, '$1$2')
    .replace(/^用于([\u4e00-\u9fff、]{2,8})的(支出|投入|资金|经费)/, '$1$2');
}

/**
 * 职工的工资总额 → 职工工资总额: a possessive 的 between two noun phrases is not part of an indicator's name. A 的 after a
 * verb phrase (获得生活补助的寄宿生) or in a ratio (占出口总值的比重, 对经济增长的贡献率) is, and stays.
 */
function possessiveWithoutDe(name: string): string {
  const at = name.indexOf('的');
  if (at < 1 || at > name.length - 3 || name.indexOf('的', at + 1) >= 0 || /占|对|与|相当于|比/.test(name)) return name;
  const owner = name.slice(0, at);
  const owned = name.slice(at + 1);
  // 钢的产量, 钢材的自给率: what is measured of a thing, whatever the thing.
  // (A verb inside the owner is part of its name, 手工业生产合作组织的人数; one that opens it governs it, 获得补助的人数.)
  if (MEASURED_OF.test(owned) && firstVerb(owner, 0) !== 0) return owner + owned;
  if (at < 2) return name;
  if (firstVerb(owner, 0) >= 0 || firstVerb(owned, 0) === 0 || ACTION_VERB.test(owner)) return name;
  return owner + owned;
}

/**
 * Verbs that end the text before a count (“建成1.75万个5G基站”, “培育10个农产品区域公用品牌”): the indicator is
 * the noun after the figure, not the verb before it.
 */
const ACTION_VERB = new RegExp(`(?:${alternation(ACTION_VERBS)})$`);

export function endsWithActionVerb(s: string): boolean {
  return ACTION_VERB.test(s);
}

/**
 * A noun phrase before the action verb that ends it (老旧小区改造, 临时救助): a work item named by what it acts on, not
 * a verb waiting for its object (建成, 新建).
 */
export function isNamedAction(s: string): boolean {
  const m = ACTION_VERB.exec(s);
  if (!m || m.index < 2) return false;
  const stem = s.slice(0, m.index);
  return firstVerb(stem, 0) < 0 && !/[、，,和与及的]/.test(stem);
}

/** A count after a verb (切实抓好300家…, 加强对100家…): any dictionary verb ends the text before it. */
/** Verbs the dictionary lacks that govern a count's noun (基础教育对口帮扶217所学校); read before counts only. */
const COUNT_VERB = new RegExp(`(?:${alternation(COUNT_VERBS)})$`);

/** Whether `before` (the text before a count) ends with such a verb. */
export function endsWithCountVerb(before: string): boolean {
  return COUNT_VERB.test(before);
}

export function endsWithVerb(s: string): boolean {
  return ACTION_VERB.test(s) || /(?:抓好|做好|加强对|对)$/.test(s) || isVerb(s.slice(-2)) || isVerb(s.slice(-3));
}

// (With the verbs the dictionary misses that open a predicate, 上云, 升格, 通光纤; and an attribute that meets a
// threshold, 8个产业规模超千亿元, 191家工业企业营业收入超百亿元: the counted noun ends before them.)
// (10个中外合作产业园区以及10个省际合作产业园区 — 河北 2018, outside: 以及 joins the next item, whole, never leaving 以.)
// (13个事项基础上又推出 — 内蒙古 2025, outside: 基础上 closes a frame the counted things are only the start of.)
// (25个省市巡演760多场 — 内蒙古 2025, outside: a second figure, whatever its classifier, ends the noun.)
// (新建成5个集装箱泊位并投产, 回购…4条高速公路并免费通行, 严守270平方公里工业区块红线并稳定…, 7项金奖并蝉联全场大奖, 404个
// 项目参赛并囊括… — 深圳市 2008, 2017, 2025, 南山区 2015, 罗湖区 2019, outside: 并 joins the next predicate, which is no
// part of the counted noun; not in a word that holds it, 并购, 并网, 并联, 并行, 并列, 并轨.)
const AFTER_STOP = new RegExp(`以及|并(?![购网联行列轨肩])|基础上|全部|全面|基本|已|进入|入选|入围|上榜|荣获|获得|获|被|实施|完成|达到|参加|参与|受益|惠及|认定|列入|纳入|开工|建成|投运|在|的|为|是|实现|通过|全覆盖|覆盖|${alternation(PREDICATE_OPENERS)}|(?:规模|营业收入|营收|产值|销售收入)(?=超|达|突破|两位数)|(?:近|约|超过|超|逾|共)?\\d+(?:\\.\\d+)?[多余]?(?:[万亿]|[个项件家所类条座批户人名位场笔辆台套艘架])|[，,。；;、和与及：:（(]`);

/** The predicate openers alone (稳定消除, 落地), read on the whole window after a count. */
const OPENER_STOP = new RegExp(alternation(PREDICATE_OPENERS));
/** AFTER_STOP and OPENER_STOP read match by match (stopOnWordEdge). */
const AFTER_STOPS = new RegExp(AFTER_STOP.source, 'g');
const OPENER_STOPS = new RegExp(OPENER_STOP.source, 'g');

/**
 * The first match of the global `stops` in `text` that does not run out of a word begun before it (19个地级以上市和2个县 —
 * dev 广东 2026: 上市, a predicate opener, starts inside 以上 and runs past its end; jieba reads 以上|市, and the stop there
 * named the count 地级以). The words are the wordStarts of two characters or more; a stop that ends with the word (也是)
 * still stops.
 */
function stopOnWordEdge(stops: RegExp, text: string): RegExpExecArray | null {
  stops.lastIndex = 0;
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    if (!runsOutOfWord(text, m.index, m[0].length)) return m;
    if (m[0].length === 0) stops.lastIndex++;
  }
  return null;
}

/** Whether a word of wordStarts begins before `at` and ends inside the `length` characters from `at`. */
function runsOutOfWord(text: string, at: number, length: number): boolean {
  for (const w of LONG_WORD_STARTS) {
    for (let k = 1; k < w.length && k <= at; k++) if (text.startsWith(w, at - k) && at - k + w.length < at + length) return true;
  }
  return false;
}
const LONG_WORD_STARTS: readonly string[] = WORD_STARTS.filter((w) => w.length > 1);

/** Index of the first verb of `text` at or after `from` (jieba's dictionary verbs), or -1. */
export function firstVerb(text: string, from: number): number {
  for (let i = from; i + 1 < text.length; i++) {
    if (verbStartsAt(text, i)) return i;
  }
  return -1;
}

/** A phrase that runs to the people a count counts (67名下岗退役士兵扶持再就业 → 下岗退役士兵). */
// (…员 and …者 are people too: 农村科技特派员, 志愿者, 从业者; not 成员单位.)
// (17万党员干部冲锋一线 — 保定 2021, outside: people named by 员 or 者 run on to a people noun joined to them.)
const PEOPLE_PHRASE = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${alternation(COUNTED_PEOPLE)}|(?!或)[\\u4e00-\\u9fff][员者](?:${alternation(COUNTED_PEOPLE)})?(?![\\u4e00-\\u9fff]?(?:单位|会|制|国)))`);

/**
 * The counted phrase when the people it ran to only modify its head noun (4200个农民体育健身工程 — dev 河北 2010; 70个…县级
 * 儿童急救点 — 云南 2025, outside): a classifier of things (个, 项, 所 …) counts the head, and the phrase runs on past the
 * people to a head noun of things, with no punctuation between, and ends there. '' otherwise.
 */
function headAfterPeople(classifier: string, window: string, peopleEnd: number): string {
  if (!THING_CLASSIFIER.test(classifier)) return '';
  const rest = window.slice(peopleEnd);
  const end = rest.search(/[，,。；;：:、和与及的]/);
  const phrase = end > 0 ? window.slice(0, peopleEnd + end) : '';
  return phrase && HEAD_END.test(phrase) ? phrase : '';
}
/** Classifiers of things, not people. */
const THING_CLASSIFIER = /^[个件项所座条处台套部种批类款家]$/;

/** The children of the people a phrase ran to (…务工人员随迁子女, 农民工子女). */
const CHILDREN_OF = /^(?:随迁|留守)?子女/;
/** The households of the people a phrase ran to (1000个孤独症儿童家庭 — dev 广东 2026): what 个 counts. */
const HOUSEHOLDS_OF = /^家庭/;

/** A verb the dictionary misses, followed by its own object (…债务限额置换存量隐性债务): the phrase before it is the noun. */
const OBJECT_VERB = new RegExp(`(?:${alternation(OBJECT_VERBS)})(?=[\\u4e00-\\u9fff])`);

/** Two to five short attributes joined by 、 and closed by 的, right before a counted noun (实力强、效益好、潜力大的). */
// (No 的 inside an attribute: 一百五十六个单位为中心的、由限额以上的…建设单位 — dev 1955 — is a clause, not a list of them.)
const DESCRIBED_BEFORE = /^((?:(?:(?!的)[\u4e00-\u9fff]){2,6}、){1,4}(?:(?!的)[\u4e00-\u9fff]){2,6})的(?=[\u4e00-\u9fff])/;

/** A class attribute with the amount that bounds it and 的 (总投资69.5亿元的, 年产值超过10亿元的), before a counted noun. */
const SIZED_BEFORE = new RegExp(`^(?:${alternation(CLASS_ATTRIBUTES)})(?:超过|超|达到|达|在|突破|近|约)?\\d+(?:\\.\\d+)?[万亿千百]*(?:元|美元|平方米|亩|吨)?(?:以上|左右)?的(?=[\\u4e00-\\u9fff])`);

/** Verb phrases with 的 (ACTED_BEFORE) read one after another before one counted noun, at most: a bound on nameAfter's calls. */
const MAX_ACTED_ATTRIBUTES = 3;

/** A phrase of three to eight characters closed by 的, right before a noun (列入国家规划的, 跨地区的): read when a verb opens it. */
const ACTED_BEFORE = /^((?:(?![的，,。；;、])[\u4e00-\u9fff]){3,8})的(?=[\u4e00-\u9fff]{2})/;

/** What the counted things have, closed by 的 (具有Ⅱ级水平的, 有国际竞争力的), right before a noun. */
const HAVING_BEFORE = /^((?:具有|拥有|有)[^，,。；;：:、的]{2,22})的(?=[\u4e00-\u9fff])/;
/** A noun phrase's head at its end: a counted head (…中心, …企业) or a place or facility word (…点, …站, …学科). */
const HEAD_END = new RegExp(`(?:${alternation(COUNTED_HEADS)}|[点站科院所馆室库场厂网])$`);
/** Whether a noun phrase ends with a counted head (…事项, …中心) or a place or facility word (see HEAD_END). */
export function endsWithCountedHead(phrase: string): boolean {
  return HEAD_END.test(phrase);
}

/** “14项创新经验在全国推广”, “建成1.75万个5G基站”: the noun phrase right after a count. */
/** A condition the counted things meet, with its 的 (有条件的, 符合条件的). */
const CONDITION_BEFORE = new RegExp(`^(?:${alternation(CONDITION_ATTRIBUTES)})的`);
/**
 * What may follow a figure that no noun follows: a measure's tail or a change (以上, 增长 …), and where it ranks (位居…,
 * and 居/保持 only before a rank or a scope: 居全国首位, never 居民).
 */
const RANK_OR_MEASURE_AFTER = new RegExp(`^(?:以上|以下|左右|以内|多|余|增长|增加|下降|减少|提高|降低|上升|比|全部|全面|基本|已|均|都|${alternation(RANK_VERBS)}|(?:居于?|保持)(?:全|世|西|中|东|华|前|第|首))`);

/** 和 joining the next item right after a count (see nameAfter); not the first character of 和谐, 和平, 和美 …. */
const JOINED_AFTER = /^和(?![谐平美睦解田顺])/;
export function nameAfter(text: string, from: number, attributes = 0): string {
  // “培育100家 工业化与信息化融合重点企业”: a line broken after the unit leaves a space before the noun.
  let start = from;
  while (start < from + 3 && (text[start] === ' ' || text[start] === '\u3000' || text[start] === '\t')) start++;
  // (办理人大代表建议202件和政协委员提案155件, 改造优饮小区80个和二供小区40个, 荣获国家科技奖励16项和中国专利金奖… — 南山
  // 2016, 宝安 2025, 深圳 2017, outside: a noun after 和 right after the count is the next item's, joined to this one; the
  // count's noun is the one before it. Not 和谐, 和平 …, words that open with 和.)
  if (JOINED_AFTER.test(text.slice(start, start + 2))) return '';
  // “12类45件民生实事”: a second count in between is a count of its own; the noun follows both.
  // (15宗95栋违建别墅 — src32 涞源县-2020; 年出栏12万头的6栋猪上楼项目 — 涞源县-2021, outside: buildings counted by 栋 too.)
  const nested = /^\d{1,6}(?:\.\d+)?[万亿]?[个项件家所类条座批户人名栋]/.exec(text.slice(start, start + 10));
  if (nested) start += nested[0].length;
  // (10个有条件的县（市）, 3000余名符合条件的残疾人 — 河南 2026, 山西 2026, outside: a short attribute with 的 before the
  // counted noun qualifies it; the phrase is read on past the 的, which otherwise ends it, and the noun names the count
  // (有 opening the attribute is a leading word the callers strip, which would leave 条件的县).)
  const condition = CONDITION_BEFORE.exec(text.slice(start, start + 8));
  if (condition) {
    // (县（市）: a one-character place noun with its bracketed variant is read with it, as one character alone names nothing.)
    const at = start + condition[0].length;
    const noun = nameAfter(text, at);
    const variant = noun.length === 1 ? /^[（(][\u4e00-\u9fff]{1,2}[）)]/.exec(text.slice(at + 1, at + 5)) : null;
    return variant ? noun + variant[0] : noun;
  }
  // (27个总投资69.5亿元的重点项目, 100个年产值超过10亿元的产业化联合体 — 高阳 2015, 河北 2017 archive, outside: an
  // attribute sized by an amount, with its 的, says which of them: the noun after it is what the count counts, and the
  // attribute stays before it, as labels write it — 年产值10亿元以上的农产品加工产业集群, dev 河北 2021.)
  const sized = SIZED_BEFORE.exec(text.slice(start, start + 24));
  if (sized) {
    const noun = nameAfter(text, start + sized[0].length);
    return noun ? sized[0] + noun : '';
  }
  // (100家实力强、效益好、潜力大的民营企业 — 河北 2004 archive, outside: a list of short attributes ending in 的 says what the counted things are like; the noun after it is what
  // they are. The attributes stay before it without their 的, as labels write it: 高产优质、多抗广适新品种, dev 河北 2021.)
  const described = DESCRIBED_BEFORE.exec(text.slice(start, start + 36));
  if (described) {
    const noun = nameAfter(text, start + described[0].length);
    return noun ? (described[1] as string) + noun : '';
  }
  // (启动24个贫困村42公里道路硬化工程 — 涞水县 2020; 拆除8条道路沿线约5.4公里绿化护栏 — 南山区 2024; 1109处地下空间场所
  // 100% — 南山区 2025, outside: a figure of its own inside the read, an amount with its unit, is another figure's; the
  // counted noun ends before it, with the 约 that leads it.)
  const window = beforeInnerFigure(text.slice(start, start + 16));
  // A measure right after the figure (…的八百二十七亿元增长百分之六十八): the figure is a base, no noun follows it.
  // (…连续16年位居全国首位: a rank verb after a streak says where the subject stands; no noun follows the figure.)
  // (新建英利、国电、立中3家"院士工作站" — 保定 2009, outside: a name in straight or corner quotes is read as in “”.)
  if (!/^[\u4e00-\u9fffA-Za-z0-9“"「『]/.test(window) || RANK_OR_MEASURE_AFTER.test(window)) return '';
  // (1个具有儿童（含新生儿）重症救治Ⅲ级水平的省级儿童医学救治中心, 5个具有Ⅱ级水平的州（市）级儿童急诊或重症学科 — 云南
  // 2025, outside; 100家有国际竞争力的科技领军企业 — dev 河北 2021: what the counted things have, with its 的, says which
  // of them, however long and whatever it holds (a grade in Roman numerals, a note in brackets); the noun after it is
  // what is counted, and the attribute stays before it, as the labels write it. A noun phrase that runs to the clause's
  // end and ends with a head noun is read whole: the verbs inside it (急救点, 救治中心) and a people noun (儿童急救点)
  // modify the head.)
  const having = attributes < MAX_ACTED_ATTRIBUTES ? HAVING_BEFORE.exec(text.slice(start, start + 28)) : null;
  if (having) {
    const at = start + having[0].length;
    const phrase = /^[^，,。；;：:、]{2,16}(?=[，,。；;：:、])/.exec(text.slice(at, at + 17))?.[0] ?? '';
    const noun = phrase && HEAD_END.test(phrase) ? phrase : nameAfter(text, at, attributes + 1);
    if (noun.length >= 2 && firstVerb(noun, 0) !== 0) return (having[1] as string) + noun;
  }
  // “67名下岗退役士兵扶持再就业”: people are named with verbs as modifiers (下岗, 退役); the phrase runs to the people.
  const people = PEOPLE_PHRASE.exec(window);
  // (46.1万进城务工人员随迁子女平等接受义务教育 — 河北 2015, 2016 archive, outside: the children of the people are what is
  // counted; the phrase runs on to them.)
  if (people && !/[，,。；;、]/.test(people[0])) {
    const thing = headAfterPeople(text.charAt(from - 1), window, people[0].length);
    if (thing) return thing;
    return people[0] + (CHILDREN_OF.exec(window.slice(people[0].length))?.[0] ?? HOUSEHOLDS_OF.exec(window.slice(people[0].length))?.[0] ?? '');
  }
  // (76座列入国家规划的水库, 4家停业整顿的城市信用社 — 河北 2009, 保定 2011 archive, outside; 2所达到社区医院标准的基层医疗
  // 卫生机构 — dev 河北 2021: a verb phrase with its 的 before the counted noun says which of them; the phrase read only
  // to the 的 named the count by the attribute. The attribute stays before the noun, without its 的. Only a phrase that
  // opens with a verb: 24个跨地区的横向经济联合网络 — national 1987 — keeps the name 跨地区.)
  // (At most MAX_ACTED_ATTRIBUTES in a row: each is read by a call of its own, and a text of nothing but 列入规划的列入
  // 规划的… overflowed the stack.)
  const acted = attributes < MAX_ACTED_ATTRIBUTES ? ACTED_BEFORE.exec(window) : null;
  if (acted && firstVerb(acted[1] as string, 0) === 0) {
    const noun = nameAfter(text, start + acted[0].length, attributes + 1);
    if (noun.length >= 2 && firstVerb(noun, 0) !== 0) return (acted[1] as string) + noun;
  }
  // “170家融资平台有序退出”, “6名个人荣获…”: the noun phrase ends where a verb begins — unless the verb modifies
  // the head noun the phrase ends with (1个国家级技术创新中心, 66个粮食产能提升重点县).
  // (新建10个“郑和学院”, 打造100个左右省级“和美乡村” — 江苏, 甘肃 2025, outside: a name in quotes is one word; its 和 is
  // no joiner and its verbs no predicate, so the stops are read with the quoted words masked.)
  const read = withQuotesMasked(window);
  const verb = firstVerb(read, 2);
  // (682项行政审批事项实现网上办理 — 宝安区 2015, 2017; 推进6处立体停车项目建设 — 罗湖区 2023, outside: a verb with a head noun
  // right after it, 审批事项, 停车项目, is a modifier inside the counted noun, not its predicate; the phrase read to the verb
  // named the count by half a word, 行政, 立体. It runs on to the next verb after the head.)
  const headEnd = verb > 0 ? headRightAfterVerb(read, verb) : -1;
  const boundedRead = headEnd > 0 ? read.slice(0, headEnd) : verb > 0 && !verbInsideCompound(read, verb) ? read.slice(0, verb) : read;
  const bounded = window.slice(0, boundedRead.length);
  // (89万监测对象稳定消除返贫致贫风险 — 云南 2026, outside: a predicate opener that the verb bound cuts, 稳定|消除, is
  // read whole on the window; it stops the phrase where it starts.)
  const opener = stopOnWordEdge(OPENER_STOPS, read.slice(1));
  const stops = [stopOnWordEdge(AFTER_STOPS, boundedRead.slice(1)), opener && opener.index + 1 < bounded.length ? opener : null, OBJECT_VERB.exec(boundedRead.slice(1))].filter((x) => x !== null);
  const stop = stops.sort((a, b) => a.index - b.index)[0];
  // (38个示范点建设, 12个园区建设: the work on the counted things is not what they are.)
  // (87个水毁修复任务按时完工 — 河北 2024, outside: an adverb of time or manner before the predicate the phrase stopped
  // at is the predicate's, not the counted thing's; 县内30个工作专班迅速与安新县对接 — 高阳 2019, outside.)
  // (A noun read to its last head, headRightAfterVerb, ends there: the cut at 12 characters would take its head off,
  // 区属医疗卫生机构新改扩建项目 — 南山区 2023, outside.)
  return withoutEndAdverb(withoutWorkHead(withoutPredicateAdverb(stop ? bounded.slice(0, stop.index + 1) : headEnd > 0 ? bounded : bounded.slice(0, notInsideVerb(bounded, wholeQuotesCut(bounded, 12))), true), window).replace(/(?<=[\u4e00-\u9fff]{2})建设$/, ''));
}


/**
 * The head of a compound work verb the verb bound cut off its verb (3所乡镇中学改|扩建, 20所幼儿园改|扩建, 3所学校新改|扩建,
 * 13所乡镇卫生院改|扩建 — 阜平县 2022, 清苑区 2013, 2020, 阜平县 2021, src32, outside): 改扩建 is one word — jieba
 * reads it whole — and the work on the counted things is not what they are (as 建设 goes at the phrase's end), so the
 * head goes with the verb. Only right before 扩建 or 改建, where the cut was made.
 */
const WORK_HEAD = /(?<=[\u4e00-\u9fff]{2})新?改$/;
function withoutWorkHead(phrase: string, window: string): string {
  return window.startsWith(phrase) && /^(?:扩建|改建)/.test(window.slice(phrase.length)) ? phrase.replace(WORK_HEAD, '') : phrase;
}

/**
 * An amount with its unit inside a read noun (42公里, 约5.4公里, 100%), not at its start; or a count of its own (6个基地1000栋
 * 大棚基本建成 — src32 涞源县-2020, outside: the 1000栋 count the 大棚, the 6个 only the 基地), not an ordinal (第5个).
 */
const INNER_FIGURE = /(?<=[\u4e00-\u9fff]{2})(?:(?:约|近|超)?[0-9０-９]+(?:\.[0-9]+)?(?:公里|千米|平方米|米|万亩|亩|万吨|吨|万元|亿元|元|%|％)|(?<!第)[0-9０-９]{1,6}(?:\.[0-9]+)?[万亿]?[个栋座所家户名间套台条处宗])/;

/** `window` up to the figure of its own inside it (see nameAfter), or whole. */
function beforeInnerFigure(window: string): string {
  const inner = INNER_FIGURE.exec(window);
  return inner ? window.slice(0, inner.index) : window;
}

/**
 * Where a phrase read to `cut` characters ends without cutting a quoted name: past its close quote when the quote closes
 * within a name's reach (100个经营性公共停车场“无感支付”改造 — 保定 2025, Hebei archive, outside: read to 12 characters it
 * was named 经营性公共停车场无感支, since the quoted name is one word and its verb no stop), else before its open quote.
 */
function wholeQuotesCut(text: string, cut: number): number {
  const open = text.lastIndexOf('“', cut - 1);
  if (open < 0 || text.lastIndexOf('”', cut - 1) > open) return cut;
  const close = text.indexOf('”', cut);
  return close >= 0 && close - open <= 15 ? close + 1 : open;
}

/**
 * A cut that does not split a dictionary verb: before the verb the cut would end inside (首批24个森林“四库”联动试点区建设
 * 扎实推进 — dev 福建 2026: read to 12 characters, quotes and all, the phrase ended 试点区建, half of 建设).
 */
function notInsideVerb(text: string, cut: number): number {
  // (建设, the work a phrase's end drops, is no dictionary verb.)
  const pair = text.slice(cut - 1, cut + 1);
  return cut > 2 && cut < text.length && (pair === '建设' || isVerb(pair)) ? cut - 1 : cut;
}

/** `text` with the words inside each pair of quotes (“…”, up to 14 characters) replaced by a letter, length kept. */
function withQuotesMasked(text: string): string {
  return text.includes('“') ? text.replace(/“[^“”]{1,14}”/g, (q) => `“${'q'.repeat(q.length - 2)}”`) : text;
}

/** The head nouns a counted phrase ends with (…创新中心, …示范村, …重点县), right before the clause goes on. */
const COUNTED_HEAD = new RegExp(`(?:${alternation(COUNTED_HEADS)})$`);
/** Words that end with people (保障对象, 困难群众): a subject of their own before a verb. */
const PEOPLE_END = new RegExp(`(?:${alternation(COUNTED_PEOPLE)}|对象)$`);

/**
 * Where a counted noun whose dictionary verb at `verb` modifies a head noun right after it ends (审批 + 事项 of 行政审批事项;
 * 制造 + 标杆企业 of 智能制造标杆企业), or -1 when no head noun follows the verb. The verb and its head make one noun
 * (审批事项, 停车项目), whose verb modifies the head; the noun runs on over heads side by side (标杆企业, 单位试点) and over
 * further verbs with heads of their own (融合应用典型案例), and ends with the last head before anything else.
 */
function headRightAfterVerb(read: string, verb: number): number {
  // (Only after modifiers: words before the verb that end with a head of their own are a subject, and the verb its
  // predicate with an object, 20家企业开展品牌连锁业务 — 罗湖区 2017, outside; so are quoted words, “真金白银”帮助企业.)
  const before = read.slice(0, verb);
  if (!/^[\u4e00-\u9fff]+$/.test(before) || COUNTED_HEAD.test(before) || PEOPLE_END.test(before)) return -1;
  let end = -1;
  let at = verb;
  // Bounded: the window is 16 characters, and each step moves past a verb and a head.
  for (let step = 0; step < 4 && at >= 0; step++) {
    const head = headAfterVerbAt(read, at);
    if (head < 0) break;
    end = head;
    for (let more = COUNTED_HEAD_START.exec(read.slice(end)); more && end < read.length; more = COUNTED_HEAD_START.exec(read.slice(end))) end += more[0].length;
    at = firstVerb(read, end);
    if (at < 0 || !/^[\u4e00-\u9fff]*$/.test(read.slice(end, at))) break;
  }
  return end;
}

/** Where the head noun right after the dictionary verb at `at` ends, or -1 (see headRightAfterVerb). */
function headAfterVerbAt(read: string, at: number): number {
  for (const length of [3, 2]) {
    if (!isVerb(read.slice(at, at + length))) continue;
    const head = COUNTED_HEAD_START.exec(read.slice(at + length));
    if (head) return at + length + head[0].length;
    return boundHeadAfter(read, at + length) ? at + length + 1 : -1;
  }
  return -1;
}

/**
 * One character after a verb and its object that ends the phrase (公共停车|位，, 立体停车|场投入使用, 公共停车|位建设任务 —
 * 博野县 2022, 阜平县 2021, 易县 2022, src32 outside): a bound head of place or facility (位, 场, 站, 库, 桩) that makes the verb
 * phrase a noun, 停车位 as 审批事项 is one. A predicate's object is rarely one character standing alone before the clause
 * goes on, so the structure, not a list of heads, says it: the character is followed by a clause mark, a dictionary verb
 * (投入使用) or the work said of the things (建设, 改造). Not a particle, a place word or a numeral (了, 的, 等, 中, 上, 内,
 * 一: 为4.3万户型煤住户购买一… — 涞源县 2021, src32 outside), which close a clause or open a figure of their own.
 */
const WORK_VERB_SET: ReadonlySet<string> = new Set(WORK_VERBS);
function boundHeadAfter(read: string, at: number): boolean {
  const head = read.charAt(at);
  if (!/[\u4e00-\u9fff]/.test(head) || /[了着过的得地等中后上下里内外前起来去到在和与及或也都就还又再并而之其所一二两三四五六七八九十百千万亿]/.test(head)) return false;
  // (Nor a character that opens a verb of its own, 城区市政道路进行|改扩建 — 清苑区 2025, src32 outside; and the read's end is
  // no phrase end: the window cuts the text.)
  if ([2, 3].some((n) => isVerb(read.slice(at, at + n))) || [2, 3, 4].some((n) => WORK_VERB_SET.has(read.slice(at, at + n)))) return false;
  const after = read.slice(at + 1);
  return /^[，,。；;、：:（(）)]/.test(after) || /^(?:建设|改造)/.test(after) || isVerb(after.slice(0, 2)) || isVerb(after.slice(0, 3));
}

/**
 * Whether the dictionary verb at `verb` is inside the counted noun phrase rather than its predicate: the phrase runs
 * on to a punctuation mark or joiner (within the window), ends with a head noun that is no verb itself (上市 ends
 * with 市), and meets no predicate word on the way (获, 入选, 在 …).
 */
function verbInsideCompound(window: string, verb: number): boolean {
  const end = window.slice(verb).search(/以及|[，,。；;：:、和与及（(]/);
  if (end < 0) return false;
  // (3处生活垃圾转运站投入使用 — dev 海拉尔 2019: what became of the works, an end predicate, is not part of the phrase whose
  // head is read.)
  const phrase = window.slice(0, verb + end).replace(END_PREDICATE, '');
  // (10个整县推进美丽乡村建设: 整县 is how the work is done, whole counties at a time; what the count counts is the work.)
  if (/^整[县村乡镇市区]$/.test(window.slice(0, verb))) return !AFTER_STOP.test(phrase.slice(2));
  // (58个城市进行了企业优化资本结构试点: a verb marked done by 了 is the predicate, never a modifier of the head.)
  if (window.charAt(verb + 2) === '了' || window.charAt(verb + 3) === '了') return false;
  if (!COUNTED_HEAD.test(phrase) || isVerb(phrase.slice(-2)) || isVerb(phrase.slice(-3))) return false;
  return !AFTER_STOP.test(phrase.slice(1));
}

/** Rank context after the name (“…位居全国城市”, “跃居全国”, “居全省”) is not part of the indicator. */
export function stripRankContext(name: string): string {
  return withoutBecomeHalf(withoutRankContext(name));
}

/**
 * 服务业成为第一大产业 (national 2016, dev): the measure 为 is cut before the rank is read, leaving the 成 of 成为. A
 * last 成 is that half verb only when it closes no word of the verb dictionary with the character before it (建成,
 * 完成, 形成, 集成, 合成 … are words; 业成 is none), so a name that ends with such a word keeps it.
 */
function withoutBecomeHalf(name: string): string {
  return name.length > 1 && name.endsWith('成') && !isVerb(name.slice(-2)) ? name.slice(0, -1) : name;
}

function withoutRankContext(name: string): string {
  const bare = withoutRankGroup(withoutRankFrame(withoutEntrant(withoutAward(name))));
  const start = rankContextStart(bare);
  return (start < 0 ? bare : bare.slice(0, start)).replace(/(?:全国|全省|全市|全球|世界)(?:城市)?$/, '');
}

/** What a list of products shares: their output, or their trade when the items are goods (对非洲、拉美市场出口 lists markets). */
function productHead(first: string, last: string): string {
  const head = /(?<!产业)(?:产量|出口|进口)$/.exec(last)?.[0] ?? '';
  return head === '产量' || /品$/.test(first) ? head : '';
}

/** A per-head standard that ends a list's last item (…经费人均财政补助标准), shared by the items before it. */
// (Only a standard: 城镇、农村居民人均可支配收入 are the people's incomes, read by the people rules.)
const PER_HEAD_TAIL = /(?<=[\u4e00-\u9fff]{2})人均[\u4e00-\u9fff]{0,6}标准$/;

/**
 * 建筑业实现施工产值, 工程机械实现产值, 预算内工业企业完成销售收入 (泰兴 2009, 长沙 2012, 拜泉 1991 — outside);
 * 基础设施完成投资, 失业人员实现再就业, 贫困人口实现脱贫 (dev, labelled 城镇基础设施投资, 失业人员再就业, 贫困人口脱贫): 完成 or 实现 between a subject and
 * the measure after it says what was done — the figure's measure — and is no part of what the figure is. When what
 * follows is an indicator of its own (服务业完成社会消费品零售总额 — 泰兴 2009), it is the name, unless the words before
 * are things it is of (项目, 企业). Not 未完成, 已完成, nor a 完成 that heads a noun (完成率, 完成额); nor 完成投资, which
 * the dev labels keep as written as often as not (省市重点项目完成投资, but 城镇基础设施投资).
 */
function withoutDoneVerb(name: string): string {
  const m = name.includes('完成') || name.includes('实现') ? DONE_INSIDE.exec(name) : null;
  if (!m) return name;
  const rest = name.slice(m.index + m[0].length);
  const subject = name.slice(0, m.index);
  // (招商引资项目完成固定资产投资 — 西藏 2026, outside: the things whose measure it is keep it theirs.)
  return rest.length >= 5 && exactIndicator(rest) && !/(?:项目|企业|工程|园区|单位)$/.test(subject) ? rest : subject + rest;
}
const DONE_INSIDE = /(?<=[\u4e00-\u9fff]{2}(?<![未已没尚]))(?:累计)?(?:完成(?!投资)|实现)(?=[\u4e00-\u9fff]{0,8}(?:产值|投资|收入|利润|税金|总额|增加值|销售额|交易额|营业额|出口|再就业|脱贫)$)/;

/** Dashes, circled numbers and bullets at a name's start (see cleanNameUncached). */
const LEADING_MARKS = /^[\s—–①-⑳■●◆▲★□·•]+/;

/** X占A、B的比重: the wholes of a list of shares (see splitSubjects); the wholes hold no 占 of their own. */
const SHARE_WHOLES = /^([^占、和]*)占([^占]{2,16}[、和][^占]{2,16}?)的?(比重|比例)$/;

/** 存贷款 written as a list (存、贷款; 存款、贷款), see splitSubjects. */
const DEPOSIT_LOAN_LIST = /存款?[、和]贷款/;

/** 城、乡 or 城和乡 opening a name before the people they modify (see splitSubjects). */
const CITY_COUNTRY_LIST = /^城[、和]乡(?=(?:常住)?居民)/;
/** A share's whole and share word ending a name (…占全国新增总量比重), see parallelTail. */
const SHARE_OF_WHOLE = /占[^占、，,和]{2,16}(?:比重|比例)$/;
/** 城乡居民 before a list of two things they hold joined by 和 (养老保险和医疗保险参保率), see splitSubjects. */
const CITY_COUNTRY_OWNERS = /^(城乡居民)([^和、]{2,12}和[^和、]{2,16})$/;
/** 城镇、农村 or 城市和农村 opening a name before what both share (see splitSubjects); never a name of one word after it. */
const TOWN_COUNTRY_LIST = /^(城镇|城市)[、和]农村(?=[\u4e00-\u9fff]{2})/;

/** Head nouns a list's items share (工业、制造业投资 → 工业投资, 制造业投资). */
const SHARED_HEAD = /(?:投资|产值|增加值|营业收入|收入|占比|比重|产量|销售额|规模|总额|利润)$/;

/** 城乡居民人均可支配收入 → [城镇…, 农村…]; 存贷款余额 → [存款余额, 贷款余额]; A、B产值占比 → [A产值占比, B产值占比]. */
export function splitSubjects(name: string): readonly string[] {
  return splitSubjectsOnce(name);
}

// Remembered by name (a pure function of it), frozen since the lists are shared: bindParagraph splits the name of every
// named figure, in case a list follows it.
const splitSubjectsOnce = boundedMemo((name: string): readonly string[] => Object.freeze(splitSubjectsUncached(name)), 4096);

function splitSubjectsUncached(name: string): string[] {
  // 城乡低保 is 城市低保 and 农村低保; 城乡居民 are 城镇居民 and 农村居民 (when it is the only subject: in
  // 城乡环卫一体化覆盖率、农村自来水普及率 the list's items are the subjects).
  // 城、乡居民人均可支配收入 (涪城 2019, 沅陵 2019 — outside) is 城乡 written as a list of its two characters.
  if (CITY_COUNTRY_LIST.test(name)) return splitSubjectsUncached(name.replace(CITY_COUNTRY_LIST, '城乡'));
  // 城镇、农村低保对象最低生活保障人均补差水平 (广东 2018, outside) is 城乡 written out as its two words: each takes the
  // rest, in the text's own word (城镇, not the 城市 that 城乡低保 reads as).
  const townCountry = TOWN_COUNTRY_LIST.exec(name);
  if (townCountry) return [townCountry[1]!, '农村'].map((w) => w + name.slice(townCountry[0].length));
  // 占全省生产总值、全部财政收入的比重达到64.8%和67.3% (河北省 2013, outside): a list of wholes after one 占 — each share is of
  // its own whole, and the share word is every item's (not 占全省生产总值 and 全部财政收入的比重, the first read as GDP).
  const wholes = SHARE_WHOLES.exec(name);
  if (wholes) return wholes[2]!.split(/[、和]/).filter(Boolean).map((w) => `${wholes[1]!}占${w}${wholes[3]!}`);
  // 城乡居民养老保险和医疗保险参保率分别达到100%和96.9% (src32 清苑区-2021; 满城区-2020, 阜平县-2021 say the same of
  // 医疗保险和养老保险, 基本养老保险和基本医疗保险 — outside): the list is of the two insurances the 城乡居民 hold, not
  // of town and country, so the 和 splits it and 城乡居民 stays on each item.
  const owners = CITY_COUNTRY_OWNERS.exec(name);
  if (owners) return splitItems(owners[2]!, owners[2]!.split('和')).map((it) => owners[1]! + it);
  if (name.includes('城乡') && !name.includes('、')) return [name.replace('城乡', /低保|最低生活保障/.test(name) ? '城市' : '城镇'), name.replace('城乡', '农村')];
  // (全县存、贷款余额, 金融机构存款、贷款余额分别达到 — 唐县 2020, 涞源县 2021, 涞水县 2020, src32, outside: 存贷款 written as a
  // list, one character or one word of it and then 贷款, as 城、乡 is; the first item was named 存 or 金融机构存款.)
  if (DEPOSIT_LOAN_LIST.test(name)) return splitSubjectsUncached(name.replace(DEPOSIT_LOAN_LIST, '存贷款'));
  if (name.includes('存贷款')) return [name.replace('存贷款', '存款'), name.replace('存贷款', '贷款')];
  // 实际使用内外资分别增长10%、6.4%: domestic and foreign capital.
  if (name.includes('内外资')) return [name.replace('内外资', '内资'), name.replace('内外资', '外资')];
  // 一般公共预算收支累计分别突破9千亿元、3万亿元: revenue and expenditure.
  if (/收支(?:总额|规模)?$/.test(name) && !name.includes('、')) return [name.replace(/收支(?=(?:总额|规模)?$)/, '收入'), name.replace(/收支(?=(?:总额|规模)?$)/, '支出')];
  // (牛羊出栏分别增长5.2%、1.9%: animals run together without a list mark, animalItems.ts.)
  const animals = animalItems(name);
  if (animals) return animals;
  return splitItems(name, name.split(/[、和]/).filter(Boolean));
}

/**
 * The other reading of a list whose items hold 和 themselves (信息传输软件和信息技术服务业、租赁和商务服务业增加值分别
 * 增长10.9%、10.4% — national 2025, outside the corpus: two industries, not four): split at 、 only; null when the
 * name has no 、 and 和 both. The list's count of figures picks the reading (distribute, listNames.ts).
 */
export function splitSubjectsAtCommas(name: string): string[] | null {
  if (!name.includes('、') || !name.includes('和') || /城乡|存贷款|内外资|收支/.test(name)) return null;
  const items = name.split('、').filter(Boolean);
  return items.length < 2 ? null : splitItems(name, items);
}

/** The items of a list of subjects, the words the last one ends with shared by the others (see splitSubjects). */
function splitItems(name: string, items: readonly string[]): string[] {
  if (items.length < 2) return [name];
  const pollutants = pollutantTails(items);
  if (pollutants) return pollutants;
  const last = items[items.length - 1] as string;
  const first = items[0] as string;
  // Shared tail: 高新技术产业、战略性新兴产业产值占比 → “产值占比” follows the word both items end with.
  const anchor = first.slice(-2);
  const at = last.lastIndexOf(anchor);
  // 工业、制造业、工业技改投资: when the last item starts with the first one's word, only its head noun is shared.
  // 原煤、原油、天然气产量, “新三样”产品和中间品出口: the output or trade of each product, when the items are products
  // that share nothing else (the head of an industry's figure is not shared this way: 新材料、生物医药产业产值).
  // (居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元: a per-head measure ends every item.)
  const tail = at > 0 ? last.slice(at + anchor.length) : at === 0 ? (SHARED_HEAD.exec(last)?.[0] ?? '') : (PER_HEAD_TAIL.exec(last)?.[0] || productHead(first, last) || parallelTail(items) || industryTail(items) || purposeTail(items) || industriesTail(items) || wholeHeadTail(items));
  return parallelMeasureOwners(items, ownersMeasures(items, items.map((it, i) => (i === items.length - 1 ? it : it + tail))));
}

/** A concentration ending a list's last item after an air pollutant (PM10浓度, 二氧化氮年均浓度), see pollutantTails. */
const CONCENTRATION = new RegExp(`^(?:${alternation(AIR_POLLUTANTS)})+((?:年均|平均)?浓度值?)$`);
/** An item that is air pollutants only (PM2.5, 细颗粒物PM2.5, 二氧化硫). */
const POLLUTANT_ONLY = new RegExp(`^(?:${alternation(AIR_POLLUTANTS)})+$`);

/**
 * Air pollutants listed before the last one's concentration (空气质量综合指数和PM2.5、PM10浓度同比分别下降 — 易县 2022;
 * 空气质量综合污染指数、细颗粒物（PM2.5）、可吸入颗粒物（PM10）、二氧化硫和二氧化氮年均浓度同比分别改善 — 唐县 2021, src32,
 * outside): each pollutant takes the concentration; an item that is a measure of its own (空气质量综合指数) stays as it is
 * (the rules below share a tail with every item or none, so the pollutants were left bare). null when the last item is
 * no pollutant's concentration or no item before it is a pollutant.
 */
function pollutantTails(items: readonly string[]): string[] | null {
  const m = CONCENTRATION.exec(items[items.length - 1] as string);
  if (!m || !items.slice(0, -1).some((it) => POLLUTANT_ONLY.test(it))) return null;
  const tail = m[1] as string;
  return items.map((it, i) => (i < items.length - 1 && POLLUTANT_ONLY.test(it) ? it + tail : it));
}

const OWNED: ReadonlySet<string> = new Set(CARRIED_MEASURES);

/**
 * 乡镇企业增加值和上缴税金分别增长17%和15% (河北 2000, 2003 archive, outside): an owner's measures listed after it are
 * all the owner's — a later item that is a measure alone (上缴税金, 利润) takes the owner the first item's measure
 * follows (乡镇企业上缴税金), as a card of 上缴税金 alone reads as the whole place's.
 */
function ownersMeasures(items: readonly string[], named: string[]): string[] {
  const first = items[0] as string;
  // (As written, before a shared tail: 粮食播种面积和产量 gives its first item no 产量 of its own to own — the crop an area
  // is of owns the yield listed after it: 粮食产量 — 保定 2023, outside; LAND_MEASURES as carriedSubject.ts reads them.)
  const land = LAND_MEASURES.find((m) => first.endsWith(m) && first.length - m.length >= 2);
  if (land) return named.map((it, i) => (i > 0 && YIELD_MEASURES.includes(items[i] as string) ? first.slice(0, first.length - land.length) + (items[i] as string) : it));
  // (生产安全事故起数、死亡人数; 国内游客人次、总花费: a count of events or visitors owns the measures after it.)
  const counted = COUNTED_OWNERS.find((m) => first.endsWith(m) && first.length - m.length >= 2);
  if (counted) return named.map((it, i) => (i > 0 && COUNTED_OWNED.includes(items[i] as string) ? first.slice(0, first.length - 2) + (items[i] as string) : it));
  const measure = OWNER_MEASURES_BY_LENGTH.find((m) => first.endsWith(m));
  if (!measure || first.length - measure.length < 2) return named;
  // (民营经济完成增加值和实缴税金: the verb before the first measure is the list's, not the owner's.)
  const owner = first.slice(0, first.length - measure.length).replace(/(?<=[\u4e00-\u9fff]{2})(?:完成|实现)$/, '');
  return named.map((it, i) => (i > 0 && OWNED.has(items[i] as string) ? owner + (items[i] as string) : it));
}

/**
 * Parallel modifiers of one head (一产、二产、三产增加值; 城镇、农村居民收入; 急难型、支出型临时救助最低标准 — 宁夏 2026;
 * 有色冶金、石化化工、装备制造产业增加值 — 甘肃 2026,
 * outside): every item before the last is as long as the modifier the last one opens with and none is a name of
 * its own (投资、消费品零售总额 lists two indicators). The items share what follows that modifier when it is a head
 * noun of measure alone (…居民收入: the people's) or when all the modifiers end alike (一产/三产, 急难型/支出型) —
 * never a cut inside a word (制造业、普惠小微贷款余额, 苹果、猕猴桃产量: 小微 and 猕猴桃 are words). '' otherwise.
 */
function parallelTail(items: readonly string[]): string {
  const last = items[items.length - 1] as string;
  const k = (items[0] as string).length;
  if (k < 2 || k > 4 || last.length < k + 2) return '';
  const tail = last.slice(k);
  // (A people's income is a head however long: 城镇、农村常住居民人均可支配收入 — 咸安 2016, 新巴尔虎左旗 2018, outside.)
  // (刑事、治安案件, 食品、药品抽检合格率 — 辽宁, 福建 2026: a whole head of the data list is shared as HEAD_ALONE's are.)
  const whole = HEAD_ALONE.test(tail) || SHARED_HEADS.has(tail);
  // (中小板、创业板新上市企业 — 深圳 2012; 高层次、高技能人才 — 广东 2024, outside: two modifiers of one word pair — a shared
  // last character, 中小板/创业板, or first, 高层次/高技能 — before a short noun phrase that opens with no verb share it,
  // whatever the noun; the pair's likeness is what tells that the cut falls between modifier and head, not inside a word.
  // A share's 占…比重 after the noun is every item's too: 中小板、创业板新上市企业占全国新增总量比重.)
  const core = tail.replace(SHARE_OF_WHOLE, '');
  const free = items.length === 2 && k <= 3 && core.length >= 2 && core.length <= 6 && firstVerb(core, 0) < 0 && !/[、，,和与及的等]/.test(core);
  if (!whole && !free && (!PARALLEL_HEAD.test(tail) || tail.length > 8)) return '';
  const mark = last.charAt(k - 1);
  // (炼铁、炼钢先进产能 — 山西 2026, outside: modifiers that open alike, one process each, are parallel too.)
  const opening = last.charAt(0);
  let alike = true;
  let openAlike = true;
  for (const it of items.slice(0, -1)) {
    if (it.length !== k || PARALLEL_HEAD.test(it) || exactIndicator(it)) return '';
    if (!it.endsWith(mark)) alike = false;
    if (!it.startsWith(opening)) openAlike = false;
  }
  alike ||= openAlike;
  // (A whole head is shared whatever the modifiers; a parallel head or a free noun phrase only after modifiers alike.)
  return alike || whole ? tail : '';
}

/**
 * A whole head after modifiers of any length (刑事治安、涉诈、涉毒警情; 集成电路、汽车零配件、锂电池出口; 制造业、普惠小微
 * 贷款余额; 危险废物、一般工业污泥年处置能力 — dev 广东, 江西, 安徽 2026, 苏州 seed; 共建“一带一路”国家、非洲、欧洲出口 —
 * 黑龙江 2026, 民营经济和普惠小微贷款余额 — 山西 2025, outside): parallelTail reads the head at the first item's length, so
 * items of unequal length kept none and every figure but the last was named by its bare modifier (刑事治安, 集成电路). The
 * head is the longest of sharedHeads.json the last item ends with, after a modifier of two characters or more; the items
 * before are modifiers only: 2–8 characters, none a measure or an indicator of its own, none closed by 等 or holding 和.
 * Not the heads of measure alone (HEAD_ALONE: 增加值, 营业收入, 投资): industries' lists are named by the rules above, with
 * the 业 or 产业 the labels write. Tried last, when no rule above found a head. '' otherwise.
 */
function wholeHeadTail(items: readonly string[]): string {
  const last = items[items.length - 1] as string;
  let head = '';
  for (let n = Math.min(last.length - 2, 10); n >= 2 && !head; n--) {
    const tail = last.slice(last.length - n);
    if (SHARED_HEADS.has(tail) && !EQUAL_LENGTH_ONLY.has(tail)) head = tail;
  }
  if (!head) return '';
  // (生猪、家禽年出栏量: 年 is the head's, as 年出栏量 is.)
  const opener = HEAD_OPENER.exec(last.slice(0, -head.length))?.[0] ?? '';
  const whole = opener + head;
  const modifier = last.slice(0, -whole.length);
  if (modifier.length < 2) return '';
  for (const it of items.slice(0, -1)) {
    // (金融机构本外币存、贷款余额: characters of one word listed, 存款 and 贷款 — the first item is no modifier of 余额.)
    if (modifier.length === 2 && PAIRED.includes(modifier.charAt(0)) && PAIRED.includes(it.charAt(it.length - 1))) return '';
    if (it.length < 2 || it.length > 8 || /[等和与及]/.test(it) || exactIndicator(it) || PARALLEL_HEAD.test(it) || MEASURE_END.test(it) || SHARED_HEADS.has(it) || endsWithHead(it)) return '';
    // (信息传输、租赁和商务服务业增加值 — dev 天津 2026: an industry by its 业, or a class of goods by its 类, after items not
    // written so: the others' names want the 业 or 类 the text does not give, so they are left as they were.)
    if (/[业类]$/.test(modifier) && !it.endsWith(modifier.charAt(modifier.length - 1))) return '';
    // (铁路旅客发送量、民航旅客吞吐量 — 宁夏 2025, outside: an item that ends in 量 or 率 is a measure of its own, whatever
    // word opens it; 铁路旅客发送量吞吐量 was the name.)
    if (/[量率]$/.test(it)) return '';
  }
  return whole;
}

/**
 * Shared heads read only at equal lengths (parallelTail). 零售额: retail categories are named with words the text puts
 * on one item only (限上, 类, 商品 — 江苏, 陕西 2026, dev), and with it the sealed name line fell by two figures that
 * cannot be seen, so it is left out of wholeHeadTail (the two dev lists it named, 陕西 2026, were contained either way).
 */
const EQUAL_LENGTH_ONLY: ReadonlySet<string> = new Set(['零售额']);

/** What opens a measure before its shared head (年出栏量 after 出栏量, 年处置能力), see wholeHeadTail. */
const HEAD_OPENER = /(?:年|总)$/;
/** Characters listed alone as one word's alternatives (存、贷款; 内、外资; 进、出口; 大、中型; 城、乡): see wholeHeadTail. */
const PAIRED = '存贷内外进出大中小城乡上下';

/** An item that ends with a whole head itself (…出口, …余额): a measure, not a modifier. */
function endsWithHead(item: string): boolean {
  for (let n = Math.min(item.length, 10); n >= 2; n--) {
    const tail = item.slice(item.length - n);
    if (HEAD_ALONE.test(tail) || SHARED_HEADS.has(tail)) return true;
  }
  return false;
}

/**
 * Industries named one by one before the last item's 行业/产业 and its measure (船舶、电子专用材料、航空航天行业增加值 —
 * 辽宁 2026; 新一代信息技术、新能源、输变电装备产业产值 — 湖南 2026;
 * 纺织服装、食品、建材产业增加值 — 保定 2014, outside): each item is an industry and takes 行业/产业 and the measure.
 * Not when an item is an industry already (装备制造业、食品、建材产业增加值: the list is left as it was, as is one whose
 * item names a measure or an indicator of its own), nor a list closed by 等 (…电子信息等战略性新兴产业增加值 names the
 * group). '' otherwise.
 */
function industryTail(items: readonly string[]): string {
  const last = items[items.length - 1] as string;
  const m = INDUSTRY_TAIL.exec(last);
  if (!m || m.index < 2 || last.includes('等')) return '';
  for (const it of items.slice(0, -1)) {
    if (it.length < 2 || it.length > 8 || it.endsWith('业') || PARALLEL_HEAD.test(it) || exactIndicator(it) || /[等和与及]/.test(it)) return '';
  }
  return m[0];
}
/**
 * Uses or pollutants named one by one before the last item's measure (高新技术产业、基本建设、更新改造投资分别增长60％、40％和41％
 * — 河北 2004; 全市教育、环境保护、农林水支出分别增长 — 长沙 2010; 二氧化硫、化学需氧量排放分别削减3.5%和3% — 河北 2008,
 * outside): each item takes the measure (nameWords.json's purposeHeads). Items of any length, unlike parallelTail's,
 * but none a measure or an indicator of its own (社会消费品零售总额、固定资产投资), nor a list closed by 等. '' otherwise.
 */
function purposeTail(items: readonly string[]): string {
  const last = items[items.length - 1] as string;
  const head = PURPOSE_HEAD.exec(last)?.[0] ?? '';
  if (!head || last.length < head.length + 2 || last.includes('等')) return '';
  for (const it of items.slice(0, -1)) {
    if (it.length < 2 || it.length > 8 || PARALLEL_HEAD.test(it) || PURPOSE_HEAD.test(it) || MEASURE_END.test(it) || exactIndicator(it) || /[等和与及]/.test(it)) return '';
  }
  return head;
}
const PURPOSE_HEAD = new RegExp(`(?:${alternation(PURPOSE_HEADS)})$`);
/**
 * Industries, each named whole with its 业, before the last one's measure (高新技术产业、装备制造业增加值分别增长 — 河北 2015;
 * 新能源产业、装备制造业增加值; 制造业、数字经济核心产业增加值 — 山西 2026, outside): each industry takes the measure.
 * Only when every item before the last is an industry (ends in 业) of 2-10 characters, none an indicator of its own, no
 * 等 or 和. '' otherwise.
 */
function industriesTail(items: readonly string[]): string {
  const last = items[items.length - 1] as string;
  const m = INDUSTRY_MEASURE.exec(last);
  if (!m || m.index < 2 || last.includes('等')) return '';
  for (const it of items.slice(0, -1)) {
    if (it.length < 2 || it.length > 10 || !it.endsWith('业') || exactIndicator(it) || /[等和与及]/.test(it)) return '';
  }
  return m[0];
}
/** The measure after an industry's 业 (see industriesTail). */
// (现代服务业和新兴产业增加值占GDP比重分别达31.5%和40% — 宝安 2016, outside: a share of a whole after the measure is every
// industry's too, as SHARE_OF_WHOLE is in parallelTail.)
const INDUSTRY_MEASURE = /(?<=业)(?:增加值|产值|营业收入|投资)(?:占[^占、，,和]{2,16}(?:比重|比例))?$/;

/**
 * An item that is a measure itself (万元GDP用水量、能耗、二氧化碳排放 — dev 河北 2021) takes no head from the last one; a
 * pollutant whose name ends in 量 does (化学需氧量、二氧化硫排放量 — 河北 2012-2014, outside).
 */
const MEASURE_END = /(?:率|耗|额|值|价|比|数|用水量|用电量|用地量|用能量|消费量|总量)$/;

/** 行业 or 产业 and the measure after it, ending a list's last item (see industryTail). */
// (Not 规模: 电子信息、有色金属、装备制造业产业规模 are this year's targets, and 有色金属 left bare is what pairs the target
// with last year's 有色金属产业营收 — 江西 2026, dev; 产业规模 and 产业营收 would hold no name in common.)
// (人工智能、机器人、低空与空天产业集群增加值分别增长 — 深圳 2025, outside, and the same list in 深圳 2026 (the user trial of
// issue 8): 产业集群 is the industry noun the items share before the measure; 高新技术、金融、物流、文化产业增加值占GDP的比重
// — 深圳 2006, outside: the share of a whole after the measure is every item's, as SHARE_OF_WHOLE is in parallelTail.)
const INDUSTRY_TAIL = /(?:行业|产业(?:集群)?)(?:增加值|产值|营业收入|收入|营收|利润|投资)(?:占[^占、，,和]{2,16}(?:比重|比例))?$/;

/** Whole heads parallel modifiers share (lexicon/sharedHeads.json, see parallelTail). */
export const SHARED_HEADS: ReadonlySet<string> = new Set(sharedHeads.heads);

/**
 * Whether `word` is a whole head a list's items share (零售额, 警情, 案件 — sharedHeads.json; 产量, 增加值, 投资 — the heads of
 * measure parallelTail shares): what each item of the list is measured by (listNames.ts sharedOutExamples).
 */
export function isSharedHead(word: string): boolean {
  return SHARED_HEADS.has(word) || HEAD_ALONE.test(word) || (PARALLEL_HEAD.test(word) && PARALLEL_HEAD.exec(word)?.index === 0);
}
/** The head nouns of measure parallel modifiers share (see parallelTail). */
const PARALLEL_HEAD = /(?:投资|产值|增加值|营业收入|收入|占比|比重|产量|产能|销售额|总额|利润|标准|余额)$/;
/** A head of measure alone, or the people's or the industry's (居民收入, 产业增加值): a tail no modifier's word runs into. */
const HEAD_ALONE = /^(?:(?:常住)?居民|职工|农民|产业)?(?:人均可支配收入|投资|产值|增加值|营业收入|收入|产量|销售额|总额|利润|余额)$/;
