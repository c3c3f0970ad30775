/**
 * The noun after a count ends at 并, which joins the next predicate (新建成5个集装箱泊位并投产使用): what the things did
 * next is no part of what is counted (names.ts AFTER_STOP). Not in words that hold 并 (并网, 并购). Lines of free
 * outside texts (src27): 深圳市 2008, 2017, 2025, 罗湖区 2019.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';

describe('the counted noun ends before 并 and the next predicate', () => {
  it('after a count (深圳市 2008, 2017)', () => {
    expect(nameOf('全市新建成5个集装箱泊位并投产使用，铜鼓航道一期工程完工。', '5个', lastYearReview(2008))).toBe('集装箱泊位');
    expect(nameOf('政府回购龙大、南光、盐排、盐坝4条高速公路并免费通行，全年为企业减负。', '4条', lastYearReview(2017))).toBe('高速公路');
  });

  it('after an area and after a count with its verb (深圳市 2025, 罗湖区 2019)', () => {
    expect(nameOf('推动老旧低效园区提级扩能，严守270平方公里工业区块红线并稳定工业用地规模和比例。', '270平方公里', thisYearWork(2025))).toBe('严守工业区块红线');
    expect(nameOf('第二届大梧桐双创大赛吸引海内外404个项目参赛并囊括市总决赛团队组冠亚军。', '404个', lastYearReview(2019))).toBe('项目参赛');
  });
});
