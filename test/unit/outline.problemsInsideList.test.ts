import { describe, expect, it } from 'vitest';
import { readCorpus } from '../support/corpus';
import { nodeAtLine } from '../support/outlineNodes';

// A paragraph that owns up to problems (…清醒地看到/认识到…) speaks for the part and closes its sections — after the part's
// last section (dev 2008 part 一: “我们也清醒地认识到，…” after 第六，, over the ——problems). Inside the list it is a
// section's text: the 14th CPC congress report (1992, unseen, session 24) part 四 第一，: “必须清醒地看到，现代科学技术突飞
// 猛进，…我们不懂得、不熟悉的东西很多。”, then 第二，…第五， — which the cut had lost. Assertions on dev 2008, its problems
// paragraph also set between 第三， and 第四， of the lessons.
const NATIONAL_2008 = readCorpus('national/2008.txt').split('\n');
const PROBLEMS = NATIONAL_2008.findIndex((l) => l.startsWith('我们也清醒地认识到'));
const THIRD = NATIONAL_2008.findIndex((l) => l.startsWith('第三，必须坚持改革开放。'));

describe('a problems paragraph inside a numbered list leaves the list open', () => {
  it('keeps 第四，…第六， as sections when the paragraph stands between 第三， and 第四， (dev 2008, moved)', () => {
    expect(PROBLEMS).toBeGreaterThan(THIRD);
    const moved = [...NATIONAL_2008.slice(0, THIRD + 1), '', NATIONAL_2008[PROBLEMS] as string, ...NATIONAL_2008.slice(THIRD + 1)].join('\n');
    for (const start of ['第四，必须坚持搞好宏观调控', '第五，必须坚持执政为民', '第六，必须坚持依法行政']) {
      expect(nodeAtLine(moved, start), start).toMatchObject({ kind: 'section', level: 2, marker: '第' + start.slice(1, 2) + '，' });
    }
  });

  it('still closes the sections after the last one (dev 2008 as it is: the ——problems are no lead of 第六，)', () => {
    const text = NATIONAL_2008.join('\n');
    expect(nodeAtLine(text, '第六，必须坚持依法行政')).toMatchObject({ kind: 'section', level: 2 });
    const problem = nodeAtLine(text, '——经济运行中一些突出问题');
    expect(problem === undefined || problem.level <= 2).toBe(true);
  });
});
