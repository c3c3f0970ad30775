import data from '../lexicon/roadNames.json';
import type { OutlineNode } from '../types';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Mention } from './mention';
import { startsAfterBoundary } from './nameStart';

/** A road's name: two or three characters before its suffix (环湖|路, 官道|街, 建新|大街). lexicon/roadNames.json. */
const SUFFIXES: readonly string[] = data.suffixes;
/** Words that end as a road's name does and name no road (城区道路, 发展思路). lexicon/roadNames.json notNames. */
const NOT_NAMES: readonly string[] = data.notNames;
/** What joins two roads of a list (龙西路、环湖路、百兴路; 环湖路和百兴路). */
const JOINS = new Set(['、', '和', '及']);
/** What closes a list of roads (博文路、兴隆街|等6条道路: src32 博野县-2024; 泉林路|等6条道路: 高唐县-2022). */
const LIST_END = '等';
/** A road said with its extension (东风路东延) is that project's mention (entityTypes.json 东延 …), not the road's. */
const EXTENSION_AFTER = /^[东西南北]延/;
/** A street's name before 道 is a subdistrict's (兴隆街道), unless 道路 follows (兴隆街|道路绿化: src32 博野县-2024). */
const SUBDISTRICT_AFTER = /^道(?!路)/;
/** The characters a road's name ends with (路, 街): only a piece ending in one of them is read. */
const SUFFIX_ENDS: readonly string[] = [...new Set(SUFFIXES.map((s) => s.slice(-1)))];
/** A road's name is this long at most: three characters before its longest suffix (isRoadName). */
const MAX_ROAD_NAME = 3 + Math.max(...SUFFIXES.map((s) => s.length));
/** At most this many road names are followed through the body (a bound for huge inputs). */
const MAX_ROADS = 40;

/** Whether `word` is a road's name: a suffix after two or three Han characters, and no ordinary word. */
function isRoadName(word: string): boolean {
  const suffix = SUFFIXES.find((s) => word.endsWith(s));
  if (suffix === undefined) return false;
  const stem = word.length - suffix.length;
  if (stem < 2 || stem > 3 || !/^[\u4e00-\u9fff]+$/.test(word)) return false;
  return !NOT_NAMES.some((n) => word.endsWith(n));
}

/**
 * Whether a piece of a list ends before `k` (listedRoads): the text's end, a character other than a Han one, a join
 * (、 和 及) or 等.
 */
function pieceEndsAt(text: string, k: number): boolean {
  if (k >= text.length) return true;
  const code = text.charCodeAt(k);
  if (code < 0x4e00 || code > 0x9fff) return true;
  const c = text[k] as string;
  return JOINS.has(c) || c === LIST_END;
}

/**
 * Whether the piece ending at `end` ends as a road does: no suffix holds a join or a character other than a Han one, so
 * one that stands right before `end` lies inside the piece.
 */
function pieceEndsWithSuffix(text: string, end: number): boolean {
  return SUFFIXES.some((s) => end - s.length >= 0 && text.startsWith(s, end - s.length));
}

/**
 * Adds to `out` the road names paragraph `p` says in a list: the paragraph read as pieces between punctuation and list
 * joins, a piece that is a road's name kept where a join ties it to a piece that ends as a road does. Only the pieces
 * ending in a road's last character (路, 街: found by indexOf) are cut out, and their neighbours looked at in place:
 * cutting every body paragraph into pieces allocated one per clause, the costliest step of the links in session 38's
 * profile of the bench's seed.
 */
function listedRoads(p: Paragraph, out: Set<string>): void {
  const text = p.text;
  // The next occurrence of each road-ending character: read in text order, so that roads are added as they are said.
  const next = SUFFIX_ENDS.map((ch) => text.indexOf(ch));
  for (;;) {
    let k = -1;
    let which = -1;
    for (let j = 0; j < next.length; j++) {
      const at = next[j] as number;
      if (at >= 0 && (k < 0 || at < k)) {
        k = at;
        which = j;
      }
    }
    if (k < 0) return;
    next[which] = text.indexOf(SUFFIX_ENDS[which] as string, k + 1);
    const end = k + 1;
    if (!pieceEndsAt(text, end)) continue;
    // The piece's start, looked for no further back than the longest road's name.
    let start = k;
    while (start > 0 && end - start <= MAX_ROAD_NAME && !pieceEndsAt(text, start - 1)) start--;
    if (end - start > MAX_ROAD_NAME) continue;
    const word = text.slice(start, end);
    if (!isRoadName(word)) continue;
    // A road of a list: a road's name said whole beside another road it is joined to (、 和 及). A name said alone
    // (步游路, 旅游路) may be a kind of road; said in a list of named roads it is one of them.
    const besidePrev = start > 0 && JOINS.has(text[start - 1] as string) && pieceEndsWithSuffix(text, start - 1);
    let besideNext = false;
    if (!besidePrev && end < text.length && JOINS.has(text[end] as string)) {
      let nextEnd = end + 1;
      while (!pieceEndsAt(text, nextEnd)) nextEnd++;
      besideNext = pieceEndsWithSuffix(text, nextEnd);
    }
    if (besidePrev || besideNext) out.add(word);
  }
}

/**
 * A county's or city's roads, named in lists of works (实施了龙西路、环湖路、百兴路、西南外环等一批交通工程) and said
 * again when the year's tasks go on with them (全面完成环湖路和百兴路建设: src32 易县-2021; 南环路、恒山路改造提升 after
 * 南环路、恒山路、曲承线: 曲阳县-2020; 高唐县-2022, 高唐县-2025, outside ../shared/corpus). A road has no type word the
 * name scan reads (路 ends 道路, 思路 and 一带一路 too), so a road is known by standing whole in a list beside another
 * road, and every later mention of it, where a word ends before it, is the same road.
 */
export function addRoadMentions(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  const paragraphs = bodyParagraphs(ctx, blocks);
  const roads = new Set<string>();
  for (const p of paragraphs) listedRoads(p, roads);
  let n = 0;
  for (const road of roads) {
    if (n++ >= MAX_ROADS || mentions.has(road)) continue;
    const list: Mention[] = [];
    for (const p of paragraphs) {
      for (let at = p.text.indexOf(road); at >= 0; at = p.text.indexOf(road, at + road.length)) {
        const end = at + road.length;
        if (!startsAfterBoundary(p.text, at) || EXTENSION_AFTER.test(p.text.slice(end, end + 2)) || SUBDISTRICT_AFTER.test(p.text.slice(end, end + 2))) continue;
        list.push({ range: rangeIn(p, at, end), text: road, nested: false });
      }
    }
    if (list.length > 1) mentions.set(road, list);
  }
}
