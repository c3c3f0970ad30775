// Worker entry for tests: src/node/analysisWorkerMain.ts bundled as `npm run build` does for dist/analysisWorker.js.
require('./bundledWorker.cjs').runBundledWorker('analysisWorkerMain');
