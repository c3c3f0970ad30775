import { describe, expect, it, vi } from 'vitest';
import type { TermsChart } from '../../src/core/charts';
import { ChartPanels } from '../../src/vscode/chartPanel';
import type { Log } from '../../src/vscode/log';

// A stand-in for what the chart panel uses of `vscode`: the webview panels it creates (title, html, messages) and
// the configuration listeners, so that a test can turn govreport.language as the settings editor does.
const host = vi.hoisted(() => ({
  panels: [] as { title: string; webview: { html: string; posted: unknown[]; send(message: unknown): void } }[],
  listeners: [] as ((event: { affectsConfiguration(section: string): boolean }) => void)[],
  language: 'en',
  /** A webview panel as the chart panel uses it: html, options, posted messages, and `send` for the page's messages. */
  fakePanel(title: string) {
    let receive: (message: unknown) => void = () => undefined;
    const webview = {
      html: '',
      options: {} as Record<string, unknown>,
      cspSource: 'vscode-resource:',
      posted: [] as unknown[],
      asWebviewUri: (uri: { toString(): string }) => uri,
      postMessage: async (message: unknown) => void webview.posted.push(message),
      onDidReceiveMessage: (listener: (m: unknown) => void) => ((receive = listener), { dispose: () => undefined }),
      send: (message: unknown) => receive(message),
    };
    const panel = { title, webview, iconPath: undefined as unknown, disposed: 0, reveal: () => undefined, onDidDispose: () => ({ dispose: () => undefined }), dispose: () => void panel.disposed++ };
    return panel;
  },
}));

vi.mock('vscode', async () => {
  const { Uri, Disposable, getConfiguration } = await import('../support/fakeVscode.js');
  return {
    Uri, Disposable,
    ViewColumn: { One: 1, Two: 2, Beside: -2 },
    env: {
      get language(): string {
        return host.language;
      },
    },
    window: {
      createWebviewPanel: (_type: string, title: string) => {
        const panel = host.fakePanel(title);
        host.panels.push(panel);
        return panel;
      },
    },
    workspace: {
      getConfiguration,
      onDidChangeConfiguration: (listener: (typeof host.listeners)[number]) => (host.listeners.push(listener), { dispose: () => undefined }),
    },
  };
});

const log = { error: () => undefined } as unknown as Log;
const chart: TermsChart = { type: 'terms', series: [{ term: '新质生产力', points: [] }] };
const turnLanguage = (language: string): void => {
  host.language = language;
  for (const listener of host.listeners) listener({ affectsConfiguration: (section) => section === 'govreport.language' });
};

describe('the chart panel', () => {
  // A review of session 15: every other view followed govreport.language, an open chart kept its words until reopened.
  it('loads its page again in the language govreport.language turns to, and sends the chart when the page asks', () => {
    const panels = new ChartPanels({ toString: () => 'file:///ext' } as never, log);
    try {
      panels.show(chart);
      const [panel] = host.panels;
      expect(panel?.title).toBe('Chart: Term frequency: 新质生产力');
      expect(panel?.webview.html).toContain('<html lang="en">');

      turnLanguage('zh-cn');
      expect(host.panels).toHaveLength(1);
      expect(panel?.title).toBe('图表：词频：新质生产力');
      expect(panel?.webview.html).toContain('<html lang="zh-cn">');
      // The reloaded page says `ready`; the chart comes back with its words in Chinese.
      panel?.webview.send({ type: 'ready' });
      const last = panel?.webview.posted.at(-1) as { type: string; labels: { subtitle: string } };
      expect(last.type).toBe('render');
      expect(last.labels.subtitle).toBe('每份报告中每万字出现的次数。');
    } finally {
      panels.dispose();
      host.language = 'en';
    }
  });
});

describe('the chart panel after a window reload', () => {
  // A panel VS Code restored is one the extension did not create: the same stand-in, not in host.panels.
  const restoredPanel = () => host.fakePanel('');

  it('adopts the tab VS Code restored: options, page and title again, and the chart sent when the page asks', () => {
    const panels = new ChartPanels({ toString: () => 'file:///ext' } as never, log);
    try {
      const panel = restoredPanel();
      panels.restore(panel as never, chart);
      expect(panel.disposed).toBe(0);
      expect(panel.webview.options).toMatchObject({ enableScripts: true, enableForms: false, enableCommandUris: false });
      expect(panel.webview.html).toContain('<html lang="en">');
      expect(panel.title).toBe('Chart: Term frequency: 新质生产力');
      panel.webview.send({ type: 'ready' });
      expect(panel.webview.posted.at(-1)).toMatchObject({ type: 'render', chart });
      // A second restored tab (the one panel is open already) closes.
      const second = restoredPanel();
      panels.restore(second as never, chart);
      expect(second.disposed).toBe(1);
    } finally {
      panels.dispose();
    }
  });
});
