/**
 * Entry point that VS Code loads in the extension host (extensionTestsPath): runs every *.test.js beside it with
 * mocha (TDD interface). mocha stays external to the bundle, so the tests' `import { suite, test } from 'mocha'`
 * reaches the same instance that runs them.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/**
 * GOVREPORT_INTEGRATION_RESULT: a file to write the outcome to as JSON. The real-editor run (test/e2e/run.ts) sets
 * it when it runs this suite inside code-server's extension host, where it cannot see the process's exit code.
 */
export interface SuiteResult {
  readonly tests: { readonly title: string; readonly state: 'passed' | 'failed'; readonly error?: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  const resultFile = process.env['GOVREPORT_INTEGRATION_RESULT'];
  return new Promise((resolve, reject) => {
    const result: SuiteResult = { tests: [] };
    const runner = mocha.run((failures) => {
      if (resultFile) writeFileSync(resultFile, JSON.stringify(result, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => result.tests.push({ title: t.title, state: 'passed' }));
    runner.on('fail', (t, err: unknown) => result.tests.push({ title: t.title, state: 'failed', error: err instanceof Error ? err.message : String(err) }));
  });
}
