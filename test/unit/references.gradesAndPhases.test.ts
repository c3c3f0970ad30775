/**
 * Two kinds of thing read as names on outside reports (/work/outside/src27, session 31 links37), tested on their
 * sentences verbatim: a modifier ending in a grade (饮用水水源|一级|保护区, 三级|医院) names the class of places rated
 * so, and a phase alone as a list's item (一期、四期工程) is a phase of the works just said — neither links.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a grade said last before the type word names a class of places (modifiers.ts isName)', () => {
  it('饮用水水源一级保护区 is any first-grade zone of a reservoir (坪山 2018, as 宝安 2019 says it)', () => {
    expect(
      said(
        report(
          '圆满完成饮用水水源一级保护区内企业及深圳市种猪场关闭任务。',
          '坚决清理处置饮用水水源一级保护区内剩余80栋历史遗留违建。',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a phase alone in a list is no name (modifiers.ts isListItem)', () => {
  it('一期 of 一期、四期工程 does not link every later 一期 (宝安 2019)', () => {
    expect(
      said(
        report(
          '创新工程红黑榜管理，加强履约评价结果运用，提高工程质量，海府生态大厦（一期）获评省安全生产文明施工双优工地。',
          '推进铁岗-石岩水库水质保障工程建设，年内完成一期、四期工程。',
          '建成桃花源智创小镇综合整治一期、龙王庙军民融合小镇一期和福永意库。',
        ),
      ).filter((s) => s.startsWith('一期')),
    ).toEqual([]);
  });
});
