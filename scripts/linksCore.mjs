// The core and the links scorer's support bundled for a dev script (entity-loo.mjs, pairs-dev.mjs): one build, so that
// the two scripts read the labels and score the links as the tests do. The bundle lives under dist/, so that test/support
// finds test/fixtures upwards from it; `plugins` lets a script keep a lexicon file outside the bundle.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Builds dist/NAME.cjs (core, test/support/links, readCorpus) and returns its path. */
export async function bundleLinksCore(name, plugins = []) {
  const outfile = join(root, 'dist', `${name}.cjs`);
  await build({
    stdin: {
      contents: "export { analyzeReport } from './src/core'; export * from './test/support/links'; export { readCorpus } from './test/support/corpus';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    external: ['vscode', 'nodejieba'],
    plugins,
  });
  return outfile;
}
