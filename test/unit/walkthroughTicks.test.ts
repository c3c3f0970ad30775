/**
 * The walkthrough's “Open a report” step ticks for an analyst's own reports, not only for the sample (trial32 #3).
 * In code-server 4.96.4 (trial33, screenshots in its report): `onContext:govreport.hasActiveReport` and
 * `onContext:resourceLangId == govreport` ticked only when the report was opened after the walkthrough had been shown,
 * `onContext:editorLangId == govreport` never; the command run through the workbench's `runCommands` ticked in both
 * orders. VS Code's walkthrough service takes an `onContext:` key already true when it registers the steps as seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const host = vi.hoisted(() => ({
  executed: [] as unknown[][],
  registered: new Map<string, () => unknown>(),
  onEditor: [] as ((editor: unknown) => void)[],
  active: undefined as { document: { uri: string; languageId: string } } | undefined,
}));

vi.mock('vscode', async () => {
  const { Disposable } = await import('../support/fakeVscode.js');
  const none = { dispose: () => undefined };
  return {
    Disposable,
    commands: {
      registerCommand: (id: string, run: () => unknown) => {
        host.registered.set(id, run);
        return none;
      },
      executeCommand: async (...args: unknown[]) => {
        host.executed.push(args);
        return undefined;
      },
    },
    window: {
      get activeTextEditor() {
        return host.active;
      },
      onDidChangeActiveTextEditor: (listener: (editor: unknown) => void) => {
        host.onEditor.push(listener);
        return none;
      },
    },
    workspace: { onDidOpenTextDocument: () => none },
  };
});

import { FIGURE_HOVERED_COMMAND, FigureHoveredTicker, REPORT_OPENED_COMMAND, ReportOpenedTicker, registerFigureHoveredTick, registerReportOpenedTick } from '../../src/vscode/walkthroughTicks';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: { steps: { id: string; completionEvents: string[] }[] }[] };
};

describe('the walkthrough’s “Open a report” step', () => {
  const step = manifest.contributes.walkthroughs[0]!.steps.find((s) => s.id === 'openSample')!;

  it('ticks for the sample and for a report of the analyst’s own', () => {
    expect(step.completionEvents).toContain('onCommand:govreport.openSample');
    expect(step.completionEvents).toContain(`onCommand:${REPORT_OPENED_COMMAND}`);
  });

  it('leans on no context key, which VS Code reads once, when the walkthrough first shows', () => {
    expect(step.completionEvents.filter((e) => e.startsWith('onContext:'))).toEqual([]);
  });

  it('ticks on every change of the active editor once a report has been active, never before', () => {
    let ticks = 0;
    const ticker = new ReportOpenedTicker(() => (ticks += 1));
    ticker.activeEditorChanged(false); // a folder opened, a README read, the walkthrough shown
    expect(ticks).toBe(0);
    ticker.activeEditorChanged(true); // 河北省-2024.txt opened
    expect(ticks).toBe(1);
    // The walkthrough opened after the report (its service may not have listened before): the change ticks again.
    ticker.activeEditorChanged(false);
    expect(ticks).toBe(2);
  });

  it('runs its command through the workbench (runCommands), where the walkthrough sees it', () => {
    host.active = { document: { uri: 'file:///ws/河北省-2024.txt', languageId: 'govreport' } };
    registerReportOpenedTick((document) => (document as unknown as { languageId: string }).languageId === 'govreport');
    expect(host.registered.has(REPORT_OPENED_COMMAND)).toBe(true);
    expect(host.executed).toEqual([['runCommands', { commands: [REPORT_OPENED_COMMAND] }]]);
    host.onEditor.forEach((listener) => listener(undefined));
    expect(host.executed).toHaveLength(2);
  });
});

// trial34: an analyst who hovered figures of own reports for an hour (河北省-2024, 海拉尔区-2013, 保定市-2023) found the
// “Hover a figure” step unticked: its one event was the context key its button sets after opening the sample.
describe('the walkthrough’s “Hover a figure” step', () => {
  const step = manifest.contributes.walkthroughs[0]!.steps.find((s) => s.id === 'hoverFigure')!;

  it('ticks for a card on a figure of the analyst’s own report, through a command the workbench sees', () => {
    expect(step.completionEvents).toContain(`onCommand:${FIGURE_HOVERED_COMMAND}`);
    host.executed.length = 0;
    const tick = registerFigureHoveredTick();
    expect(host.registered.has(FIGURE_HOVERED_COMMAND)).toBe(true);
    tick.cardShown();
    expect(host.executed).toEqual([['runCommands', { commands: [FIGURE_HOVERED_COMMAND] }]]);
  });

  it('ticks on the first card and again only after its interval: a card before the walkthrough existed is unseen', () => {
    let ticks = 0;
    const ticker = new FigureHoveredTicker(() => (ticks += 1), 10_000);
    ticker.cardShown(1_000);
    ticker.cardShown(5_000); // the next figure of the same paragraph
    expect(ticks).toBe(1);
    ticker.cardShown(11_000);
    expect(ticks).toBe(2);
  });
});
