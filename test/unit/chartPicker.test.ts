/**
 * Show Chart from the Command Palette (registerChartSupport's picker). A trial's picker took 4.5 s to show on a 2025
 * province — the workspace's first index, then every indicator's series — and the keys typed meanwhile went into the
 * report, which the extension must never modify. The picker now shows at once, busy, so that it holds the focus and
 * what is typed is its query, applied when the rows come; closing it while the workspace is indexed stops the wait.
 */
import { describe, expect, it, vi } from 'vitest';
import { indexReport } from '../../src/core';
import type { IndexedReport } from '../../src/core';
import { registerChartSupport } from '../../src/vscode/chartCommands';
import type { Log } from '../../src/vscode/log';
import type { WorkspaceReportIndex } from '../../src/vscode/workspaceIndex';

interface FakeQuickPick {
  title?: string;
  placeholder?: string;
  busy: boolean;
  value: string;
  items: { label: string }[];
  selectedItems: { label: string }[];
  shown: boolean;
  disposed: boolean;
  type(value: string): void;
  accept(): void;
  close(): void;
}

const host = vi.hoisted(() => ({
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  picks: [] as FakeQuickPick[],
  messages: [] as string[],
  withProgress: 0,
}));

vi.mock('vscode', async () => {
  const { Uri, Disposable, getConfiguration, CancellationTokenSource, registerInto } = await import('../support/fakeVscode.js');
  const emitter = <T>() => {
    const listeners: ((value: T) => void)[] = [];
    return { on: (l: (value: T) => void) => (listeners.push(l), { dispose: () => void listeners.splice(listeners.indexOf(l) >>> 0, 1) }), fire: (v: T) => listeners.forEach((l) => l(v)) };
  };
  const createQuickPick = (): FakeQuickPick & Record<string, unknown> => {
    const value = emitter<string>();
    const accept = emitter<void>();
    const hide = emitter<void>();
    const pick: FakeQuickPick & Record<string, unknown> = {
      busy: false, value: '', items: [], selectedItems: [], shown: false, disposed: false,
      onDidChangeValue: value.on, onDidAccept: accept.on, onDidHide: hide.on,
      show: () => void (pick.shown = true),
      hide: () => {
        if (!pick.shown) return;
        pick.shown = false;
        hide.fire();
      },
      dispose: () => void (pick.disposed = true),
      type: (text: string) => {
        pick.value = text;
        value.fire(text);
      },
      // Enter: the first row, as VS Code's list focuses it.
      accept: () => {
        pick.selectedItems = pick.items.slice(0, 1);
        accept.fire();
      },
      close: () => (pick.hide as () => void)(),
    };
    host.picks.push(pick);
    return pick;
  };
  return {
    Uri, Disposable, CancellationTokenSource,
    ViewColumn: { One: 1, Two: 2, Beside: -2 },
    ProgressLocation: { Notification: 15, Window: 10 },
    env: { language: 'en' },
    commands: { registerCommand: registerInto(host.commands) },
    window: {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      createQuickPick,
      showQuickPick: async () => undefined,
      showInformationMessage: async (text: string) => void host.messages.push(text),
      withProgress: () => (host.withProgress++, new Promise(() => undefined)),
      registerWebviewPanelSerializer: () => ({ dispose: () => undefined }),
    },
    workspace: { getConfiguration, onDidChangeConfiguration: () => ({ dispose: () => undefined }) },
  };
});

const report = (year: number, body: string): IndexedReport =>
  indexReport(`file:///ws/保定市_${year}_report.txt`, `${year}年保定市政府工作报告\n各位代表：\n${body}\n`, { fileName: `保定市_${year}_report.txt` })!;
const reports = [
  report(2023, '一、2022年工作回顾\n全市生产总值增长6.5%，一般公共预算收入增长5%。\n二、2023年工作安排\n全市生产总值增长6%左右，一般公共预算收入增长5%。'),
  report(2024, '一、2023年工作回顾\n全市生产总值增长5.8%，一般公共预算收入增长6.1%。'),
];

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(held: readonly IndexedReport[] = reports) {
  let ready: (value: boolean) => void = () => undefined;
  const waiting = new Promise<boolean>((resolve) => (ready = resolve));
  const tokens: { isCancellationRequested: boolean }[] = [];
  const index = {
    reports: () => held,
    crossReportReady: (token: { isCancellationRequested: boolean }) => (tokens.push(token), waiting.then((done) => done && !token.isCancellationRequested)),
  } as unknown as WorkspaceReportIndex;
  const errors: unknown[] = [];
  const log = { error: (_what: string, err: unknown) => void errors.push(err) } as unknown as Log;
  const registered = registerChartSupport({ toString: () => 'file:///ext' } as never, [], {} as never, index, log);
  host.picks.length = 0;
  host.messages.length = 0;
  host.withProgress = 0;
  return { ready, tokens, errors, registered, run: () => host.commands.get('govreport.showChart')!() as Promise<void> };
}

describe('Show Chart’s indicator picker', () => {
  it('shows at once, busy, while the workspace is indexed, and takes what is typed meanwhile as its query', async () => {
    const { ready, errors, registered, run } = setUp();
    try {
      const running = run();
      await tick();
      // Before the index is ready: the picker is up (it has the keyboard), busy and empty; no progress notification.
      expect(host.picks).toHaveLength(1);
      const pick = host.picks[0]!;
      expect(pick.shown).toBe(true);
      expect(pick.busy).toBe(true);
      expect(pick.items).toEqual([]);
      expect(host.withProgress).toBe(0);
      // Typed while busy; Enter with no rows chooses nothing and leaves the picker open.
      pick.type('预算收入');
      pick.accept();
      expect(pick.shown).toBe(true);
      ready(true);
      await tick();
      await tick();
      expect(pick.busy).toBe(false);
      expect(pick.items.map((i) => i.label)).toEqual(['一般公共预算收入']);
      pick.type('');
      expect(pick.items.map((i) => i.label).sort()).toEqual(['一般公共预算收入', '生产总值'].sort());
      pick.close();
      await running;
      expect(pick.disposed).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      registered.dispose();
    }
  });

  it('stops waiting for the index when closed before its rows come', async () => {
    const { ready, tokens, errors, registered, run } = setUp();
    try {
      const running = run();
      await tick();
      const pick = host.picks[0]!;
      pick.close();
      expect(tokens.every((t) => t.isCancellationRequested)).toBe(true);
      ready(true);
      await running;
      expect(pick.items).toEqual([]);
      expect(pick.disposed).toBe(true);
      expect(host.messages).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      registered.dispose();
    }
  });

  // A trial's folder held 深圳市 2025 and 罗湖区 2025, both with 地区生产总值 (a line of each here), and was told that no
  // indicator appeared in two reports, which the user could see was untrue: a city and a district are not charted side
  // by side, and one year of a place makes no series. The message says what a chart needs.
  it('says what a chart needs when the reports are of one year and two places of different levels (a city, a district)', async () => {
    const city = indexReport('file:///ws/深圳市-2025.txt', '深圳市2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n全市地区生产总值达3.68万亿元、增长5.8%。\n', { fileName: '深圳市-2025.txt' })!;
    const district = indexReport('file:///ws/罗湖区-2025.txt', '罗湖区2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n积极应对困难挑战，地区生产总值增长3.0%，实现了总体平稳、稳中有进。\n', { fileName: '罗湖区-2025.txt' })!;
    expect([city.meta.place, district.meta.place]).toEqual(['深圳市', '罗湖区']);
    const { ready, errors, registered, run } = setUp([city, district]);
    try {
      const running = run();
      await tick();
      ready(true);
      await running;
      expect(host.picks[0]!.shown).toBe(false);
      expect(host.messages).toEqual([
        'No indicator to chart: none appears in two years of one place, or in one year of two places of the same level (two provinces, two cities, or two districts or counties).',
      ]);
      expect(errors).toEqual([]);
    } finally {
      registered.dispose();
    }
  });
});
