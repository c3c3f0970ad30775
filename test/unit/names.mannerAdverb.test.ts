/**
 * An adverb of manner before a verb (一次性增加, 分批下达) names nothing: the noun phrase after the figure is what
 * it measures, and a verb the dictionary misses (置换) ends that phrase when its own object follows it.
 * Sentences quoted from outside text (national 2025, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('an adverb of manner before the verb', () => {
  it('names an amount by the noun after it, not by 一次性 (outside: national 2025)', () => {
    const line = '积极稳定资本市场，加快完善基础性制度，创设互换便利、回购增持再贷款等工具，市场活跃度上升。一次性增加6万亿元地方专项债务限额置换存量隐性债务。稳妥推进地方中小金融机构改革化险。';
    expect(namesOf(line, ['6万亿元'])).toEqual(['地方专项债务限额']);
  });

  it('keeps 置换 in the name when it ends the phrase as the work done (outside: 河北 2022)', () => {
    expect(namesOf('实现农村生活污水无害化处理全覆盖。完成700万农村居民生活水源江水置换。', ['700万'])).toEqual(['农村居民生活水源江水置换']);
  });
});
