/**
 * The messages between the chart panel (extension host) and its webview. What comes from the webview is untrusted
 * input: parseWebviewMessage accepts only the shapes below, within size bounds, and anything else is dropped.
 */
import type { Range } from '../types';
import type { ChartRequest } from './candidates';
import type { ChartData } from './types';
import { PLACE_LEVELS } from '../workspace/placeLevel';
import type { PlaceLevel } from '../workspace/placeLevel';

/** Words the webview shows, in the user's language (the webview has no access to vscode.l10n). */
export interface ChartLabels {
  readonly title: string;
  /** A line under the title: what is plotted and how to read it. */
  readonly subtitle: string;
  readonly actual: string;
  readonly target: string;
  readonly targetRange: string;
  readonly met: string;
  readonly missed: string;
  readonly notReported: string;
  readonly perTenThousand: string;
  /** “Not found in: 湖北省” for a places chart, '' when nothing is missing. */
  readonly missing: string;
  readonly clickHint: string;
  readonly exportPng: string;
  readonly exportSvg: string;
  readonly exportCsv: string;
  readonly empty: string;
  /** The tooltip's “line {0}” with {0} for the 1-based line. */
  readonly line: string;
}

/** Extension → webview. */
export type ToWebviewMessage = { readonly type: 'render'; readonly chart: ChartData; readonly labels: ChartLabels };

/** Webview → extension. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'open'; readonly uri: string; readonly range: Range }
  | { readonly type: 'export'; readonly format: 'csv' }
  | { readonly type: 'export'; readonly format: 'png'; readonly base64: string }
  | { readonly type: 'export'; readonly format: 'svg'; readonly svg: string };

/** An exported image larger than this is refused (a full-HD PNG at 2× is a few MB). */
export const MAX_EXPORT_CHARS = 32 * 1024 * 1024;
const MAX_URI_CHARS = 4096;
const MAX_POSITION = 10_000_000;
const PNG_DATA_URL = 'data:image/png;base64,';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

/** The message if it is one the panel understands, with a PNG's data URL reduced to its base64; else undefined. */
export function parseWebviewMessage(value: unknown): FromWebviewMessage | undefined {
  if (!isObject(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open': {
      const range = asRange(value.range);
      return typeof value.uri === 'string' && value.uri.length <= MAX_URI_CHARS && range ? { type: 'open', uri: value.uri, range } : undefined;
    }
    case 'export':
      return parseExport(value);
    default:
      return undefined;
  }
}

function parseExport(value: Record<string, unknown>): FromWebviewMessage | undefined {
  const { format, data } = value;
  if (format === 'csv') return { type: 'export', format };
  if (typeof data !== 'string' || data.length > MAX_EXPORT_CHARS) return undefined;
  if (format === 'png') {
    if (!data.startsWith(PNG_DATA_URL)) return undefined;
    const base64 = data.slice(PNG_DATA_URL.length);
    return base64.length > 0 && BASE64.test(base64) ? { type: 'export', format, base64 } : undefined;
  }
  if (format === 'svg') {
    // ECharts' renderToSVGString: an <svg> root, maybe after an XML declaration.
    return /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<svg[\s>]/u.test(data) ? { type: 'export', format, svg: data } : undefined;
  }
  return undefined;
}

const MAX_KEY_CHARS = 200;

/**
 * The request a chart was drawn for, read back from what a chart panel's page kept in its state (a render message,
 * untrusted): what VS Code hands back to restore the tab after a reload, validated as any request is.
 */
export function chartRequestOfState(state: unknown): ChartRequest | undefined {
  if (!isObject(state) || !isObject(state.chart)) return undefined;
  const { type, place, groupKey, unit, additions, year, status, level } = state.chart;
  return parseChartRequest({ type, place, groupKey, unit, additions, year, status, level });
}

/**
 * A chart request as it arrives in a command's arguments (a hover link's JSON, a view item, a caller's object):
 * accepted only with the fields of one of the two shapes, of the right types and sizes.
 */
export function parseChartRequest(value: unknown): ChartRequest | undefined {
  if (!isObject(value)) return undefined;
  const { type, groupKey, unit } = value;
  const short = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_KEY_CHARS;
  if (!short(groupKey) || !(unit === null || short(unit))) return undefined;
  if (type === 'years') return short(value.place) ? { type, place: value.place, groupKey, unit, ...(value.additions === true ? { additions: true as const } : {}) } : undefined;
  if (type === 'places') {
    const { year, status } = value;
    const okYear = Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2200;
    const { level } = value;
    if (level !== undefined && !PLACE_LEVELS.includes(level as PlaceLevel)) return undefined;
    if (!okYear || (status !== 'target' && status !== 'actual')) return undefined;
    return {
      type,
      year: year as number,
      status,
      groupKey,
      unit,
      ...(level !== undefined ? { level: level as PlaceLevel } : {}),
      ...(value.additions === true ? { additions: true as const } : {}),
    };
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asPosition(value: unknown): Range['start'] | undefined {
  if (!isObject(value)) return undefined;
  const { line, character } = value;
  const ok = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_POSITION;
  return ok(line) && ok(character) ? { line, character } : undefined;
}

function asRange(value: unknown): Range | undefined {
  if (!isObject(value)) return undefined;
  const start = asPosition(value.start);
  const end = asPosition(value.end);
  return start && end ? { start, end } : undefined;
}
