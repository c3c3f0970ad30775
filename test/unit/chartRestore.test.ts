/**
 * The chart tab VS Code restores after a window reload (registerChartSupport's serializer, restore23): drawn again
 * from the index for the request its page kept, closed when it cannot be — and left alone when the user closes it
 * while the workspace is still being indexed (a minute under load): setting a page on its disposed webview threw,
 * and the chart logged an error.
 */
import { describe, expect, it, vi } from 'vitest';
import { indexReport } from '../../src/core';
import type { IndexedReport } from '../../src/core';
import { registerChartSupport } from '../../src/vscode/chartCommands';
import type { Log } from '../../src/vscode/log';
import type { WorkspaceReportIndex } from '../../src/vscode/workspaceIndex';

const host = vi.hoisted(() => ({
  serializers: new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>(),
}));

vi.mock('vscode', async () => {
  const { Uri, Disposable, getConfiguration, CancellationTokenSource } = await import('../support/fakeVscode.js');
  return {
    Uri, Disposable, CancellationTokenSource,
    ViewColumn: { One: 1, Two: 2, Beside: -2 },
    env: { language: 'en' },
    commands: { registerCommand: () => ({ dispose: () => undefined }) },
    window: {
      registerWebviewPanelSerializer: (viewType: string, serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }) => {
        host.serializers.set(viewType, serializer);
        return { dispose: () => host.serializers.delete(viewType) };
      },
    },
    workspace: { getConfiguration, onDidChangeConfiguration: () => ({ dispose: () => undefined }) },
  };
});

const report = (year: number, body: string): IndexedReport =>
  indexReport(`file:///ws/保定市_${year}_report.txt`, `${year}年保定市政府工作报告\n各位代表：\n${body}\n`, { fileName: `保定市_${year}_report.txt` })!;
const reports = [
  report(2023, '一、2022年工作回顾\n全市生产总值增长6.5%。\n二、2023年工作安排\n全市生产总值增长6%左右。'),
  report(2024, '一、2023年工作回顾\n全市生产总值增长5.8%。'),
];
const state = { type: 'render', chart: { type: 'years', place: '保定市', groupKey: reports[1]!.indicators[0]!.groupKey, unit: '%' } };

function restoredPanel() {
  const onDispose: (() => void)[] = [];
  const panel = {
    title: '', disposed: 0, iconPath: undefined as unknown,
    webview: { html: '', options: {}, cspSource: 'vscode-resource:', asWebviewUri: (uri: unknown) => uri, postMessage: async () => true, onDidReceiveMessage: () => ({ dispose: () => undefined }) },
    onDidDispose: (listener: () => void) => (onDispose.push(listener), { dispose: () => void onDispose.splice(onDispose.indexOf(listener) >>> 0, 1) }),
    reveal: () => undefined,
    dispose: () => void panel.disposed++,
    /** The user closes the tab: VS Code fires onDidDispose, and its webview takes nothing any more. */
    close: () => {
      for (const listener of [...onDispose]) listener();
      for (const key of ['html', 'options']) Object.defineProperty(panel.webview, key, { set: () => { throw new Error('Webview is disposed'); } });
    },
  };
  return panel;
}

describe('the chart tab after a window reload', () => {
  it('is drawn again for the chart its page kept, closes without one, and is left alone when closed while indexing', async () => {
    let ready: (value: boolean) => void = () => undefined;
    let waiting = new Promise<boolean>((resolve) => (ready = resolve));
    const index = {
      reports: () => reports,
      crossReportReady: (token: { isCancellationRequested: boolean }) => waiting.then((done) => done && !token.isCancellationRequested),
    } as unknown as WorkspaceReportIndex;
    const errors: unknown[] = [];
    const log = { error: (_what: string, err: unknown) => void errors.push(err) } as unknown as Log;
    const registered = registerChartSupport({ toString: () => 'file:///ext' } as never, [], {} as never, index, log);
    try {
      const serializer = host.serializers.get('govreport.chart')!;
      // Closed by the user while the index is built: nothing set on it, nothing logged.
      const closing = restoredPanel();
      const restoring = serializer.deserializeWebviewPanel(closing, state);
      closing.close();
      ready(true);
      await restoring;
      expect(errors).toEqual([]);
      expect(closing.disposed).toBe(0);
      // A tab left open is drawn again; a page state that holds no chart request closes its tab.
      waiting = Promise.resolve(true);
      const open = restoredPanel();
      await serializer.deserializeWebviewPanel(open, state);
      expect(open.disposed).toBe(0);
      expect(open.title).toContain('保定市');
      const stale = restoredPanel();
      await serializer.deserializeWebviewPanel(stale, { chart: { type: 'terms' } });
      expect(stale.disposed).toBe(1);
    } finally {
      registered.dispose();
    }
  });
});
