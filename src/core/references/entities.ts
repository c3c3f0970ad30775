import data from '../lexicon/entityTypes.json';
import { comparePositions } from '../positions';
import type { Paragraph } from '../text/paragraphs';
import type { Position, Reference } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, rangeIn } from './context';
import { TrieScan, WordTrie } from './wordTrie';
import { nameStarts, nearestStart, verbStartsAt, wordEndsAt } from './nameStart';
import { mergeVariants } from './variants';
import { mergeMiddles } from './middles';
import type { EntityMentions, Mention } from './mention';
import { KNOWN_WRITINGS, addKnownName, carriedEverywhere, knownNamesApply, ownRegionalStrategy } from './knownNames';
import { countedListAt, listedNames, sharedKindListEnd } from './listedNames';
import { joinEndings, joinScoped, joinTails } from './tails';
import { MIN_SPECIFIC_READING, SAID_ALONE, STANDALONE, isListItem, isName, lastCodes, opensWithManner, specificLength } from './modifiers';
import { ownPlace, quantityStarts, scopeHead } from './scope';
import { addEventClips } from './eventClips';
import { addEditionEvents } from './editionEvents';
import { addNumberedLines } from './numberedLines';
import { addPhaseMentions } from './phases';
import { addRoadMentions } from './roadNames';
import { addSharedEnds, countQualifiedReadings, mergeQualified } from './qualified';
import type { TypeMatch } from './qualified';
import { mergeSuffixes } from './suffixes';
import { joinPlaced, listedPlaces } from './placed';
import { PROJECT_END, addProjectItems } from './projectLists';
import { FIRM_END, addFirmMentions, firmItems } from './firmLists';
import { editionOf, isEvent } from './editions';
import { SLOGANS, addBrandMentions } from './brands';
import type { SloganMatches } from './brands';
import { addLawTitles } from './lawTitles';
import { MAX_PLAN_ENDINGS, PLAN_ENDING, addPlanTitles, planEnding } from './planTitles';
import type { PlanEnding } from './planTitles';
import { addCampaignObjects } from './campaigns';
import { verbalTypeWord } from './verbalTypeWords';
import { schoolClass } from './schoolClasses';
import { afterGradeBound, afterIndefinite, isCounted, isCountedDesignation, isCountedTotal } from './countedKinds';
import { addKindless } from './kindless';
import { addOwnHeads, endsWithOwnHead, introducedAt, learnOwnHeads } from './ownHeads';
import { addRegionalRests } from './regionalRests';
import { addStrategyRegions } from './strategyRegions';
import { addAttractions, addScenicPlaces } from './attractions';
import { addResponsibilitySystems } from './responsibilitySystems';
import { boundedMemo } from '../memo';
import { addNamedSiblings } from './namedSiblings';
import { addRepresentativeFirms } from './representativeFirms';

/** A counter opens no name: an end shared after two numbers (第十四|届… 第十五|届…) is an edition's, not a name. */
const COUNTER = /[届期号批轮次]/;
/** The shortest modifier of a name read back from one of the report's own heads (ownHeads.ts): 辽西|先导区 is 3 + 2. */
const MIN_OWN_MODIFIER = 3;
/** Suffixes that make a noun a modifier: -ised, -type, -style, -like (园区化, 平台型, 组团式, 流域性). */
const ADJECTIVAL_SUFFIX: ReadonlySet<number> = new Set([...'化型式性'].map((c) => c.charCodeAt(0)));
/** Trades a company's name ends with (华德牧业): before another noun they modify it (农机|配件). entityTypes.json trades. */
const TRADES: ReadonlySet<string> = new Set(data.trades);
/**
 * A phase after a company's trade (新好农牧|二期, 禾丰牧业|一期: src32 高唐县-2021, 易县-2022, outside) is the firm's
 * project said by its phase, so the firm's name ends before it, as before punctuation.
 */
const PHASE_AFTER = /^[一二三四五六七八九十]期$/;
/** Words that open with a type word and say something else (中心任务): entityTypes.json typeWordCompounds, by type word. */
const COMPOUNDS: ReadonlyMap<string, readonly string[]> = (() => {
  const byType = new Map<string, string[]>();
  for (const word of data.typeWordCompounds) {
    const type = data.types.find((t) => word.startsWith(t) && t.length < word.length);
    if (type !== undefined) byType.set(type, [...(byType.get(type) ?? []), word]);
  }
  return byType;
})();
/** Whether the type word at `at` opens one of COMPOUNDS (强市兴县富民|中心任务): no name ends there. */
function opensCompound(text: string, at: number, type: string): boolean {
  return COMPOUNDS.get(type)?.some((w) => text.startsWith(w, at)) ?? false;
}
/** Ends of a government body's name (entityTypes.json bodies). */
const BODIES: readonly string[] = data.bodies;
/** Their last characters (all 会 today): most names end otherwise, and are told so without a comparison per body. */
const BODY_LAST = lastCodes(BODIES);
/**
 * The great rivers' basins (黄河流域, 长江流域): regions of the country, as a province is, that a report names in passing
 * (持续开展黄河流域地区新型城镇化, 加强与…黄河流域省份等务实合作) — no named thing to go back to, as the dev labels read
 * them (安徽 2026 淮河流域, national 2022 黄河流域 unmarked; 海拉尔河流域's works marked). entityTypes.json regions.
 */
const REGIONS: readonly string[] = data.regions;
/**
 * The type words, the known names' writings (knownNames.ts) and the ends of a list of projects (projectLists.ts) and of
 * firms (firmLists.ts): one pass over a paragraph finds them all.
 */
const SCAN = new WordTrie([...data.types, ...KNOWN_WRITINGS.keys(), PLAN_ENDING, PROJECT_END, FIRM_END]);
/** SCAN and the brands' slogan words (brands.ts) in one walk over each body paragraph. */
const BODY_SCAN = new TrieScan(SCAN, SLOGANS);
/**
 * BODY_SCAN's matches of a paragraph, remembered by its text: the word lists are fixed, so a paragraph the report said
 * in an earlier analysis (every paragraph but the one edited, as the editor analyses again after each change) is not
 * walked again. The walk was the links' second costliest step after the names' starts (session 38's profile of the
 * bench's seed: 8 % of the stage). The arrays are shared between analyses: read only (ownHeads.ts, brands.ts).
 */
const bodyScanOf = boundedMemo((text: string) => BODY_SCAN.matches(text), 4096);

export type { EntityMentions, Mention } from './mention';

/**
 * Candidate names of the body: a compound ending in a type word (entityTypes.json) whose modifier is not an ordinary
 * one. Where a name starts is read backwards from its type word (nameStart.ts): at the nearest verb, unless a longer
 * reading over that verb recurs in the report (服务业扩大开放综合试点, 优化营商环境创新行动), which is then the name.
 */
export function collectEntityMentions(ctx: RefContext): EntityMentions {
  // A glossary defines names; an annex (2026年省十件民生实事) says them again as the body does.
  const blocks = blockNodes(ctx.outline).filter((n) => n.kind === 'glossary');
  const byParagraph: TypeMatch[][] = [];
  const readings = new Map<string, number>();
  /** Mentions of the known names, merged into the names below (a local report's: its short names only). */
  const known = new Map<string, Mention[]>();
  /** Type words that may end a list of names sharing them (…、…等实验室), read by listedNames.ts. */
  const listed: Array<{ p: Paragraph; at: number; type: string }> = [];
  /** Type words said alone, with nothing before them (大湾区): names said short, maybe (tails.ts). */
  const bare = new Map<string, Mention[]>();
  /** Names said right after 等 (武王墩等|遗址博物馆): maybe the kind a list's items share, no name said short. */
  const afterList = new Set<Mention>();
  /** The slogan words of each paragraph, for the brand names (brands.ts), found in the same walk. */
  const slogans: SloganMatches[] = [];
  /** Where a plan's title may end (…发展规划), for planTitles.ts. */
  const plans: PlanEnding[] = [];
  /** Where 项目 is said, maybe ending a list of projects (projectLists.ts). */
  const projects: Array<{ p: Paragraph; at: number }> = [];
  /** The firms lists of them name (…、…等龙头企业: firmLists.ts), whose mentions are found once the names are gathered. */
  const firms = new Set<string>();
  // The body scanned once for the listed words, then read for the report's own heads (ownHeads.ts), which need the
  // whole body before any paragraph's names are read.
  const scanned = bodyParagraphs(ctx, blocks).map((p) => {
    const [matches, sloganWords] = bodyScanOf(p.text);
    return { p, text: p.text, matches, sloganWords };
  });
  const { heads, endings } = learnOwnHeads(scanned);
  for (let i = 0; i < scanned.length; i++) {
    const scan = scanned[i] as (typeof scanned)[number];
    const { p, sloganWords } = scan;
    const matches: TypeMatch[] = [];
    const typeWords = addOwnHeads(scan, heads, endings[i] as readonly number[]);
    if (sloganWords.length > 0) slogans.push({ p, matches: sloganWords });
    for (const [at, type] of typeWords) {
      if (KNOWN_WRITINGS.has(type)) {
        addKnownName(p, at, type, known);
        continue;
      }
      // A list of projects ends so (…、…等重大项目: projectLists.ts), read once the names are gathered.
      if (type === PROJECT_END) {
        projects.push({ p, at });
        continue;
      }
      if (type === FIRM_END) {
        firmItems(p, at, firms);
        continue;
      }
      // A plan's title ends so (planTitles.ts): the words before it are read there, not as a type word's name.
      if (type === PLAN_ENDING) {
        const ending = plans.length < MAX_PLAN_ENDINGS ? planEnding(p, at) : undefined;
        if (ending) plans.push(ending);
        continue;
      }
      const end = parkEnd(p.text, at + type.length, type);
      const own = heads.has(type);
      // A type word made a modifier by a suffix (园区|化, 集群|化, 平台|型, 组团|式) says how something is done or what
      // kind it is, never ends a name; nor one said as a verb or adverb (所|规定, 有|计划: verbalTypeWords.ts), nor a school
      // word naming the class of schools (中小学, 普通中学: schoolClasses.ts).
      if (ADJECTIVAL_SUFFIX.has(p.text.charCodeAt(end)) || (TRADES.has(type) && !wordEndsAt(p.text, end) && !PHASE_AFTER.test(p.text.slice(end, end + 2))) || opensCompound(p.text, at, type) || verbalTypeWord(p.text, at, type) || schoolClass(p.text, at, type)) continue;
      // (Not a head the report taught: items sharing it (创新坪山、未来之城) are read from listed type words only.)
      if (!own && (p.text[at - 1] === '等' || enumeratedBefore(p.text, at) || countedListAt(p.text, at) > 0 || sharedKindListEnd(p.text, at) >= 0)) listed.push({ p, at, type });
      // A type word that is a whole name or a region on its own (进博会, 新区: 落户|新区) is no action a verb before it names.
      const found = nameStarts(p.text, at, !STANDALONE.has(type) && !SAID_ALONE.has(type));
      const nearest = nearestStart(p.text, found, at);
      // After a quantity word (一批) a name may start; such a start stands only where its reading is said elsewhere
      // too (再建设一批国家自主创新示范区 after 扩大国家自主创新示范区): it adds no reading and is never the fallback.
      const quantity = quantityStarts(p.text, found, at);
      const all = quantity.length === 0 ? found : found.flatMap((s) => [s, ...quantity.filter((q) => q.from === s).map((q) => q.start)]);
      // A longer reading over a verb must name something specific (服务业扩大开放综合试点), not a kind of thing
      // (社区党群服务中心: 社区 and 服务 are ordinary words, 党群 alone is too little). The nearest reading may be no
      // name at all (创新|行动) while a longer one is (优化营商环境创新行动): it stands when it recurs.
      const starts = all.filter((s) => {
        // A modifier of fewer than two characters is no name (isName): not cut to be told so. Before a head the report
        // taught (ownHeads.ts), two characters make the four-character words of ordinary prose (老旧|小区, 完整|社区).
        if (at - s < (own ? MIN_OWN_MODIFIER : 2)) return false;
        const modifier = p.text.slice(s, at);
        return isName(modifier, p.text, s, end) && (s === nearest || (specificLength(modifier) >= MIN_SPECIFIC_READING && !opensWithManner(p.text, s, at)));
      });
      // A type word that is a whole name on its own (冬残奥会, 进博会) names the event where nothing specific precedes it.
      if (starts.length === 0 && STANDALONE.has(type)) starts.push(at);
      if (starts.length === 0) {
        // Said alone (大湾区 after 粤港澳大湾区), a long type word may be a name said short (tails.ts); after 等 it is the
        // kind a list's items share (韩国、澳大利亚、海湾合作委员会等自贸区), none of them.
        if (nearest === at && SAID_ALONE.has(type) && p.text[at - 1] !== '等') addMention(bare, type, { range: rangeIn(p, at, end), text: type, nested: false });
        continue;
      }
      const cuts: string[] = [];
      for (const s of starts) {
        const reading = p.text.slice(s, end);
        cuts.push(reading);
        if (quantity.length > 0 && quantity.some((q) => q.start === s)) continue;
        readings.set(reading, (readings.get(reading) ?? 0) + 1);
      }
      const last = starts[starts.length - 1] as number;
      // One literal shape whether a fallback is there or not: a spread made a second hidden class per match, which a
      // full GC lets die and the next run makes again (alternatingRatio.ts).
      // A whole name on its own (冬奥会) after words read as no reading of it (河北 2021: 扎扎实实做好|冬奥会筹办工作)
      // falls back to itself: the event is named whatever its readings were.
      // A name read from a head the report taught (ownHeads.ts) stands only where its reading recurs: said once
      // (大鹏新区管委会), it would nest the name it holds (大鹏新区), which the reader follows, inside a one-off.
      const fallback = own ? undefined : last === nearest || last === at ? last : STANDALONE.has(type) ? at : undefined;
      matches.push({ p, at, end, starts, cuts, fallback });
    }
    if (matches.length > 0) byParagraph.push(matches);
  }
  countQualifiedReadings(byParagraph, readings);
  // After the readings said with and without their scope are counted, so that a scoped first mention keeps its scope.
  addSharedEnds(byParagraph, readings, (p, s, at, end) => !COUNTER.test(p.text[s] ?? '') && !verbStartsAt(p.text, s) && isName(p.text.slice(s, at), p.text, s, end));
  const mentions = new Map<string, Mention[]>();
  /** Designations of institutions the report counts somewhere (countedKinds.ts). */
  const counted = new Set<string>();
  /** Names read from the report's own heads, and those of them some mention introduces (ownHeads.ts introducedAt). */
  const ownNamed = new Set<string>();
  const introduced = new Set<string>();
  for (const { p, at, type } of listed) listedNames(p, at, type, isListItem, mentions, withoutCountryScope);
  for (const { p, at } of projects) addProjectItems(p, at, mentions);
  for (const matches of byParagraph) {
    // Candidates of this paragraph. Of two that start at the same place, the shorter is nested in the longer (国际铁路
    // in 国际铁路物流中心; 苏州自贸片区 in 苏州自贸片区联动创新区): both are recorded, and a name only ever seen nested
    // is no name (below).
    const found: Array<{ p: Paragraph; start: number; end: number; within: number | undefined; name: string | undefined }> = [];
    for (const { p, end, starts, cuts, fallback } of matches) {
      // The first reading said twice, else the fallback; the reading asked about is kept as the name (not cut again).
      let start = fallback;
      let name: string | undefined;
      for (let k = 0; k < starts.length; k++) {
        const reading = cuts[k] as string;
        if ((readings.get(reading) ?? 0) < 2) continue;
        start = starts[k];
        name = reading;
        break;
      }
      if (start === undefined) continue;
      // Every shorter candidate starting at the same place is nested in this one.
      for (let k = found.length - 1; k >= 0 && (found[k] as { start: number }).start === start; k--) (found[k] as { within: number | undefined }).within = end;
      // `within` is in the literal: set later onto an object without it, it made a hidden class by transition.
      found.push({ p, start, end, within: undefined, name });
    }
    for (const { p, start, end, within, name: read } of found) {
      const name = read ?? p.text.slice(start, end);
      // A body (第八届全国人民代表大会) is no named thing to follow, and its editions are other bodies.
      if (BODY_LAST.has(name.charCodeAt(name.length - 1)) && BODIES.some((b) => name.endsWith(b))) continue;
      const key = withoutCountryScope(name);
      const list = mentions.get(key) ?? [];
      const mention = { range: rangeIn(p, start, end), text: name, nested: within !== undefined, within: within !== undefined ? p.text.slice(start, within) : undefined, quoted: quotedBefore(p.text, start) };
      list.push(mention);
      if (p.text[start - 1] === '等') afterList.add(mention);
      mentions.set(key, list);
      const countedHere = isCountedDesignation(p.text, start, end) || isCountedTotal(p.text, start, end);
      if (countedHere || afterGradeBound(p.text, start) || afterIndefinite(p.text, start)) counted.add(key);
      // A name read from the report's own head (ownHeads.ts) is a class when the report counts it (改造提升24个高速公路
      // 服务区), and a name only where some mention introduces it (introducedAt).
      if (endsWithOwnHead(name, heads)) {
        if (isCounted(p.text, start, end)) counted.add(key);
        if (introducedAt(p.text, start)) introduced.add(key);
        else ownNamed.add(key);
      }
    }
  }
  // A designation of institutions the report counts (9个国家区域医疗中心) is a class: none of its mentions links.
  for (const key of counted) mentions.delete(key);
  for (const key of ownNamed) if (!introduced.has(key)) mentions.delete(key);
  // The firms a field is represented by (以华讯方舟、深圳光启为代表的…产业): representativeFirms.ts.
  addRepresentativeFirms(scanned.map((s) => s.p), firms);
  if (firms.size > 0) addFirmMentions(scanned.map((s) => s.p), firms, mentions);
  addNumberedLines(ctx, blocks, mentions);
  addPhaseMentions(ctx, blocks, mentions);
  addRoadMentions(ctx, blocks, mentions);
  addEventClips(ctx, blocks, mentions);
  const national = knownNamesApply(ctx);
  for (const [key, list] of known) {
    const kept = !SHORT_ONLY.has(key) && (national || ownRegionalStrategy(ctx, key) || carriedEverywhere(key)) ? list : shortsAfterFull(list);
    if (kept.length > 0) mentions.set(key, [...(mentions.get(key) ?? []), ...kept]);
  }
  // The report's own region's strategy said without the region (协同发展 after 京津冀协同发展: regionalRests.ts).
  if (!national && known.size > 0) addRegionalRests(scanned.map((s) => s.p), mentions, (key) => ownRegionalStrategy(ctx, key));
  // A region named as a strategy (京津冀, 长三角) said bare or opening the strategy's name: strategyRegions.ts.
  addStrategyRegions(scanned.map((s) => s.p), mentions);
  for (const region of REGIONS) mentions.delete(region);
  // A place named as an attraction (清西陵升级为5A级景区) said again bare: attractions.ts.
  addAttractions(scanned.map((s) => s.p), mentions);
  // A place named X景区 said again bare (仙人山景区 … 仙人山、林上清溪项目): attractions.ts.
  addScenicPlaces(scanned.map((s) => s.p), mentions);
  // A responsibility system (河长制, 林长制) said again: responsibilitySystems.ts.
  addResponsibilitySystems(scanned.map((s) => s.p), ctx.paragraphs, mentions);
  // A list item with no type word beside a name the report names otherwise (…片区、虎丘地区综合改造等…): namedSiblings.ts.
  addNamedSiblings(scanned.map((s) => s.p), mentions);
  // The report's own place said in full (大鹏新区 in 大鹏新区's report, 坪山新区 in 坪山新区's: 大鹏新区 2015, 坪山新区 2016,
  // outside) is the report speaking of itself, as a bare province or city name is: no named thing to go back to.
  if (ctx.meta.place !== null) mentions.delete(ctx.meta.place);
  addKindless(ctx, blocks, mentions);
  const isScope = scopeHead(ctx.meta);
  const placesSaid = (heads: ReadonlySet<string>): Set<string> => listedPlaces(ctx, heads);
  const scoped = joinScoped(joinTails(mergeMiddles(mergeVariants(mergeQualified(mergeSuffixes(mentions))), timesSaid(ctx)), bare, ctx.meta.place), isScope);
  const named = joinEndings(joinPlaced(scoped, specificEnding, placesSaid, ownPlace(ctx.meta.place)), {
    isSpecific: specificEnding,
    isScope,
    afterList: (m) => afterList.has(m),
    editionOf,
    isEvent,
  });
  return addEditionEvents(ctx, blocks, addCampaignObjects(ctx, blocks, addPlanTitles(plans, addLawTitles(ctx, blocks, addBrandMentions(ctx, slogans, named)))));
}

/**
 * Whether a name may be said short by its end: its modifier (all but the type word it ends with) is specific (双城|经济圈,
 * 燕赵电力|实验室), not ordinary words only (国家|公园, 民生|工程), and says no level last (安徽省|实验室 is a class the
 * province designates, of which 生物育种安徽省实验室 is another).
 */
function specificEnding(name: string): boolean {
  let type: number | undefined;
  for (const [at, t] of SCAN.matches(name)) if (at + t.length === name.length && !KNOWN_WRITINGS.has(t) && t !== PLAN_ENDING && t !== PROJECT_END && t !== FIRM_END && (type === undefined || at < type)) type = at;
  if (type === undefined || type < 2) return false;
  const modifier = name.slice(0, type);
  return isName(modifier, name, 0, name.length) && specificLength(modifier) >= 2 && !/[省市县级]$/.test(modifier);
}

/** How many times a word is said in the report's body (asked of a few two-character openings, middles.ts). */
function timesSaid(ctx: RefContext): (word: string) => number {
  return (word) => {
    let n = 0;
    for (const { text } of bodyParagraphs(ctx)) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
    }
    return n;
  };
}

function addMention(mentions: Map<string, Mention[]>, key: string, mention: Mention): void {
  const list = mentions.get(key);
  if (list) list.push(mention);
  else mentions.set(key, [mention]);
}

/**
 * Named programmes, platforms, projects and zones that recur without quotation marks (材料科学姑苏实验室, 沪苏湖铁路,
 * 苏州自贸片区), mentioned twice or more: every later mention points at the first.
 */
export function findEntityReferences(mentions: EntityMentions, samePiece: (a: Position, b: Position) => boolean = (a, b) => a.line === b.line): Reference[] {
  const out: Reference[] = [];
  // A mention inside a longer name that itself recurs (太仓港 in 太仓港疏港铁路专用线) is a mention of that longer
  // name: the reader follows the longer one. Inside a name said once (东山组团 in 东山组团雨水排放工程) it still
  // stands for itself.
  const recurs = (name: string | undefined): boolean => name !== undefined && (mentions.get(name)?.length ?? 0) >= 2;
  // forEach, not for…of over the entries: an entry array per name was most of what this step allocated.
  mentions.forEach((list, name) => {
    // A name said once links nowhere, whatever it is inside: most names are, and need no filtered copy of their list.
    if (list.length < 2) return;
    const own = list.filter((m) => !recurs(m.within));
    // Only ever seen inside one longer name, it is a piece of that name; inside two different ones (纪念园 of
    // …纪念园抗战遗址设施工程 and …纪念园抗战遗址保护工程) it is what both are about.
    if (own.length < 2 || (own.every((m) => m.nested) && own.every((m) => m.within === own[0]?.within))) return;
    // A known name said short before it is said in full (促进西部开发 … 西部大开发新的指导意见) is explained by the full
    // name: the reader is taken there from every mention, the earlier short ones too.
    const first = (KNOWN_KEYS.has(name) ? list.find((m) => !KNOWN_SHORTS.has(m.text.replace(/^“|”$/g, ''))) : undefined) ?? (list[0] as Mention);
    for (const m of list) {
      if (m === first) continue;
      // Said again as it is written in the paragraph that first says it (秦沈高速一期…秦沈高速), the name is in view: no
      // link to follow. Said another way there (自由贸易试验区 … 自贸试验区), the reader may still want to know what it is.
      // (In view is in the same paragraph's piece of a line: a report written with escaped breaks is one line.)
      if (recurs(m.within) || (m.text === first.text && samePiece(m.range.start, first.range.start))) continue;
      // A kind said right after a quoted name (实施“产业发展提能”奋进行动) is that name's: the quote says which one, and
      // the kind after other quoted words (“经济开发区提级”奋进行动), or after none before it (等水利工程), is another
      // (src32 高阳县-2022 and -2023: their ten 奋进行动 all linked to the first; 高唐县-2025: …等水利工程 … 完成“引马入林”
      // 水利工程, outside). Said later bare, it may be the quoted name said short (“1+2”国家实验室体系 … 国家实验室体系, as
      // the links README marks it). (Mentions other steps add say nothing of quotes: only the name scan's are compared.)
      if (m.quoted && first.quoted !== undefined && m.quoted !== first.quoted) continue;
      out.push({ kind: 'entity', from: { range: m.range, text: m.text }, to: { range: first.range, text: first.text }, key: `entity:${name}` });
    }
  });
  return out;
}

/**
 * A local report names the centre's strategies in passing (积极投身长三角一体化发展), and readers marking links leave
 * their repeats out; but a short name everyone uses (双创, 放管服), said after the report spelled it out (河北 2018:
 * 大众创业、万众创新 … “双创”), is still a short name of it: only the first full mention and the short ones after it.
 */
function shortsAfterFull(list: readonly Mention[]): Mention[] {
  const first = list.find((m) => !KNOWN_SHORTS.has(m.text));
  if (!first) return [];
  const shorts = list.filter((m) => KNOWN_SHORTS.has(m.text) && comparePositions(m.range.start, first.range.start) > 0);
  return shorts.length === 0 ? [] : [first, ...shorts];
}

/**
 * Known names that are an ordinary policy phrase said in full (深化医药卫生体制改革), linked only by the short names everyone
 * uses of them (医改, 新农合) said after the full one, in every report: entityTypes.json shortOnly.
 */
const SHORT_ONLY: ReadonlySet<string> = new Set(data.shortOnly);
/** The short names everyone uses of the known names (双创, 放管服, 西部开发): entityTypes.json knownShorts. */
const KNOWN_SHORTS: ReadonlySet<string> = new Set(Object.keys(data.knownShorts));
/** The keys the known names are recorded under (knownNames.ts): only their mentions may be short names. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(KNOWN_WRITINGS.values());

/** The country and the province in brackets that open a zone's official name (中国（安徽）|自贸试验区). */
const COUNTRY_SCOPE = /^中国\([\u4e00-\u9fff]{2,8}\)/;
/** What is left after the country scope is a name of this many characters at least (自贸试验区). */
const MIN_SCOPED_REST = 4;

/**
 * A zone's official name opens with the country and the province in brackets (中国（安徽）自贸试验区); the report then
 * says the rest (自贸试验区): both are keyed by the rest. And a zone's kind is said in full or clipped (中国（天津）自由
 * 贸易试验区 … 天津自贸试验区, 经济技术开发区 … 经开区; a road's too, 津石高速公路 … 津石高速): the key has it clipped.
 * (The paragraph text is folded: its brackets are ASCII.)
 */
function withoutCountryScope(name: string): string {
  const scope = name.startsWith('中国(') ? (COUNTRY_SCOPE.exec(name)?.[0].length ?? 0) : 0;
  const rest = scope > 0 && name.length - scope >= MIN_SCOPED_REST ? name.slice(scope) : name;
  // A few kinds to try at the end, by endsWith: a regex alternation anchored at the end is tried at every offset.
  // (Only a name ending as some kind does: all end in 区 today, and most names end otherwise.)
  if (CLIP_LAST.has(rest.charCodeAt(rest.length - 1))) for (const [full, clipped] of TYPE_CLIPS) if (rest.endsWith(full)) return rest.slice(0, rest.length - full.length) + clipped;
  // A park is said as its 园 or its 园区 (现代雕塑产业园 … 现代雕塑产业园区, src32 曲阳县-2020; 来福光电科技产业园区, 容城县-2015):
  // one key, without the 区 (parkEnd).
  return rest.length >= MIN_PARK_NAME && rest.charCodeAt(rest.length - 1) === AREA && rest.charCodeAt(rest.length - 2) === PARK ? rest.slice(0, -1) : rest;
}
/** A park's name said with 园区 is this long at least (大王店园区): a bare 园区 or 工业园区 keeps its key. */
const MIN_PARK_NAME = 5;
/** The clipped writings of a zone's kind (entityTypes.json typeClips): a name is keyed with its kind clipped. */
const TYPE_CLIPS: ReadonlyArray<readonly [string, string]> = Object.entries(data.typeClips);
/** The last characters of those kinds' full writings. */
const CLIP_LAST = lastCodes(TYPE_CLIPS.map(([full]) => full));

const PARK = '园'.charCodeAt(0);
const AREA = '区'.charCodeAt(0);
const REGION_WORD = '域'.charCodeAt(0);

/**
 * Where a name ending in a park's type word ends: a park said as its 园区 (阜东产业园区, 大王店产业园区, 现代雕塑产业园区:
 * src32 阜平县-2017, 徐水-2011, 徐水区-2012, 曲阳县-2020, outside) runs on over 区, which the scan of the type words
 * never reads, its leftmost-longest 产业园 having taken the 园 of 园区 (the link read 阜东产业园). Not into 区域.
 */
function parkEnd(text: string, end: number, type: string): number {
  return type.charCodeAt(type.length - 1) === PARK && text.charCodeAt(end) === AREA && text.charCodeAt(end + 1) !== REGION_WORD ? end + 1 : end;
}

/** The longest quoted name whose kind a mention may be (“民生福祉提升”): a bounded look back for the opening quote. */
const MAX_QUOTED_NAME = 16;

/**
 * The words in quotes that end right before `start` (“产业发展提能”|奋进行动 → 产业发展提能), past a note's marker, or ''
 * where no closing quote stands there. Curly quotes, or straight ones (the 河北/保定 archive's), the nearest opening one
 * within MAX_QUOTED_NAME characters; none found, ''.
 */
function quotedBefore(text: string, start: number): string {
  // A name read from a marker's closing bracket on (]供水管网暨…工程 after “南延北伸”[1]) starts past it.
  const from = NOTE_CLOSES.has(text[start] ?? '') ? start + 1 : start;
  const at = from - noteMarkerBefore(text, from);
  const close = text[at - 1];
  if (close !== '”' && (close !== '"' || !closesStraightPair(text, at - 1))) return '';
  const open = text.lastIndexOf(close === '”' ? '“' : '"', at - 2);
  return open >= 0 && at - 2 - open <= MAX_QUOTED_NAME ? text.slice(open + 1, at - 1) : '';
}

/**
 * Whether the straight quote at `at` closes a pair: straight quotes are read in pairs from the paragraph's start (as
 * terms.ts reads them), so one with an odd number of them before it closes one. ("雄安新区" opens with one: the name
 * inside is no kind of the words before.) A count over the paragraph up to it, asked only at a straight quote.
 */
function closesStraightPair(text: string, at: number): boolean {
  let before = 0;
  for (let k = text.indexOf('"'); k >= 0 && k < at; k = text.indexOf('"', k + 1)) before++;
  return before % 2 === 1;
}

/** A note's marker between a quoted name and its kind (“南延北伸”[1]供水管网…工程: src32 满城区-2020), as the text has it. */
const NOTE_MARKER = /(?:\^?\[\d{1,3}\]|〔\d{1,3}〕|【\d{1,3}】|\(\d{1,3}\))$/;

/** The brackets a note's marker ends with (NOTE_MARKER): a marker is looked for only where one of them stands. */
const NOTE_CLOSES: ReadonlySet<string> = new Set([']', '〕', '】', ')']);

/** The length of a note's marker ending right before `start`, or 0: a bounded look at the six characters before it. */
function noteMarkerBefore(text: string, start: number): number {
  if (!NOTE_CLOSES.has(text[start - 1] ?? '')) return 0;
  return NOTE_MARKER.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0;
}

/** Whether a 、 stands within the seven characters before `at` (a list's last item is that short): a bounded look. */
function enumeratedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 7; k--) if (text.charCodeAt(k) === 0x3001) return true;
  return false;
}
