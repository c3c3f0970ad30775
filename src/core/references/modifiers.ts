import data from '../lexicon/entityTypes.json';
import { WordTrie } from './wordTrie';
import { onlyVerb, verbStartsAt } from './nameStart';
import { ADVERBS_OF_DOING } from './adverbsOfDoing';

/**
 * What makes a modifier before a type word a proper name, not an ordinary phrase (重点工程, 省级重点实验室): the
 * lexicon's type words and ordinary modifiers (entityTypes.json), and the tests entities.ts reads them with.
 */
/** The type words as a trie (middles.ts reads a name's type word with it too). */
export const TYPES = new WordTrie(data.types);
export const TYPE_WORDS: ReadonlySet<string> = new Set(data.types);
const GENERIC = new Set([...data.genericModifiers, ...data.aloneKinds]);
/** The ordinary modifiers as a trie: the longest one at an offset in one walk. */
export const GENERIC_TRIE = new WordTrie(data.genericModifiers);
export const STANDALONE: ReadonlySet<string> = new Set(data.standaloneNames);
/** Type words of a region a report has one of (大湾区, 都市圈): said alone, they are that one said short. */
export const SAID_ALONE: ReadonlySet<string> = new Set(data.saidAlone);

/** A count right before a modifier (15个|社区…): a numeral, digits or words, and its classifier, read as code units. */
const COUNT_NUMERAL = codeSet('0123456789二两三四五六七八九十百千几');
const COUNT_CLASSIFIER = codeSet('个家座所处条批');
/**
 * The clipped kinds of zone everyone uses (entityTypes.json typeClips: 自贸试验区, 经开区, 高新区): counted (national
 * 2017: 7个自贸试验区; 2018: 在上海等省市设立11个自贸试验区 … 全面复制推广自贸试验区经验) they are the zones the report
 * sets up, a programme it carries out (test/fixtures/links/README.md: a counted zone stays a name), though their
 * modifier (自贸) is short.
 */
const CLIPPED_KINDS: ReadonlySet<string> = new Set(Object.values(data.typeClips as Record<string, string>));
/** 市 or 县 after a name (张家港|市), unless it opens another word (市区, 市场, 市级, 县域, 县乡). */
const PLACE_SUFFIX = codeSet('市县');
const NOT_PLACE_AFTER = codeSet('区场级域乡');
/** The code units of `chars`, for tests on one character of the text without cutting a string. */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
/**
 * The last code units of `words`: a text that ends (or a position that is preceded) otherwise ends with none of them,
 * which one lookup tells before any endsWith per word.
 */
export function lastCodes(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map((w) => w.charCodeAt(w.length - 1)));
}
/** A modifier that is an ordinal and nothing more (第四, 第2). */
const ORDINAL_ONLY = /^第[一二三四五六七八九十百零\d]+$/;
const NUMBERED = /^[一二三四五六七八九十两百千\d]+[大个项条种批类]/;
/** A grade (A级, 4A级, 五星级) opens the name of a class of places rated so, never of one place (A级旅游景区). */
const GRADE = /^(?:[\d一二三四五]?A|[\d一二三四五]星)级/;
/** The characters ORDINAL_ONLY, NUMBERED and GRADE may open with. */
const ORDINAL_MARK = '第'.charCodeAt(0);
const NUMBERED_FIRST = codeSet('一二三四五六七八九十两百千0123456789');
const GRADE_FIRST = codeSet('0123456789一二三四五A');
/** 级, which a grade ends with (一级, 三级, 5A级). */
const GRADE_MARK = '级'.charCodeAt(0);

/** 我, the speaker's pronoun. */
const FIRST_PERSON = '我'.charCodeAt(0);

/** A proper name: a modifier of two or more characters that is not an ordinary one, and not inside quotes (terms.ts). */
export function isName(modifier: string, text: string, start: number, end: number): boolean {
  if (modifier.length < 2) return false;
  // Counted and made mostly of ordinary words (改扩建15个社区党群服务中心), it is a kind of thing, of which there are
  // several; a counted name that is specific (新增4个服务业扩大开放综合试点) is still the programme's.
  // (Tested on code units: this runs for every reading of every type word, and a cut string per test was garbage.)
  if (start >= 2 && COUNT_CLASSIFIER.has(text.charCodeAt(start - 1)) && COUNT_NUMERAL.has(text.charCodeAt(start - 2)) && specificLength(modifier) < MIN_SPECIFIC && !CLIPPED_KINDS.has(text.slice(start, end))) return false;
  // Followed by 市 or 县 it is a place's name (张家港市, 连云港市), not a port's or a zone's.
  if (PLACE_SUFFIX.has(text.charCodeAt(end)) && !NOT_PLACE_AFTER.has(text.charCodeAt(end + 1))) return false;
  // The patterns below are anchored: each runs only where the modifier's first character (or 级, 期) lets it match —
  // a regex call per reading of every type word cost more than the walks (and more again after a full GC).
  const first = modifier.charCodeAt(0);
  // The speaker's 我 (我代表坪山新区管委会…, 我们…) opens a clause, never a name: the report's own place said as ours
  // (我国, 我省) is a scope a name starts after (nameStart.ts OWN_SCOPES), not inside.
  if (first === FIRST_PERSON) return false;
  // An ordinal alone (“疆电外送”|第四通道 … “西气东输”|第四通道) is the Nth of whatever was said before it, no name.
  if (first === ORDINAL_MARK && ORDINAL_ONLY.test(modifier)) return false;
  // A numbered slogan (三大攻坚战, 两大基地, 十大工程) counts things; it names none of them.
  if (NUMBERED_FIRST.has(first) && NUMBERED.test(modifier) && !namesSet(modifier)) return false;
  // One verb alone before the type word (老年健康|促进行动 … 妇幼健康|促进行动) says what is done, not which programme.
  if (onlyVerb(modifier)) return false;
  // A grade (新增A级旅游景区, 5A级景区) says which class of places, as 省级 does: no one place's name.
  if (GRADE_FIRST.has(first) && GRADE.test(modifier)) return false;
  // So does a grade said last (饮用水水源|一级|保护区 — 宝安 2019 and 坪山 2018, outside; 三级|医院): the zones, the
  // hospitals of that grade, of which a city has many.
  if (modifier.charCodeAt(modifier.length - 1) === GRADE_MARK && GRADE_FIRST.has(modifier.charCodeAt(modifier.length - 2))) return false;
  // A phase with nothing but ordinary words before it (…项目，一期工程开工建设; 棚户区改造|项目一期工程) is a phase of
  // whatever was just said, no project's name: every project has its 一期.
  if (onlyPhase(modifier)) return false;
  if (GENERIC.has(modifier) || (modifier.endsWith('的') && GENERIC.has(modifier.slice(0, -1)))) return false;
  // Made of generic words only (重点民生工程, 省级重点实验室): an ordinary phrase.
  if (onlyGeneric(modifier)) return false;
  // A modifier that is itself a type word (行动计划, 示范基地), or one with ordinary words after it (自贸区|改革|试点): a
  // kind of thing, not a name.
  if (TYPE_WORDS.has(modifier) || typeThenGeneric(modifier)) return false;
  if (text[start - 1] === '“' && text[end] === '”') return false;
  // Alone in brackets after another name (全球公共安全合作论坛（连云港）), it says where that one is held: a place.
  // (The paragraph text is folded: its brackets are ASCII.)
  if ((text[start - 1] === '(' || text[start - 1] === '（') && (text[end] === ')' || text[end] === '）')) return false;
  // A service number (12345|热线) names the service; other modifiers hold a Chinese word. Read as code units: a regex
  // here, run for every reading, was compiled again after every full GC (alternatingRatio.ts) at a cost the bench's
  // forced mode saw.
  return holdsHan(modifier) || serviceNumber(modifier);
}

/** A set's number (十大, 三大): what follows it may say which set (十大|重点节能|工程). */
const NUMBERED_SET = /^[一二三四五六七八九十两百千\d]+大/;
/**
 * Whether a numbered modifier names a set in specific words (national 2008: 启动十大重点节能工程 … 加快十大重点节能工程实施
 * 进度), not in ordinary ones only (十大工程, 两大基地, 三大重点项目), nor counts items (两项|自贸试验区, 一批).
 */
function namesSet(modifier: string): boolean {
  const set = NUMBERED_SET.exec(modifier);
  return set !== null && specificLength(modifier.slice(set[0].length)) >= MIN_SPECIFIC_READING;
}

function holdsHan(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/** Five digits or more and nothing else (12345). */
function serviceNumber(s: string): boolean {
  if (s.length < 5) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A phase (一期, 二期, 3期) ending a modifier. */
const PHASE = /[一二三四五六七八九十\d]期$/;
const PHASE_END = '期'.charCodeAt(0);
/** Words that say a phase is of some project, no project in particular (项目一期). */
const PHASE_OF = new Set(['', '项目']);

/** Whether a modifier is a phase with only ordinary words before it (一期, 项目一期, 重点项目二期). */
function onlyPhase(modifier: string): boolean {
  if (modifier.charCodeAt(modifier.length - 1) !== PHASE_END) return false;
  const m = PHASE.exec(modifier);
  if (!m) return false;
  const before = modifier.slice(0, m.index);
  return PHASE_OF.has(before) || onlyGeneric(before) || (before.endsWith('项目') && onlyGeneric(before.slice(0, -2)));
}

/** Words that say how well something is done (高水平, 高质量 …), and adverbs of doing (适当, 超额 …: adverbsOfDoing.ts). */
const MANNER: readonly string[] = ['高水平', '高质量', '高标准', '高起点', '高规格', '全方位', ...ADVERBS_OF_DOING];
const MANNER_WORDS: ReadonlySet<string> = new Set(MANNER);

/** Whether a word is one of how something is done (高质量, 适当): never a place, though lists hold it (更高质量、更有效率). */
export function isManner(word: string): boolean {
  return MANNER_WORDS.has(word);
}

/**
 * Whether a reading opens with a word of manner and a verb right after it (高水平|共建|西部陆海新通道): how something is
 * done, never a name's start, however often it is said.
 */
export function opensWithManner(text: string, start: number, at: number): boolean {
  const word = MANNER.find((w) => text.startsWith(w, start));
  return word !== undefined && start + word.length < at && verbStartsAt(text, start + word.length);
}

/** An item of a list sharing a type word: something specific, not a type word's name of its own (苏州实验室). */
export function isListItem(item: string): boolean {
  // An item that opens with an ordinary word (能源、重要|原材料基地) names a kind of thing, as the whole list then does.
  // A phase alone (年内完成|一期|、四期工程 — 宝安 2019, outside) is a phase of the works just said, as isName reads it.
  return GENERIC_TRIE.longestAt(item, 0) === null && !GENERIC.has(item) && !holdsTypeWord(item) && !onlyPhase(item);
}

/**
 * Whether an item holds a type word of its own (…、重要原材料基地、…): a name of its own kind. Not a two-character item
 * ending in a one-character one: 曲港 (曲阳–黄骅港) of 荣乌、太行山、曲港、津石高速 (src32 保定市-2018, 保定市-2021,
 * 博野县-2022's 曲港、津石两条高速, outside) is the road's stem, as its neighbours are; a port is named by a place
 * of two characters or more (唐山港, 黄骅港).
 */
function holdsTypeWord(item: string): boolean {
  const found = TYPES.matches(item);
  return found.length > 0 && !(item.length === 2 && found.every(([, type]) => type.length === 1));
}

/** Characters of a counted name's modifier left when its ordinary words are taken out, for it to be a name… */
const MIN_SPECIFIC = 4;
/** …and of a longer reading over a verb (国家自主创新示范区: 自主). */
export const MIN_SPECIFIC_READING = 2;

/** How many characters of `modifier` are not in ordinary words (greedy, longest ordinary word first). */
export function specificLength(modifier: string): number {
  let n = 0;
  for (let i = 0; i < modifier.length; ) {
    const matched = GENERIC_TRIE.longestAt(modifier, i)?.length ?? 0;
    if (matched === 0) {
      n++;
      i++;
    } else i += matched;
  }
  return n;
}

/** Whether a modifier is a type word followed by ordinary words only (自贸区改革). */
function typeThenGeneric(modifier: string): boolean {
  return TYPES.someWordAt(modifier, 0, modifier.length, (typeEnd) => onlyGeneric(modifier.slice(typeEnd)));
}

/** The last characters of the generic words: a modifier of generic words only ends with one of them. */
const GENERIC_ENDS = lastCodes(data.genericModifiers);

/**
 * Whether generic words may end right before `at` (onlyGeneric of any text ending there can hold): a look at one
 * character, for callers that would otherwise cut and split several modifiers ending there to learn that none is.
 */
export function genericMayEndAt(text: string, at: number): boolean {
  return at > 0 && GENERIC_ENDS.has(text.charCodeAt(at - 1));
}

export function onlyGeneric(modifier: string): boolean {
  // Greedy split into generic words from the left; the whole modifier consumed means nothing specific is left.
  let i = 0;
  while (i < modifier.length) {
    const matched = GENERIC_TRIE.longestAt(modifier, i)?.length ?? 0;
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}
