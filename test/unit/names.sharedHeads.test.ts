/**
 * Parallel modifiers sharing a whole head (lexicon/sharedHeads.json, parallelTail in names.ts): 刑事、治安案件分别下降…
 * named the first figure 刑事 (an eleventh trial, 辽宁 and 陕西 2026 — dev). 福建 and 辽宁 2026 are dev corpus reports;
 * 河北 2004 and 2009 are outside text (yver-sun/gaoyang-towel-resilience), not in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';
import sharedHeads from '../../src/core/lexicon/sharedHeads.json';

describe('a whole head shared by parallel modifiers', () => {
  it('刑事、治安案件 are two kinds of case (辽宁 2026)', () => {
    expect(namesOf('持续开展“平安护航”专项行动，刑事、治安案件分别下降12%、3.3%。', ['12%', '3.3%'])).toEqual(['刑事案件', '治安案件']);
  });

  it('食品、药品抽检合格率 (福建 2026)', () => {
    expect(namesOf('食品、药品抽检合格率分别达99.62%、99.71%，食品安全考核结果为A级。', ['99.62%', '99.71%'])).toEqual(['食品抽检合格率', '药品抽检合格率']);
  });

  it('快递、电信业务量 (辽宁 2026)', () => {
    expect(namesOf('快递、电信业务量分别增长16%、10.7%，科技推广和应用服务业营业收入增长19%。', ['16%', '10.7%'])).toEqual(['快递业务量', '电信业务量']);
  });

  it('污水、垃圾处理率 and 固定、移动电话用户 (河北 2009, 2004 — outside)', () => {
    expect(namesOf('建成50座污水处理厂、65座垃圾处理场，污水、垃圾处理率分别达到75%和65%，进一步改善城镇环境质量。', ['75%', '65%'])).toEqual(['污水处理率', '垃圾处理率']);
    expect(namesOf('新增电话用户650万户，固定、移动电话用户分别增长22．7％和47．2％。', ['22．7％', '47．2％'])).toEqual(['固定电话用户', '移动电话用户']);
  });

  it('never cuts inside a word: only the whole rest of the last item is a head (苹果、猕猴桃产量)', () => {
    expect(namesOf('苹果、猕猴桃产量分别增长5%、6%。', ['5%', '6%'])).toEqual(['苹果产量', '猕猴桃产量']);
  });

  // Items of unequal length (wholeHeadTail in names.ts): parallelTail reads the head at the first item's length, so
  // these kept none and every figure but the last was named by its bare modifier. Sentences of dev corpus reports.
  it('shares a whole head after modifiers of unequal length (广东, 江西, 安徽 2026, 苏州 seed — dev)', () => {
    expect(namesOf('积极预防、依法打击各类违法犯罪活动，刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。', ['17.7%', '17.4%', '68%'])).toEqual(['刑事治安警情', '涉诈警情', '涉毒警情']);
    expect(namesOf('外贸进出口增长2.7%，集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%。', ['107.9%', '46.7%'])).toEqual(['集成电路出口', '汽车零配件出口']);
    expect(namesOf('制造业、普惠小微贷款余额分别增长10.7%、13.3%。', ['10.7%', '13.3%'])).toEqual(['制造业贷款余额', '普惠小微贷款余额']);
    expect(namesOf('危险废物、一般工业污泥年处置能力分别新增6.7万吨和5万吨。', ['6.7万吨'])).toEqual(['危险废物年处置能力']);
  });

  // 保定 county reports (src32 free texts, session 33 names59): the first item was named by its bare modifier.
  it('参保率, 事项办结率 shared by a list (涞水县 2022, 2020 — outside)', () => {
    expect(namesOf('新增就业2432人，城乡居民基本医保、养老保险参保率分别达到94.9％、99.6％，处理拖欠农民工工资案件38起。', ['94.9％', '99.6％'])).toEqual(['城乡居民基本医保参保率', '养老保险参保率']);
    expect(namesOf('行政许可项目承诺期提速70%以上，行政审批、公共服务事项办结率分别达98%、100%。', ['98%', '100%'])).toEqual(['行政审批事项办结率', '公共服务事项办结率']);
  });

  it('leaves items alone that the head would join wrongly', () => {
    // An industry by its 业 after items not written so (dev 天津 2026): the labels want 信息传输业增加值, which the text
    // does not give; the bare item is kept.
    expect(namesOf('信息传输、租赁和商务服务业增加值分别增长18.6%、13.4%。', ['18.6%'])).toEqual(['信息传输']);
    // Characters of one word listed (存、贷款): 存 is no modifier of 余额.
    expect(namesOf('金融机构本外币存、贷款余额分别增长8.1%和9.2%。', ['8.1%'])[0]).not.toMatch(/存余额$/);
    // An item that is a measure of its own, ending in 量 (宁夏 2025, outside; a review of the merge saw 铁路旅客发送量吞吐量).
    expect(namesOf('全年铁路旅客发送量、民航旅客吞吐量分别增长8.7%、16.5%。', ['8.7%', '16.5%'])).toEqual(['铁路旅客发送量', '民航旅客吞吐量']);
  });

  it('lists each head once', () => {
    expect(new Set(sharedHeads.heads).size).toBe(sharedHeads.heads.length);
  });
});
