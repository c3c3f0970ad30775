import * as vscode from 'vscode';
import { contributes } from '../../package.json';

/** The language contributed in package.json; every provider is registered for it only. */
export const LANGUAGE_ID = 'govreport';

/**
 * Saved files and unsaved buffers. Other schemes (git:, output:, vscode-notebook-cell: …) are left out on purpose:
 * a diff's left side or an output channel is not something to outline.
 */
export const REPORT_SELECTOR: vscode.DocumentSelector = [
  { language: LANGUAGE_ID, scheme: 'file' },
  { language: LANGUAGE_ID, scheme: 'untitled' },
];

/** detectReport only needs a report's opening (title, meeting line, first headings); never feed it megabytes. */
export const DETECT_PREFIX_CHARS = 16 * 1024;

/**
 * The settings package.json contributes, with their types and defaults: the one source of both. They come in
 * categories (General, Diagnostics), each with an id that prefixes its settings' keys, because VS Code's Settings
 * editor drops from a label the part of the key its category's id spells: “Footnotes” under “Diagnostics”, not
 * “Govreport › Diagnostics: Footnotes” (with one category, the group is the extension's id, which spells nothing of
 * the keys). Here the categories are one table again.
 */
type Properties = (typeof contributes.configuration)[number]['properties'];
/** The keys of every category (TypeScript gives each category the others' keys as optional `undefined`: skipped). */
type SettingId = Properties extends unknown ? keyof Properties & string : never;
type Definition<K extends SettingId> = Properties extends unknown ? (K extends keyof Properties ? Exclude<Properties[K], undefined> : never) : never;
type SettingValue<K extends SettingId> = Definition<K>['default'];
const SETTINGS = Object.fromEntries(contributes.configuration.flatMap((category) => Object.entries(category.properties))) as {
  readonly [K in SettingId]: Definition<K>;
};

/**
 * One setting, read now (so a change applies to the next use). A value of the wrong type — a hand-edited
 * settings.json with "false" in quotes — counts as unset: the default from package.json applies.
 */
function setting<K extends SettingId>(id: K, scope?: vscode.ConfigurationScope): SettingValue<K> {
  const fallback: SettingValue<K> = SETTINGS[id].default;
  const value = vscode.workspace.getConfiguration(undefined, scope).get<unknown>(id);
  return typeof value === typeof fallback ? (value as SettingValue<K>) : fallback;
}

/** The diagnostics' switches (govreport.diagnostics.*). */
export interface DiagnosticSettings {
  /** footnote-missing and footnote-unused; default on. */
  readonly footnotes: boolean;
  /** indicator-conflict; default off, because binding a figure to its indicator is heuristic. */
  readonly indicatorConflicts: boolean;
}

/**
 * Typed getters over the contributed settings (rust-analyzer style): one per setting, read at each use, defaults
 * from package.json; no setting key is written anywhere else.
 */
export const config = {
  /** govreport.autoDetect: open plain-text files that read like a report as reports. */
  autoDetect(scope?: vscode.ConfigurationScope): boolean {
    return setting('govreport.autoDetect', scope);
  },
  /** govreport.diagnostics.footnotes and govreport.diagnostics.indicatorConflicts, for one document. */
  diagnostics(scope?: vscode.ConfigurationScope): DiagnosticSettings {
    return {
      footnotes: setting('govreport.diagnostics.footnotes', scope),
      indicatorConflicts: setting('govreport.diagnostics.indicatorConflicts', scope),
    };
  },
  /**
   * govreport.language: the language the extension's own labels are rendered in (cards, views, charts, exports), a
   * VS Code locale tag. “auto” follows VS Code's display language; a trial user without a language pack (none installs
   * offline) could not see the Chinese cards any other way.
   */
  language(): string {
    const chosen = setting('govreport.language');
    return chosen === 'en' || chosen === 'zh-cn' ? chosen : vscode.env.language;
  },
  /**
   * Runs `redraw` whenever govreport.language changes: the status bar, the Indicators view, the Targets and Terms
   * panels and an open chart draw their words again.
   */
  onLanguageChange(redraw: () => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('govreport.language')) redraw();
    });
  },
  /** Whether a configuration change touches the diagnostics' switches. */
  affectsDiagnostics(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration('govreport.diagnostics');
  },
};

/** The first DETECT_PREFIX_CHARS UTF-16 units of an open document, without copying the whole text. */
export function openingOf(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECT_PREFIX_CHARS)));
}
