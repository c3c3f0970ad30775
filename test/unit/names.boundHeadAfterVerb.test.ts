/**
 * One character after a verb and its object that ends the counted phrase is a bound head that makes the verb phrase a
 * noun (公共停车|位, 新能源汽车充|电站, 非法加|油站, 高产示|范方): the counted noun runs on to it (names.ts boundHeadAfter),
 * instead of ending at the verb, which was read as the predicate. Lines of free outside texts (src32, outside
 * ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('a counted noun ending with one character after a verb', () => {
  it('before a clause mark (src32 博野县-2022, 容城县-2017)', () => {
    const line = '新建4个公共停车场，新增753个公共停车位，有效缓解城区“停车难”问题。';
    expect(namesOf(line, ['4个', '753个'], lastYearReview(2022))).toEqual(['公共停车场', '公共停车位']);
    expect(nameOf('深入开展非法加油站（点）专项治理，集中清理取缔91家非法加油站（点），一批重大安全隐患得以根治。', '91家', lastYearReview(2017))).toBe('非法加油站');
  });

  it('before the predicate or the work said of them (src32 易县-2022, 高唐县-2021, 河北省-2009)', () => {
    expect(nameOf('泰元街南延改造提升工程竣工通车。525个公共停车位投入使用。新建公厕3座。', '525个', lastYearReview(2022))).toBe('公共停车位');
    expect(nameOf('实现城区5G信号连续覆盖。9处新能源汽车充电站投入使用，初步建成城区2公里充电服务圈。', '9处', lastYearReview(2021))).toBe('新能源汽车充电站');
    expect(nameOf('着力抓好4000万亩粮食生产核心区和128个粮食万亩高产示范方建设。', '128个', lastYearReview(2009))).toBe('粮食万亩高产示范方');
  });

  it('not a numeral or a character that opens a verb of its own (src32 涞源县-2021, 清苑区-2025)', () => {
    expect(nameOf('继续实施清洁煤补贴政策，为4.3万户型煤住户购买一氧化碳报警器，确保群众安全温暖。', '4.3万户', lastYearReview(2021))).not.toContain('购买');
    expect(nameOf('继续对新华路、友谊街、唐正街等7条城区市政道路进行改扩建，提速和谐路西延。', '7条', lastYearReview(2025))).not.toContain('进行');
  });
});
