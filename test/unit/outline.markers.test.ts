/**
 * markers.ts's CAN_OPEN (the characters a marker may open with, asked of every paragraph before any pattern runs) is
 * kept by hand beside PATTERNS: a pattern added or widened without it would never run, and its markers would be lost
 * silently. Each pattern's markers, with every code unit in place of the first character, show which characters the
 * pattern opens with; every one must be in CAN_OPEN.
 */
import { describe, expect, it } from 'vitest';
import { canOpenMarker, matchMarker, PATTERNS } from '../../src/core/outline/markers';
import type { NumberedStyle } from '../../src/core/outline/markers';

/** Markers of each style as reports write them (folded: half-width brackets and digits). */
const SAMPLES: Record<NumberedStyle, readonly string[]> = {
  'cn-dun': ['一、', '十二、', '三.'],
  'cn-paren': ['(一)', '(十一)、'],
  'arabic-paren': ['(1)', '(12).'],
  arabic: ['1.', '12、', '3 加快'],
  'di-part': ['第一部分', '第二部分:'],
  di: ['第一,', '第 二,', '第三、'],
  shi: ['一是', '二要', '三 是'],
  circled: ['①', '⑳'],
  'cn-bare': [],
};

describe('the characters a marker may open with (markers.ts CAN_OPEN)', () => {
  it('has markers of every style PATTERNS reads, each read as that style', () => {
    for (const [style] of PATTERNS) {
      expect(SAMPLES[style].length, style).toBeGreaterThan(0);
      for (const sample of SAMPLES[style]) expect(matchMarker(sample)?.style, sample).toBe(style);
    }
  });

  it('holds every character any pattern opens with', () => {
    const missing: string[] = [];
    for (const [style, re] of PATTERNS) {
      for (const sample of SAMPLES[style]) {
        for (let code = 0; code < 0x10000; code++) {
          const text = String.fromCharCode(code) + sample.slice(1);
          if (re.test(text) && !canOpenMarker(code)) missing.push(`${style}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
