import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contributes, displayName } from '../../package.json';
import { config } from '../../src/vscode/config';

/** The user's settings as the mocked workspace holds them, and the scopes the getters asked for. */
const host = vi.hoisted(() => ({ settings: {} as Record<string, unknown>, scopes: [] as unknown[] }));

// config.ts reads settings through vscode.workspace.getConfiguration only; this stand-in answers from `host.settings`.
vi.mock('vscode', () => ({
  env: { language: 'en' },
  workspace: {
    getConfiguration: (_section: unknown, scope: unknown) => {
      host.scopes.push(scope);
      return { get: (key: string) => host.settings[key] };
    },
  },
  Range: class {},
  Position: class {},
}));

beforeEach(() => {
  host.settings = {};
  host.scopes = [];
});

describe('typed configuration getters', () => {
  it('answer the defaults package.json contributes when nothing is set', () => {
    // Read from whichever category holds each setting, as the Settings editor does.
    const defaultOf = (key: string): unknown => {
      const holder = contributes.configuration.find((category) => key in category.properties);
      return (holder?.properties as Record<string, { default: unknown }> | undefined)?.[key]?.default;
    };
    expect(defaultOf('govreport.autoDetect')).toBe(true);
    expect(config.autoDetect()).toBe(defaultOf('govreport.autoDetect'));
    expect(config.diagnostics()).toEqual({
      footnotes: defaultOf('govreport.diagnostics.footnotes'),
      indicatorConflicts: defaultOf('govreport.diagnostics.indicatorConflicts'),
    });
  });

  it('answer what the user set, read anew at every use, for the scope given', () => {
    const document = { uri: 'file:///r/report.txt' };
    host.settings = { 'govreport.autoDetect': false, 'govreport.diagnostics.indicatorConflicts': true };
    expect(config.autoDetect(document as never)).toBe(false);
    expect(config.diagnostics(document as never)).toEqual({ footnotes: true, indicatorConflicts: true });
    expect(host.scopes.every((scope) => scope === document)).toBe(true);
    host.settings = {};
    expect(config.autoDetect(document as never)).toBe(true);
  });

  // A trial user without a language pack (none installs offline) could not see the Chinese cards.
  it('render the extension’s labels in the language chosen, or VS Code’s display language on “auto”', () => {
    expect(config.language()).toBe('en');
    host.settings = { 'govreport.language': 'zh-cn' };
    expect(config.language()).toBe('zh-cn');
    host.settings = { 'govreport.language': 'auto' };
    expect(config.language()).toBe('en');
    host.settings = { 'govreport.language': 'fr' };
    expect(config.language()).toBe('en');
  });

  it('treat a value of the wrong type as unset (a hand-edited settings.json)', () => {
    host.settings = { 'govreport.autoDetect': 'false', 'govreport.diagnostics.footnotes': 0 };
    expect(config.autoDetect()).toBe(true);
    expect(config.diagnostics().footnotes).toBe(true);
  });

  it('tell which changes touch the diagnostics', () => {
    const event = (prefix: string) => ({ affectsConfiguration: (section: string) => section.startsWith(prefix) || prefix.startsWith(section) });
    expect(config.affectsDiagnostics(event('govreport.diagnostics.footnotes') as never)).toBe(true);
    expect(config.affectsDiagnostics(event('govreport.autoDetect') as never)).toBe(false);
  });
});

describe('the contributed settings', () => {
  // VS Code's Settings editor drops from a setting's label the part of its key that its category's id spells
  // (settingKeyToDisplayFormat): govreport.diagnostics.footnotes in category govreport.diagnostics reads “Footnotes”
  // under the heading “Diagnostics”. A key outside its category's id would read “Govreport › …” again.
  it('are titled apart from the extension, so that none is folded into its ungrouped settings', () => {
    // A category titled like the extension's displayName becomes its "ungrouped" settings (createTocTreeForExtensionSettings),
    // whose group id is the extension id again: its settings would read “Govreport: …” once more.
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = JSON.parse(readFileSync(nls, 'utf8')) as Record<string, string>;
      for (const category of contributes.configuration) {
        const title = strings[category.title.slice(1, -1)];
        expect(title, `${nls}: ${category.title}`).toBeTruthy();
        expect(title).not.toBe(displayName);
      }
    }
  });

  it('come in categories whose id prefixes each of their keys, every key once', () => {
    const categories = contributes.configuration;
    expect(categories.length).toBeGreaterThan(1);
    const keys = categories.flatMap((category) => Object.keys(category.properties));
    expect(new Set(keys).size).toBe(keys.length);
    for (const category of categories) {
      expect(category.title).toMatch(/^%config\.category\.[\w.]+%$/u);
      for (const key of Object.keys(category.properties)) {
        expect(key.slice(0, key.lastIndexOf('.')), key).toBe(category.id);
      }
    }
  });
});
