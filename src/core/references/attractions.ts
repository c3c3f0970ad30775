import data from '../lexicon/attractions.json';
import type { Paragraph } from '../text/paragraphs';
import { comparePositions } from '../positions';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { isStop, LEAD_VERBS, startsAfterBoundary, verbStartsAt, wordEndsAt } from './nameStart';
import entityData from '../lexicon/entityTypes.json';

/** The words a scenic grade is given with (升级为, 晋升为) and the grades (5A级, 4A级): attractions.json. */
const VERBS: readonly string[] = data.verbs;
const GRADES: readonly string[] = data.grades;
/** Words that go on from a place said as itself (易水湖要…, 易水湖区域): attractions.json. */
const PLACE_RESTS: readonly string[] = data.placeRests;
/** Optional words between the verb and the grade (国家5A级景区). */
const NATIONAL = '国家';
/** A place's name is short: 清西陵, 易水湖, 白石山, 野三坡. */
const MIN_NAME = 2;
const MAX_NAME = 5;
/** What ends the clause a place's name opens: punctuation and the start of the paragraph. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([...'，。；：！？、,;:!?（）()“”'].map((c) => c.charCodeAt(0)));

/**
 * A place the report names as an attraction (清西陵升级为5A级景区, 狼牙山5A级景区创建全面启动: src32 易县-2021, outside)
 * is a named thing with no type word to find it by: its later bare mentions link to its first (the links README).
 * Found only where the place opens a clause and its grade follows it, right after or after the verb the grade is given
 * with, so a clause's other words are never read as a place. Said again where it opens a longer name
 * (狼牙山三产融合示范区: a type word before the clause ends) it is that name's, not its own mention. Linear: one scan
 * per paragraph for grades, one indexOf walk per place found.
 */
export function addAttractions(paragraphs: readonly Paragraph[], mentions: Map<string, Mention[]>): void {
  // Where each place is graded (paragraph index, offset): that mention is the place's though 景区 follows it.
  const graded = new Map<string, Set<string>>();
  paragraphs.forEach((p, i) => {
    for (const { place, at } of gradedPlaces(p.text)) graded.set(place, (graded.get(place) ?? new Set()).add(`${i}:${at}`));
  });
  for (const [place, where] of graded) {
    if (mentions.has(place)) continue;
    const found: Mention[] = [];
    paragraphs.forEach((p, i) => {
      for (let at = p.text.indexOf(place); at >= 0; at = p.text.indexOf(place, at + place.length)) {
        const end = at + place.length;
        if (!where.has(`${i}:${at}`) && (!startsWord(p.text, at) || opensName(p.text, end))) continue;
        found.push({ range: rangeIn(p, at, end), text: place, nested: false });
      }
    });
    if (found.length < 2) continue;
    found.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(place, found);
  }
}

/**
 * A place the report names as a scenic area by its own name (仙人山景区, 野三坡景区, 白石山景区: src32 阜平县-2021,
 * 涞水县-2020, 涞源县-2020, outside) and says again bare, as itself (仙人山、林上清溪项目; 提高野三坡知名度; 加强对白石山、
 * 横岭子林场等重点区域): each bare mention after the first X景区 links to it, as a graded place's do (the links README: X景区
 * names an attraction, its later bare mentions are marked to it; said before it, the place is not yet named as one). Precision first: a name of three or four characters after a boundary (punctuation, a particle, a verb),
 * no verb or generic word (重点景区, 精品景区) and nothing the name scan already knows; a bare mention only where it
 * is a word of its own — not opening a longer name (野三坡开山节, 白石山杯), not a title or quote (《野三坡》, “野三坡我来野”).
 * Its X景区 mentions stay the name scan's (景区 is a type word): only the first joins the place's mentions, as its
 * anchor. Linear: one indexOf walk for 景区 per paragraph, one per place found.
 */
export function addScenicPlaces(paragraphs: readonly Paragraph[], mentions: Map<string, Mention[]>): void {
  const anchors = new Map<string, Mention>();
  paragraphs.forEach((p) => {
    for (let at = p.text.indexOf(SCENIC); at >= 0; at = p.text.indexOf(SCENIC, at + SCENIC.length)) {
      const place = scenicName(p.text, at);
      if (place && !anchors.has(place) && !mentions.has(place)) anchors.set(place, { range: rangeIn(p, at - place.length, at), text: place, nested: false });
    }
  });
  for (const [place, anchor] of anchors) {
    const found: Mention[] = [anchor];
    for (const p of paragraphs) {
      for (let at = p.text.indexOf(place); at >= 0; at = p.text.indexOf(place, at + place.length)) {
        const before = p.text.charCodeAt(at - 1);
        if (before === TITLE_OPEN || before === QUOTE_OPEN || !(startsAfterBoundary(p.text, at) || startsWord(p.text, at)) || !saidAsItself(p.text, at + place.length)) continue;
        const range = rangeIn(p, at, at + place.length);
        // Only after the place is named a scenic area (its later bare mentions: the links README); said before, it is
        // not yet named as one.
        if (comparePositions(range.start, anchor.range.start) <= 0) continue;
        found.push({ range, text: place, nested: false });
      }
    }
    if (found.length < 2) continue;
    found.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(place, found);
  }
}

const SCENIC = '景区';
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/** Whether text[from, to) is Han characters only, none a particle or stop (在全省景区: no place). */
function allWordCharacters(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHanCode(text.charCodeAt(k)) || isStop(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether a place's name ends at `end` said as itself: punctuation, a particle, a letter or digit (狼牙山5A创建规划) or
 * a lead verb (野三坡荣获) follows — not a noun it would open (狼牙山连接线: 连接 is a verb of the dictionary, and the
 * line a road's name; 野三坡开山节, 白石山杯: src32 易县-2018, 涞水县-2021, 涞源县-2020), nor a list of firms it stands in
 * (宇傲汽车零部件、刘伶醉等企业: 徐水区-2024, the distillery, not its scenic area).
 */
function saidAsItself(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  const ends = !isHanCode(c) || isStop(c) || LEAD_VERBS.has(text.slice(end, end + 2));
  if (!ends) return false;
  const firm = text.indexOf(FIRMS, end);
  return firm < 0 || firm - end > FIRM_REACH || hasClauseMark(text, end, firm);
}
const FIRMS = '企业';
/** How far after a place 企业 may close the list it stands in (、刘伶醉等企业). */
const FIRM_REACH = 4;
function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_MARKS.has(text.charCodeAt(k)) && text[k] !== '、') return true;
  return false;
}
const TITLE_OPEN = '《'.charCodeAt(0);
const QUOTE_OPEN = '“'.charCodeAt(0);
/** Words a scenic area's modifier opens with that name no place (重点景区, 精品景区, 全域景区): entityTypes.json. */
const GENERIC: readonly string[] = entityData.genericModifiers;

/** The place's name said right before 景区 at `at`: three or four Han characters after a boundary, else null. */
function scenicName(text: string, at: number): string | null {
  for (const length of [3, 4]) {
    const start = at - length;
    if (start < 0) return null;
    const place = text.slice(start, at);
    if (!allWordCharacters(text, start, at) || !startsAfterBoundary(text, start)) continue;
    if (verbStartsAt(text, start) || LEADS.some((w) => place.startsWith(w)) || GENERIC.some((w) => place.startsWith(w))) return null;
    return place;
  }
  return null;
}

/** The places a paragraph grades as scenic areas: a clause-opening run of 2–5 Han characters before (verb) grade. */
export function gradedPlaces(text: string): Array<{ place: string; at: number }> {
  const out: Array<{ place: string; at: number }> = [];
  for (const grade of GRADES) {
    for (let at = text.indexOf(grade); at >= 0; at = text.indexOf(grade, at + grade.length)) {
      if (!text.startsWith('景区', at + grade.length) && !text.startsWith('旅游景区', at + grade.length)) continue;
      let end = at;
      if (text.startsWith(NATIONAL, end - NATIONAL.length)) end -= NATIONAL.length;
      const verb = VERBS.find((v) => text.startsWith(v, end - v.length));
      if (verb) end -= verb.length;
      const start = clauseStart(text, end);
      if (start < 0) continue;
      const place = text.slice(start, end);
      // A clause opening with a verb or adverb (加快4A级景区, 力争通过5A级景区, 确保5A级景区, 争创国家5A级景区: src32
      // 博野县-2022, 易县-2018, 曲阳县-2022) sets a grade as a goal and names no place.
      if (verbStartsAt(text, start) || LEADS.some((w) => place.startsWith(w))) continue;
      if (place.length >= MIN_NAME && place.length <= MAX_NAME && /^[\u4e00-\u9fff]+$/.test(place)) out.push({ place, at: start });
    }
  }
  return out;
}

/** Adverbs and verbs of aim a clause setting a grade as a goal opens with (力争, 确保, 争创, 加快): attractions.json. */
const LEADS: readonly string[] = data.leads;

/** The clause's start if it lies within MAX_NAME characters before `end`, else -1. */
function clauseStart(text: string, end: number): number {
  for (let k = end - 1; k >= 0 && k >= end - MAX_NAME - 1; k--) if (CLAUSE_MARKS.has(text.charCodeAt(k))) return k + 1;
  return end <= MAX_NAME ? 0 : -1;
}

/** Whether a word may start at `at` (the paragraph's start, or a word ends before it). */
function startsWord(text: string, at: number): boolean {
  return at === 0 || wordEndsAt(text, at) || CLAUSE_MARKS.has(text.charCodeAt(at - 1)) || !/[\u4e00-\u9fff]/.test(text[at - 1] ?? '');
}

/**
 * Whether a longer name opens at the place's end: the place runs on into another noun (狼牙山连接线, 易水湖环湖路,
 * 清西陵服务区: src32 易县-2018, 易县-2019; 狼牙山三产融合示范区: 易县-2021, outside), not a verb or particle (易水湖要以打造
 * 国家旅游度假区为目标) nor the words that go on from a place said as itself (易水湖区域, 狼牙山景区): as a strategy region
 * is said as a place (strategyRegions.ts).
 */
function opensName(text: string, end: number): boolean {
  return !wordEndsAt(text, end) && !PLACE_RESTS.some((rest) => text.startsWith(rest, end));
}
