import { describe, expect, it } from 'vitest';
import { sameName, sameNameExactly } from '../support/labels';

// The scorer's name comparison decides the name lines every session is judged by: its normalisation is tested on
// pairs a labeller and the recogniser actually wrote (national 1980 and 1982 reports, dev part).
describe('the scorer compares names as one indicator written two ways', () => {
  it('reads the list comma as no difference (停建、缓建 is 停建缓建)', () => {
    expect(sameNameExactly('停建缓建大中型项目', '停建、缓建大中型项目')).toBe(true);
    expect(sameNameExactly('报刊杂志书籍出版总量', '报刊、杂志、书籍的出版总量')).toBe(true);
  });

  it('still tells different indicators apart', () => {
    expect(sameName('铁路货运量', '轮船、驳船货运量')).toBe(false);
    expect(sameNameExactly('停建缓建大中型项目', '停建大中型项目')).toBe(false);
  });

  it('lets one name contain the other but not the strict reading', () => {
    expect(sameName('教育科学文化卫生事业经费', '发展教育、科学、文化、卫生事业经费')).toBe(true);
    expect(sameNameExactly('教育科学文化卫生事业经费', '发展教育、科学、文化、卫生事业经费')).toBe(false);
  });
});
