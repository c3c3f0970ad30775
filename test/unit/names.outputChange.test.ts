/**
 * A change of output said by its verb (原煤增产了…, 粮食增产一点四倍, 夏粮减产一成): the measure is 增产/减产 and the name
 * the product's output, as labels head it — not the product with its verb (outputNames.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { nameOf, namesOf, lastYearReview } from '../support/names';

describe('a change of output names the output', () => {
  it('names each product of a list of increases (outside: national 1958)', () => {
    const line = '比上一年，原煤增产了一千八百二十六万吨，电力增产了二十四亿度，生铁增产了一百零八万吨，钢增产了约七十八万吨，机床增产了三千一百多台。';
    expect(namesOf(line, ['一千八百二十六万吨', '二十四亿度', '一百零八万吨', '七十八万吨', '三千一百多台'], lastYearReview(1958))).toEqual(['原煤产量', '发电量', '生铁产量', '钢产量', '机床产量']);
  });

  it('names a multiple of output since a year (outside: national 1975)', () => {
    expect(namesOf('全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍，棉花增产四点七倍。', ['一点四倍', '四点七倍'], lastYearReview(1975))).toEqual(['粮食产量', '棉花产量']);
  });

  it('names a fall and a planned rise (dev: national 1980, 1959)', () => {
    expect(namesOf('农业生产，由于不少地区自然灾害严重，夏粮减产一成以上。', ['一成'], lastYearReview(1980))).toEqual(['夏粮产量']);
    expect(namesOf('一九五九年计划要求粮食增产百分之四十，这无疑是一个非常高的、在历史上少见的速度。', ['百分之四十'], lastYearReview(1959))).toEqual(['粮食产量']);
  });

  it('keeps the verb as the measure and leaves a name already of an output alone (outside: national 1979, 1986)', () => {
    const found = analyzeReport('1979年政府工作报告\n一、1978年工作回顾\n总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。\n').indicators;
    const rise = found.find((f) => f.text === '二千二百万吨');
    expect(rise?.measure).toBe('增产');
    expect(rise?.name).toBe('总产量');
    expect(namesOf('粮食产量达到３９１０９万吨，比上年增产１１９９万吨。', ['１１９９万吨'], lastYearReview(1986))).toEqual(['粮食产量']);
  });

  it('names a quantity of a product made, said with 生产, its output; a value or a rate keeps 生产 (dev: national 1988; outside: 保定 2010)', () => {
    const line = '到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。';
    expect(namesOf(line, ['５０００亿公斤', '８０亿公斤'], { year: 1988, part: '二、今后五年的主要任务' })).toEqual(['粮食产量', '粮食产量']);
    expect(namesOf('汽车工业实现较快增长，整车生产突破50万辆，销售收入380亿元。', ['50万辆'], lastYearReview(2010))).toEqual(['整车产量']);
    expect(namesOf('今年第一季度，工业生产又比去年同期增长１２％。', ['１２％'], lastYearReview(1984))).toEqual(['工业生产']);
  });
});

describe('a product named alone before a quantity of goods names its output', () => {
  it('names each product of a plan list its output (dev: national 1980)', () => {
    const line = '原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。';
    expect(namesOf(line, ['3，500万吨', '108万吨', '7，800万吨', '1，230万吨'], { year: 1980, part: '二、1980年国民经济计划' })).toEqual(['钢产量', '十种有色金属产量', '水泥产量', '化肥产量']);
    // (Machines counted in 台 are an output among weighed products: 一九五八年比一九五七年… — national 1959, dev.)
    const line1959 = '一九五八年比一九五七年，钢增加了五百七十三万吨，煤增加了一亿四千万吨，机床增加了二万二千台，粮食增加了三千八百亿斤，棉花增加了三千三百五十八万担。';
    expect(namesOf(line1959, ['二万二千台', '三千八百亿斤', '三千三百五十八万担'], lastYearReview(1959))).toEqual(['机床产量', '粮食产量', '棉花产量']);
  });

  it('leaves a product after a verb alone, and vehicles counted among no outputs (dev: 河北 2010; outside: 山西 2026)', () => {
    expect(namesOf('改造老旧小区1万余个，惠及120万户居民。公共充电桩达到13万台。', ['13万台'], lastYearReview(2026))).toEqual(['公共充电桩']);
    const line = '狠抓节能减排，全省淘汰落后炼钢400万吨、炼铁900万吨、水泥1700万吨、平板玻璃710万重量箱。';
    expect(namesOf(line, ['900万吨', '1700万吨'], lastYearReview(2010)).some((n) => n?.endsWith('产量'))).toBe(false);
  });

  it('names the growth of a product among outputs its output, and leaves goods supplied alone (dev: national 1956)', () => {
    const line = '同１９５４年比较，绝大多数产品的产量都有增长：原煤增长１７％，焦炭增长２２％，电力增长１２％，原油增长２２％。';
    expect(namesOf(line, ['１７％', '２２％'], lastYearReview(1956))).toEqual(['原煤产量', '焦炭产量']);
    const supplied = '１９５５年政府供应农民饼肥和化学肥料４５０万吨，农药９万吨，并且减价４０％供应新式农具５１万部。';
    expect(nameOf(supplied, '９万吨', lastYearReview(1956))).toBe('农药');
  });

  // A review of the rule found capacities, sectors and emissions read as outputs.
  it('leaves capacities, sectors and emissions alone (outside: national 1992, 2007; dev: national 1955, 1956)', () => {
    const capacity = '当年新增加的主要生产能力有煤炭２７１４万吨，石油１４９１万吨。';
    expect(nameOf(capacity, '１４９１万吨', lastYearReview(1992))).toBe('石油');
    expect(nameOf('煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。', '1.1亿吨', lastYearReview(2007))).toBe('煤炭');
    const newCapacity = '新增生产能力举其重要的来说，有：钢四十二万七千吨，电五十三万千瓦，煤一千三百万吨，水泥六十五万吨。';
    expect(nameOf(newCapacity, '六十五万吨', lastYearReview(1955))).toBe('水泥');
    const sectors = '全年粮食产量达到1300亿斤，农业增长4%，工业增长10%，外贸增长8%，信贷增长12%。';
    expect(namesOf(sectors, ['4%', '10%', '8%', '12%'], lastYearReview(2020))).toEqual(['农业', '工业', '外贸', '信贷']);
    expect(nameOf('二氧化硫减少12万吨。', '12万吨', lastYearReview(2020))).toBe('二氧化硫');
    // (硫酸 is a product: its growth among outputs is its output's — national 1956, dev.)
    expect(nameOf('绝大多数产品的产量都有增长：生铁增长２３％，硫酸增长９％，烧碱增长１８％。', '９％', lastYearReview(1956))).toBe('硫酸产量');
  });
});
