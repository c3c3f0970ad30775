import { describe, expect, it, vi } from 'vitest';
import { registerDocumentSymbolSupport } from '../../src/vscode/documentSymbols';
import type { ReportService } from '../../src/core/service';

// A stand-in for what the adapter uses of `vscode`: the provider registrations (live or disposed) and the
// configuration listeners, so that a test can turn govreport.language as the settings editor does.
const host = vi.hoisted(() => ({
  registrations: [] as { disposed: boolean }[],
  listeners: [] as ((event: { affectsConfiguration(section: string): boolean }) => void)[],
}));

vi.mock('vscode', async () => {
  const { Disposable, getConfiguration } = await import('../support/fakeVscode.js');
  return {
    Disposable: Object.assign(
      function (this: { dispose(): void }, dispose: () => void) {
        this.dispose = dispose;
      },
      Disposable,
    ),
    env: { language: 'en' },
    languages: {
      registerDocumentSymbolProvider: () => {
        const registration = { disposed: false };
        host.registrations.push(registration);
        return { dispose: () => void (registration.disposed = true) };
      },
    },
    workspace: {
      getConfiguration,
      onDidChangeConfiguration: (listener: (typeof host.listeners)[number]) => {
        host.listeners.push(listener);
        return { dispose: () => void host.listeners.splice(host.listeners.indexOf(listener), 1) };
      },
    },
  };
});

const change = (section: string): void => {
  for (const listener of [...host.listeners]) listener({ affectsConfiguration: (s) => s === section });
};
const live = (): number => host.registrations.filter((r) => !r.disposed).length;

describe('the Outline’s provider', () => {
  // An eleventh trial: after govreport.language turned from zh-cn to en, the Outline still read 段首句 — VS Code asks a
  // provider for symbols again only when the document changes, or when the providers change.
  it('is registered anew when govreport.language turns, so that the Outline asks for its words again', () => {
    const registration = registerDocumentSymbolSupport([], {} as ReportService);
    expect(host.registrations).toHaveLength(1);
    change('govreport.diagnostics');
    expect(host.registrations).toHaveLength(1);
    change('govreport.language');
    expect(host.registrations).toHaveLength(2);
    expect(live()).toBe(1);
    expect(host.registrations[1]?.disposed).toBe(false);
    registration.dispose();
    expect(live()).toBe(0);
    expect(host.listeners).toHaveLength(0);
  });
});
