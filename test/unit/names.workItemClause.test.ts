/**
 * A clause that is only a work item — a noun phrase, then the action that ends it (城镇失业人员培训, 创业培训), with no
 * dictionary verb inside — names its own figure, even after a figure of the same unit (figureNames.ts, isNamedAction).
 * Lines of free texts of the second outside source (src32): 易县 2022, 阜平县 2021 (session 32, names56).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, nameOf } from '../support/names';

describe('a clause that is only a work item names its figure', () => {
  it('does not take the work item of the figure before (易县 2022)', () => {
    const line = '开展提升就业服务质量行动，补贴性技能培训500人，创业培训100人，提供创业服务5000人。';
    expect(namesOf(line, ['500人', '100人'], lastYearReview(2022))).toEqual(['补贴性技能培训', '创业培训']);
  });

  it('keeps the trainees named by who they are (阜平县 2021)', () => {
    const line = '加强职业技能培训，农村劳动力培训2000人以上，城镇失业人员培训200人以上。';
    expect(nameOf(line, '200人', lastYearReview(2021))).toBe('城镇失业人员培训');
  });
});
