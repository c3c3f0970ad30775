import { join, resolve } from 'node:path';

/** The project folder: the e2e scripts are bundled to .e2e/out/, two levels below it. */
export const ROOT = resolve(__dirname, '..', '..');
/** Cache and scratch space of the real-editor tests (gitignored): code-server installs, per-run folders. */
export const E2E_DIR = join(ROOT, '.e2e');
export const DEFAULT_CODE_SERVER_VERSION = '4.96.4';

/** 4.96.4 = VS Code 1.96.4, the oldest VS Code that package.json's engines.vscode accepts. */
export function codeServerVersion(): string {
  return process.env['CODE_SERVER_VERSION'] || DEFAULT_CODE_SERVER_VERSION;
}

export function codeServerEntry(version = codeServerVersion()): string {
  return join(E2E_DIR, 'code-server', version, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}
