/**
 * How Show Chart's picker shows and finds an indicator. A trial's picker printed every other name of a row in its
 * text (11 for GDP), so the list did not read, and typing “生产总值, %” found nothing: the picker's own filter reads
 * the query as one string, commas and all. Here a row prints its unit and at most SHOWN_ALIASES other names, and
 * the query matches by words: each word (split at spaces and Chinese or Western punctuation) must occur in the
 * name, in any other name (printed or not) or in the unit.
 *
 * A row in % is a rate, so a word of rate (增速, 增长, 增幅 …) finds it, alone or after the name: an analyst types
 * “地区生产总值增速” or “GDP 增长”, and a trial found nothing for either, since no row is named with the word — the
 * growth rate of GDP is GDP's row in %.
 */
import type { IndicatorCharts } from './candidates';

/** Words that ask for a rate, longest first so that a word ending in one splits at the longest. */
const RATE_WORDS = ['增长率', '增长速度', '增速', '增幅', '涨幅', '增长'] as const;

/** Other names a row prints after its unit; the rest are counted (“+9”) and still matched. */
export const SHOWN_ALIASES = 2;

/** The words of a query: “生产总值, %” → 生产总值, %. Full-width forms fold to half-width (％ → %), case folds. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,;、，；·。]+/u)
    .filter((w) => w !== '');
}

/** “% · 国内生产总值、GDP +9”: the unit, the first other names, how many more. */
export function candidateDescription(candidate: Pick<IndicatorCharts, 'unit' | 'aliases'>): string {
  const shown = candidate.aliases.slice(0, SHOWN_ALIASES).join('、');
  const more = candidate.aliases.length - SHOWN_ALIASES;
  const names = more > 0 ? `${shown} +${more}` : shown;
  return [candidate.unit ?? '', names].filter((part) => part !== '').join(' · ');
}

/**
 * Whether every word of the query occurs in the row's name, one of its other names, its unit or one of `more` (the
 * picker passes the row's places and years, which it prints).
 */
export function candidateMatches(candidate: Pick<IndicatorCharts, 'name' | 'unit' | 'aliases'>, words: readonly string[], more: readonly string[] = []): boolean {
  if (words.length === 0) return true;
  const fields = [candidate.name, candidate.unit ?? '', ...candidate.aliases, ...more].map((f) => f.normalize('NFKC').toLowerCase());
  const held = (w: string): boolean => fields.some((f) => f.includes(w));
  const isRate = candidate.unit === '%';
  return words.every((w) => {
    if (held(w)) return true;
    if (!isRate) return false;
    const rate = RATE_WORDS.find((r) => w.endsWith(r));
    if (rate === undefined) return false;
    const stem = w.slice(0, w.length - rate.length);
    return stem === '' || held(stem);
  });
}
