/**
 * @vscode/test-electron runner (the standard helloworld-test-sample layout): starts a desktop VS Code with this
 * folder as the extension under development, opens a workspace holding copies of two corpus reports, and runs
 * suite/index.js inside the extension host.
 *
 * Which VS Code: VSCODE_EXECUTABLE_PATH (a desktop build already on the machine). Downloading one is opt-in with
 * GOVREPORT_INTEGRATION_DOWNLOAD=1 (and VSCODE_VERSION, default 'stable'), because most machines that run this
 * project's CI cannot reach the VS Code update servers; without either, it prints one skip line and exits 0.
 *
 * Run with `npm run test:integration` (bundles to out/integration/ first).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** out/integration/runTest.js → the project folder. */
const ROOT = resolve(__dirname, '..', '..');
const REPORTS = ['test/fixtures/corpus/000_4ff7010d533e2b03.txt', 'test/fixtures/corpus/national/2022.txt'];

async function main(): Promise<number> {
  const executable = process.env['VSCODE_EXECUTABLE_PATH'];
  const download = process.env['GOVREPORT_INTEGRATION_DOWNLOAD'] === '1';
  if (!executable && !download) {
    console.log('integration: skipped — no desktop VS Code (set VSCODE_EXECUTABLE_PATH)');
    return 0;
  }
  if (executable && !existsSync(executable)) {
    console.error(`integration: VSCODE_EXECUTABLE_PATH=${executable} does not exist`);
    return 1;
  }
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) {
    console.error('integration: dist/extension.js is missing; run npm run build first');
    return 1;
  }

  // Loaded only when needed, so that the skip path does not even load the downloader.
  const { runTests } = await import('@vscode/test-electron');
  const scratch = mkdtempSync(join(tmpdir(), 'govreport-integration-'));
  const workspace = join(scratch, 'reports');
  for (const report of REPORTS) {
    const target = join(workspace, report.replace('test/fixtures/corpus/', ''));
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(join(ROOT, report), target);
  }
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env['VSCODE_VERSION'] || 'stable' }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under test
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', join(scratch, 'user-data'),
        '--extensions-dir', join(scratch, 'extensions'),
      ],
      extensionTestsEnv: { GOVREPORT_INTEGRATION: '1' },
    });
    console.log('integration: passed');
    return 0;
  } catch (err) {
    console.error(`integration: failed — ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
