/**
 * The words every surface shows for the model's codes (indicator kind, actual/target, a series outcome, an outline
 * kind) and the headings of the Markdown tables, in the caller's language. One table of English keys: the hover
 * card, the Indicators view, the exports, the Outline view and the CLI all read it (Chinese: l10n/bundle.l10n.zh-cn.json).
 */
import type { Outcome } from '../workspace/series';
import type { Indicator, IndicatorKind, OutlineKind } from '../types';
import { translator } from './translate';
import type { DisplayLanguage, Translate } from './translate';

export type StatusLabels = Readonly<Record<Indicator['status'], string>>;

/** Column headings and values of the indicators' Markdown table (Targets year on year words its own: targetsLabels). */
export interface TableLabels {
  readonly line: string;
  readonly indicator: string;
  readonly figure: string;
  readonly measure: string;
  readonly kind: string;
  readonly status: string;
  readonly period: string;
  readonly kinds: Readonly<Record<IndicatorKind, string>>;
  readonly statuses: StatusLabels;
}

/** “growth rate” / “增长率” … for every indicator kind. */
export function kindLabels(language: DisplayLanguage): Readonly<Record<IndicatorKind, string>> {
  return kindsIn(translator(language));
}

/** “actual” / “实际”, “target” / “目标”. */
export function statusLabels(language: DisplayLanguage): StatusLabels {
  return statusesIn(translator(language));
}

/**
 * A target read against its actual: “met” / “达成”, “missed” / “未达成”, and for the outcome coded 'not reported' “not
 * found” / “未找到”: the next year's report is there and no result of the indicator was found in it — which may be a
 * result worded otherwise (trial19 found 8 such among 34, 新建精品示范村 for 精品示范村), so the word claims no more.
 */
export function outcomeLabels(language: DisplayLanguage): Readonly<Record<Outcome, string>> {
  return outcomesIn(translator(language));
}

/** An outline node's kind as the Outline view's detail shows it: “Part” / “部分” …; unknown kinds as written. */
export function outlineKindLabel(kind: OutlineKind, language: DisplayLanguage): string {
  const t = translator(language);
  switch (kind) {
    case 'part': return t('Part');
    case 'section': return t('Section');
    case 'subsection': return t('Subsection');
    case 'lead': return t('Lead sentence');
    case 'point': return t('Point');
    case 'annex': return t('Annex');
    case 'glossary': return t('Glossary');
    default: return String(kind); // a kind added to the core later still shows something
  }
}

/** The Markdown tables' headings and values in one language. */
export function tableLabels(language: DisplayLanguage): TableLabels {
  const t = translator(language);
  return {
    line: t('Line'),
    indicator: t('Indicator'),
    figure: t('Figure'),
    measure: t('Measure'),
    kind: t('Kind'),
    status: t('Actual/target'),
    period: t('Period'),
    kinds: kindsIn(t),
    statuses: statusesIn(t),
  };
}

export function kindsIn(t: Translate): Readonly<Record<IndicatorKind, string>> {
  return {
    growth: t('growth rate'),
    share: t('share / ratio'),
    level: t('level / total'),
    change: t('change'),
    count: t('count'),
    rank: t('rank'),
    other: t('other'),
  };
}

export function statusesIn(t: Translate): StatusLabels {
  return { actual: t('actual'), target: t('target') };
}

export function outcomesIn(t: Translate): Readonly<Record<Outcome, string>> {
  return { met: t('met'), missed: t('missed'), 'not reported': t('not found') };
}
