/**
 * An event's clipped name that keeps the two-character event word 大会 whole (旅发大会: 旅|游产业 发|展 大会), where
 * 博览会 and 运动会 give up their middle (进博会, 全运会): src/core/references/shortNames.ts KEPT_WHOLE. Sentences verbatim
 * from src32 易县-2017 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

const HOSTED = '成功承办了首届全省旅游产业发展大会，实施了恋乡·太行水镇、易水湖易文化商业街暨综合服务中心、易文化休闲度假小镇、养生岛康养小镇等一批旅游新业态项目，打造了“京西百渡休闲度假区”重要节点。';

describe('a clip that keeps 大会 whole', () => {
  it('links to the event said in full before it (src32 易县-2017)', () => {
    const refs = report(HOSTED, '特别是在承办旅发大会过程中，全县广大干部敢于担当，勇挑重担，铸就了宝贵的“旅发精神”。');
    expect(said(refs)).toContain('旅发大会 → 首届全省旅游产业发展大会');
  });

  it('is no clip when its characters stand side by side in the full name (产业大会, 发展大会 are pieces of it)', () => {
    const refs = report(HOSTED, '筹备产业大会和发展大会的各项工作。');
    expect(said(refs).filter((l) => l.startsWith('产业大会') || l.startsWith('发展大会'))).toEqual([]);
  });
});
