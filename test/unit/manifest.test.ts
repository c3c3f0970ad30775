/**
 * The extension's manifest against its code: a command the Command Palette lists must be registered by some
 * adapter (else it fails with "command not found"), a menu entry must name a contributed command, and every %key%
 * the manifest uses must be worded in English and in Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
});
