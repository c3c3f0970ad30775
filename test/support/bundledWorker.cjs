// Runs a TypeScript worker entry of src/node in a test, the way `npm run build` bundles it into dist/: with esbuild,
// into node_modules/.cache so that require('nodejieba') resolves from the project. Used by the worker shims.
const { buildSync } = require('esbuild');
const path = require('node:path');

/** Bundles src/node/<entry>.ts and runs it in this (worker) thread. */
function runBundledWorker(entry) {
  const out = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'govreport-test', `${entry}-${process.pid}.js`);
  buildSync({
    entryPoints: [path.join(__dirname, '..', '..', 'src', 'node', `${entry}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    external: ['nodejieba'],
    logLevel: 'silent',
  });
  require(out);
}

module.exports = { runBundledWorker };
