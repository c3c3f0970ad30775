/**
 * A verb that says which people (nameWords.json peopleAttributes: 外出, 进城, 转移 …) before a short people noun is
 * part of the name, not a verb cut off before its object: national 2012's 外出农民工1.59亿人 (outside) was named 农民工,
 * the whole of which it is a part. A verb that acts on the people (派出留学生) still goes.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('people named with the verb that says which', () => {
  it('keeps 外出 before 农民工 (outside: national 2012)', () => {
    expect(namesOf('农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，增长3.4％。', ['2.53亿人', '1.59亿人', '3.4％'], lastYearReview(2012))).toEqual(['农民工总量', '外出农民工', '外出农民工']);
  });

  it('drops a verb that acts on the people (dev: national 1957, labelled 出国留学生)', () => {
    expect(namesOf('根据已有的统计材料，从1952年到1956年，我们派出留学生6,435人，其中革命干部的子女还不到3.5%。', ['6,435人'], lastYearReview(1957))).toEqual(['留学生']);
  });
});
