import { describe, expect, it } from 'vitest';
import { findMeetingMentions } from '../../src/core/references/meetings';
import { readStructure } from '../../src/core/report';
import { readdirSync } from 'node:fs';
import { readCorpus } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

const corpusFiles = (): string[] =>
  (readdirSync(CORPUS, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt') && !f.endsWith('.gbk.txt')).sort();

/** The pattern as a plain global search reads it: what the search from each 届 must find, no more, no less. */
const MEETING = /(第?([一二三四五六七八九十]{1,3})届(?:全国)?(?:人大|人民代表大会)第?([一二三四五六七八九十]{1,3})次(?:会议|全体会议))/g;

describe('congress sessions in the body', () => {
  it('are the mentions a global search finds, in every corpus report (the search starts from each 届)', () => {
    let total = 0;
    for (const file of corpusFiles()) {
      const text = readCorpus(file);
      const { paragraphs, outline, meta } = readStructure(text);
      const expected = paragraphs.slice(outline.bodyStart, outline.bodyEnd).flatMap((p) => [...p.text.matchAll(MEETING)].map((m) => m[0]));
      const ctx = { paragraphs, bodyStart: outline.bodyStart, bodyEnd: outline.bodyEnd, outline: outline.nodes, meta, indicators: () => [] };
      const found = findMeetingMentions(ctx, meta).map((m) => m.text);
      expect(found, file).toEqual(expected);
      total += found.length;
    }
    // The corpus says sessions in its bodies: a search that found none would pass the comparison above.
    expect(total).toBeGreaterThan(10);
  });
});
