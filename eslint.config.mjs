// Flat config: typescript-eslint's recommended rules plus the one architectural rule that matters most:
// the core must never import vscode, native modules or node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.e2e/**', '.vscode-test/**', 'test/.dbg/**', '.ci/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // CommonJS helper scripts (a worker shim for tests).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/core is pure: no vscode import.' },
          { group: ['nodejieba', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is pure: no native or Node built-in import.' },
          { group: ['../node/*', '../vscode/*', '../cli/*'], message: 'src/core must not depend on adapters.' },
        ],
      }],
    },
  },
);
