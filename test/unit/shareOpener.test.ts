/**
 * The one rule of which 占 opens a share (src/core/lexicon/shareOpener.ts), read by the lexicon's suffix lookup and by
 * the share names: each word it excludes, and each share whose whole starts like one, on the dev corpus's own sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { opensShare, shareOpenerIn } from '../../src/core/lexicon/shareOpener';

/** Whether the 占 of `phrase`, as a dev corpus report writes it, opens a share. */
function sharesIn(file: string, phrase: string): boolean {
  const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`${phrase} not in ${file}`);
  return opensShare(text, at + phrase.indexOf('占'));
}

describe('the 占 of a share', () => {
  it('is not the 占 of a word of its own: 占地, 占用, 占有, 占据, 占领', () => {
    expect(sharesIn('local/gaoyang-2017.txt', '占地300亩的颛顼公园')).toBe(false);
    expect(sharesIn('national/2008.txt', '占用耕地')).toBe(false);
    expect(sharesIn('local/hebei-2010.txt', '市场占有率')).toBe(false);
    expect(sharesIn('national/2016.txt', '首次占据')).toBe(false);
    expect(sharesIn('national/1957.txt', '军事占领')).toBe(false);
  });

  it('opens a whole that starts like one of those words: 占地区…, 占地方…, 占去年…', () => {
    expect(sharesIn('000_4ff7010d533e2b03.txt', '占地区生产总值')).toBe(true);
    expect(sharesIn('national/1956.txt', '占地方预算支出总数')).toBe(true);
    // 也只占去年全部支出的5—6% (national 1957): last year's spending, not 占去 (took up).
    expect(sharesIn('national/1957.txt', '也只占去年全部支出')).toBe(true);
  });

  it('is found past a 占 of a word of its own', () => {
    expect(shareOpenerIn('耕地占用税占税收收入')).toBe(5);
    expect(shareOpenerIn('占地面积')).toBe(-1);
  });

  it('names 占去年… as a share (national 1957), as 占本年… is (national 1956)', () => {
    const text = readFileSync('test/fixtures/corpus/national/1957.txt', 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('也只占去年全部支出'));
    const figure = analyzeReport(text).indicators.find((f) => f.range.start.line === line && f.text === '5—6%');
    expect(figure?.name).toBe('占去年全部支出比重');
  });
});
