import { describe, expect, it } from 'vitest';
import { rankContextStart } from '../../src/core/indicators/rankContextEnd';
import { stripRankContext } from '../../src/core/indicators/names';
import { ANY_RANK_VERB } from '../../src/core/lexicon/nameWords';

/**
 * The regex rankContextStart replaced (names.ts's RANK_CONTEXT_END until session 27), kept here as the oracle: on short
 * strings its backtracking is cheap, and the linear scan must find the same leftmost start on every one of them. (Session
 * 30, names50: 蝉联, and a whole with its ranked group closing the scopes — 全市各区, 全国同类机构 — added to both.)
 */
const OLD = new RegExp(`(?:(?:连续(?:[\\d一二三四五六七八九十]+|多)年|连年))?(?:排位|排名|位次)?(?:${ANY_RANK_VERB}|蝉联|进入|跻身|保持|成为|包揽|(?:跃|上|提)?升至|升到|跃升)(?:全国|全省|全市|全区|全球|世界|国内|中国|大陆|中部地区|中西部|西部|中部|东部|东北|城市|重点城市|同类城市|地级市|省会城市|副省级城市|各省区市|各省区|各省份|各省市|各省|沿海省市|沿海省份|[\u4e00-\u9fff]{2,3}(?:省|自治区))*(?:(?:全国|全省|全市|全球|世界|亚洲)(?:各[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{0,4}(?:区县级?|区（县）|城市|机构|市场)))?$`);
const oldStart = (s: string): number => s.search(OLD);

describe('rank context at a name end (linear scan)', () => {
  it('cuts the rank verb, its streak and its scopes', () => {
    expect(stripRankContext('地区生产总值位居全国城市')).toBe('地区生产总值');
    expect(stripRankContext('进出口总额连续3年排名居全省')).toBe('进出口总额');
    expect(stripRankContext('粮食产量连续多年跃居河北省')).toBe('粮食产量');
    expect(stripRankContext('综合实力跻身内蒙古自治区')).toBe('综合实力');
    expect(stripRankContext('居民收入')).toBe('居民收入');
    // (Session 30, names50: a whole with its ranked group closes the scope; 蝉联 is a rank verb at a name's end —
    // 坪山区 2022, 福田区 2022, outside.)
    expect(stripRankContext('规上工业增加值增速位居全市各区')).toBe('规上工业增加值增速');
    expect(stripRankContext('区域孵化能力蝉联')).toBe('区域孵化能力');
    expect(stripRankContext('实际利用外资名列全国同类机构')).toBe('实际利用外资');
  });

  it('finds the same start as the old regex on every string of a small alphabet', () => {
    // Pieces that make every branch meet: streaks, rank words, verbs, listed scopes, provinces by name, and noise.
    const pieces = ['连续', '3', '十', '多', '年', '连年', '排名', '位次', '居', '位居', '升至', '跃升', '全国', '全省', '城市',
      '中部', '地区', '河北', '省', '自治区', '内蒙古', '产值', '的', '蝉联', '各区', '区县', '机构'];
    let seed = 27;
    let found = 0;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pieces[Math.floor(next() * pieces.length)]);
      const s = parts.join('');
      expect(rankContextStart(s), s).toBe(oldStart(s));
      if (oldStart(s) >= 0) found += 1;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
