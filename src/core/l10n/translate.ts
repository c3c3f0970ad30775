/**
 * Localisation for the core through @vscode/l10n, the library VS Code provides for code that runs outside the
 * extension API (it is plain JavaScript, so the CLI and the analysis worker use it too). The messages are English
 * in the code; their Chinese lives in the extension's own bundle, l10n/bundle.l10n.zh-cn.json, the same file
 * vscode.l10n reads in the editor, so one key has one translation wherever it is shown.
 *
 * The core never guesses the language: the caller passes it (the editor govreport.language, else VS Code's display
 * language — src/vscode/config.ts; the CLI --lang or the locale, see src/cli/language.ts).
 */
import { config, t } from '@vscode/l10n';
import type { l10nJsonFormat } from '@vscode/l10n';
import zhCn from '../../../l10n/bundle.l10n.zh-cn.json';

/**
 * A display language as VS Code names it (BCP 47, lower case: 'en', 'zh-cn', 'zh-tw'); 'zh' and 'zh_CN' are read
 * the same way. Every Chinese tag gets the zh-cn bundle (the reports themselves are in simplified Chinese, so
 * a zh-tw reader is better served by it than by English); any other language gets the English source strings.
 */
export type DisplayLanguage = string;

export type L10nReplacement = string | number;

/** `t` bound to one language: t('growth rate') → “增长率” in Chinese. */
export interface Translate {
  (message: string, ...args: L10nReplacement[]): string;
  /** A message whose English is ambiguous (“Section”): the comment becomes part of the key, as in vscode.l10n. */
  (message: { readonly message: string; readonly args?: L10nReplacement[]; readonly comment: string }): string;
}

const EMPTY: l10nJsonFormat = {};
const BUNDLES: Readonly<Record<string, l10nJsonFormat>> = { 'zh-cn': zhCn };

/** The bundle a display language reads: 'zh-cn' for every Chinese tag, else 'en' (no bundle, the source strings). */
export function bundleLanguage(language: DisplayLanguage): 'zh-cn' | 'en' {
  return /^zh(?:[-_]|$)/iu.test(language.trim()) ? 'zh-cn' : 'en';
}

/**
 * The bundle @vscode/l10n holds now. The library keeps one bundle per module instance (this file is its only user
 * in each bundle esbuild writes), so callers of several languages take turns: t() installs its own before reading.
 */
let configured: l10nJsonFormat | undefined;

/** A `t` for one language. Cheap to make and to call: switching bundles only swaps a reference. */
export function translator(language: DisplayLanguage): Translate {
  const bundle = BUNDLES[bundleLanguage(language)] ?? EMPTY;
  const use = (): void => {
    if (configured === bundle) return;
    config({ contents: bundle });
    configured = bundle;
  };
  return ((message: string | { message: string; args?: L10nReplacement[]; comment: string }, ...args: L10nReplacement[]): string => {
    use();
    return typeof message === 'string' ? t(message, ...args) : t({ message: message.message, args: message.args ?? [], comment: message.comment });
  }) as Translate;
}
