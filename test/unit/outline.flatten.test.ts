import { describe, expect, it } from 'vitest';
import { analyzeReport, flattenOutline } from '../../src/core';
import { outlineNodes } from '../../src/core/outline/flatten';
import { SEED, readCorpus } from '../support/corpus';

describe('outlineNodes', () => {
  it('lists the nodes of flattenOutline, in the same depth-first order, on the seed (苏州 2021)', () => {
    const { outline } = analyzeReport(readCorpus(SEED));
    const nodes = outlineNodes(outline);
    expect(nodes.length).toBeGreaterThan(outline.length);
    const flat = flattenOutline(outline);
    expect(nodes.length).toBe(flat.length);
    expect(nodes.every((n, i) => n === flat[i]?.node)).toBe(true);
  });
});
