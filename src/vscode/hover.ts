import * as vscode from 'vscode';
import { buildCard, indicatorAt, lineText, moreMentionsText, rangeContains } from '../core';
import type { CardLang, CardOptions, Indicator, IndicatorCard, Position, Range, ReportModel } from '../core';
import type { CardSeries, CardSeriesCell } from '../core/indicators/card';
import { SHOW_CHART_COMMAND } from './chartLinks';
import type { HoverChartLink } from './chartLinks';
import { REVEAL_RANGE_COMMAND, revealRangeLink } from './commands';
import { toRange } from './convert';
import { isPartial } from './reportService';
import type { ReportService } from './reportService';
import type { HoverSeriesSource } from './series';

/** Long lists (固定资产投资 is mentioned in every part) are cut to a window around the hovered mention. */
const MAX_MENTIONS = 12;
/** A name and its figure are highlighted together when they are this close on one line (“地区生产总值年均增长6.1%”). */
const MAX_JOINED_SPAN = 40;
/** Years shown in the series table, around the hovered report's year. */
const MAX_SERIES_ROWS = 10;

export interface HoverOptions {
  /**
   * Whether the model's indicator names were found with word segmentation. The report service analyses without
   * a segmenter today, so the card says names may be incomplete unless the caller knows better.
   */
  readonly segmenterAvailable?: () => boolean;
  /** The indicator across the reports of the same place in the workspace (see series.ts); none = no series section. */
  readonly series?: HoverSeriesSource;
  /** Links to the charts the figure's indicator has in the workspace (see chartCommands.ts); none = no links. */
  readonly charts?: (document: vscode.TextDocument, model: ReportModel, indicator: Indicator) => readonly HoverChartLink[];
}

/**
 * Indicator cards: hovering a figure (or the name it is bound to) shows what it measures, its value normalised,
 * its section, the lexicon definition and every other mention of the same indicator as links.
 */
export function registerHoverSupport(selector: vscode.DocumentSelector, service: ReportService, options: HoverOptions = {}): vscode.Disposable {
  const segmenterAvailable = options.segmenterAvailable ?? (() => false);
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return undefined;
      const at = { line: position.line, character: position.character };
      const lang: CardLang = vscode.env.language.startsWith('zh') ? 'zh' : 'en';
      if (isPartial(model)) {
        // A very large document: its figures stay in the analysis worker, which builds this one card.
        const found = await service.cardInWorker(document, position, { lang, segmenterAvailable: segmenterAvailable() });
        if (!found || token.isCancellationRequested) return undefined;
        return new vscode.Hover(renderCard(found.card, document.uri, lang), document.validateRange(toRange(hoverRange(found.indicator, at))));
      }
      const indicator = indicatorAt(model, at);
      if (!indicator) return undefined;
      const series = options.series ? await options.series(document, model, indicator, token) : undefined;
      if (token.isCancellationRequested) return undefined;
      const cardOptions: CardOptions = {
        lang,
        segmenterAvailable: segmenterAvailable(),
        ...(series && 'rows' in series ? { series: series.rows, uri: series.uri, place: series.place } : {}),
        ...(series && 'pending' in series ? { seriesPending: true } : {}),
      };
      const card = buildCard(model, indicator, cardOptions);
      const charts = options.charts?.(document, model, indicator) ?? [];
      return new vscode.Hover(renderCard(card, document.uri, lang, charts), document.validateRange(toRange(hoverRange(indicator, at))));
    },
  };
  return vscode.languages.registerHoverProvider(selector, provider);
}

/**
 * The figure's range; when the mouse is on the name instead, the name and figure together if they are close on one
 * line, else the name (a hover range must hold the mouse position, or VS Code drops the hover as the mouse moves).
 */
function hoverRange(indicator: Indicator, at: Position): Range {
  const figure = indicator.range;
  const name = indicator.nameRange;
  if (!name || rangeContains(figure, at)) return figure;
  const oneLine = name.start.line === name.end.line && figure.start.line === figure.end.line && name.start.line === figure.start.line;
  if (oneLine) {
    const start = Math.min(name.start.character, figure.start.character);
    const end = Math.max(name.end.character, figure.end.character);
    if (end - start <= MAX_JOINED_SPAN) return { start: { line: name.start.line, character: start }, end: { line: name.start.line, character: end } };
  }
  return name;
}


/** The card as Markdown: title, label/value lines, definition, then the mentions as links to our own command only. */
export function renderCard(card: IndicatorCard, uri: vscode.Uri, lang: CardLang, charts: readonly HoverChartLink[] = []): vscode.MarkdownString {
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [`**${escape(card.title)}**`, ''];
  out.push(card.rows.map((row) => `**${escape(row.label)}**${colon}${escape(row.value)}`).join('  \n'), '');
  // Chart links high in the card, where they show without scrolling (the series table may be long).
  if (charts.length > 0) out.push(charts.map((chart) => `[${escape(chart.label)}](${chart.uri})`).join(' · '), '');
  if (card.definition) out.push(`**${escape(card.labels.definition)}**${colon}${escape(card.definition)}`, '');

  if (card.mentions.length > 1) {
    out.push('---', '', `**${escape(card.labels.mentions)}**`, '');
    const current = Math.max(0, card.mentions.findIndex((m) => m.current));
    const first = Math.max(0, Math.min(current - Math.floor(MAX_MENTIONS / 2), card.mentions.length - MAX_MENTIONS));
    const shown = card.mentions.slice(first, first + MAX_MENTIONS);
    for (const mention of shown) {
      const link = `[${escape(mention.label)}](${revealRangeLink(uri, mention.range)} "${lineText(mention.range.start.line, lang)}")`;
      out.push(`- ${link}${mention.current ? ` *(${escape(card.labels.current)})*` : ''}`);
    }
    const hidden = card.mentions.length - shown.length;
    if (hidden > 0) out.push(`- ${escape(moreMentionsText(hidden, lang))}`);
    out.push('');
  }
  if (card.series) out.push(...renderSeries(card.series, lang));
  else if (card.seriesNote) out.push(`*${escape(card.seriesNote)}*`, '');
  if (card.note) out.push(`*${escape(card.note)}*`);

  const markdown = new vscode.MarkdownString(out.join('\n'));
  // Only our own commands, and the chart command only on a card that links to a chart.
  markdown.isTrusted = { enabledCommands: charts.length > 0 ? [REVEAL_RANGE_COMMAND, SHOW_CHART_COMMAND] : [REVEAL_RANGE_COMMAND] };
  markdown.supportHtml = false;
  return markdown;
}

/**
 * The series as a Markdown table (year, actual, target, outcome); every figure links to its report at that mention
 * through our own command, with the file and line as the link's title. The hovered figure is bold.
 */
export function renderSeries(series: CardSeries, lang: CardLang): string[] {
  const { labels } = series;
  const current = series.rows.findIndex((row) => row.actual?.current || row.target?.current);
  const centre = current >= 0 ? current : series.rows.length - 1;
  const first = Math.max(0, Math.min(centre - Math.floor(MAX_SERIES_ROWS / 2), series.rows.length - MAX_SERIES_ROWS));
  const rows = series.rows.slice(first, first + MAX_SERIES_ROWS);
  const cell = (c: CardSeriesCell | undefined): string => {
    if (!c) return '—';
    const uri = vscode.Uri.parse(c.uri, true);
    const title = `${vscode.workspace.asRelativePath(uri)} · ${lineText(c.range.start.line, lang)}`.replace(/"/gu, '\'');
    const link = `[${escape(c.text)}](${revealRangeLink(uri, c.range)} "${escape(title)}")`;
    return c.current ? `**${link}**` : link;
  };
  return [
    '---',
    '',
    `**${escape(labels.title)}**`,
    '',
    `| ${escape(labels.year)} | ${escape(labels.actual)} | ${escape(labels.target)} | ${escape(labels.outcome)} |`,
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.year} | ${cell(row.actual)} | ${cell(row.target)} | ${row.outcomeLabel ? escape(row.outcomeLabel) : '—'} |`),
    '',
  ];
}

/** Report text is data, never Markdown: every character Markdown could read as syntax is escaped. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/gu, '\\$&').replace(/[\r\n]+/gu, ' ');
}
