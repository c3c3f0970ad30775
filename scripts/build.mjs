// Bundles the extension, the CLI and the benchmark with esbuild. Type-checking is separate (`npm run typecheck`),
// as in vscode-extension-samples/esbuild-sample: esbuild only strips types.
import { build } from 'esbuild';
import { chmod, copyFile, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // nodejieba is a native addon: it must be required at run time from node_modules, never bundled.
  external: ['vscode', 'nodejieba'],
};

await Promise.all([
  build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js' }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // nodejieba runs in a worker thread in the extension host, so loading its dictionaries never blocks the UI.
  build({ ...common, entryPoints: ['src/node/jiebaWorkerMain.ts'], outfile: 'dist/jiebaWorker.js' }),
  // Large documents are analysed in a worker thread, so that the extension host never runs one long task.
  build({ ...common, entryPoints: ['src/node/analysisWorkerMain.ts'], outfile: 'dist/analysisWorker.js' }),
  build({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' }),
  // A second benchmark entry, run by bench.js in fresh processes: cold start to the first hover card.
  build({ ...common, entryPoints: ['test/bench/coldHover.ts'], outfile: 'dist/coldHover.js' }),
  // `npm run score`: the labelled figures with the dev part's failures listed (the sealed part's never are).
  build({ ...common, entryPoints: ['test/bench/scoreLabels.ts'], outfile: 'dist/score.js' }),
  // The dev labels' drift audit: the tool against each dev labels file's first version (test/bench/driftAudit.ts).
  build({ ...common, entryPoints: ['test/bench/driftAudit.ts'], outfile: 'dist/driftAudit.js' }),
  // `npm run fuzz`: mutated corpus reports against the model's invariants (test/fuzz/main.ts).
  build({ ...common, entryPoints: ['test/fuzz/main.ts'], outfile: 'dist/fuzz.js' }),
  // The chart panel's webview script (src/webview/main.ts): a browser bundle with ECharts inside, loaded from dist/
  // by the webview (asWebviewUri), so the panel needs nothing from the network. Minified: it ships in the VSIX.
  build({
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/chartWebview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    legalComments: 'none',
  }),
]);
await chmod('dist/cli.js', 0o755);
// cppjieba's 110,000-word dictionary (MIT, shipped in nodejieba's package under its tests), beside dist/jiebaWorker.js:
// the editor groups indicator names with it, +90 MB instead of the full dictionary's +240 MB (src/node/jiebaWorkerMain.ts).
await copyFile(
  join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'test', 'testdata', 'extra_dict', 'jieba.dict.small.utf8'),
  'dist/jieba.dict.small.utf8',
);
await writeChartLicences();

/**
 * ECharts (Apache-2.0, with its NOTICE), ZRender (BSD-3-Clause) and tslib (0BSD) are bundled into
 * dist/chartWebview.js with their comments stripped: their licence texts ship beside it, as their licences ask.
 */
async function writeChartLicences() {
  const require = createRequire(import.meta.url);
  const echarts = dirname(require.resolve('echarts/package.json'));
  const fromEcharts = createRequire(join(echarts, 'package.json'));
  const parts = [
    ['Apache ECharts', join(echarts, 'LICENSE')],
    ['Apache ECharts NOTICE', join(echarts, 'NOTICE')],
    ['ZRender', join(dirname(fromEcharts.resolve('zrender/package.json')), 'LICENSE')],
    ['tslib', join(dirname(fromEcharts.resolve('tslib')), 'LICENSE.txt')],
  ];
  const texts = await Promise.all(parts.map(async ([name, file]) => `${'='.repeat(78)}\n${name}\n${'='.repeat(78)}\n\n${(await readFile(file, 'utf8')).trim()}\n`));
  await writeFile('dist/chartWebview.LICENSES.txt', `Third-party software bundled in chartWebview.js\n\n${texts.join('\n')}`);
}
