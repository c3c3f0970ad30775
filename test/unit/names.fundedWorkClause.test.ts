/**
 * A sum named only 投资, 投入 or 投入资金 whose clause goes on (or whose next clause opens) with the work it pays for is
 * named by that work (fundedWork.ts): the light verb that only says the work was done (实施, 完成) is dropped, the
 * work's own count or size is a figure of its own, and a work verb that is also a noun (建设, 改造, 改善) follows its
 * object, as dev labels write 城乡路网基础设施建设投资. Lines of free outside texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a sum alone names the work of the clause after it', () => {
  it('past the size the work ends with (src32 蠡县-2020)', () => {
    const line = '完善基础设施。投资7215万元，完成雨污分流管网改造12.6公里。投资8500万元，建设供水管网157公里。投资4.19亿元，敷设集中供热管网75公里，改建换热站38座。';
    expect(namesOf(line, ['7215万元', '8500万元', '4.19亿元'], lastYearReview(2020))).toEqual(['雨污分流管网改造投资', '供水管网建设投资', '敷设集中供热管网投资']);
  });

  it('past the count of the works and its examples (src32 容城县-2015)', () => {
    const line = '增加投入，改善办学条件，投资690万元，完成小里中学等12所学校设施设备购置；投资530万元，完成北张小学等3所小学改扩建工程；投资1600万元，新改建南张幼儿园等8所高标准公办幼儿园。';
    expect(namesOf(line, ['690万元', '530万元', '1600万元'], lastYearReview(2015))).toEqual(['学校设施设备购置投资', '小学改扩建工程投资', '新改建高标准公办幼儿园投资']);
  });

  it('of 对…进行 and 对…实施 (src32 顺平县-2008, 涞源县-2020)', () => {
    expect(namesOf('投资3000万元，对100余公里农村公路进行了改造；有线电视“村村通”工程全面完成。', ['3000万元'], lastYearReview(2008))).toEqual(['农村公路改造投资']);
    const laiyuan = '一是“两不愁三保障”水平全面提升。投入资金4071.8万元，对1470户“四类人员”实施了危房改造;在财政十分困难的情况下，投入资金1.97亿元，实施“暖心房”工程，8972户“四类人员”受益。';
    expect(namesOf(laiyuan, ['4071.8万元', '1.97亿元'], lastYearReview(2020))).toEqual(['四类人员危房改造投入资金', '暖心房工程投入资金']);
  });

  it('said with 投入资金 (src32 高唐县-2022)', () => {
    const line = '新型工业集聚区、现代农业示范区、美丽乡村居住区“三区共建”启动实施。投入资金4.3亿元，实施引黄灌区农业节水工程。';
    expect(namesOf(line, ['4.3亿元'], lastYearReview(2022))).toEqual(['引黄灌区农业节水工程投入资金']);
  });

  it('in a text that spaces its numbers (src32 阜平县-2017)', () => {
    const line = '切实改善群众住房条件，投资 2.99 亿元实施农村危房改造 1.5 万户，农村住房安全得到保障；投资 9500万元建设保障性住房 1128 套，解决了 1045 户困难群众和职工的住房问题。';
    expect(namesOf(line, ['2.99 亿元', '9500万元'], lastYearReview(2017))).toEqual(['农村危房改造投资', '保障性住房建设投资']);
  });
});

describe('a voltage grade inside the works’ name', () => {
  // The grade is part of what the facility is called (the labels README keeps 1000千伏…变电站 out of the figures), so the
  // work is read past it; before, the digit ended the reading and the sum stayed named 投资 alone.
  it('is read as part of the name (src32 蠡县-2020, 曲阳县-2022)', () => {
    const lixian = '投资4.19亿元，敷设集中供热管网75公里，改建换热站38座。投资1.67亿元，新建改造10kV、0.4kV线路823公里。投资8845万元，月明河综合治理成效初显。';
    expect(namesOf(lixian, ['1.67亿元'], lastYearReview(2020))).toEqual(['新建改造10kV、0.4kV线路投资']);
    expect(namesOf('追讨农民工工资765万元。投资7000万元，建成邸北110千伏变电站。', ['7000万元'], lastYearReview(2022))).toEqual(['邸北110千伏变电站投资']);
  });

  it('without a count in Chinese numerals closing the clause (src32 清苑区-2013, 徐水-2011)', () => {
    const qingyuan = '⑧推进农网升级改造，投资5300万元新建王盘110KV变电站一座。⑨投资795万元完成县急救中心、县卫生监督所、大庄中心卫生院门诊楼建设。';
    expect(namesOf(qingyuan, ['5300万元'], lastYearReview(2013))).toEqual(['新建王盘110KV变电站投资']);
    const xushui = '电力、水利设施逐步完善。累计投资1.5亿元建成110千伏变电站4座、35千伏变电站3座；南水北调中线工程徐水段竣工通水。';
    expect(namesOf(xushui, ['1.5亿元'], lastYearReview(2011))).toEqual(['110千伏变电站投资']);
  });
});

describe('what the clause after a sum does not name', () => {
  it('a work verb stays before an object that ends with its own work (src32 徐水-2011)', () => {
    const line = '卫生事业蓬勃发展，累计投入1.37亿元用于购置医疗设备和基础设施建设，公共卫生体系不断健全。';
    expect(namesOf(line, ['1.37亿元'], lastYearReview(2011))).toEqual(['购置医疗设备和基础设施建设投入']);
  });

  it('a clause that only counts projects (src32 唐县-2020)', () => {
    const [name] = namesOf('持续巩固提升脱贫成效。全年投入资金2.1亿元，实施项目663个，覆盖338个村。', ['2.1亿元'], lastYearReview(2020));
    expect(name).not.toBe('项目投入资金');
  });
});
