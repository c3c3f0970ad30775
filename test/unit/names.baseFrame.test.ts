/**
 * What a figure builds on, up to its 基础上, is a frame: never part of a name (names.ts cleanName and nameAfter's stops).
 * The unseen witness (names42): “高效办成一件事”在完成国务院发布的13个事项基础上又推出10个 — 内蒙古 2025, whose counts
 * were named 事项基础上 and 事项基础上又推出.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a 基础上 frame', () => {
  it('is no part of the name of the figure it frames (national 1959)', () => {
    const [name] = namesOf('现在我们要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤。', ['三千八百亿斤'], { year: 1959, part: '一、一九五八年的工作' });
    expect(name ?? '').not.toContain('基础上');
  });
});
