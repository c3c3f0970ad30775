import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.mjs, run on small sources placed (virtually) in each layer: what a layer may not
 * import is reported, what it may import is not. Guards the rules themselves against a change that would quietly
 * let a layer through (flat config replaces a rule's options, it never merges them).
 */
const eslint = new ESLint({ cwd: process.cwd() });

/** The restricted imports ESLint reports for `source` as if it were the file `path`: the module names, in order. */
async function restricted(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => /'([^']+)' import/u.exec(m.message)?.[1] ?? m.message);
}

const imports = (...modules: string[]): string => modules.map((m, i) => `import * as m${i} from '${m}';\nexport const e${i} = m${i};\n`).join('');

describe('the layer rules (eslint.config.mjs)', () => {
  it('keep the chart webview to the core’s barrels: no vscode, no Node built-in, no node/, vscode/ or cli/', async () => {
    const forbidden = ['vscode', 'node:fs', 'path', '../node/readReport', '../vscode/config', '../cli/text', '../core/charts/termsChart'];
    expect(await restricted('src/webview/probe.ts', imports(...forbidden))).toEqual(forbidden);
    expect(await restricted('src/webview/probe.ts', imports('../core', '../core/charts', './optionParts', 'echarts/core'))).toEqual([]);
  }, 30_000);

  it('keep the CLI to the core’s barrels (no file list of exceptions for it any more)', async () => {
    expect(await restricted('src/cli/terms.ts', imports('../core/terms/csv', '../vscode/config'))).toEqual(['../core/terms/csv', '../vscode/config']);
    expect(await restricted('src/cli/terms.ts', imports('../core', '../core/terms', '../core/l10n', '../node/jiebaSegmenter'))).toEqual([]);
  }, 30_000);
});
