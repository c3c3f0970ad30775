/**
 * The spans whose numbers are never figures (exclusions.ts blockedSpans): short quoted names, 《titles》 and footnote
 * markers, each kind looked up by bisection among its own spans. A span of one kind inside another's, spans after the
 * mention and a mention that runs past a span's end are all answered as the scan over every span answered them.
 */
import { describe, expect, it } from 'vitest';
import { blockedSpans, isBlocked } from '../../src/core/numbers/exclusions';
import { recognizeNumbers } from '../../src/core/numbers/recognize';

/** The scan every lookup once was: any span of any kind that holds [start, end). */
function naive(text: string, start: number, end: number): boolean {
  const kinds: Array<[string, string, number]> = [['“', '”', 16], ['"', '"', 16], ['《', '》', 60], ['[', ']', 4], ['［', '］', 4]];
  for (const [open, close, max] of kinds) {
    for (let from = 0; ; ) {
      const a = text.indexOf(open, from);
      const b = a < 0 ? -1 : text.indexOf(close, a + 1);
      if (b < 0) break;
      if (b - a - 1 <= max && start >= a && end <= b + 1) return true;
      from = b + 1;
    }
  }
  return false;
}

describe('blockedSpans', () => {
  it('answers every range of a text with nested and neighbouring spans as a scan of all spans does', () => {
    const text = '《关于“十四五”规划的2个意见》[3]和“1+10”“263”专项行动，增长5%［12］，"双百"行动 2025年[1';
    const blocked = blockedSpans(text);
    const differ: string[] = [];
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= Math.min(text.length, start + 8); end++) {
        if (isBlocked(blocked, start, end) !== naive(text, start, end)) differ.push(text.slice(start, end));
      }
    }
    expect(differ).toEqual([]);
    const at = (s: string): boolean => isBlocked(blocked, text.indexOf(s), text.indexOf(s) + s.length);
    expect([at('十四五'), at('2个'), at('[3]'), at('263'), at('12'), at('5%'), at('2025年')]).toEqual([true, true, true, true, true, false, false]);
  });

  it('a line of footnote markers with a figure at its end keeps the figure and no marker', () => {
    const text = `${Array.from({ length: 3000 }, (_, i) => `[${(i % 99) + 1}]`).join('')}粮食产量增长2.5%`;
    expect(recognizeNumbers(text).map((m) => text.slice(m.start, m.end))).toEqual(['2.5%']);
  });
});
