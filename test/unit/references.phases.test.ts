/**
 * A phase with nothing but ordinary words before it (一期工程, 项目一期工程) is the phase of whatever was just said, no
 * project's name: every project has its 一期 and 二期, and such phases of different projects were linked together.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('phases of whatever was just said', () => {
  it('links no project’s 一期 to another’s (海拉尔 2014, outside the corpus)', () => {
    const text = [
      '成功引入西航大元文化旅游度假城项目，一期工程开工建设;中俄蒙文化创意产业园项目扎实推进，主题酒店、文化交流中心等工程主体完工。',
      '东海写字楼、区国税局综合业务用房主体封顶，森工集团棚户区改造项目一期工程完工，红星美凯龙主力店项目开工建设，产业城市一体化发展进程进一步加快。',
      '年内完成东海写字楼、大兴安岭棚户区项目一期、国税局综合业务用房建设，启动实施远山红郡住宅小区、海东春晓回迁安置小区等项目。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('links no project’s 二期 to another’s (海拉尔 2015, outside the corpus)', () => {
    const text = [
      '中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目开工建设，入驻企业达到8家。',
      '森工集团棚户区改造项目一期达到入住条件，二期工程开工建设。',
      '实施世界反法西斯战争海拉尔纪念园二期工程。',
      '积极推进重点工业项目建设，加快推进大唐700万吨露天矿前期工作，力争年内开工建设；确保亘富200万吨褐煤提质一期投产，二期开工；华润雪花啤酒迁建项目投产。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('still links a project’s own phase said short (江苏 2026: 淮河入海水道二期工程启动实施 … 实施淮河入海水道二期、…)', () => {
    const links = analyzeReport(readCorpus('local/江苏省-2026.txt')).references.filter((r) => r.kind === 'entity' && r.to.text === '淮河入海水道二期工程');
    expect(links.map((r) => `${r.from.range.start.line} ${r.from.text} → ${r.to.range.start.line}`)).toEqual(['51 淮河入海水道二期 → 24']);
  });
});
