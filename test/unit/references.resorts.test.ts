/**
 * 度假区, a resort zone's head (src/core/lexicon/entityTypes.json types): a report's own resort, reviewed and set to
 * work again, is named by it (盐田区 2025: 东部国际旅游度假区; 大鹏新区 2015: 世界级滨海生态旅游度假区, ×3; outside src27 free texts), tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a resort named by 度假区', () => {
  it('links its repeats (盐田区 2025: 东部国际旅游度假区)', () => {
    const refs = report(
      '梅沙街道全域纳入全市重点区域—东部国际旅游度假区，小梅沙度假村、新海洋世界精彩亮相，成为国庆假期全省最热门景点。',
      '加大盐田港产城融合发展区、东部国际旅游度假区两大重点区域投资力度，大力推动“两重”建设。',
    );
    expect(said(refs)).toContain('东部国际旅游度假区 → 东部国际旅游度假区');
  });

  it('but not 度假区 said alone, nor ordinary phrases (推进改革, 高质量发展)', () => {
    const refs = report('推进改革，推动高质量发展，完善度假区配套设施。', '加快度假区建设，提升度假区服务水平，推进改革。');
    expect(said(refs)).toEqual([]);
  });
});
