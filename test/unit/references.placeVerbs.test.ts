/**
 * A city jieba's dictionary also lists as a verb (placeVerbs.json: 保定) opens names: a reading that starts with it is no
 * name opening with a verb (src/core/references/nameStart.ts verbStartsAt), so 保定第七医院, which had no reading at all,
 * links where the report says it again. Sentences verbatim from src32 满城区-2022 and 满城区-2020 (outside
 * ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';
import places from '../../src/core/lexicon/placeVerbs.json';
import verbs from '../../src/core/lexicon/verbs.json';

describe('a city the dictionary lists as a verb', () => {
  it('opens a hospital’s name (src32 满城区-2022, lines 54 → 55)', () => {
    const refs = report(
      '谋划启动区医院（西区）二期和公立中医院建设。支持保定第七医院创建三级医院。',
      '谋划启动职教中心、保定第七医院等过街天桥建设，确保出行安全。',
    );
    expect(said(refs)).toContain('保定第七医院 → 保定第七医院');
  });

  it('opens it in another report too (src32 满城区-2020, lines 22 → 52)', () => {
    const refs = report('区人民医院、保定第七医院通过省卒中中心认证。', '鼓励保定第七医院率先探路“医养结合”新模式。');
    expect(said(refs)).toContain('保定第七医院 → 保定第七医院');
  });

  it('still ends a reading, so that the name after 保定· is one said alone (src32 保定市-2018)', () => {
    const refs = report('保定·中关村创新中心入驻企业105家。', '抓好高新区、中关村创新中心等一批重点承接平台建设。');
    expect(said(refs)).toContain('中关村创新中心 → 中关村创新中心');
  });

  it('lists only words the dictionary has as verbs', () => {
    const all = new Set(verbs.verbs);
    for (const place of places.places) expect(all.has(place), place).toBe(true);
  });
});
