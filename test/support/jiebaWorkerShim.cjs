// Worker entry for tests: src/node/jiebaWorkerMain.ts bundled as `npm run build` does for dist/jiebaWorker.js.
require('./bundledWorker.cjs').runBundledWorker('jiebaWorkerMain');
