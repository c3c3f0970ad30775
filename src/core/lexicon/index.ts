/**
 * Domain lexicon: the standard statistical indicators met in government work reports (政府工作报告),
 * with synonyms, NBS-style one-line definitions, typical base unit and the kinds of figure they usually carry.
 * Pure data plus precomputed maps: no vscode, no Node built-ins.
 */
import data from './indicators.json';
import { isNationalPlace } from '../workspace/placeLevel';
import { shareOpenerIn } from './shareOpener';
import { boundedMemo } from '../memo';
import kindData from './kindModifiers.json';

/** How an indicator usually appears in a report: an absolute value, a growth rate, a share, a change, a count, a rank. */
export const INDICATOR_KINDS = ['level', 'growth', 'share', 'change', 'count', 'rank', 'other'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface LexiconEntry {
  /** Stable identifier, snake_case ASCII. */
  readonly id: string;
  /** Standard Chinese name (NBS wording where there is one). */
  readonly name: string;
  /** Other surface forms reports use for the same indicator. */
  readonly synonyms: readonly string[];
  /** English name. */
  readonly en: string;
  /** One-line Chinese definition (≤ 60 characters). */
  readonly definition: string;
  /** One-line English definition. */
  readonly definitionEn: string;
  /** Typical base unit ("元", "%", "家", …); "" for dimensionless ratios and indices. */
  readonly unit: string;
  /** The kinds of figure the indicator usually appears as, most common first. */
  readonly kinds: readonly IndicatorKind[];
  /** 'lower' when less is better (prices, unemployment, energy use per unit of GDP): its targets are ceilings. */
  readonly better?: 'lower';
}

interface RawEntry {
  id: string;
  name: string;
  synonyms: string[];
  en: string;
  definition: string;
  definitionEn: string;
  unit: string;
  kinds: string[];
  better?: string;
}

function isKind(kind: string): kind is IndicatorKind {
  return (INDICATOR_KINDS as readonly string[]).includes(kind);
}

function toEntry(raw: RawEntry): LexiconEntry {
  const kinds = raw.kinds.map((k) => (isKind(k) ? k : 'other'));
  return Object.freeze({
    id: raw.id,
    name: raw.name,
    synonyms: Object.freeze([...raw.synonyms]),
    en: raw.en,
    definition: raw.definition,
    definitionEn: raw.definitionEn,
    unit: raw.unit,
    kinds: Object.freeze(kinds),
    ...(raw.better === 'lower' ? { better: 'lower' as const } : {}),
  });
}

const rawEntries: readonly RawEntry[] = data;

export const lexicon: readonly LexiconEntry[] = Object.freeze(rawEntries.map(toEntry));

// Place prefixes that only say "the whole province/city/…": 全省生产总值 = 生产总值. Kept when nothing (or one character) would remain.
const PLACE_PREFIX = /^(?:全省|全市|全区|全县|全国)(?=[\s\S]{2})/u;
// Invisible characters and quotation marks that reports sprinkle inside terms (“专精特新”企业).
const NOISE = /[\s\u200b-\u200d\u2060\ufeff"'“”‘’「」『』〝〞]/gu;
// Parenthesised ASCII glosses: 研究与试验发展(R&D)经费支出, 细颗粒物(PM2.5)平均浓度. Chinese parentheticals such as (助理) are kept.
const ASCII_GLOSS = /\([A-Z0-9&.+\-/ ]*\)/gu;
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
// Trailing words that qualify the figure rather than name the indicator (GDP增速, 地区生产总值年均, 城镇调查失业率平均值);
// stripped one at a time, and only when nothing matched with them.
const TRAILING_QUALIFIER = /(?:增长率|增速|增幅|增长|涨幅|总量|总额|规模|水平|同比|环比|年均|平均值|平均|实际|名义|分别|全年|累计|预计|预期|力争|要)$/u;
const MAX_QUALIFIERS = 3;
// A suffix right after these is not the indicator: 现代服务业增加值占|服务业增加值比重 (a denominator), 人均|财政收入 (per capita),
// and a sector's own aggregate — 工业|生产总值 and 农业|生产总值 (national 1956) are not GDP, 农业|科技进步贡献率 is not the
// economy's; a trial user saw 工业生产总值 charted in the GDP series. A sector's figure that the lexicon does list
// (服务业增加值, 海洋生产总值, 规模以上工业增加值) is an exact match and never reaches this test.
const SUFFIX_BLOCKERS = ['占', '人均', '工业', '农业', '服务业', '建筑业', '制造业', '产业'];
/**
 * Words that make a kind of the thing named after them (新型基础设施投资 is not 基础设施投资, 国有上市公司 not 上市公司):
 * a suffix right after one is another indicator's name, not this one's (kindModifiers.json). A pair judged by such a
 * suffix set 深圳 2025's growth of 基础设施投资 (8.8%) against its target of 1600亿元 of 新型基础设施投资.
 */
export const KIND_MODIFIERS: readonly string[] = Object.freeze([...kindData.words]);

const MIN_KEY_LENGTH = 2;

/**
 * The form names are compared in: NFKC (full-width → half-width, Ⅲ → III, ₂ → 2), ASCII upper-cased,
 * whitespace, zero-width characters and quotes removed, ASCII glosses in parentheses removed, edge punctuation
 * trimmed, "的比重/的比例" → "比重/比例", and a leading 全省/全市/全区/全县/全国 dropped.
 */
export function normalizeIndicatorName(name: string): string {
  return normalizedOnce(name);
}
// (Asked up to three times per name by a figure's series key — the name, its stem, its lexicon entry's — and again by
// every lookup: remembered, as cleanName is, instead of NFKC and five replaces per call.)
const normalizedOnce = boundedMemo(normalizeUncached, 4096);

function normalizeUncached(name: string): string {
  // (A name of Chinese characters only, as most are, is what NFKC, the noise, the upper case, the glosses and the edge
  // punctuation leave it: U+4E00–U+9FFF decompose to nothing else and compose with nothing, have no case, and are no
  // space, quote or punctuation. Each step is a call into ICU or a scan, for every name a first analysis reads — perf41.)
  let s = ideographsOnly(name) ? name : name.normalize('NFKC').replace(NOISE, '').toUpperCase().replace(ASCII_GLOSS, '').replace(EDGE_PUNCT, '');
  s = s.replace(/的(比重|比例)$/u, '$1');
  return s.replace(PLACE_PREFIX, '');
}

/** Whether every code unit of `s` is a CJK Unified Ideograph of the basic block (U+4E00–U+9FFF). */
function ideographsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

const byKey = new Map<string, LexiconEntry>();
const byId = new Map<string, LexiconEntry>();
const terms: string[] = [];
let maxKeyLength = 0;
{
  const seenTerms = new Set<string>();
  for (const entry of lexicon) {
    byId.set(entry.id, entry);
    for (const term of [entry.name, ...entry.synonyms]) {
      if (!seenTerms.has(term)) {
        seenTerms.add(term);
        terms.push(term);
      }
      const key = normalizeIndicatorName(term);
      if (key.length < MIN_KEY_LENGTH || byKey.has(key)) continue; // the first entry wins; the unit test forbids clashes
      byKey.set(key, entry);
      if (key.length > maxKeyLength) maxKeyLength = key.length;
    }
  }
}
Object.freeze(terms);

// Remembered by name (a pure function of it): eleven rules ask it of the same names, figure after figure, and each
// asking normalised the name again (NFKC and five replacements).
const exactOnce = boundedMemo((name: string) => byKey.get(normalizeIndicatorName(name)), 4096);

/** The entry whose name or synonym this name is, exactly (after normalisation); no suffix guessing. */
export function exactIndicator(name: string): LexiconEntry | undefined {
  return exactOnce(name);
}

/** What exactOrLongestSuffix gives for a kind of some entry's thing (新型基础设施投资): no entry, and no shorter name either. */
const A_KIND = 'kind';

function exactOrLongestSuffix(key: string): LexiconEntry | typeof A_KIND | undefined {
  const exact = byKey.get(key);
  if (exact) return exact;
  // Longest suffix first: 全市规模以上工业增加值 → 规模以上工业增加值; 人均地区生产总值 stays itself (exact above).
  // Nor anywhere in the whole of a share: 占全省生产总值 (民营经济…占全省生产总值的64.8%, 河北省 2013, outside) is no GDP, though
  // 生产总值 ends it — a trial's card called the share GDP and charted it with GDP's growth. (A word that opens with 占,
  // 占地面积, is no share: shareOpener.ts.)
  const whole = shareOpenerIn(key);
  for (let start = Math.max(1, key.length - maxKeyLength); start <= key.length - MIN_KEY_LENGTH; start++) {
    const hit = byKey.get(key.slice(start));
    // A kind of the thing (新型|基础设施投资, 新型全市|生产总值) is another thing: no shorter suffix's either.
    if (hit && kindBefore(key, start)) return A_KIND;
    if (hit && !blockedAt(key, start) && !(whole >= 0 && start > whole)) return hit;
  }
  return undefined;
}

/** Whether what stands before `start` in `key` makes the suffix something else: a denominator, a sector. */
function blockedAt(key: string, start: number): boolean {
  return SUFFIX_BLOCKERS.some((b) => key.endsWith(b, start));
}

/** Whether a kind modifier (新型, 国有) stands right before `start` in `name`: what follows is a kind of its thing. */
export function kindAt(name: string, start: number): boolean {
  return KIND_MODIFIERS.some((m) => name.endsWith(m, start));
}

/** Whether a kind modifier stands anywhere before `start` in `name` (新型全市|生产总值: a place between changes nothing). */
function kindBefore(name: string, start: number): boolean {
  return KIND_MODIFIERS.some((m) => start >= m.length && name.lastIndexOf(m, start - m.length) >= 0);
}

/**
 * The indicator a name refers to: exact match on the name or a synonym after normalisation
 * (see {@link normalizeIndicatorName}); otherwise the entry whose name or synonym is the longest suffix of the name
 * (a suffix right after 占 or 人均 does not count); otherwise the same two steps again after removing up to three
 * trailing qualifiers (增速, 增长, 年均, 同比, 平均值, …) one at a time.
 */
export function lookupIndicator(name: string): LexiconEntry | undefined {
  let key = normalizeIndicatorName(name);
  for (let stripped = 0; key.length >= MIN_KEY_LENGTH; stripped++) {
    const hit = exactOrLongestSuffix(key);
    // A kind stays a kind with its qualifiers stripped (新型对外贸易进出口|总额): it names no entry.
    if (hit === A_KIND) return undefined;
    if (hit || stripped === MAX_QUALIFIERS) return hit;
    const bare = key.replace(TRAILING_QUALIFIER, '');
    if (bare === key) return undefined;
    key = bare;
  }
  return undefined;
}

/** The entry with this id. */
export function indicatorById(id: string): LexiconEntry | undefined {
  return byId.get(id);
}

/** How a figure's group key names a lexicon entry (extract.ts groupKeyOf: `lexicon:grp`). */
const GROUP_PREFIX = 'lexicon:';

/** The lexicon entry a figure's group key names (`lexicon:grp`), or undefined for a group keyed by its own name. */
export function entryOfGroup(groupKey: string | null | undefined): LexiconEntry | undefined {
  return groupKey?.startsWith(GROUP_PREFIX) ? byId.get(groupKey.slice(GROUP_PREFIX.length)) : undefined;
}

/**
 * The entry's name as a report of this place words it: the lexicon names the regional product (地区生产总值,
 * 服务业增加值占地区生产总值比重, 单位地区生产总值能耗), the nation's reports the domestic one (国内生产总值 …). A
 * ninth trial exported national 2024 and read 地区生产总值 as the standard name of its GDP.
 */
export function entryNameIn(entry: LexiconEntry, place: string | null | undefined): string {
  return isNationalPlace(place) ? entry.name.replaceAll('地区生产总值', '国内生产总值') : entry.name;
}

/** Every name and synonym as written in the lexicon, without duplicates (e.g. for the jieba user dictionary). */
export function allTerms(): string[] {
  return [...terms];
}
