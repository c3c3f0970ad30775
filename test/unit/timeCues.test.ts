import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParagraphCues } from '../../src/core/indicators/timeCues';
import { TIME_WORD, TIME_WORD_ALL } from '../../src/core/indicators/figureTime';
import { arabicYears, timeWords } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';

/** The same question asked the slow way: scan the window itself. */
function scanLast(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index ?? at;
  return at;
}

const REVIEW = /五年来|过去|去年/g;
const PLAN = /(?<![主重需纲必只])要(?![求素点])|力争|确保|(?<![长高加升至]|\d年\s?)到\d{4}年/g;

describe('the shared cue index of a paragraph', () => {
  // National 1982's review of 1981-1982 mixes what was done with what was planned in the same long sentences, and
  // writes its years in Chinese numerals (read as Arabic, offset for offset).
  const text = readFileSync(join(CORPUS, 'national/1982.txt'), 'utf8');
  const paragraphs = text.split('\n').filter((l) => l.length > 200 && /去年|过去/.test(l) && /要|力争|确保/.test(l)).slice(0, 6);

  it('converts the paragraph once, character for character', () => {
    for (const p of paragraphs) {
      const cues = new ParagraphCues(p);
      expect(cues.text.length).toBe(p.length);
      expect(cues.text).toBe(timeWords(arabicYears(p)));
    }
  });

  it('answers every window of a sentence as a scan of that window would', () => {
    expect(paragraphs.length).toBeGreaterThan(2);
    let asked = 0;
    let found = 0;
    for (const p of paragraphs) {
      const cues = new ParagraphCues(p);
      // Windows from each sentence start to each figure-like position in it (a digit or a numeral follows), as the
      // figures of that sentence ask them.
      const starts = [0, ...[...cues.text.matchAll(/[。！？]/g)].map((m) => (m.index ?? 0) + 1)];
      for (const from of starts) {
        const end = cues.text.indexOf('。', from);
        for (let to = from; to <= (end < 0 ? cues.text.length : end); to++) {
          if (!/[\d一二三四五六七八九十百千]/.test(cues.text[to] ?? '')) continue;
          for (const re of [REVIEW, PLAN]) {
            const want = scanLast(re, cues.text.slice(from, to));
            expect(cues.lastStart(re, from, to)).toBe(want);
            asked++;
            if (want >= 0) found++;
          }
        }
      }
    }
    // Not a vacuous agreement on “none”: many windows hold a cue.
    expect(found).toBeGreaterThan(30);
    expect(asked).toBeGreaterThan(300);
  });
});

describe('a figure’s time words looked up in its paragraph’s cues (figureTime.ts periodOf)', () => {
  // The time words a period reading needs (年, 五, 现, 世纪, 解放, 目前, 大以来, 同比) looked up in the paragraph's index
  // instead of scanned per figure: a window holds one exactly when the index has one inside it — also for windows that
  // start inside a word (…纪, …以来), as a figure's LOOK_BACK window may. Paragraphs of national 1982 and 2018 (dev) that
  // write the two-character words.
  const texts = ['national/1982.txt', 'national/2018.txt'].map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const paragraphs = texts.flatMap((t) => t.split('\n').filter((l) => /世纪|解放|目前|大以来|同比/.test(l)));

  it('answers every window as a test of the window itself', () => {
    expect(paragraphs.length).toBeGreaterThan(5);
    let asked = 0;
    let without = 0;
    for (const p of paragraphs) {
      const cues = new ParagraphCues(p);
      for (let from = 0; from < cues.text.length; from += 3) {
        for (const length of [1, 2, 3, 5, 8, 13, 40]) {
          const to = Math.min(cues.text.length, from + length);
          const want = TIME_WORD.test(cues.text.slice(from, to));
          expect(cues.lastStart(TIME_WORD_ALL, from, to) >= 0).toBe(want);
          asked++;
          if (!want) without++;
        }
      }
    }
    // Both answers are asked many times: windows with a time word and windows without one.
    expect(without).toBeGreaterThan(100);
    expect(asked - without).toBeGreaterThan(100);
  });
});
