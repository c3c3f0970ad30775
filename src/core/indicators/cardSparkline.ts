/**
 * The hover card's sparkline: an indicator's figures across years as a tiny picture. Pure; returns an SVG image as a
 * data: URI, which VS Code's hover renders as an <img> (its sanitizer allows data: images; an <img> cannot run
 * script, and nothing is fetched). Colours are fixed mid-tones readable on light, dark and high-contrast
 * backgrounds alike: an image cannot read the theme's CSS variables.
 */
import type { Outcome } from '../workspace/series';

/** One year of the sparkline: its actual, its target (a range: lo–hi), whether the target was met. */
export interface SparkPoint {
  readonly actual?: number;
  readonly target?: { readonly lo: number; readonly hi: number };
  readonly outcome: Outcome | null;
  /** The year of the figure the card is about: drawn larger. */
  readonly current: boolean;
}

const HEIGHT = 16;
const STEP = 18;
const PAD = 3;
/** VS Code's charts.blue (dark theme), and green/red/grey mid-tones that keep contrast on white and on #1e1e1e. */
const COLOURS = { line: '#3794ff', met: '#2ea043', missed: '#e5534b', target: '#8b949e' } as const;

/** How many years at most; the card shows a window of the series, so this is only a guard. */
const MAX_POINTS = 40;

/**
 * The sparkline as an SVG document (ASCII only), or undefined when fewer than two figures have a value to draw.
 * Actuals are a line with a dot per year (green met, red missed, blue otherwise; the hovered year larger); targets a
 * grey tick (a bar for a range such as 6%–6.5%).
 */
export function sparklineSvg(points: readonly SparkPoint[]): string | undefined {
  const shown = points.slice(-MAX_POINTS);
  const values = shown.flatMap((p) => [p.actual, p.target?.lo, p.target?.hi]).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (values.length < 2 || shown.length < 2) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = PAD * 2 + STEP * (shown.length - 1);
  const x = (i: number): number => PAD + i * STEP;
  const y = (v: number): number => (max === min ? HEIGHT / 2 : PAD + ((max - v) / (max - min)) * (HEIGHT - PAD * 2));
  const parts: string[] = [];

  shown.forEach((p, i) => {
    if (!p.target || !Number.isFinite(p.target.lo) || !Number.isFinite(p.target.hi)) return;
    const top = y(Math.max(p.target.lo, p.target.hi));
    const bottom = y(Math.min(p.target.lo, p.target.hi));
    parts.push(
      bottom - top >= 1.5
        ? `<rect x="${n(x(i) - 2)}" y="${n(top)}" width="4" height="${n(bottom - top)}" fill="${COLOURS.target}" fill-opacity="0.6"/>`
        : `<line x1="${n(x(i) - 3)}" y1="${n(top)}" x2="${n(x(i) + 3)}" y2="${n(top)}" stroke="${COLOURS.target}" stroke-width="1.5"/>`,
    );
  });
  // Actuals of neighbouring years joined by a line; across a year without an actual (a target only, or a report
  // the folder lacks) the line is dashed: the trend goes on, but nothing was measured there.
  let previous: { i: number; v: number } | undefined;
  shown.forEach((p, i) => {
    if (p.actual === undefined || !Number.isFinite(p.actual)) return;
    if (previous) {
      const dash = i - previous.i > 1 ? ' stroke-dasharray="2 2"' : '';
      parts.push(`<line x1="${n(x(previous.i))}" y1="${n(y(previous.v))}" x2="${n(x(i))}" y2="${n(y(p.actual))}" stroke="${COLOURS.line}" stroke-width="1.5"${dash}/>`);
    }
    previous = { i, v: p.actual };
  });
  shown.forEach((p, i) => {
    if (p.actual === undefined || !Number.isFinite(p.actual)) return;
    const fill = p.outcome === 'met' ? COLOURS.met : p.outcome === 'missed' ? COLOURS.missed : COLOURS.line;
    parts.push(`<circle cx="${n(x(i))}" cy="${n(y(p.actual))}" r="${p.current ? 3 : 2}" fill="${fill}"/>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}">${parts.join('')}</svg>`;
}

/** The sparkline as a data: URI for a Markdown image (base64: no character of it can end a Markdown link). */
export function sparklineDataUri(points: readonly SparkPoint[]): string | undefined {
  const svg = sparklineSvg(points);
  return svg === undefined ? undefined : `data:image/svg+xml;base64,${base64Ascii(svg)}`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * The same series in Unicode block characters (▁▂▃▅▇), one per year, a space for a year without a value: for
 * surfaces that show no images (plain-text hovers, the terminal).
 */
export function sparkBlocks(values: readonly (number | undefined)[]): string {
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (finite.length === 0) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return values
    .map((v) => {
      if (v === undefined || !Number.isFinite(v)) return ' ';
      const level = max === min ? 3 : Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1));
      return BLOCKS[level] ?? ' ';
    })
    .join('');
}

/** A coordinate with at most one decimal. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of an ASCII string (the SVG above is ASCII); the core has no Buffer, and btoa is not everywhere typed. */
export function base64Ascii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i) & 0xff;
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) & 0xff : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) & 0xff : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64[(triple >> 18) & 63]! + BASE64[(triple >> 12) & 63]!;
    out += i + 1 < text.length ? BASE64[(triple >> 6) & 63]! : '=';
    out += i + 2 < text.length ? BASE64[triple & 63]! : '=';
  }
  return out;
}
