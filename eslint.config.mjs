// Flat config: typescript-eslint's recommended rules plus the four layers of the architecture, each guarded here:
//   src/core    pure: imports nothing of node/, vscode/, cli/; no `vscode`, no Node built-in, no package but CORE_PACKAGES;
//   src/node    Node-only pieces: imports the core, never vscode/ or cli/ (nor the `vscode` module);
//   src/cli     imports the core and node/, never vscode/;
//   src/vscode  imports the core and node/, never cli/;
//   src/webview the chart panel's browser script: imports the core only, no vscode, no Node built-in, no node/, cli/ or vscode/.
// And from outside the core, only through a barrel: `core` or a core folder's index (core/export, core/charts …).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import that reaches one of these layers (src/<layer>/…) from any depth. */
const layerImport = (layers, message) => ({ regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`, message });

/** Exact names, so that a core file named like a built-in (./util, ./path) is not taken for one. */
const nodeBuiltins = (message) => builtinModules.map((name) => ({ name, message }));
const NO_VSCODE = (message) => ({ name: 'vscode', message });

/**
 * Why barrels: each core folder states its public surface in its index.ts, so a folder's insides can be reshaped
 * without touching the editor or the CLI, and two people adding features to two folders do not both edit one list.
 */
const BARREL_ONLY = {
  group: ['**/core/*/*'],
  message: 'Import the core through a barrel: ../core, or a core folder\'s index (../core/export, ../core/charts …), not a file inside a folder.',
};

/** One no-restricted-imports rule per layer: flat config replaces, never merges, a rule's options. */
function layerRule({ paths = [], patterns = [] }) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

const CORE = 'src/core is pure';
/** Packages the core may import: plain JavaScript that runs anywhere (a native module never belongs here). */
const CORE_PACKAGES = ['@vscode/l10n'];
const coreRule = layerRule({
  paths: [
    NO_VSCODE(`${CORE}: no vscode import.`),
    { name: 'nodejieba', message: `${CORE}: no native module (segmentation reaches the core through the Segmenter interface).` },
    ...nodeBuiltins(`${CORE}: no Node built-in (it receives text and returns data).`),
  ],
  patterns: [
    { group: ['node:*'], message: `${CORE}: no Node built-in (it receives text and returns data).` },
    layerImport(['node', 'vscode', 'cli', 'webview'], `${CORE}: it must not depend on node/, vscode/, cli/ or webview/.`),
    {
      regex: `^(?![./])(?!(?:${CORE_PACKAGES.join('|')})$)`,
      message: `${CORE}: it imports its own files and the pure packages of CORE_PACKAGES in eslint.config.mjs only (${CORE_PACKAGES.join(', ')}).`,
    },
  ],
});

const adapterRule = (layer, forbidden) =>
  layerRule({
    paths: layer === 'vscode' ? [] : [NO_VSCODE(`src/${layer} runs outside the editor: no vscode import.`)],
    patterns: [
      layerImport(forbidden, `src/${layer} imports the core${layer === 'node' ? '' : ' and src/node'} only, never ${forbidden.map((l) => `${l}/`).join(', ')}.`),
      BARREL_ONLY,
    ],
  });

/**
 * The chart webview's script runs in the browser, inside the webview's sandbox: the extension API, Node and the
 * editor or CLI layers do not exist there. It draws the core's chart data (through the core's barrels: a core
 * folder's insides stay free to change) and talks to the extension by messages only.
 */
const WEBVIEW = 'src/webview runs in the browser';
const webviewRule = layerRule({
  paths: [
    NO_VSCODE(`${WEBVIEW}: no vscode import (it talks to the extension by postMessage).`),
    ...nodeBuiltins(`${WEBVIEW}: no Node built-in.`),
  ],
  patterns: [
    { group: ['node:*'], message: `${WEBVIEW}: no Node built-in.` },
    layerImport(['node', 'vscode', 'cli'], `${WEBVIEW}: it imports the core only, never node/, vscode/ or cli/.`),
    BARREL_ONLY,
  ],
});

const ADAPTERS = [
  ['node', ['vscode', 'cli', 'webview']],
  ['cli', ['vscode', 'webview']],
  ['vscode', ['cli', 'webview']],
];

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
      ...coreRule,
      // V8 drops its cache of compiled patterns at every major GC: a regex made per call (new RegExp in a function, or
      // the clone matchAll makes of its regex) is compiled again after each one, a tenth of the outline's time after a
      // full GC (perf38). Patterns are made once at module level and scanned with allMatches (src/core/text/allMatches.ts).
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='matchAll']", message: 'src/core: use allMatches(re, text): matchAll clones its regex, compiled again after every major GC.' },
        { selector: ":function NewExpression[callee.name='RegExp']", message: 'src/core: make the RegExp once at module level (or memo it): one made per call is compiled again after every major GC.' },
      ],
    },
  },
  { files: ['src/webview/**/*.ts'], rules: webviewRule },
  ...ADAPTERS.map(([layer, forbidden]) => ({ files: [`src/${layer}/**/*.ts`], rules: adapterRule(layer, forbidden) })),
);
