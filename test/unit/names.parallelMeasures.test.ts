/**
 * Lists of one owner's measures and lists of modifiers sharing a head, in outside district and city reports
 * (/work/outside/src27: 深圳 and its districts, not in the corpus). Session 28, names46.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('later bare measures parallel to the first item’s are its owner’s (parallelMeasures.ts)', () => {
  it('万元GDP能耗、水耗 (南山 2014): 水耗 is 万元GDP水耗', () => {
    expect(namesOf('万元GDP能耗、水耗分别下降4.36%和27.23%。', ['4.36%', '27.23%'])).toEqual(['万元GDP能耗', '万元GDP水耗']);
  });

  it('专利申请数、授权数 and 发明专利授权量、申请量 (坪山 2020, 2018)', () => {
    expect(namesOf('1-11月全区专利申请数、授权数分别增长22％和18％。', ['22％', '18％'])).toEqual(['专利申请数', '专利授权数']);
    expect(namesOf('发明专利授权量、申请量分别增长58.4%、63.1%。', ['58.4%', '63.1%'])).toEqual(['发明专利授权量', '发明专利申请量']);
  });

  it('对外承包工程业务合同额、营业额 (深圳 2006)', () => {
    expect(namesOf('对外承包工程业务合同额、营业额分别增长109.5%、64.1%。', ['109.5%', '64.1%'])).toEqual(['对外承包工程业务合同额', '对外承包工程业务营业额']);
  });

  it('leaves an item that is a name of its own, and a rate (dev 广东 2026 wording)', () => {
    expect(namesOf('110刑事警情、两抢警情分别下降10.1%、38.7%。', ['38.7%'])).toEqual(['两抢警情']);
    expect(namesOf('城市建成区园林绿化覆盖率、绿地率分别达46.84%、43.46%。', ['43.46%'])).toEqual(['绿地率']);
  });
});

describe('whole heads 覆盖率, 销售额, 参保人数 shared by parallel modifiers (sharedHeads.json)', () => {
  it('燃气管网、无线宽带网络覆盖率 (宝安 2016) and 互联网、家庭宽带、无线宽带覆盖率 (深圳 2014)', () => {
    expect(namesOf('燃气管网、无线宽带网络覆盖率分别提高到69.3%和90%。', ['69.3%', '90%'])).toEqual(['燃气管网覆盖率', '无线宽带网络覆盖率']);
    expect(namesOf('互联网、家庭宽带、无线宽带覆盖率分别达84.2%、83.1%和87.7%。', ['84.2%', '83.1%'])).toEqual(['互联网覆盖率', '家庭宽带覆盖率']);
  });

  it('汽车类、文化办公用品类销售额 (坪山 2023)', () => {
    expect(namesOf('其中汽车类、文化办公用品类销售额分别增长51.2%、17.6%。', ['51.2%'])).toEqual(['汽车类销售额']);
  });

  it('养老、医疗参保人数 (深圳 2012)', () => {
    expect(namesOf('扩大社会保障覆盖面，养老、医疗参保人数分别达到760万、1100万。', ['760万'])).toEqual(['养老参保人数']);
  });
});
