/**
 * The words said right after a figure, up to a 、, are that figure's own: the figure after the 、 is never named by
 * them (previousTail.ts). Real lines of src32 reports, outside ../shared/corpus, and of dev 浙江 2026.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { lastYearReview, nameOf } from '../support/names';
import { withoutPreviousTail } from '../../src/core/indicators/previousTail';

/** Every name of the figures written `written` in `line`, in order (the 六个100% note writes 100% six times). */
function namesOfEvery(line: string, written: string, year = 2020): Array<string | null> {
  const frame = lastYearReview(year);
  return analyzeReport(`${frame.year}年政府工作报告\n${frame.part}\n${line}\n`)
    .indicators.filter((i) => i.text === written)
    .map((i) => i.name);
}

describe('a figure after the words of the figure before and a 、', () => {
  it('is named by its own item of the 六个100% note, not by the verb before the 、 (src32 唐县-2020 line 55, 涞水县-2020 line 82, 0-based)', () => {
    const tang = '[12]“六个100%”：即施工工地周边100%围挡、物料堆放100%覆盖、出入车辆100%冲洗、施工现场地面100%硬化、拆迁工地100%湿法作业、渣土车辆100%密闭运输。';
    const names = namesOfEvery(tang, '100%');
    expect(names).toHaveLength(6);
    expect(names.slice(1).map((n) => n?.includes('、'))).toEqual([false, false, false, false, false]);
    expect(names[1]).toMatch(/^物料堆放/);
    expect(names[2]).toMatch(/^出入车辆/);
    expect(names[5]).toMatch(/^渣土车辆/);
    const laishui = '[5]6个100%：施工工地100%围挡、物料堆放100%覆盖、出入车辆100%冲洗、施工现场道路100%硬化、拆迁工地100%湿法作业、渣土车辆100%密闭运输。';
    const laishuiNames = namesOfEvery(laishui, '100%');
    expect(laishuiNames.some((n) => n?.includes('、'))).toBe(false);
    expect(laishuiNames.some((n) => n?.startsWith('施工现场道路'))).toBe(true);
  });

  it('is named by what follows the 、 when the figure before counted the words (dev 浙江 2026 line 26; src32 高阳县-2017 line 64)', () => {
    expect(nameOf('稳妥推进医保省级统筹，职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元。', '69.1亿元')).toBe('共济金额');
    const gaoyang = '针对2012年至2014年26所项目校建设未启动、沉淀资金6000余万元的问题，勇于担当，逐一破解，五年实施城乡学校建设项目81个。';
    expect(nameOf(gaoyang, '6000余万元', lastYearReview(2017))).toBe('沉淀资金');
  });

  it('leaves a list the count before counts, one character of a pair, and a subject with its predicate', () => {
    // 11个省、市重点项目完成投资22.35亿元 — src32 涞水县-2020 line 16: 省 is half of 省、市.
    expect(withoutPreviousTail('省、市重点项目完成投资', '11个省、市重点项目完成投资22.35亿元', 3, '各类项目')).toBe('省、市重点项目完成投资');
    // 9家光伏发电、风电企业年产值达6.8亿元 — src32 涞源县-2025 line 16: the count before may count the whole list.
    expect(withoutPreviousTail('光伏发电、风电企业年产值', '9家光伏发电、风电企业年产值达6.8亿元', 2, '光伏发电')).toBe('光伏发电、风电企业年产值');
    // 可可盖等11处煤矿建成试运转、新增产能3095万吨/年 — dev 陕西 2026: 煤矿 is the subject of both items.
    expect(withoutPreviousTail('煤矿建成试运转、新增产能', '11处煤矿建成试运转、新增产能3095万吨/年', 3, '煤矿')).toBe('煤矿建成试运转、新增产能');
    // A list that does not start where the figure before ends is the name's own.
    expect(withoutPreviousTail('制造业贷款余额、科技贷款余额', '降至13.6%左右，制造业贷款余额、科技贷款余额均增长11.7%', 8, null)).toBe('制造业贷款余额、科技贷款余额');
  });
});
