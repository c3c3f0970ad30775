import { compareRanges } from '../positions';
import type { Range, Reference } from '../types';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, nestedGlossaries, partYearAt, rangeIn } from './context';
import { isFootnoteEntry } from './footnotes';
import { WordTrie } from './wordTrie';
import { boundedMemo } from '../memo';
import { quotedClips } from './quotedClips';
import data from '../lexicon/entityTypes.json';
import { allMatches } from '../text/allMatches';
import { FIGURES_OF_SPEECH } from './figuresOfSpeech';
import { senseKey, sharedOpenings } from './termSenses';
import { sortUnlessInOrder } from './inOrder';
import { knownNamesApply } from './knownNames';
import { TYPES } from './modifiers';
import { POLICY_TERMS } from '../terms/lexicon';
import { footnoteNumber, ownMarkerAfter } from './ownMarker';
import type { TermAtMarker } from './ownMarker';

/** The policy dictionary's phrases (terms/policyTerms.json): the ordinary vocabulary of every report. */
const POLICY_PHRASES: ReadonlySet<string> = new Set(POLICY_TERMS);
/** Two-character quoted names that are programmes, not rhetoric (entityTypes.json). */
const QUOTED_PROGRAMMES: ReadonlySet<string> = new Set(data.quotedProgrammes);
/** The Party's standing formulae (“四个意识”, “两个维护”): rhetoric every report repeats, no programme (entityTypes.json). */
const FORMULAE: ReadonlySet<string> = new Set(data.standingFormulae);
/** A provincial football league, clipped to the province and 超 (“苏超”, “赣超”): a name of two characters. */
const LEAGUE = /^[\u4e00-\u9fff]超$/;
/**
 * A quoted pair that counts what it names (“三保”: 保基本民生、保工资、保运转; “六稳”, “两新”, “双碳”): a numbered
 * programme of two characters, followed from part to part as a longer one is.
 */
const NUMBERED_PAIR = /^[一二两三四五六七八九十双百千万][\u4e00-\u9fff]$/;
/**
 * A quoted manner (“内卷式”竞争, “一站式”服务, “保姆式”服务) or method (“一企一策”, “一县一策”, “一户一案”: a plan for
 * each one): how something is done, never a programme the reader goes back to.
 */
const MANNER = /式$|^一[\u4e00-\u9fff]一[策案]$/;
/**
 * The short names everyone uses of the centre's programmes that a local report names in passing (entityTypes.json
 * knownShorts: “放管服”, “双创”, “新基建”), the name scan's, not terms — all but “双一流”, which a province builds with
 * its own universities and follows from part to part (dev 江苏 2026 marks its repeats).
 */
const OWN_UNIVERSITIES = '双一流';
const KNOWN_SHORTS: ReadonlySet<string> = new Set(Object.keys(data.knownShorts).filter((short) => short !== OWN_UNIVERSITIES));
/** What a firm's title is said before (“小巨人”|企业). */
const FIRM = '企';

const QUOTED = /“([^“”\n]{2,20})”/g;
/** No glossary entry explains two senses of one quoted word (termSenses.ts glossarySenses). */
const NO_SENSES: ReadonlyMap<string, { range: Range; text: string }> = new Map();
const PLAN_PERIOD = /^(?:十一五|十二五|十三五|十四五|十五五|十六五)$/;

interface Mention {
  readonly range: Range;
  readonly text: string;
  readonly quoted: boolean;
  /** The character right after the term (after its closing quote when quoted): what the term goes on with. */
  readonly next: string;
  /** The paragraph the mention stands in, and its offset there: whether two mentions share a sentence. */
  readonly p: Paragraph;
  readonly at: number;
}

/**
 * Whether `later` stands in the sentence that `first` opens, both of one paragraph: the text between them holds no
 * sentence end. Looked at only where a later mention shares the first one's paragraph, at most MAX_SENTENCE
 * characters apart (a longer stretch without a full stop is no one sentence a reader holds in view).
 */
function sameSentence(first: Mention, later: Mention): boolean {
  if (first.p !== later.p || later.at - first.at > MAX_SENTENCE) return false;
  const text = first.p.text;
  for (let k = first.at; k < later.at; k++) if (SENTENCE_END.has(text.charCodeAt(k))) return false;
  return true;
}
const MAX_SENTENCE = 300;
/** Document order of a term's mentions. */
const byRange = (a: Mention, b: Mention): number => compareRanges(a.range, b.range);
const SENTENCE_END: ReadonlySet<number> = new Set([...'。；！？;!?'].map((c) => c.charCodeAt(0)));

/** A report's longer terms in a trie, with the trie's matches in each paragraph it has read (termMatches). */
interface TermScan {
  readonly trie: WordTrie;
  readonly byText: Map<string, Array<[number, string]>>;
}
/**
 * The scan of a report's longer quoted terms, remembered by the list of them (its JSON): an analysis of the same
 * report again (the editor's, after each edit) quotes the same terms, so the trie is not built again, and a paragraph
 * it has walked is not walked again. That walk of every body paragraph was 4 % of the links stage in session 38's
 * profile of the bench's seed. Few lists are kept (8): each holds its paragraphs, and so its report's text, alive.
 */
const termScanOf = boundedMemo((key: string): TermScan => ({ trie: new WordTrie(JSON.parse(key) as string[]), byText: new Map() }), 8);
/** Paragraphs remembered per scan, at most (cleared when full, as boundedMemo is). */
const MAX_SCANNED_PARAGRAPHS = 4096;

/** The trie's leftmost-longest matches in `text` (WordTrie.matches), remembered: read only. */
function termMatches(scan: TermScan, text: string): ReadonlyArray<readonly [number, string]> {
  let found = scan.byText.get(text);
  if (found === undefined) {
    if (scan.byText.size >= MAX_SCANNED_PARAGRAPHS) scan.byText.clear();
    found = scan.trie.matches(text);
    scan.byText.set(text, found);
  }
  return found;
}

/**
 * Quoted programmes and terms (“苏惠十条”, “263”专项行动, “331”, “六稳”, “放管服”): every later mention points at the
 * glossary entry that explains the term when the report has one, else at its first mention. Only strings the report
 * itself puts in quotes are terms, so an ordinary word never becomes a link; a term of three or more characters
 * also links where it is later written without quotes.
 */
export function findTermReferences(
  ctx: RefContext,
  glossary: ReadonlyMap<string, { range: Range; text: string }>,
  senses: ReadonlyMap<string, { range: Range; text: string }> = NO_SENSES,
  atMarkers?: TermAtMarker[],
): Reference[] {
  const { entries: glossaryEntries, years } = withoutYears(glossary);
  const local = !knownNamesApply(ctx);
  // The year a part of the report is about, from its title (一、2025年工作回顾): a note on 2026年10件民生实事 does not
  // explain the 10件民生实事 of the review of 2025.
  const partYear = (r: Range): string | undefined => partYearAt(ctx.outline, r.start, r.end);
  // A glossary defines the terms; an annex (2026年省十件民生实事) says them again as the body does.
  const blocks = [...blockNodes(ctx.outline).filter((n) => n.kind === 'glossary'), ...nestedGlossaries(ctx.outline)];
  const mentions = new Map<string, Mention[]>();
  const body: Paragraph[] = [];
  for (const p of bodyParagraphs(ctx, blocks)) {
    body.push(p);
    // Curly and straight quotes are read each on their own: a web copy mixes them in one paragraph (src32 河北省-2006:
    // 精心组织实施"十项民心工程" beside 解决“三农”问题; national 2010: 加强"三河三湖" beside “十一五”), and a straight
    // pair there is as much the report's quoting as a curly one. Neither kind can open or close the other's pieces.
    const curly = p.text.includes('“');
    const straight = p.text.includes('"');
    if (!curly && !straight) continue;
    const pieces = [...(curly ? allMatches(QUOTED, p.text) : []), ...(straight ? straightQuoted(p.text) : [])];
    for (const m of pieces) {
      const term = m[1] as string;
      if (PLAN_PERIOD.test(term) || /[，。；！？,;]/.test(term)) continue;
      const list = mentions.get(term) ?? [];
      list.push({ range: rangeIn(p, m.index, m.index + m[0].length), text: m[0], quoted: true, next: p.text[m.index + m[0].length] ?? '', p, at: m.index });
      mentions.set(term, list);
    }
  }
  // A glossary explains some terms the body never quotes (13.GEP核算：…, 5+2就业之家): their mentions link to it too.
  for (const term of glossaryEntries.keys()) if (term.length >= 3 && !mentions.has(term)) mentions.set(term, []);
  // Unquoted later mentions of longer terms: one pass over each paragraph with all terms in a trie, which finds the
  // leftmost-longest matches a regex alternation sorted longest first would, without trying every term at every
  // offset (thousands of quoted terms made that quadratic).
  const longer = [...mentions.keys()].filter((t) => t.length >= 3);
  if (longer.length > 0) {
    const any = termScanOf(JSON.stringify(longer));
    for (const p of body) {
      for (const [at, term] of termMatches(any, p.text)) {
        if ((p.text[at - 1] === '“' && p.text[at + term.length] === '”') || (p.text[at - 1] === '"' && p.text[at + term.length] === '"')) continue;
        mentions.get(term)?.push({ range: rangeIn(p, at, at + term.length), text: term, quoted: false, next: p.text[at + term.length] ?? '', p, at });
      }
    }
  }
  joinWithoutSeparators(mentions);
  for (const list of mentions.values()) sortUnlessInOrder(list, byRange);
  const out: Reference[] = [];
  const clips = quotedClips(mentions);
  for (const [term, all] of mentions) {
    const entry = glossaryEntries.get(term);
    const full = entry ? undefined : clips.get(term);
    if (full) {
      // A clipped name (“百千万工程”) takes the reader to the full name it stands for (“百县千镇万村高质量发展工程”).
      const target = (mentions.get(full) as Mention[])[0] as Mention;
      for (const m of all) out.push({ kind: 'term', from: { range: m.range, text: m.text }, to: { range: target.range, text: target.text }, key: `term:${full}` });
      continue;
    }
    // A term said once (most are), without a note on it, links nowhere: told before its mentions are filtered.
    if (all.length < (entry ? 1 : 2)) continue;
    // Without quotes, a term the glossary does not explain is the term only where it goes on as a quoted mention
    // does (扫黑除恶专项斗争 after “扫黑除恶”专项斗争); elsewhere it is the ordinary words (智慧城市软硬件 beside
    // “智慧城市”建设, 江南文化特色 beside “江南文化”品牌).
    const goesOn = new Set(all.filter((m) => m.quoted).map((m) => m.next));
    const year = years.get(term);
    // A long term is specific enough to be the term wherever it is said — unless it is a run of phrases that the report
    // quotes only as the opening of a programme's name (不忘初心、牢记使命: 南山 2018, 坪山 2018/2020, 广东 2018–2020, 深圳
    // 2018/2020, 盐田 2018, 龙华 2020, 清苑 2020, outside): quoted, it names the programme (“不忘初心、牢记使命”主题教育);
    // said bare in a clause of its own (在…领导下，不忘初心、牢记使命，…), it is the exhortation, not that programme.
    const anywhere = entry !== undefined || (term.length > 4 && !(term.includes('、') && opensNamesOnly(all)));
    const list = (anywhere ? all : all.filter((m) => m.quoted || goesOn.has(m.next))).filter((m) => year === undefined || (partYear(m.range) ?? year) === year);
    const first = list[0];
    if (!first || (!entry && list.length < 2)) continue;
    // A phrase of the policy dictionary that the report says bare before it ever quotes it (着力推动高质量发展 … 紧紧把握
    // “高质量发展”首要任务: src32 高阳县-2023, outside; 宜居宜业和美乡村 … 创建8个省级“和美乡村”: 徐水区-2024) is its
    // ordinary vocabulary quoted once for emphasis, not a coinage of the report's own to go back to (README: never an
    // ordinary policy phrase).
    if (!entry && !first.quoted && POLICY_PHRASES.has(term)) continue;
    // So is a run of phrases the report says bare, in any clause, before it ever quotes it (奋力推动现代化品质
    // 生活之城绽放新颜值、跑出加速度 … 我们要把“绽放新颜值、跑出加速度”作为总抓手: dev baoding-2022, whose labels mark none
    // of its five links; 奠定了乘势而上、勇争一流的坚实基础 … 围绕“乘势而上、勇争一流”的目标定位: src32 高唐县-2021; 满城区-2022,
    // 河北省-2017, 涞源县-2020, outside): the goal's own words quoted later for emphasis, no coinage to go back to. A run the
    // report quotes first (继续坚持"打基础、增后劲"不动摇 — src32 保定市-2009; “两不愁、三保障”) stays a term. Left out here,
    // the run no longer hides the names inside it: 品质生活新区、善美活力满城's 活力满城 (src32 满城区-2022, three repeats) and
    // 美丽涞源 (涞源县-2020) link as entities, as the links README marks a slogan word + place (美丽江西).
    if (!entry && !first.quoted && term.includes('、')) continue;
    // Without a glossary entry, one of the Party's standing formulae (“四个意识”, “两个维护”), a figure of speech
    // (“零的突破”, “牛鼻子”: figuresOfSpeech.ts) or a quoted two-character
    // word (“名片”, “高地”) is the report's rhetoric, not a programme to go back to. A numbered slogan of the report's
    // own (“三个新的更大进展”, “五大文化”) is what readers follow from part to part, as they do any quoted name.
    // Two-character programmes everyone knows (“两新”, “两重”), numbered pairs (“三保”) and leagues (“苏超”) are names
    // all the same.
    if (!entry && !QUOTED_PROGRAMMES.has(term) && !LEAGUE.test(term) && (FORMULAE.has(term) || FIGURES_OF_SPEECH.has(term) || MANNER.test(term) || (term.length <= 2 && !NUMBERED_PAIR.test(term)))) continue;
    // A title firms are given (专精特新“小巨人”企业), quoted each time right before 企业: a class of firms, of which
    // a report counts many, not a programme to go back to.
    if (!entry && all.every((m) => !m.quoted || m.next === FIRM)) continue;
    // In a local report, a short name everyone uses of a national programme (“放管服”, “双创”: KNOWN_SHORTS) is the full
    // name's, which the name scan links only after the report has said the full name (entities.ts shortsAfterFull,
    // test/fixtures/links/README.md): said quoted without a note on it, it is no term of the report's own. (The national
    // report carries them out as its own programmes: their quoted repeats stay terms.)
    if (!entry && local && KNOWN_SHORTS.has(term)) continue;
    // A quoted word that opens two names (“双区”驱动, “双区”叠加: termSenses.ts) is two terms: a mention going on as
    // one of them links to that one's note and to that one's first mention, never to the other's.
    const shared = sharedOpenings(list);
    const sensed = (m: Mention): boolean => m.quoted && (shared.has(m.next) || senses.has(senseKey(term, m.next)));
    // The first quoted mention of each sense, found in one pass (a find per mention is quadratic in a term's mentions).
    const firstBySense = new Map<string, Mention>();
    for (const x of list) if (x.quoted && !firstBySense.has(x.next)) firstBySense.set(x.next, x);
    const firstOf = (m: Mention): Mention | undefined => (sensed(m) ? firstBySense.get(m.next) : first);
    // (Whether the body quotes the term anywhere: the report's own coinage, not a common noun its notes explain.)
    const quotedSomewhere = firstBySense.size > 0;
    for (const m of entry ? list : list.slice(1)) {
      const back = firstOf(m);
      const key = sensed(m) ? `term:${senseKey(term, m.next)}` : `term:${term}`;
      // Said again in the sentence that first says it (郑州大学、河南大学“双一流”建设和7所高校“双一流”创建), the term
      // is in view: no link to follow (as entities.ts does for a name said again in its first paragraph).
      if (!entry) {
        if (back === undefined || back === m || sameSentence(back, m)) continue;
        out.push({ kind: 'term', from: { range: m.range, text: m.text }, to: { range: back.range, text: back.text }, key });
        continue;
      }
      // Said with its own footnote marker (“5个1000”行动^[4]: ownMarker.ts), the term's link is the marker's: kept on it.
      const note = footnoteNumber(entry.text);
      const marker = note === null ? null : ownMarkerAfter(m.p.text, m.at + m.text.length, note);
      if (marker !== null) {
        atMarkers?.push({ key, range: m.range, marker: rangeIn(m.p, marker.at, marker.at + marker.length).start });
        continue;
      }
      out.push({ kind: 'term', from: { range: m.range, text: m.text }, to: (m.quoted ? senses.get(senseKey(term, m.next)) : undefined) ?? entry, key });
      // A term a list of notes explains is also a name the body said before (“三大高地” at its second mention is the
      // one of the opening paragraph): after the link to its explanation, a link back to where the body first said it.
      // Not for footnotes ([3]…): their markers are the links the report itself gives. Nor for a term the body never
      // quotes (国际陆港, 海绵城市, 湾区经济 — 盐田 2019, 深圳 2014, outside): a common noun the notes explain, whose
      // earlier mention says no more than the note does; nor said again in the sentence that first says it (in view).
      if (back !== undefined && back !== m && quotedSomewhere && !sameSentence(back, m) && !isFootnoteEntry(entry)) {
        out.push({ kind: 'term', from: { range: m.range, text: m.text }, to: { range: back.range, text: back.text }, key });
      }
    }
  }
  return out;
}

/**
 * A quoted run of phrases said again without its 、 (“两不愁、三保障” … “两不愁三保障”: src32 顺平县-2020; "巩固、增强、
 * 提升、畅通"八字方针 … "巩固增强提升畅通"要求: 保定市-2019, outside) is the same term: the mentions written without the
 * 、 join those written with it, under the written-with key (a glossary entry is written so). One look-up per term
 * holding a 、.
 */
function joinWithoutSeparators(mentions: Map<string, Mention[]>): void {
  for (const [term, list] of mentions) {
    if (!term.includes('、')) continue;
    const bare = term.replace(/、/g, '');
    const other = mentions.get(bare);
    if (other === undefined || bare === term) continue;
    list.push(...other);
    mentions.delete(bare);
  }
}

/** A piece in straight quotes: as QUOTED, the quote marks ASCII. */
const STRAIGHT = /"([^"\n]{2,20})"/g;

/**
 * Pieces in straight quotes, for a paragraph typed with them alone or beside curly ones (the 河北/保定/高阳 archive of many years:
 * 济困助学"山花工程" … "山花工程"助学行动; "树正气、讲团结、求发展"主旋律 said again a part later). A straight quote says
 * not whether it opens or closes, so they are read in pairs from the paragraph's start, and only where the paragraph
 * holds an even number of them: one stray quote would turn every later pair inside out ("的做法和"), so such a
 * paragraph's pieces are left unread. Shaped as QUOTED's matches (the piece with its quotes, and the term inside).
 */
function straightQuoted(text: string): readonly RegExpExecArray[] {
  let count = 0;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) count++;
  if (count % 2 !== 0) return [];
  // Pairs from the start: STRAIGHT matches leftmost, and a piece it rejects (too long, a newline) is skipped whole so
  // that the next match opens at the next pair's first quote, not at this pair's closing one.
  const out: RegExpExecArray[] = [];
  for (let open = text.indexOf('"'); open >= 0; ) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    STRAIGHT.lastIndex = open;
    const m = STRAIGHT.exec(text);
    if (m && m.index === open && m[0].length === close - open + 1) out.push(m);
    open = text.indexOf('"', close + 1);
  }
  STRAIGHT.lastIndex = 0;
  return out;
}

/** A year before a note's term (2026年10件民生实事): the body says the term without it. */
const YEAR_PREFIX = /^((?:19|20)\d{2})年(?:度)?/;

type Entries = ReadonlyMap<string, { range: Range; text: string }>;

/**
 * The glossary with each term that opens with a year also under the term without it (10件民生实事), and the year of
 * each such term.
 */
function withoutYears(glossary: Entries): { entries: Entries; years: ReadonlyMap<string, string> } {
  let entries: Map<string, { range: Range; text: string }> | undefined;
  const years = new Map<string, string>();
  for (const [term, entry] of glossary) {
    const year = YEAR_PREFIX.exec(term);
    const bare = year ? term.slice(year[0].length) : term;
    if (!year || bare.length < 3 || glossary.has(bare) || years.has(bare)) continue;
    entries ??= new Map(glossary);
    entries.set(bare, entry);
    years.set(bare, year[1] as string);
  }
  return { entries: entries ?? glossary, years };
}

/** Whether every quoted mention of a term goes on into a type word (“不忘初心、牢记使命”|主题教育): it opens names only. */
function opensNamesOnly(mentions: readonly Mention[]): boolean {
  let quoted = 0;
  for (const m of mentions) {
    if (!m.quoted) continue;
    quoted++;
    if (TYPES.longestAt(m.p.text, m.at + m.text.length) === null) return false;
  }
  return quoted > 0;
}
