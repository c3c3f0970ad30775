import { translator } from '../core';
import type { Translate } from '../core';
import { config } from './config';

let last: { language: string; translate: Translate } | undefined;

/**
 * The extension's own words in the language `govreport.language` chooses. vscode.l10n.t follows VS Code's display
 * language alone, so with the setting at zh-cn the cards were Chinese while the Compare Targets tab, the charts and
 * the status bar stayed English (an eighth trial). The same bundle and library as the core's labels
 * (core/l10n/translate.ts), and the setting read on each call: a change shows at the next view, hover or refresh.
 * The translator is kept while the language stays the same (a view draws hundreds of strings).
 */
export function localize(message: string, ...args: Array<string | number>): string {
  const language = config.language();
  if (last?.language !== language) last = { language, translate: translator(language) };
  return last.translate(message, ...args);
}
