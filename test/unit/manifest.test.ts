/**
 * The extension's manifest against its code: a command the Command Palette lists must be registered by some
 * adapter (else it fails with "command not found"), a menu entry must name a contributed command, and every %key%
 * the manifest uses must be worded in English and in Chinese.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command?: string }[]> };
};
/** The adapters' code lines, comments left out (an id named in a comment or a `when` clause registers nothing). */
const adapterCode = readdirSync(join(root, 'src', 'vscode'))
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => readFileSync(join(root, 'src', 'vscode', f), 'utf8').split('\n'))
  .filter((line) => !/^\s*(?:\/\/|\/?\*)/u.test(line));

describe('the manifest', () => {
  const commands = manifest.contributes.commands.map((c) => c.command);

  it('contributes only commands an adapter registers', () => {
    // Commands are registered by constant (the constant's value is the id, written once: `= 'id'`, `key: 'id'`) or
    // with the id itself (`registerCommand('id', …)`).
    const registers = (id: string): boolean => adapterCode.some((line) => line.includes(`= '${id}'`) || line.includes(`: '${id}'`) || line.includes(`registerCommand('${id}'`));
    const unregistered = commands.filter((id) => !registers(id));
    expect(unregistered).toEqual([]);
  });

  it('reads every context key an adapter sets (a key no `when` clause or completion event reads is work for nothing)', () => {
    // Keys are set by constant: CONTEXT_KEYS.name (its `name: 'id'` line) or a NAME whose `NAME = 'id'` line names it.
    const idOf = (arg: string): string | undefined => {
      const key = /^CONTEXT_KEYS\.(\w+)$/u.exec(arg)?.[1];
      const pattern = key !== undefined ? new RegExp(`^\\s*${key}: '([^']+)'`, 'u') : new RegExp(`\\b${arg} = '([^']+)'`, 'u');
      for (const line of adapterCode) {
        const m = pattern.exec(line);
        if (m) return m[1];
      }
      return undefined;
    };
    const set = adapterCode.flatMap((line) => [...line.matchAll(/'setContext', ([\w.]+)/gu)].map((m) => m[1] as string));
    expect(set.length).toBeGreaterThan(0);
    const text = readFileSync(join(root, 'package.json'), 'utf8');
    const unread = [...new Set(set)].filter((arg) => {
      const id = idOf(arg);
      return id === undefined || !text.includes(id);
    });
    expect(unread).toEqual([]);
  });

  it('puts only contributed commands in its menus', () => {
    const known = new Set(commands);
    const strays = Object.entries(manifest.contributes.menus).flatMap(([menu, entries]) =>
      entries.filter((e) => e.command !== undefined && !known.has(e.command)).map((e) => `${menu}: ${e.command}`),
    );
    expect(strays).toEqual([]);
  });

  it('words every %key% it uses in English and in Chinese', () => {
    const text = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = [...new Set([...text.matchAll(/"%([^%"]+)%"/gu)].map((m) => m[1] as string))];
    expect(keys.length).toBeGreaterThan(10);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const words = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
      expect(keys.filter((k) => typeof words[k] !== 'string' || words[k].length === 0), file).toEqual([]);
    }
  });

  // VS Code names a language by its first alias (status bar, Change Language Mode): a trial's English UI read
  // “政府工作报告”. The first alias is a %key% (VS Code localizes a manifest's arrays too), worded per display
  // language; both names stay aliases, so either finds the language in the picker.
  it('names the report language in the display language of VS Code', () => {
    const languages = (manifest.contributes as unknown as { languages: { id: string; aliases: string[] }[] }).languages;
    const aliases = languages.find((l) => l.id === 'govreport')!.aliases;
    const first = /^%([^%]+)%$/u.exec(aliases[0] ?? '')?.[1];
    expect(first).toBeDefined();
    const word = (file: string): string | undefined => (JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>)[first!];
    expect(word('package.nls.json')).toBe('Government Work Report');
    expect(word('package.nls.zh-cn.json')).toBe('政府工作报告');
    expect(aliases).toEqual(expect.arrayContaining(['Government Work Report', '政府工作报告', 'govreport']));
  });

  // A trial saw the Indicators view's title cut to “INDICATORS: 深圳…” by five title icons. VS Code's UX guidelines: no
  // excessive number of icon buttons, secondary actions in the “…” menu. Inline stay Targets Only and Filter by Kind
  // (Clear Filter only while a filter is on) beside VS Code's own Collapse All: three icons.
  it('keeps at most two of its own icons in the Indicators view title while no filter is on', () => {
    const title = (manifest.contributes.menus['view/title'] ?? []) as { command: string; when?: string; group?: string }[];
    const inline = title.filter((e) => (e.when ?? '').includes('view == govreport.indicators') && (e.group ?? '').startsWith('navigation') && !(e.when ?? '').includes('govreport.indicators.filtered'));
    expect(inline.map((e) => e.command)).toEqual(['govreport.indicators.targetsOnly', 'govreport.indicators.filterByKind']);
    const menu = title.filter((e) => (e.when ?? '').includes('view == govreport.indicators') && !(e.group ?? '').startsWith('navigation')).map((e) => e.command);
    expect(menu).toEqual(expect.arrayContaining(['govreport.indicators.actualsOnly', 'govreport.compareTerms', 'govreport.showTargetsVsActuals']));
  });

  // A trial's new analyst found no walkthrough; the one contributed must open, and each step's button must run.
  describe('its Get Started walkthrough', () => {
    const walkthroughs = (manifest.contributes as unknown as { walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown: string } }[] }[] }).walkthroughs;
    const steps = walkthroughs.flatMap((w) => w.steps);
    const nls = (file: string): Record<string, string> => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
    /** The commands VS Code itself provides that a step's button may run (a view's `.focus` is generated for it). */
    const builtIn = new Set(['outline.focus', 'govreport.indicators.focus', 'workbench.action.openSettings']);

    it('has a step for each thing a newcomer is shown, each with its page in the VSIX', () => {
      expect(steps.map((s) => s.id)).toEqual(['openSample', 'hoverFigure', 'outline', 'indicators', 'compareTargets', 'showChart', 'language']);
      const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
      expect(ignore).toContain('!media/walkthrough/**');
      for (const s of steps) expect(existsSync(join(root, s.media.markdown)), s.media.markdown).toBe(true);
      expect(existsSync(join(root, 'media', 'walkthrough', '苏州市2021年政府工作报告.txt'))).toBe(true);
    });

    it('gives every step a button that runs a contributed or built-in command, in English and in Chinese', () => {
      for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
        const words = nls(file);
        for (const s of steps) {
          const text = words[s.description.slice(1, -1)] ?? '';
          const links = [...text.matchAll(/\]\(command:([\w.]+)/gu)].map((m) => m[1] as string);
          expect(links, `${file} ${s.id}`).toHaveLength(1);
          for (const id of links) expect(commands.includes(id) || builtIn.has(id), `${file} ${s.id}: ${id}`).toBe(true);
        }
      }
    });

    // A trial pressed “Show the Outline” and “Compare Targets” with the walkthrough's tab active: both act on the active
    // editor, so they said there was no outline / no report. Those steps open the sample first (walkthrough.ts).
    it('runs the steps that act on the active editor through the sample report', () => {
      for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
        const words = nls(file);
        for (const id of ['outline', 'compareTargets', 'hoverFigure']) {
          const s = steps.find((x) => x.id === id)!;
          expect(words[s.description.slice(1, -1)] ?? '', `${file} ${id}`).toMatch(/\]\(command:govreport\.openSample\?%5B%22(?:outline|targets|hover)%22%5D\)/u);
        }
      }
      const source = readFileSync(join(root, 'src', 'vscode', 'walkthrough.ts'), 'utf8');
      expect(source).toMatch(/step === 'outline'[\s\S]{0,80}executeCommand\('outline\.focus'\)/u);
      expect(source).toMatch(/step === 'targets'[\s\S]{0,80}executeCommand\(TARGETS_COMMAND\)/u);
    });

    // Opening the sample ticked both the “open” and the “hover” steps (one completion event for two steps).
    it('ticks the hover step only when a card was shown', () => {
      const raw = manifest.contributes as unknown as { walkthroughs: { steps: { id: string; completionEvents?: string[] }[] }[] };
      const events = raw.walkthroughs.flatMap((w) => w.steps).map((s) => (s.completionEvents ?? []).join(' '));
      expect(new Set(events).size).toBe(events.length);
      const hover = raw.walkthroughs.flatMap((w) => w.steps).find((s) => s.id === 'hoverFigure')!;
      // trial34: also a card on a figure of the analyst's own report (walkthroughTicks.ts), through a command.
      expect(hover.completionEvents).toEqual(['onContext:govreport.walkthroughHovered', 'onCommand:govreport.walkthroughFigureHovered']);
      const source = readFileSync(join(root, 'src', 'vscode', 'walkthrough.ts'), 'utf8');
      expect(source).toMatch(/HOVERED_CONTEXT = 'govreport\.walkthroughHovered'/u);
      expect(source).toMatch(/showHover'\);[\s\S]{0,200}setContext', HOVERED_CONTEXT, true/u);
    });

    // “List every figure” stayed unticked when the view was restored open at start-up: `onView:` fires only on a
    // visibility change. The key the view sets at registration from its state (indicatorsView.ts) ticks it then.
    it('ticks the Indicators step when the view is open, restored at start-up too', () => {
      const raw = manifest.contributes as unknown as { walkthroughs: { steps: { id: string; completionEvents?: string[] }[] }[] };
      const step = raw.walkthroughs.flatMap((w) => w.steps).find((s) => s.id === 'indicators')!;
      expect(step.completionEvents).toContain('onContext:govreport.indicators.visible');
      const source = readFileSync(join(root, 'src', 'vscode', 'indicatorsView.ts'), 'utf8');
      expect(source).toMatch(/'setContext', CONTEXT_KEYS\.visible, view\.visible\)/u);
    });

    it('ships the sample report unchanged from the corpus, a dev text (never a sealed one)', () => {
      const sample = readFileSync(join(root, 'media', 'walkthrough', '苏州市2021年政府工作报告.txt'), 'utf8');
      expect(sample).toBe(readFileSync(join(root, 'test', 'fixtures', 'corpus', '000_4ff7010d533e2b03.txt'), 'utf8'));
      expect(readFileSync(join(root, 'test', 'fixtures', 'labels', 'split.json'), 'utf8')).not.toContain('000_4ff7010d533e2b03');
      expect(sample.slice(sample.indexOf('主要预期目标'))).toMatch(/^主要预期目标是：地区生产总值增长6%以上/u);
    });
  });
});
