/**
 * A run of four or more figures of one unit written back to back (5%5%5%…, the adversarial shape percent-run) is no
 * figure (numbers/gluedRuns.ts); real glued pairs and a medal tally's triple stay (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { withoutGluedRuns } from '../../src/core/numbers/gluedRuns';

const kept = (text: string): string[] => withoutGluedRuns(recognizeNumbers(text)).map((m) => text.slice(m.start, m.end));

describe('glued runs of one unit', () => {
  it('drops a run of four or more of one unit', () => {
    expect(kept('增长5%5%5%5%。')).toEqual([]);
  });

  it('keeps a glued pair, of two units or of one (唐县-2020, 徐水县-2010)', () => {
    expect(kept('涉及1754户3735人。')).toEqual(['1754户', '3735人']);
    expect(kept('新建道路17条32.1公里。')).toEqual(['17条', '32.1公里']);
  });

  it('keeps a medal tally written short, three figures of one unit (枚) glued (广东 2025, outside)', () => {
    expect(kept('斩获8金4银4铜。')).toEqual(['8金', '4银', '4铜']);
  });

  it('keeps a first figure of another unit before a glued pair of one unit', () => {
    // (The run's first figure was never compared: 条 before two 公里 made a “run of one unit” of three.)
    expect(kept('新建道路17条32.1公里5公里。')).toEqual(['17条', '32.1公里', '5公里']);
  });
});
