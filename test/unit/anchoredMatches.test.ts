import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnchoredPattern } from '../../src/core/text/anchoredMatches';
import { anchoredMatches, anchoredPattern } from '../../src/core/text/anchoredMatches';
import { EVENT_CLIP_SCAN } from '../../src/core/references/eventClips';
import { MEETING_SCAN } from '../../src/core/references/meetings';
import { NUMBERED_LINE_SCAN } from '../../src/core/references/numberedLines';
import { SHORT_SCAN, SPELLED_SCAN } from '../../src/core/references/planPeriods';
import { readCorpus } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

const corpusFiles = (): string[] => (readdirSync(CORPUS, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt') && !f.endsWith('.gbk.txt')).sort();
const show = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m.join('|')}`);

describe('anchored matches', () => {
  const scans: Array<[string, AnchoredPattern]> = [
    ['congress sessions (届)', MEETING_SCAN],
    ['fair clips (会)', EVENT_CLIP_SCAN],
    ['transit lines (线)', NUMBERED_LINE_SCAN],
    ['plans spelled out (个五年)', SPELLED_SCAN],
    ['plan short forms (五)', SHORT_SCAN],
  ];
  const files = corpusFiles();
  for (const [what, scan] of scans) {
    it(`find what a global search finds, in every corpus report: ${what}`, () => {
      let total = 0;
      for (const file of files) {
        for (const line of readCorpus(file).split('\n')) {
          const found = show(anchoredMatches(line, scan));
          expect(found, file).toEqual(show(line.matchAll(scan.global)));
          total += found.length;
        }
      }
      // The corpus holds each form: a scan that found nothing would pass the comparison above.
      expect(total).toBeGreaterThan(5);
    });
  }

  it('start where a global search starts, not at the anchor (十六届 from 十, 第十四个五年规划 from 第)', () => {
    const text = '落实市十六届人大四次会议和第十四个五年规划纲要';
    expect(anchoredMatches(text, MEETING_SCAN).map((m) => m[0])).toEqual(['十六届人大四次会议']);
    expect(anchoredMatches(text, SPELLED_SCAN).map((m) => m[0])).toEqual(['第十四个五年规划']);
  });

  it('resume after a match, as a global search does, when the anchor recurs inside it', () => {
    const ab = anchoredPattern(/a+b/g, 'a', 3);
    expect(show(anchoredMatches('xaaab aab', ab))).toEqual(show('xaaab aab'.matchAll(/a+b/g)));
  });
});
