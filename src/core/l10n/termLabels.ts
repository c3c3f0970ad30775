/**
 * The words of the policy-term tables (`govreport terms`; any editor view of terms later): column headings, the
 * headings of the four lists of a comparison, and a term's source, in the caller's language. The codes themselves
 * (dictionary, quoted, word; new, dropped, rising, falling) stay in JSON and CSV, which are the same in every language.
 */
import type { TermSource } from '../terms/types';
import { translator } from './translate';
import type { DisplayLanguage } from './translate';

/** The lists of a comparison, in the order they are shown. */
export type TermChangeList = 'new' | 'dropped' | 'rising' | 'falling';

export interface TermTableLabels {
  readonly term: string;
  readonly source: string;
  /** Mentions in the report. */
  readonly count: string;
  readonly per10k: string;
  /** Where the term is first mentioned. */
  readonly first: string;
  /** Mentions in the report compared with, and the first of them (the dropped list). */
  readonly countThere: string;
  readonly firstThere: string;
  /** The heading of each list of a comparison: “New: not in the other report” / “新出现：对比报告中没有”. */
  readonly lists: Readonly<Record<TermChangeList, string>>;
  /** dictionary, quoted, word as a reader says them. */
  readonly sources: Readonly<Record<TermSource, string>>;
  /** An empty list, an empty report. */
  readonly none: string;
  readonly noTerms: string;
  /**
   * A list's heading with its size: “Rising (7, top 5)” / “上升（7 个，列出前 5 个）”; the top only when it cuts the list.
   */
  readonly listHeading: (list: TermChangeList, size: number, top: number | null) => string;
}

/** Term-table words for one language; built anew each call (cheap), like tableLabels. */
export function termTableLabels(language: DisplayLanguage): TermTableLabels {
  const t = translator(language);
  const lists: Record<TermChangeList, string> = {
    new: t('New: not in the other report'),
    dropped: t('Dropped: only in the other report'),
    rising: t('Rising'),
    falling: t('Falling'),
  };
  return {
    term: t('term'),
    source: t('source'),
    // “count” alone is an indicator kind (数量); here it is how often a term is mentioned (次数).
    count: t({ message: 'count', comment: 'terms table column: how often a term is mentioned' }),
    per10k: t('per 10k'),
    first: t({ message: 'first', comment: 'terms table column: where a term is first mentioned' }),
    countThere: t('count there'),
    firstThere: t('first there'),
    lists,
    sources: { dictionary: t('dictionary'), quoted: t('quoted'), word: t('word') },
    none: t('(none)'),
    noTerms: t('(no terms found)'),
    listHeading: (list, size, top) => t('{0} ({1})', lists[list], top === null ? String(size) : t('{0}, top {1}', size, top)),
  };
}
