import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contributes } from '../../package.json';
import { config } from '../../src/vscode/config';

/** The user's settings as the mocked workspace holds them, and the scopes the getters asked for. */
const host = vi.hoisted(() => ({ settings: {} as Record<string, unknown>, scopes: [] as unknown[] }));

// config.ts reads settings through vscode.workspace.getConfiguration only; this stand-in answers from `host.settings`.
vi.mock('vscode', () => ({
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
    const properties = contributes.configuration.properties;
    expect(config.autoDetect()).toBe(properties['govreport.autoDetect'].default);
    expect(config.diagnostics()).toEqual({
      footnotes: properties['govreport.diagnostics.footnotes'].default,
      indicatorConflicts: properties['govreport.diagnostics.indicatorConflicts'].default,
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
