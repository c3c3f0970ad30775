// The process entry point of `govreport` (bundled to dist/cli.js). Everything testable lives in ./cli.
// The same bundle is the worker script of the folder index (`govreport series DIR` in worker threads).
import { isIndexWorker, serveIndexWorker } from '../node/reportIndex';
import { runCli } from './cli';

if (isIndexWorker()) {
  serveIndexWorker();
} else {
  // `govreport … | head` closes the pipe early: stop quietly instead of printing an EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.stderr.on('error', () => {
    // Nowhere left to report it.
  });

  runCli(process.argv.slice(2), {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`govreport: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
