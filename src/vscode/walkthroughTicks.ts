import * as vscode from 'vscode';

/**
 * The completion event of the walkthrough's “Open a report” step for an analyst's own reports (package.json:
 * `onCommand:` of this id, beside `onCommand:govreport.openSample`). The command does nothing; running it is the tick.
 */
export const REPORT_OPENED_COMMAND = 'govreport.walkthroughReportOpened';

/**
 * Why a command and not a context key: VS Code's walkthrough service exists only once the Welcome page has been
 * shown, and it reads an `onContext:` event's key when it registers the steps; a key already true then counts as seen
 * and never ticks the step in that window (trial32: `onContext:govreport.hasActiveReport`, with a report open before
 * the walkthrough). An `onCommand:` event ticks whenever the workbench's command service runs the command while the
 * service listens. A command the extension runs itself stays inside the extension host, unseen by the workbench, so
 * it goes through the workbench's own `runCommands`.
 *
 * When: each time the active editor changes once a report has been the active editor. Opening the walkthrough is
 * such a change, so a report opened before the walkthrough ticks the step as soon as the walkthrough shows; a report
 * opened after it ticks it at once. Before the walkthrough service exists a run is simply unseen (no cost but an IPC).
 */
export function registerReportOpenedTick(isReport: (document: vscode.TextDocument) => boolean): vscode.Disposable {
  const ticker = new ReportOpenedTicker(() => tickThroughWorkbench(REPORT_OPENED_COMMAND));
  const onEditor = (editor: vscode.TextEditor | undefined): void => ticker.activeEditorChanged(editor !== undefined && isReport(editor.document));
  onEditor(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(REPORT_OPENED_COMMAND, () => undefined),
    vscode.window.onDidChangeActiveTextEditor(onEditor),
    // A text the extension recognises as a report (“Treat this file as a report”, auto-detection) is reopened under the
    // same editor in the report language: no active-editor change, yet now a report is active.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const active = vscode.window.activeTextEditor;
      if (active && active.document.uri.toString() === document.uri.toString()) onEditor(active);
    }),
  );
}

/** Runs a step's tick command through the workbench's `runCommands`, so the walkthrough service sees it (above). */
function tickThroughWorkbench(command: string): void {
  void vscode.commands.executeCommand('runCommands', { commands: [command] }).then(undefined, () => undefined);
}

/** The rule alone (unit-tested): tick on every active-editor change from the first time a report is active on. */
export class ReportOpenedTicker {
  private seen = false;

  constructor(private readonly tick: () => void) {}

  activeEditorChanged(isReport: boolean): void {
    if (isReport) this.seen = true;
    if (this.seen) this.tick();
  }
}

/**
 * The completion event of the “Hover a figure” step for a card on a figure of the analyst's own reports (trial34: after
 * an hour of cards on 河北省, 海拉尔区 and 保定市 reports the step was still unticked — its only event was the context key
 * its button sets on the sample). Run through `runCommands` for the reason above.
 */
export const FIGURE_HOVERED_COMMAND = 'govreport.walkthroughFigureHovered';

/** At most one tick in this many milliseconds: a tick costs an IPC, and cards come one after another. */
const HOVER_TICK_INTERVAL_MS = 10_000;

/**
 * Registers the step's command and returns what the hover provider calls after each card. It ticks again after the
 * interval, not once only: a card shown before the walkthrough service exists is unseen, and the next one counts.
 */
export function registerFigureHoveredTick(): { readonly disposable: vscode.Disposable; readonly cardShown: () => void } {
  const ticker = new FigureHoveredTicker(() => tickThroughWorkbench(FIGURE_HOVERED_COMMAND));
  return {
    disposable: vscode.commands.registerCommand(FIGURE_HOVERED_COMMAND, () => undefined),
    cardShown: () => ticker.cardShown(Date.now()),
  };
}

/** The rule alone (unit-tested): tick on a card unless the last tick was under the interval ago. */
export class FigureHoveredTicker {
  private last: number | undefined;

  constructor(private readonly tick: () => void, private readonly intervalMs = HOVER_TICK_INTERVAL_MS) {}

  cardShown(now: number): void {
    if (this.last !== undefined && now - this.last < this.intervalMs) return;
    this.last = now;
    this.tick();
  }
}
