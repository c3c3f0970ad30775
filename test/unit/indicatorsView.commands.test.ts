/**
 * The Indicators view's filter commands run as a user runs them, from the Command Palette with the view closed. A
 * trial's “GovReport: Toggle Targets Only” did nothing visible there (VS Code offered it after a window reload,
 * though the view was closed), and the view, opened later, was filtered without the user knowing why. Each filter
 * command now shows the view it filters, as Filter by Kind did; with the view open it leaves the focus where it is.
 */
import { describe, expect, it, vi } from 'vitest';
import { INDICATORS_COMMANDS, registerIndicatorsViewSupport } from '../../src/vscode/indicatorsView';
import type { ReportService } from '../../src/vscode/reportService';

const host = vi.hoisted(() => ({
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  view: { visible: false } as { visible: boolean },
}));

vi.mock('vscode', async () => {
  const { Disposable, CancellationTokenSource, getConfiguration, matchReport, registerInto } = await import('../support/fakeVscode.js');
  const none = (): { dispose(): void } => ({ dispose: () => undefined });
  class EventEmitter<T> {
    private listeners: ((value: T) => void)[] = [];
    event = (listener: (value: T) => void): { dispose(): void } => {
      this.listeners.push(listener);
      return none();
    };
    fire(value: T): void {
      for (const listener of this.listeners) listener(value);
    }
    dispose(): void {
      this.listeners = [];
    }
  }
  const createTreeView = (): unknown =>
    Object.assign(host.view, { selection: [], onDidChangeVisibility: none, reveal: async () => undefined, dispose: () => undefined });
  return {
    EventEmitter,
    Disposable,
    CancellationTokenSource,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    env: { language: 'en' },
    commands: { registerCommand: registerInto(host.commands), executeCommand: async (...args: unknown[]) => void host.executed.push(args) },
    languages: { match: matchReport },
    window: { activeTextEditor: undefined, createTreeView, onDidChangeTextEditorSelection: none, onDidChangeActiveTextEditor: none },
    workspace: { getConfiguration, onDidChangeConfiguration: none, onDidChangeTextDocument: none, onDidOpenTextDocument: none, onDidCloseTextDocument: none },
  };
});

const FOCUS = ['govreport.indicators.focus'];

function run(command: string, visible: boolean): unknown[][] {
  host.view.visible = visible;
  host.executed.length = 0;
  void host.commands.get(command)!();
  return host.executed;
}

describe('the Indicators view’s filter commands', () => {
  it('show the view when run with it closed, and leave it alone when it is open', () => {
    const registered = registerIndicatorsViewSupport([], {} as ReportService);
    try {
      for (const command of [INDICATORS_COMMANDS.targetsOnly, INDICATORS_COMMANDS.actualsOnly, INDICATORS_COMMANDS.clearFilter]) {
        expect(run(command, false), command).toContainEqual(FOCUS);
        expect(run(command, true), command).not.toContainEqual(FOCUS);
      }
    } finally {
      registered.dispose();
    }
  });
});

// A trial's walkthrough left “List every figure” unticked: the view was restored open at start-up, which fires no
// visibility change, so the context key its completion event reads was never set.
describe('the Indicators view’s visibility key', () => {
  for (const visible of [true, false]) {
    it(`is set at registration from the view as restored (${visible ? 'open' : 'closed'})`, () => {
      host.view.visible = visible;
      host.executed.length = 0;
      const registered = registerIndicatorsViewSupport([], {} as ReportService);
      try {
        expect(host.executed).toContainEqual(['setContext', 'govreport.indicators.visible', visible]);
      } finally {
        registered.dispose();
      }
    });
  }
});
