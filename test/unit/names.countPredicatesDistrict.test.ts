/**
 * A count of a generic noun named by what the counted things did right after it (countPredicates, nameWords.json):
 * 落地, 进入 (a list or a stage), 竣工, 完工 — outside district and city reports (/work/outside/src27: 坪山 2022, 深圳 2015,
 * 宝安 2018, 2020 — not in the corpus). The noun alone (项目, 企业) read as all of them. Session 28, names46.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('counted generic nouns take the predicate after them', () => {
  it('带动27个项目落地 (坪山 2022)', () => {
    expect(nameOf('新增科技产业基金2支，资金总规模达6亿元，带动27个项目落地。', '27个')).toBe('落地项目');
  });

  it('华为等4家本土企业进入世界500强 (深圳 2015)', () => {
    expect(nameOf('总部经济影响力持续扩大，华为等4家本土企业进入世界500强。', '4家')).toBe('进入世界500强本土企业');
  });

  it('清平古墟修复等23个项目完工 (宝安 2018), 信义领域研发中心等8个项目竣工 (宝安 2020)', () => {
    expect(nameOf('第十二高级中学等57个项目开工，清平古墟修复等23个项目完工。', '23个')).toBe('完工项目');
    expect(nameOf('艾美特工业区等17个城市更新项目动工，信义领域研发中心等8个项目竣工。', '8个')).toBe('竣工项目');
  });
});
