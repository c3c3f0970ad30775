import * as vscode from 'vscode';
import type { ReportMeta, ReportModel } from '../core';
import { reportCaption } from '../core/workspace';
import { INDICATORS_VIEW_ID } from './indicatorsView';
import { isPartial } from './reportService';
import type { ReportService } from './reportService';
import { localize } from './localize';
import { config } from './config';

/** The command VS Code generates for every view: focus it (opening its container first). */
export const FOCUS_INDICATORS_COMMAND = `${INDICATORS_VIEW_ID}.focus`;

/** Typing in a report updates the count once the typing pauses. */
const UPDATE_DELAY_MS = 300;

/** “苏州市 2021 · 312 个数字”; a missing part is left out, a count unknown (very large file) too. */
export function statusText(meta: Pick<ReportMeta, 'place' | 'year'>, figures: number | undefined): string {
  const where = [meta.place, meta.year === null ? null : String(meta.year)].filter((part): part is string => !!part).join(' ');
  const label = where || localize('Government work report');
  if (figures === undefined) return `$(graph) ${label}`;
  return `$(graph) ${figures === 1 ? localize('{0} · 1 figure', label) : localize('{0} · {1} figures', label, figures)}`;
}

/** The report's title line (with its meeting and date when known), then what a click does. */
export function statusTooltip(meta: ReportMeta): string {
  // The caption (place and year), then the title as the report gives it when it says more than the caption.
  const caption = reportCaption(meta);
  const title = meta.title && meta.title !== caption ? meta.title : '';
  const details = [meta.meeting, meta.date].filter((part): part is string => !!part).join(' · ');
  // Who gave the report (a seventh trial: the CLI printed it, the editor never showed it).
  const speaker = meta.speaker ? localize('Delivered by {0}', meta.speaker) : '';
  return [caption || localize('Government work report'), title, details, speaker, localize('Click to show the Indicators view')].filter((line) => line.length > 0).join('\n');
}

/** The item's text and tooltip for a model, as shown. */
export function statusOf(model: ReportModel): { text: string; tooltip: string } {
  return { text: statusText(model.meta, isPartial(model) ? undefined : model.indicators.length), tooltip: statusTooltip(model.meta) };
}

/**
 * A status-bar item for the active report: place, year and how many figures it holds; a click focuses the
 * Indicators view. Shown only while a report is the active editor; it reads the service's cached model (the same
 * analysis the outline made) and never waits for it on the way to the screen.
 */
export function registerStatusBarSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'GovReport Lens'; // the product's name in the status bar's own menu (hide / show items)
  item.command = FOCUS_INDICATORS_COMMAND;
  let tokenSource = new vscode.CancellationTokenSource();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: vscode.TextDocument | undefined;

  const update = async (document: vscode.TextDocument): Promise<void> => {
    tokenSource.cancel();
    tokenSource.dispose();
    tokenSource = new vscode.CancellationTokenSource();
    const token = tokenSource.token;
    const model = await service.getModelWithFigures(document, token);
    if (token.isCancellationRequested || document !== shown) return;
    if (!model) return item.hide();
    const { text, tooltip } = statusOf(model);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };
  const follow = (editor: vscode.TextEditor | undefined): void => {
    const document = editor && vscode.languages.match(selector, editor.document) > 0 ? editor.document : undefined;
    shown = document;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!document) {
      tokenSource.cancel();
      item.hide();
      return;
    }
    void update(document);
  };
  follow(vscode.window.activeTextEditor);

  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== shown || event.contentChanges.length === 0) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (shown === event.document) void update(event.document);
      }, UPDATE_DELAY_MS);
    }),
    // The item's words follow govreport.language: a change redraws it without a reload.
    config.onLanguageChange(() => follow(vscode.window.activeTextEditor)),
    // A language switch (“Treat this file as a report”) reopens the document under the same editor.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const active = vscode.window.activeTextEditor;
      if (active && active.document.uri.toString() === document.uri.toString()) follow(active);
    }),
    {
      dispose: () => {
        if (timer !== undefined) clearTimeout(timer);
        tokenSource.cancel();
        tokenSource.dispose();
      },
    },
  );
}
