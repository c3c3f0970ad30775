/**
 * A part of a count named by its 的-clause (relativeParts.ts): the part counts the whole's things with the clause before
 * them, not the clause alone, the whole's name, or the first part's clause handed on.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview, thisYearWork } from '../support/names';

describe('a part named by its 的-clause counts the whole’s things', () => {
  it('names the parts after 其中 and the sibling after it (dev: national 1956)', () => {
    const line = '１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的建设单位，本年内开始建设的２２个。';
    expect(namesOf(line, ['２７１个', '６９３个'], thisYearWork(1956))).toEqual(['本年开始建设的限额以上建设单位', '继续建设的限额以上建设单位']);
  });

  it('names a part said with what it reaches (dev: national 1956)', () => {
    const line = '受训练的工人在今年将达７１万人，其中完成培养计划的将达２８万人。';
    expect(namesOf(line, ['２８万人'], thisYearWork(1956))).toEqual(['完成培养计划的工人']);
  });

  it('takes the whole from the last count of the sentence, past a growth (outside: 河北省 2004)', () => {
    const line = '新开工项目6700个，增长10％，其中500万元以上的2350个，是近10年最多的。';
    // (The whole is 新开工项目 since names72 — keptActions.ts: a count of works keeps its start stage, and its part is of
    // the projects started, as dev hebei 2010's label 亿元以上新开工项目 has it.)
    expect(namesOf(line, ['2350个'], lastYearReview(2004))).toEqual(['500万元以上的新开工项目']);
  });
});
