import * as vscode from 'vscode';
import { config } from './config';
import { renderCardMarkdown } from '../core';
import type { CardLang, IndicatorCard } from '../core';
import type { ChartOption } from '../core/charts';
import type { ReportService } from '../core/service';
import { optionLabel } from './chartLabels';
import { chartCommandUri, SHOW_CHART_COMMAND } from './chartLinks';
import type { HoverChartLink } from './chartLinks';
import { REVEAL_RANGE_COMMAND, revealRangeLink } from './commands';
import { toRange } from './convert';
import { openLineOf } from './openLines';
import { reportDocument } from './reportService';

/**
 * Indicator cards: hovering a figure (or the name it is bound to) shows what it measures, its value normalised, its
 * section, the lexicon definition, every other mention of the same indicator, its series across the workspace's
 * reports and its charts. The service builds the card (it never waits for the workspace index); this only renders it.
 */
export function registerHoverSupport(selector: vscode.DocumentSelector, service: ReportService, cardShown: () => void = () => undefined): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      const found = await service.getHover(reportDocument(document), position, token);
      if (!found || token.isCancellationRequested) return undefined;
      cardShown(); // the walkthrough's “Hover a figure” step (walkthroughTicks.ts)
      return new vscode.Hover(renderCard(found.card, document.uri, config.language(), hoverChartLinks(found.charts), openLineOf), document.validateRange(toRange(found.range)));
    },
  };
  return vscode.languages.registerHoverProvider(selector, provider);
}

/**
 * The charts the service found for a card (crossReport.ts hoverCharts), as links that run Show Chart with each one (not
 * core/charts chartLinks, the links of one chart's points to their reports).
 */
export function hoverChartLinks(charts: readonly ChartOption[]): HoverChartLink[] {
  return charts.map((option) => ({ label: optionLabel(option), uri: chartCommandUri(option) }));
}

/**
 * The card as a MarkdownString: the core writes the Markdown (renderCardMarkdown); here only the links are made
 * (`command:` URIs of our own commands) and the trust is set. supportHtml is on for one thing only, the met/missed
 * colour (a `<span style="color:var(--vscode-…);">`, which VS Code's sanitizer keeps); report text is escaped.
 */
export function renderCard(
  card: IndicatorCard,
  uri: vscode.Uri,
  lang: CardLang,
  charts: readonly HoverChartLink[] = [],
  lineOf?: (uri: string, line: number) => string | undefined,
): vscode.MarkdownString {
  const value = renderCardMarkdown(card, {
    lang,
    ...(lineOf ? { lineOf } : {}),
    links: {
      uri: uri.toString(),
      reveal: (target, range) => revealRangeLink(target === uri.toString() ? uri : vscode.Uri.parse(target, true), range),
      describe: (target) => vscode.workspace.asRelativePath(vscode.Uri.parse(target, true)),
      charts,
    },
  });
  const markdown = new vscode.MarkdownString(value);
  // Only our own commands, and the chart command only on a card that links to a chart.
  markdown.isTrusted = { enabledCommands: charts.length > 0 ? [REVEAL_RANGE_COMMAND, SHOW_CHART_COMMAND] : [REVEAL_RANGE_COMMAND] };
  markdown.supportHtml = true;
  return markdown;
}
