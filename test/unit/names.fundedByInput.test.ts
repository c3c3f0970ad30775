/**
 * A sum after 投入 funds the work said right after it (投入8亿元推进治水提质 → 治水提质投入): 投入 is a verb alone, which the
 * name reader drops before the figure, but it still says what the money is (figureNames.ts, clauseNames.ts fundedWork).
 * Lines of free outside texts (src27): 罗湖区 2014, 2018, 2021, 福田区 2018.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('money put in (投入) is named by the work it funds', () => {
  it('after a verb of doing (福田区 2018, 罗湖区 2014)', () => {
    const futian = '加强环境水务基础建设，投入8亿元推进治水提质，完成全部小区正本清源工作和50个小区优质饮用水入户改造。';
    expect(nameOf(futian, '8亿元', lastYearReview(2018))).toBe('治水提质投入');
    expect(nameOf('投入3.3亿元新建、改扩建学校20所。', '3.3亿元', lastYearReview(2014))).toBe('新建、改扩建学校投入');
  });

  it('past the count of the works, with its 以上 (罗湖区 2021)', () => {
    const line = '探索“标准化＋菜单式定制化”服务模式，投入1.5亿元开展800个以上民微项目。';
    expect(nameOf(line, '1.5亿元', lastYearReview(2021))).toBe('民微项目投入');
  });

  // (The footnote mark is read past, not cut at: the works are the 慢行系统, and 建设, a work that is also a noun, follows
  // them, as dev labels write 城乡路网基础设施建设投资 — fundedWork.ts.)
  it('past a footnote’s mark (罗湖区 2018)', () => {
    const line = '提升慢行交通，投入7.6亿元建设“四道连通”[10]慢行系统，实施解放路慢行改善等17个项目，打造优质慢行生活圈。';
    expect(nameOf(line, '7.6亿元', lastYearReview(2018))).toBe('四道连通慢行系统建设投入');
  });
});

describe('money put in (投入) before a verb alone', () => {
  it('keeps the name the reader gave when the work read is a verb (西藏 2026, src32 outside: 办好“28+10”项民生实事)', () => {
    const line = '六是笃行力行惠民生聚人心。投入187亿元办好“28+10”项民生实事。城镇新增就业5.1万人。';
    expect(nameOf(line, '187亿元', lastYearReview(2026))).not.toBe('办好投入');
    expect(nameOf(line, '187亿元', lastYearReview(2026))).toContain('民生实事');
  });
});
