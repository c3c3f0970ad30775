/**
 * 村庄 is a generic counted noun as 村 is (nameWords.json genericCounted): a count of villages is named by what they did
 * right after it, not by 村庄 alone, which counts a different set in each sentence. Lines of free outside texts (src32,
 * outside ../shared/corpus); the dev 0000 report's 45个村庄被命名为省特色田园乡村 is labelled 省特色田园乡村 the same way.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';

describe('a count of villages', () => {
  it('takes what they won or reached (src32 顺平县-2023, 高唐县-2021)', () => {
    const shunping = '着力改善农村人居环境，创建美丽庭院4000户，改建农村公路37公里，南腰山、西显阳等10个村庄获评省级美丽乡村。';
    expect(nameOf(shunping, '10个', lastYearReview(2023))).toBe('获评省级美丽乡村村庄');
    const gaotang = '实施农村公路大中修工程393.9公里，改造危窄桥涵278座。550个村庄实现通户道路硬化。';
    expect(nameOf(gaotang, '550个', lastYearReview(2021))).toBe('实现通户道路硬化村庄');
  });
});
