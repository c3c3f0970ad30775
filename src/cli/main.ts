// The process entry point of `govreport` (bundled to dist/cli.js). Everything testable lives in ./cli.
// The same bundle is the worker script of the folder index (`govreport series DIR` in worker threads).
import { isIndexWorker, serveIndexWorker } from '../node/reportIndex';
import { runCli } from './cli';
import { MAX_REPORT_BYTES } from '../node/readReport';

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
    stdin: readAllStdin,
    env: process.env,
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

/** Standard input to its end, bounded: a report is never near MAX_REPORT_BYTES, so stop reading past it. */
async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_REPORT_BYTES) break;
  }
  return Buffer.concat(chunks);
}
