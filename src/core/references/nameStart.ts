import verbData from '../lexicon/verbs.json';
import placeData from '../lexicon/placeVerbs.json';
import { PairSet, pairsOf } from './pairSet';
import { opensWithVerbNoun } from '../lexicon/verbs';
import { matchUnit } from '../numbers/units';

/** How far back from its type word a name may start (世界反法西斯战争海拉尔纪念园: 14 characters before 纪念园). */
const MAX_MODIFIER = 20;
/** Characters a name never spans: punctuation, and the particles and prepositions between words. */
const STOP = new Set('，。；：、！？,.;:!?（）()《》“‘’「」—… \t的和与及或在对把将为了等是由从向到至被以');
/** Words that end in a particle's character but are no particle (自由贸易试验区, 和谐社区). */
const PARTICLE_IN_WORD: readonly string[] = ['自由', '和谐', '和平', '中和', '对外', '在线', '高等', '中等', '和美', '为民'];
/** PARTICLE_IN_WORD as pairs of code units (pairSet.ts): asked at every stop the backward scan meets, without a cut. */
const PARTICLE_PAIRS = new PairSet(pairsOf(PARTICLE_IN_WORD));
/**
 * Verbs that lead into a name but are missing from verbs.json, which keeps only verbs that never end an indicator; with
 * them the verbs of leaning on something the dictionary lacks (借势|雄安新区, 借力, 立足, 紧扣, 紧抓, 深耕), and of
 * fighting or watching one (持续打好|蓝天碧水净土保卫战, 紧盯|国际医疗基地).
 */
export const LEAD_VERBS: ReadonlySet<string> = new Set(['建设', '落实', '推进', '实施', '打造', '创建', '培育', '加快', '深化', '支持', '举办', '召开', '改造', '治理', '开展', '启动', '组建', '设立', '申建', '争创', '获批', '增设', '确定', '强化', '整改', '筹办', '主办', '谋划', '建好', '争当', '申报', '打响', '擦亮', '唱响', '揭牌', '获评', '对接', '健全', '申办', '抢抓', '对标', '壮大', '预计', '用好', '管好', '优化', '落户', '建强', '做强', '做优', '做实', '做大', '入驻', '荣获', '印发', '布局', '落地', '续建', '新建', '加入', '加密', '开行', '贯彻', '借势', '借力', '立足', '紧扣', '紧抓', '深耕', '打好', '紧盯', '部署']);
/** A bracketed place inside a name (中欧(亚)班列, 江苏(苏州)国际铁路物流中心) is at most this long, brackets included. */
const MAX_BRACKETED = 6;
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/**
 * The conjunction a formal name may hold (全国区域性科技创新及转化基地); 和 joins two things far more often than it names
 * one. One code unit, compared at every step of the backward scan (perf30: a Set of one number was a lookup per step).
 */
const CONJUNCTION = '及'.charCodeAt(0);
/** A quoted piece inside a name (产业用地更新“双百”行动) is at most this long, quotes included. */
const MAX_QUOTED = 10;

/** Code-unit tests: the backward scan reads one character per step and never makes a string of it. */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const STOP_BITS = new Uint32Array(0x10000 >>> 5);
for (const ch of STOP) STOP_BITS[ch.charCodeAt(0) >>> 5] = (STOP_BITS[ch.charCodeAt(0) >>> 5] as number) | (1 << (ch.charCodeAt(0) & 31));
export const isStop = (c: number): boolean => (((STOP_BITS[c >>> 5] as number) >>> (c & 31)) & 1) === 1;
export const CLOSE_QUOTE = 0x201d;
const ASCII_QUOTE = 0x22;

/** Whether text[from..to) may be a quoted piece of a name: some characters, none a stop ("和" between two quotes is not). */
function quotedPiece(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (isStop(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The report's own country or place said as "ours" (深化我国|民族团结进步示范区, 我省|…): a name starts after it and
 * never holds it, as after a verb that leads into names.
 */
const OWN_SCOPES: readonly string[] = ['我国', '我省', '我市', '我区', '我县', '我州', '我盟'];
/** Adverbs of effort or outcome said before what is done (力争|晋北采煤沉陷区新能源基地, 大力|…, 申办成功|…): a name starts after them. */
const LEAD_ADVERBS: readonly string[] = ['力争', '积极', '大力', '全力', '着力', '扎实', '稳步', '有序', '努力', '成功'];
/**
 * Words that say when, or which part of what was said (今年|计划投资, 年内|计划, 其中|南北山绿化工程): a name starts after
 * them and never holds them — said right before a type word that is also a verb (计划), they leave no name at all.
 */
const LEAD_SCENES: readonly string[] = ['今年', '明年', '年内', '全年', '当年', '本年', '今后', '其中'];
const LEAD_WORDS: readonly string[] = [...LEAD_VERBS, ...OWN_SCOPES, ...LEAD_ADVERBS, ...LEAD_SCENES];
/**
 * The words that lead into names, and with them the dictionary's verbs, as pairs of UTF-16 code units (pairSet.ts), so
 * that the backward scan below, which asks at every character whether a verb ends there, never cuts a string or makes
 * a number to ask — one set for either, one probe per step. The few verbs of three characters are found by their
 * first two, then compared whole.
 */
const LEAD2 = new PairSet(pairsOf(LEAD_WORDS));
const VERB_OR_LEAD2 = new PairSet([...pairsOf(verbData.verbs), ...pairsOf(LEAD_WORDS)]);
/**
 * Cities the dictionary lists as verbs too (placeVerbs.json: 保定): a reading that opens with one opens with the city,
 * not with a verb before its object, and stands as any reading does. The backward scan still stops after them, so that
 * the name after a city (保定·中关村创新中心 … 中关村创新中心) is a reading too.
 */
const PLACE_VERB2 = new PairSet(pairsOf(placeData.places));
const VERB3_WORDS: ReadonlySet<string> = new Set(verbData.verbs.filter((v) => v.length === 3));
const VERB3_HEAD = new PairSet(pairsOf([...VERB3_WORDS].map((v) => v.slice(0, 2))));
const verb3At = (text: string, at: number): boolean => VERB3_HEAD.hasAt(text, at) && VERB3_WORDS.has(text.slice(at, at + 3));

/** Whether a noun of the dictionary that opens with a verb (增值税) runs over `s`, where that verb ends. */
function inVerbNoun(text: string, s: number): boolean {
  // Most verb ends open no such noun: the noun's first two characters are looked up before any string is cut.
  return (VERB_NOUN2.hasAt(text, s - 2) && opensWithVerbNoun(text.slice(s - 2, s + 2))) || (VERB_NOUN2.hasAt(text, s - 3) && opensWithVerbNoun(text.slice(s - 3, s + 1)));
}
const VERB_NOUN2 = new PairSet(pairsOf(verbData.verbNouns.map((w) => w.slice(0, 2))));

/**
 * Numerals in words and the classifiers after them (两届|广交会, 三个|…): a count, as 16项 is in digits. Not an
 * edition (第十四届全国冬运会), and not 项, which numbers a name's own parts (中央八项规定).
 */
const CN_NUMERAL: ReadonlySet<number> = new Set([...'二两三四五六七八九十百千几'].map((c) => c.charCodeAt(0)));
const CLASSIFIER_BITS = new Uint32Array(0x10000 >>> 5);
for (const ch of '届个家座所条批次') CLASSIFIER_BITS[ch.charCodeAt(0) >>> 5] = (CLASSIFIER_BITS[ch.charCodeAt(0) >>> 5] as number) | (1 << (ch.charCodeAt(0) & 31));
const isClassifier = (c: number): boolean => (((CLASSIFIER_BITS[c >>> 5] as number) >>> (c & 31)) & 1) === 1;
const ORDINAL = '第'.charCodeAt(0);

/** Whether a numeral in words and its classifier end at `s` (两届广交会: no part of the name). Code units only. */
function countedInWords(text: string, s: number): boolean {
  if (s < 2 || !isClassifier(text.charCodeAt(s - 1)) || !CN_NUMERAL.has(text.charCodeAt(s - 2))) return false;
  let k = s - 2;
  while (k > 0 && s - k < 6 && CN_NUMERAL.has(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1) !== ORDINAL;
}

/**
 * Whether a number's unit of two to four characters ends at `s` (330千伏|电网工程, 24小时|…, 2.2平方公里|中心…): the
 * name starts after the unit, as after a one-character classifier, not inside it (伏电网工程, 方公里中心). Looked up only
 * after a digit.
 */
function unitEndsAt(text: string, s: number): boolean {
  for (let k = 2; k <= 4; k++) if (isDigitCode(text.charCodeAt(s - k - 1)) && matchUnit(text, s - k)?.surface.length === k) return true;
  return false;
}

const BOUND_OPEN = '以'.charCodeAt(0);
const BOUND_ENDS: ReadonlySet<number> = new Set([...'上下'].map((c) => c.charCodeAt(0)));

/**
 * Whether a bound word (以上, 以下) ends where the backward scan stands, its two code units read already (c2, c1): 以 is
 * a preposition elsewhere (STOP), but 以上 is one word, and a name never starts on its second half (县级以上|现代农业园区
 * read 上现代农业园区 — 曲阳 2020 and 2022, 易县 2021, 涞水 2020, outside: a grade's class the report counts, linked to
 * its first count).
 */
function boundEndsAt(c2: number, c1: number): boolean {
  return c2 === BOUND_OPEN && BOUND_ENDS.has(c1);
}

const ROUND = '轮'.charCodeAt(0);
/** The result a verb may carry (实施好, 办好): what follows it is what was done well. */
const GOOD = '好'.charCodeAt(0);
const ONE = '一'.charCodeAt(0);

/**
 * Whether a round ends at `s` (新一轮|郑州航空港区, 第五轮|示范引领工程, 第三轮|中央生态环境保护督察): which time a
 * programme is run, not its name, which each round keeps. Code units only.
 */
function roundEndsAt(text: string, s: number): boolean {
  if (s < 2 || text.charCodeAt(s - 1) !== ROUND) return false;
  const c = text.charCodeAt(s - 2);
  return c === ONE || CN_NUMERAL.has(c) || isDigitCode(c);
}

/** Middle dots (·, ・, •) a place and its name are joined by. */
const MIDDLE_DOTS: ReadonlySet<number> = new Set([0xb7, 0x30fb, 0x2022, 0xff65]);

/** Digits of a service number said as a name (12345热线, 12315平台): a count is never written so long without a unit. */
const MIN_SERVICE_NUMBER = 5;

/** Magnitudes and classifiers a count's digits run into (12000万元, 20000亩 is a unit; 10000余人, 12000多家). */
const AFTER_COUNT: ReadonlySet<number> = new Set([...'万亿千百十余多个家条项批次'].map((c) => c.charCodeAt(0)));

/**
 * Where a service number of five digits or more starts when it ends right before `word` and the character there opens
 * no unit, magnitude or classifier of a count (12345|政务服务便民热线), else -1. Bounded by `limit`. Code units only,
 * but for the one unit lookup.
 */
function serviceNumberStart(text: string, word: number, limit: number): number {
  let k = word;
  while (k > limit && isDigitCode(text.charCodeAt(k - 1))) k--;
  if (word - k < MIN_SERVICE_NUMBER || /[.．%]/.test(text[k - 1] ?? '') || AFTER_COUNT.has(text.charCodeAt(word))) return -1;
  return matchUnit(text, word) === undefined ? k : -1;
}

/** What an event's title opens with after its year (2022|中国国际…, 2024|世界…): words no classifier starts. */
const TITLE_OPENINGS: ReadonlySet<string> = new Set(['中国', '中华', '全国', '世界', '国际']);

/** Whether a year (19xx, 20xx) ends at `s - 1` and a title's opening word starts there (2022|中国). Code units only. */
function yearOpensTitle(text: string, s: number): boolean {
  const y = s - 5;
  if (y < 0 || !isDigitCode(text.charCodeAt(s - 2)) || !isDigitCode(text.charCodeAt(s - 3)) || isDigitCode(text.charCodeAt(y - 1))) return false;
  const century = text.slice(y, y + 2);
  return (century === '19' || century === '20') && TITLE_OPENINGS.has(text.slice(s - 1, s + 1));
}

/** Whether one of LEAD_VERBS ends at `s`. */
function leadEndsAt(text: string, s: number): boolean {
  return s >= 2 && LEAD2.hasAt(text, s - 2);
}

/** Whether a verb of two or three characters ends at `s` (where a name after it may start). */
function verbEndsAt(text: string, s: number, limit: number): boolean {
  if (s - 2 >= limit && VERB_OR_LEAD2.hasAt(text, s - 2)) return true;
  return s - 3 >= limit && verb3At(text, s - 3);
}

/** verbEndsAt(text, s, 0) for the backward scan, which has read the two units before `s` (c2, c1) already. */
function verbEndsBefore(text: string, s: number, c2: number, c1: number): boolean {
  if (s >= 2 && VERB_OR_LEAD2.has(c2, c1)) return true;
  return s >= 3 && VERB3_HEAD.has(text.charCodeAt(s - 3), c2) && VERB3_WORDS.has(text.slice(s - 3, s));
}

/** Whether the name starting at `s` would begin with a verb (推进…, 加强…): then only a verb or a quote may stand before it. */
export function verbStartsAt(text: string, s: number): boolean {
  if (s + 2 > text.length || PLACE_VERB2.hasAt(text, s)) return false;
  return VERB_OR_LEAD2.hasAt(text, s) || (s + 3 <= text.length && verb3At(text, s));
}

/**
 * Whether a word ends at `end`: the text ends, or punctuation, a particle, a digit or a verb follows (蒙拓农机|3000台,
 * 华德牧业|等, …农机|实现), not another noun the word would modify (农机|配件, 农机|服务中心).
 */
export function wordEndsAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return !isHanCode(c) || isStop(c) || verbStartsAt(text, end);
}

/** Whether a whole modifier is one verb and nothing more (促进|行动, 提升|工程): an action's kind, no name. */
export function onlyVerb(modifier: string): boolean {
  return (modifier.length === 2 && VERB_OR_LEAD2.hasAt(modifier, 0)) || (modifier.length === 3 && VERB3_WORDS.has(modifier));
}

/**
 * Whether a name may start at `s` because a word ends there: the text's start, punctuation or a particle, a number,
 * an opening quote or a verb. Not a start where a reading only ran out of reach (MAX_MODIFIER) inside a word.
 */
export function startsAfterBoundary(text: string, s: number): boolean {
  if (s === 0) return true;
  const c = text.charCodeAt(s - 1);
  return isStop(c) || isDigitCode(c) || text[s - 1] === '“' || verbEndsAt(text, s, 0);
}

/**
 * Where a name ending at its type word (at `typeAt`) may start, longest first; the last is the nearest, where the
 * name starts unless a longer reading recurs in the report. Read backwards: never across punctuation, a particle
 * (的, 和, 在 …), a number with its classifier (16项), or a date; a verb of jieba's dictionary (建设, 推进 …) is where
 * a name may start (建设材料科学姑苏实验室 → 材料科学姑苏实验室), and a name may go on back over it when it recurs
 * (服务业扩大开放综合试点). A quoted piece is stepped over whole (产业用地更新“双百”行动). Bounded by MAX_MODIFIER.
 * `atTypeWord`: `typeAt` is where a type word starts (entities.ts), not where a list's item ends.
 */
export function nameStarts(text: string, typeAt: number, atTypeWord = false): number[] {
  const limit = Math.max(0, typeAt - MAX_MODIFIER);
  const starts: number[] = [];
  let s = typeAt;
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (c === CLOSE_QUOTE) {
      // Looked for within the quoted piece's reach only: a text of closing quotes alone stays linear.
      let open = s - 2;
      while (open >= limit && s - open <= MAX_QUOTED && text[open] !== '“') open--;
      if (open < limit || s - open > MAX_QUOTED || /[，。；：！？]/.test(text.slice(open, s))) break;
      // After the quoted piece a name may start too (“十百千万”|示范引领工程 … 第五轮|示范引领工程).
      if (s !== typeAt && starts[starts.length - 1] !== s) starts.push(s);
      s = open;
      starts.push(s);
      continue;
    }
    if (c === ASCII_QUOTE) {
      // A report typed with straight quotes ("中国电谷"建设, 保定 2007–2010, outside) says no which quote opens: one
      // with its partner within a quoted piece's reach, no punctuation between, closes a piece inside the name and is
      // stepped over (产业用地更新"双百"行动); one without opens the quote the name starts after (实施了"中国电谷").
      let open = s - 2;
      while (open >= limit && s - open <= MAX_QUOTED && text.charCodeAt(open) !== ASCII_QUOTE) open--;
      if (open < limit || s - open > MAX_QUOTED || !quotedPiece(text, open + 1, s - 1)) break;
      if (s !== typeAt && starts[starts.length - 1] !== s) starts.push(s);
      s = open;
      starts.push(s);
      continue;
    }
    if (c === 0x29 && s - 2 >= limit) {
      // A bracketed place inside a name (中国建造(安徽)互联网平台, 中欧(亚)班列) is stepped over whole when a name's
      // characters stand on both sides of it; a bracket after a word (…论坛(连云港)) is no part of the next name.
      const open = text.lastIndexOf('(', s - 2);
      if (open > limit && s - open <= MAX_BRACKETED && /^[\u4e00-\u9fff]+$/.test(text.slice(open + 1, s - 1)) && isHanCode(text.charCodeAt(open - 1)) && !isStop(text.charCodeAt(open - 1))) {
        s = open;
        continue;
      }
    }
    // A service number right before its type word (12345热线) is the name itself, not a count.
    if (s === typeAt && isDigitCode(c)) {
      let k = s;
      while (k > limit && isDigitCode(text.charCodeAt(k - 1))) k--;
      if (s - k >= MIN_SERVICE_NUMBER && !/[.．%]/.test(text[k - 1] ?? '')) {
        starts.push(k);
        return starts;
      }
    }
    // A year said as an event's edition (办好2022|中国国际数字经济博览会) is followed by the title, not a classifier: the
    // name starts right after its digits.
    // The unit before this one, read once for the tests below (NaN before the text's start: no digit, no pair).
    const c2 = text.charCodeAt(s - 2);
    if (isDigitCode(c2) && yearOpensTitle(text, s)) {
      s--;
      break;
    }
    // A service number with words of its name after it (12345政务服务便民热线) opens that name as it opens 12345热线: the
    // digits are read back into it, not taken for a count whose classifier would be 政 (务服务便民热线, src32 满城区-2022 and
    // 曲阳县-2022, outside).
    if (isDigitCode(c2) && isHanCode(c)) {
      const k = serviceNumberStart(text, s - 1, limit);
      if (k >= 0) {
        s = k;
        break;
      }
    }
    // A conjunction between two words of one name (全国区域性科技创新|及|转化基地) ends the nearest reading, and a longer one
    // may go on back over it: like a reading over a verb, that one stands only where the report says it again.
    if (c === CONJUNCTION && s !== typeAt && s - 1 > limit && isHanCode(c2) && !isStop(c2) && !PARTICLE_PAIRS.hasAt(text, s - 1) && !PARTICLE_PAIRS.hasAt(text, s - 2)) {
      if (starts[starts.length - 1] !== s) starts.push(s);
      s--;
      continue;
    }
    // A date or a number with its classifier before the name (2024年全国…, 16项中央环保督察) is not part of it.
    if ((isStop(c) && !PARTICLE_PAIRS.hasAt(text, s - 2) && !PARTICLE_PAIRS.hasAt(text, s - 1)) || isDigitCode(c) || (isDigitCode(c2) && c >= 0x4e00 && c <= 0x9fff) || unitEndsAt(text, s) || countedInWords(text, s) || roundEndsAt(text, s) || boundEndsAt(c2, c)) break;
    // A verb and 好, its result (实施好|三江源国家公园, 办好|能博会, 建设好|…): the name starts after 好, as after a verb
    // that leads into names; a 好 read into it (好三江源国家公园) made a reading said nowhere else (青海 2025, outside:
    // 三江源国家公园进入… 实施好三江源国家公园总体规划; dev: 办好第三届全国博士后…, 用好…).
    if (c === GOOD && s !== typeAt && verbEndsAt(text, s - 1, limit)) {
      if (starts[starts.length - 1] !== s) starts.push(s);
      return starts.reverse();
    }
    // A verb that opens a noun of the dictionary (增值|税, 开发|区) is part of that noun, no name's start. A verb may
    // begin before the reach while ending inside it (成功举|办第十届…展销会, 22 characters): it still says where the
    // name starts.
    if (verbEndsBefore(text, s, c2, c) && !inVerbNoun(text, s)) {
      // Once: a verb that ends where a quoted piece opens (实施|“十百千万”…) gives the start the quote gave.
      if (starts[starts.length - 1] !== s) starts.push(s);
      // A verb that leads into names (建设, 推进, 落实 …) is never inside one: 坚决落实|中央八项规定. Unless another verb
      // follows it at once: 深化提升 is a compound inside a name (国有企业改革深化提升行动), not what leads into one; nor
      // one said right before the type word, which names the action's doing (区域合作|深化|行动, 农副食品加工业|培育壮大|
      // 行动, 科技领军企业|培育|行动): what it does is said before it, and that reading stands only where it recurs. Nor one
      // with a phase alone after it (集中供热锅炉改造|一期|工程: nearestStart). Only before a type word: a list's item read
      // back from its 等 (老旧小区改造|等重点项目) is ordinary works, the verb what is done to them.
      if (leadEndsAt(text, s) && !verbStartsAt(text, s) && !(atTypeWord && (s === typeAt || barePhase(text, s, typeAt)))) return starts.reverse();
    }
    s--;
  }
  if (starts[starts.length - 1] !== s) starts.push(s);
  // Nearest first as found; a start that would begin with a verb is kept only after a verb that leads into names or
  // a quote (推进|优化营商环境创新行动, “优化营商环境创新行动2021”), never at a hard stop (，加强…中心) or after another
  // verb (复制推广|自贸区改革试点).
  // Kept in place (no second array per type word).
  let kept = 0;
  for (const found of starts) {
    // A middle dot joins a place to its name (保定・中关村创新中心, 保定·中国电谷: src32 保定市-2018, 保定市-2021, 徐水县-2010,
    // outside); a reading never opens with it: the name after it starts after it (中关村创新中心, as said alone later).
    const st = MIDDLE_DOTS.has(text.charCodeAt(found)) && found + 1 < typeAt ? found + 1 : found;
    if (kept > 0 && starts[kept - 1] === st) continue;
    if (st === typeAt || !verbStartsAt(text, st) || text[st - 1] === '“' || text[st - 1] === '”' || leadEndsAt(text, st) || roundEndsAt(text, st)) starts[kept++] = st;
  }
  starts.length = kept;
  return starts.reverse();
}

/** A phase and nothing more (一期, 2期). */
const BARE_PHASE = /^[一二三四五六七八九十\d]期$/;
const PHASE = '期'.charCodeAt(0);

/**
 * Of the starts nameStarts found for the type word at `at`, the nearest reading: the last one, unless what it reads is
 * a phase alone after a verb (辽宁 2025, outside: 辽东半岛水资源配置|一期|工程; 高阳 2017: 集中供热锅炉改造|一期|工程),
 * which names no project — every project has its 一期 — and the reading back over the verb, the project's name with
 * its phase, is the nearest one.
 */
export function nearestStart(text: string, found: readonly number[], at: number): number {
  const last = found[found.length - 1] as number;
  return found.length >= 2 && barePhase(text, last, at) ? (found[found.length - 2] as number) : last;
}

/** Whether text[start..at) is a phase and nothing more (一期). */
function barePhase(text: string, start: number, at: number): boolean {
  return at - start === 2 && text.charCodeAt(at - 1) === PHASE && BARE_PHASE.test(text.slice(start, at));
}
