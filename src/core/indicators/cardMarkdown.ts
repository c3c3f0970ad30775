/**
 * The indicator card as Markdown, for VS Code's hover (a MarkdownString with supportHtml and isTrusted limited to
 * the extension's own commands; the adapter only wraps this string). Pure: the links are given by the caller.
 *
 * What matters first comes first, because a hover opens about 250 px high and most readers never scroll it:
 *   1. the indicator and its value (as written and normalised); actual/target, qualifier, period, kind;
 *   2. target ↔ actual in this report, and whether the target of the figure's year was met (✓/✗, coloured);
 *   3. the figures across years in one row with a sparkline; the chart links;
 * then, below a rule: the section, the lexicon's definition, the other mentions (a count and the first few).
 */
import { moreMentionsText, positionText } from '../l10n/cardLabels';
import { translator } from '../l10n/translate';
import type { DisplayLanguage, Translate } from '../l10n/translate';
import type { Outcome } from '../workspace/series';
import type { Position, Range } from '../types';
import type { CardRowKey, CardSeries, CardSeriesCell, CardSeriesRow, IndicatorCard } from './card';
import { sparkBlocks, sparklineDataUri } from './cardSparkline';
import type { SparkPoint } from './cardSparkline';

/** A link the caller makes: its label and a `command:` URI of one of the extension's own commands. */
export interface CardLink {
  readonly label: string;
  readonly uri: string;
}

export interface CardLinks {
  /** The report the card is shown in (its mentions and the target ↔ actual pair stand there). */
  readonly uri: string;
  /** A `command:` URI that reveals a range of a report (the extension's reveal command). */
  readonly reveal: (uri: string, range: Range) => string;
  /** A report's name for a link's tooltip (a workspace-relative path); default: the uri's last segment. */
  readonly describe?: (uri: string) => string;
  /** Charts of the figure's indicator (`command:` URIs of the chart command), shown with the series. */
  readonly charts?: readonly CardLink[];
}

export interface CardMarkdownOptions {
  readonly lang: DisplayLanguage;
  readonly links: CardLinks;
  /**
   * How the series' sparkline is drawn: 'svg' (default), an SVG image as a data: URI — VS Code 1.96's hover renders
   * it; 'blocks', Unicode block characters (▁▃▅▇), for a surface that shows no images.
   */
  readonly sparkline?: 'svg' | 'blocks';
  /**
   * The text of a report's physical line, when the caller has it (the open document's): a figure on a line that holds
   * a whole one-line report written with escaped breaks is then placed by its column too (positionText), not “line 1”
   * like every other figure of that report.
   */
  readonly lineOf?: (uri: string, line: number) => string | undefined;
}

/** Years shown in the across-years row, around the hovered figure's year. */
export const MAX_SERIES_YEARS = 6;
/** Mentions linked in the card; the rest are counted (the Indicators view and Find All References list them all). */
export const MAX_MENTION_LINKS = 3;

/**
 * Met and missed: a glyph, so that colour is never the only signal, coloured by the theme's chart colours. VS Code's
 * hover sanitizer keeps a span's style only in the form `color:#hex;` or `color:var(--vscode-…);` — the CSS
 * variables it defines for every colour of the active theme (light, dark and high contrast alike).
 */
const OUTCOMES: Readonly<Record<Outcome, { readonly glyph: string; readonly colour?: string }>> = {
  met: { glyph: '✓', colour: 'var(--vscode-charts-green)' },
  missed: { glyph: '✗', colour: 'var(--vscode-charts-red)' },
  'not reported': { glyph: '?' },
};

export function renderCardMarkdown(card: IndicatorCard, options: CardMarkdownOptions): string {
  const { lang, links } = options;
  const t = translator(lang);
  const colon = card.labels.colon;
  const row = (key: CardRowKey): string | undefined => card.rows.find((r) => r.key === key)?.value;

  // 1. The figure.
  const measure = row('measure');
  const value = row('value');
  const head = [`**${escape(card.title)}**`, measure ? escape(measure) : '', value ? `**${escape(value)}**` : ''].filter((p) => p !== '').join(' ');
  const facts = (['status', 'qualifier', 'period', 'kind'] as const).map(row).filter((v): v is string => v !== undefined).map(escape);
  const top: string[] = [head];
  if (facts.length > 0) top.push(facts.join(' · '));

  // 2. Target ↔ actual, met or missed.
  if (card.counterpart) {
    const c = card.counterpart;
    top.push(`↔ ${escape(c.label)}${colon}${link(c.text, links.reveal(links.uri, c.range), placeOf(links.uri, c.range.start, options))}`);
  }
  if (card.verdict) top.push(verdictLine(card, options, t));

  // 3. Across years, then the charts.
  if (card.series) top.push(seriesLine(card.series, colon, options));
  else if (card.seriesNote) top.push(`*${escape(card.seriesNote)}*`);
  if (card.spanNote) top.push(`*${escape(card.spanNote)}*`);
  const charts = links.charts ?? [];
  if (charts.length > 0) top.push(charts.map((chart) => `[${escape(chart.label)}](${chart.uri})`).join(' · '));

  const out: string[] = [top.join('  \n'), ''];

  // Below the fold: where it stands, what it means, where else the report gives it.
  const details: string[] = [];
  const section = card.rows.find((r) => r.key === 'section');
  if (section) details.push(labelled(section.label, section.value, colon));
  for (const r of card.rows.filter((r) => r.key === 'indicator' || r.key === 'related')) details.push(labelled(r.label, r.value, colon));
  if (card.definition) details.push(labelled(card.labels.definition, card.definition, colon));
  for (const r of card.rows.filter((r) => r.key === 'base')) details.push(labelled(r.label, r.value, colon));
  const mentions = mentionLines(card, options, t);
  if (details.length > 0 || mentions.length > 0) {
    out.push('---', '');
    if (details.length > 0) out.push(details.join('  \n'), '');
    if (mentions.length > 0) out.push(...mentions, '');
  }
  const legend = legendLine(card, t);
  if (legend) out.push(`*${escape(legend)}*`, '');
  if (card.note) out.push(`*${escape(card.note)}*`, '');
  return out.join('\n').trimEnd();
}

/**
 * One line that says what the card's marks mean, only those it shows: a trial's new analyst read “↔”, “?” and
 * “Related indicator” (beside other cards' “Indicator”) with nothing to explain them. At the end (before a warning
 * note), so the figure keeps the hover's first lines.
 */
function legendLine(card: IndicatorCard, t: Translate): string | undefined {
  const parts: string[] = [];
  if (card.counterpart) parts.push(t('↔ the target or result this figure pairs with in the report'));
  // Said as what was searched, not as a fact about the reports: a result worded otherwise (城市居民 for 城镇居民) is not
  // found, and a trial read the older wording as a claim that the result is absent.
  if (card.verdict?.outcome === 'not reported') parts.push(t('? no result for this target found in the next year’s report'));
  if (card.rows.some((r) => r.key === 'related')) parts.push(t('Related indicator: the nearest indicator the built-in list knows, not this figure’s own'));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** “✓ 达成 · 2018年目标 6.5%左右，实际 6.6%”: the outcome in colour and glyph, then the two figures as links. */
function verdictLine(card: IndicatorCard, options: CardMarkdownOptions, t: Translate): string {
  const verdict = card.verdict!;
  const mark = outcomeMark(verdict.outcome, verdict.label);
  const target = verdict.target ? cellLink(verdict.target, options) : '—';
  const detail = verdict.actual
    ? t('{0} target {1}, actual {2}', verdict.year, target, cellLink(verdict.actual, options))
    : `${t('{0} target', verdict.year)} ${target}`;
  // A 左右 target met within its band says so: “met” alone reads as reached (trial19: GDP 5%左右 by 4.8%).
  const band = verdict.withinBand ? ` (${t('within the band 左右 allows')})` : '';
  return `${mark} · ${detail}${band}`;
}

/** The series in one row: “历年对比（全国）：[sparkline] 2015 6.9%✓ · 2016 6.7%✓ · … · **2019** 目标 6%－6.5%”. */
function seriesLine(series: CardSeries, colon: string, options: CardMarkdownOptions): string {
  const rows = seriesWindow(series.rows);
  const { labels } = series;
  // A year with a target only (its actual is in a report the folder lacks, or next year's): “2019 目标 6%–6.5%”.
  const targetWord = translator(options.lang)('target');
  const cells = rows.map((r) => {
    const current = !!(r.actual?.current || r.target?.current);
    const year = current ? `**${r.year}**` : String(r.year);
    const figure = r.actual ? cellLink(r.actual, options) : r.target ? `${escape(targetWord)} ${cellLink(r.target, options)}` : '—';
    const mark = r.outcome === 'met' || r.outcome === 'missed' ? outcomeMark(r.outcome, undefined) : '';
    return `${year} ${figure}${mark}`;
  });
  const spark = sparkline(rows, options);
  return `${escape(labels.title)}${colon}${spark ? `${spark} ` : ''}${cells.join(' · ')}`;
}

/** At most MAX_SERIES_YEARS rows, around the hovered figure's year (the latest when it is not in the series). */
export function seriesWindow(rows: readonly CardSeriesRow[]): CardSeriesRow[] {
  const current = rows.findIndex((r) => r.actual?.current || r.target?.current);
  const centre = current >= 0 ? current : rows.length - 1;
  const first = Math.max(0, Math.min(centre - Math.floor(MAX_SERIES_YEARS / 2), rows.length - MAX_SERIES_YEARS));
  return rows.slice(first, first + MAX_SERIES_YEARS);
}

function sparkline(rows: readonly CardSeriesRow[], options: CardMarkdownOptions): string | undefined {
  if (options.sparkline === 'blocks') {
    const blocks = sparkBlocks(rows.map((r) => r.actual?.value));
    return blocks.trim() === '' ? undefined : `\`${blocks}\``;
  }
  const points: SparkPoint[] = rows.map((r) => ({
    ...(r.actual ? { actual: r.actual.value } : {}),
    ...(r.target ? { target: { lo: r.target.value, hi: r.target.valueMax ?? r.target.value } } : {}),
    outcome: r.outcome,
    current: !!(r.actual?.current || r.target?.current),
  }));
  const uri = sparklineDataUri(points);
  return uri ? `![${escape(translator(options.lang)('trend'))}](${uri})` : undefined;
}

function mentionLines(card: IndicatorCard, options: CardMarkdownOptions, t: Translate): string[] {
  if (card.mentions.length <= 1) return [];
  const { links, lang } = options;
  const others = card.mentions.filter((m) => !m.current);
  const shown = others.slice(0, MAX_MENTION_LINKS);
  // The count is of the mentions listed: the hovered one is not among them.
  const out = [`**${escape(t('{0} ({1})', card.labels.mentions, others.length))}**`, ''];
  // The line shown, not only in the tooltip: a restated target (2024 · target · 5%左右, twice) reads the same twice
  // otherwise (a sixth trial could not tell the rows apart).
  for (const m of shown) {
    const line = placeOf(links.uri, m.range.start, options);
    out.push(`- ${link(m.label, links.reveal(links.uri, m.range), line)} · ${escape(line)}`);
  }
  const hidden = others.length - shown.length;
  if (hidden > 0) out.push(`- ${escape(moreMentionsText(hidden, lang))}`);
  return out;
}

/** “line 155”, or “line 1, column 255” on a one-line escaped report (positionText). */
function placeOf(uri: string, at: Position, options: CardMarkdownOptions): string {
  return positionText(at, options.lang, options.lineOf?.(uri, at.line));
}

/** A figure of another report (or this one) as a link to it, its file and line in the tooltip; bold when hovered. */
function cellLink(cell: CardSeriesCell, options: CardMarkdownOptions): string {
  const { links } = options;
  const name = links.describe?.(cell.uri) ?? lastSegment(cell.uri);
  const text = link(cell.text, links.reveal(cell.uri, cell.range), `${name} · ${placeOf(cell.uri, cell.range.start, options)}`);
  return cell.current ? `**${text}**` : text;
}

/** The outcome's glyph (and word) in the theme's colour: `<span style="color:var(--vscode-charts-green);">✓ 达成</span>`. */
function outcomeMark(outcome: Outcome, word: string | undefined): string {
  const { glyph, colour } = OUTCOMES[outcome];
  const text = word ? `${glyph} ${escape(word)}` : glyph;
  return colour ? `<span style="color:${colour};">${text}</span>` : text;
}

function labelled(label: string, value: string, colon: string): string {
  return `**${escape(label)}**${colon}${escape(value)}`;
}

/** A Markdown link with a tooltip; the target is a URI the caller made (no space, no parenthesis unescaped). */
function link(text: string, target: string, title: string): string {
  return `[${escape(text)}](${target} "${escape(title.replace(/"/gu, '\''))}")`;
}

function lastSegment(uri: string): string {
  return decodeURIComponentSafe(uri.slice(uri.lastIndexOf('/') + 1));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Report text is data, never Markdown or HTML: every character Markdown could read as syntax is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/gu, '\\$&').replace(/[\r\n]+/gu, ' ');
}

const escape = escapeMarkdown;
