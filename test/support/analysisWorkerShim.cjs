// Worker entry for tests: bundles the TypeScript worker (src/node/analysisWorkerMain.ts) with esbuild, as
// `npm run build` does for dist/analysisWorker.js, and runs it. The bundle goes under node_modules/.cache so that
// require('nodejieba') resolves from the project.
const { buildSync } = require('esbuild');
const path = require('node:path');

const out = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'govreport-test', `analysisWorker-${process.pid}.js`);
buildSync({
  entryPoints: [path.join(__dirname, '..', '..', 'src', 'node', 'analysisWorkerMain.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  external: ['nodejieba'],
  logLevel: 'silent',
});
require(out);
