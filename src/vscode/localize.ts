import { translator } from '../core';
import { config } from './config';

/**
 * The extension's own words in the language `govreport.language` chooses. vscode.l10n.t follows VS Code's display
 * language alone, so with the setting at zh-cn the cards were Chinese while the Compare Targets tab, the charts and
 * the status bar stayed English (an eighth trial). The same bundle and library as the core's labels
 * (core/l10n/translate.ts), and the setting read on each call: a change shows at the next view, hover or refresh.
 */
export function localize(message: string, ...args: Array<string | number>): string {
  return translator(config.language())(message, ...args);
}
