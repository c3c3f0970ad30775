import data from '../lexicon/strategyRegions.json';
import type { Paragraph } from '../text/paragraphs';
import { comparePositions, positionKey } from '../positions';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { TYPES } from './modifiers';
import { wordEndsAt } from './nameStart';

/** The regions the centre names a strategy by (strategyRegions.json: 京津冀, 长三角, 粤港澳大湾区, 雄安新区). */
const REGIONS: readonly string[] = data.regions;
const REGION_SET: ReadonlySet<string> = new Set(REGIONS);

/**
 * A region named as a strategy (京津冀, 长三角) is a named thing in every report, with no type word to find it by:
 * every mention of it joins one chain, keyed by the region, whose first mention the later ones link to — said bare
 * (辽宁 2026: 辽西先导区承接京津冀转移项目 … 面向京津冀; 江苏 2026: 加强与京津冀协同发展 … 强化与京津冀、粤港澳大湾区
 * 多领域合作) or opening the strategy's name, which a local report of another region otherwise names in passing
 * (knownNames.ts) and whose repeats the labels mark as the region's. Where it lies in another name some step recorded
 * (长三角生态绿色一体化发展示范区, 上海（长三角）国际科技创新中心, or the strategy's name kept as the report's own), or
 * opens one the scan did not keep (安徽 2026: 挂牌成立长三角国家技术创新中心安徽中心, 参与组建长三角创业投资引导基金; 江苏
 * 2026: 深度参与长三角国家技术创新中心建设 — a type word before the clause ends) or a quoted one (长三角“一卡通办”), that
 * name is the mention, not the region (the links README). One indexOf walk per region over the body: linear.
 */
export function addStrategyRegions(paragraphs: readonly Paragraph[], mentions: Map<string, Mention[]>): void {
  let opened: Map<number, Array<readonly [number, number]>> | undefined;
  let strategies: Map<number, Array<readonly [number, number]>> | undefined;
  for (const region of REGIONS) {
    const found: Mention[] = [];
    for (const p of paragraphs) {
      for (let at = p.text.indexOf(region); at >= 0; at = p.text.indexOf(region, at + region.length)) {
        if (saidAsPlace(p.text, at, at + region.length) && !opensName(p.text, at + region.length)) found.push({ range: rangeIn(p, at, at + region.length), text: region, nested: false });
      }
    }
    if (found.length === 0) continue;
    // Where the names recorded start (line:character): asked once, only in a report that says a region.
    const others = (opened ??= namesSpans(mentions, false));
    const full = (strategies ??= namesSpans(mentions, true));
    const list = mentions.get(region) ?? [];
    // Mentions the region's own key holds already (粤港澳大湾区 found by its type word, 雄安新区 as a known name) are not
    // added twice: namesSpans skips a region's text, so they are not `within` another name (jiangxi 2026, 保定 2018).
    const held = new Set(list.map((m) => positionKey(m.range.start)));
    // The strategy's own name, kept as a name of its own in a report of its region (knownNames.ts: 京津冀协同发展 in a
    // 河北 report), links its own repeats; the region in its first mention is where the bare repeats go (dev
    // baoding-2022: 面向京津冀区域, 轨道上的京津冀 → the first 京津冀协同发展, not the first bare 京津冀), and only that
    // one joins the region's chain, so that no repeat of the name is linked twice. Said bare first (src32 保定市-2023:
    // 融入京津冀、对话全世界 … “努力在推进京津冀协同发展上走在前列”), the region in the name goes to that bare one.
    const outside = found.filter((m) => !within(others, m));
    const first = outside[0];
    const bareFirst = first !== undefined && !within(full, first);
    for (const m of outside) if ((m === first || bareFirst || !within(full, m)) && !held.has(positionKey(m.range.start))) list.push(m);
    if (list.length === 0) continue;
    list.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(region, list);
  }
}

/** The spans of the recorded mentions on the line each starts on, by line: the strategies' full names or the others. */
function namesSpans(mentions: ReadonlyMap<string, readonly Mention[]>, strategyNames: boolean): Map<number, Array<readonly [number, number]>> {
  const spans = new Map<number, Array<readonly [number, number]>>();
  for (const [key, list] of mentions) {
    // Other names, or the region's strategy said in full (京津冀协同发展), asked apart.
    if (isStrategyName(key) !== strategyNames) continue;
    for (const m of list) {
      // The region said bare under another key (立足京津冀、链接大湾区: namedSiblings.ts reads 京津冀 as a sibling of
      // 大湾区, dev baoding-2022) is still the region, not a longer name it lies in.
      if (REGION_SET.has(m.text)) continue;
      const { start, end } = m.range;
      const span = [start.character, end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER] as const;
      const line = spans.get(start.line);
      if (line) line.push(span);
      else spans.set(start.line, [span]);
    }
  }
  return spans;
}

/** Whether a recorded name is a region's strategy said in full (京津冀协同发展, 长三角一体化发展): the region and a rest. */
function isStrategyName(key: string): boolean {
  return REGIONS.some((region) => key.length > region.length && key.startsWith(region) && PLACE_RESTS.some((rest) => key.startsWith(rest, region.length)));
}

/** Whether a region's mention lies in a recorded one (its start within that one's span). */
function within(spans: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, m: Mention): boolean {
  const at = m.range.start.character;
  return spans.get(m.range.start.line)?.some(([from, to]) => from <= at && at < to) ?? false;
}

/** Words that go on from a region said as a place: its area (京津冀地区, 长三角区域, 京津冀及周边), or its strategy's name. */
const PLACE_RESTS: readonly string[] = data.placeRests;

/**
 * Whether the region is said as a place (融入京津冀、对话全世界; 面向京津冀，; 京津冀地区; 承接京津冀转移项目; 京津冀协同
 * 发展): a word ends after it (punctuation, a particle, a verb: nameStart.ts wordEndsAt) or its area or strategy's
 * name goes on — not where it modifies the noun after it, which is mostly a name of its own (src32 河北省-2021/2022/2023
 * 京津冀协同创新共同体, 河北省-2024/2025 京津冀医联体, 河北省-2022/2026 京津冀生态环境支撑区, 涞水县-2020 京津冀特派办, outside).
 * Not at an opening quote, which opens a quoted name (长三角“一卡通办”: 安徽 2026).
 */
function saidAsPlace(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end) === OPEN_QUOTE) return false;
  // In brackets inside a name (北京（京津冀）国际科技创新中心: dev 河北省-2026; 上海（长三角）国际科技创新中心), it is that name's.
  // (A paragraph's text has its brackets folded to ASCII ones.)
  if ('(（'.includes(text[at - 1] ?? '-') && ')）'.includes(text[end] ?? '-')) return false;
  return wordEndsAt(text, end) || PLACE_RESTS.some((rest) => text.startsWith(rest, end));
}
const OPEN_QUOTE = '“'.charCodeAt(0);

/** How far past a region a type word is looked for: a name it opens is that short (国家技术创新中心, 创业投资引导基金). */
const MAX_NAME_REST = 10;
/** What ends the words a region may open: the clause's and a list's marks, and the joins of a list (京津冀协同发展和|雄安新区). */
const CLAUSE_END: ReadonlySet<number> = new Set([...'，。；：！？、,;:!?()（）和与及等'].map((c) => c.charCodeAt(0)));
const QUOTES: ReadonlySet<number> = new Set([...'“'].map((c) => c.charCodeAt(0)));

/** Whether a name opens at the region's end: a quote, or a type word before the clause ends, within MAX_NAME_REST. */
function opensName(text: string, end: number): boolean {
  if (QUOTES.has(text.charCodeAt(end))) return true;
  for (let k = end; k < text.length && k <= end + MAX_NAME_REST && !CLAUSE_END.has(text.charCodeAt(k)); k++) if (TYPES.longestAt(text, k) !== null) return true;
  return false;
}
