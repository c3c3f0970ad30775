/**
 * A capacity said of one works is the works' capacity: the works, the rate verb, 能力 (labels README, "A capacity said of
 * the works"; the dev labels of 高阳 2019 lines 26 and 50 name them so). Lines from src32 and national reports, outside
 * ../shared/corpus, and dev 高阳 2019.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const indicator = (s: string, text: string) => analyzeReport(s).indicators.find((i) => i.text === text);

describe('a capacity said of the works (worksCapacity.ts)', () => {
  it('names the works and the rate verb, leaving out what is processed (dev 高阳 2019 line 50)', () => {
    const f = indicator('确保今年年底前出水水质达到准四类水质标准；②日处理污水6万吨的污水处理厂三期工程。', '6万吨');
    expect(f?.name).toBe('污水处理厂三期工程日处理能力');
    expect(f?.kind).toBe('level');
    expect(f?.measure).toBe('日处理');
  });
  it('reads the works after the figure without 的 (dev 高阳 2019 line 26)', () => {
    expect(indicator('中信环境科技有限公司实施的日生产4万吨再生水项目投入生产，', '4万吨')?.name).toBe('再生水项目日生产能力');
  });
  it('keeps what 炼 makes with it (national 1992, outside) and reads 年产能力 (src32 徐水区-2012)', () => {
    const s = '其中包括年炼铁和炼钢各３００万吨的宝钢二期工程、年产各３０万吨的扬子和齐鲁乙烯工程。';
    expect(indicator(s, '３００万吨')?.name).toBe('宝钢二期工程年炼铁和炼钢能力');
    expect(indicator(s, '３０万吨')?.name).toBe('扬子和齐鲁乙烯工程年产能力');
    expect(indicator('巨力集团收购刘伶醉酿酒有限公司后，建设年产能力5万吨的生产基地，', '5万吨')?.name).toBe('生产基地年产能力');
  });
  // The lead's decision (labels README, "A size with a rate verb", session 37 conv41): a rate verb before a size makes
  // it the works' capacity, listed; sizes given as examples of a kind, and a size telling one project of a counted
  // list, are not.
  it('lists a size after 年产 as the works\' capacity, in a list of projects too (src32 高阳县-2015 lines 29 and 55)', () => {
    const s = '全年贷款余额54.5亿元，存贷比43.29%；恒天天鹅年产6万吨莱赛尔项目签定框架协议，深圳招商活动取得积极成效，';
    expect(indicator(s, '6万吨')?.name).toBe('莱赛尔项目年产能力');
    expect(indicator(s, '6万吨')?.measure).toBe('年产');
    const list = '重点抓好宏润循环经济、中国·庞口农业机械装备制造交易中心和恒天天鹅年产6万吨莱赛尔等项目建设。';
    expect(indicator(list, '6万吨')?.name).toBe('莱赛尔项目年产能力');
  });
  it('lists no size given as an example of a kind of works (dev national 1959 line 54; national 1958 line 93, outside)', () => {
    const y1959 =
      '我们已经能够自己设计和建设一些比较大型的和技术比较复杂的工业企业，象年产一百五十万吨钢的钢铁联合企业，年产二百四十万吨煤的煤矿，设备总容量为一百万千瓦的水电站和六十五万千瓦的火电站，等等。';
    expect(indicator(y1959, '一百五十万吨')).toBeUndefined();
    expect(indicator(y1959, '二百四十万吨')).toBeUndefined();
    const y1958 =
      '例如，年产一百五十万吨的钢铁联合企业，年产一百五十万吨的煤矿，年产五万吨合成氨的氮肥厂，设备容量一百万千瓦左右的水电站，四十万千瓦的火电站，多种类型的机器制造厂和年产十万吨的造纸厂，等等。';
    expect(indicator(y1958, '五万吨')).toBeUndefined();
    expect(indicator(y1958, '十万吨')).toBeUndefined();
  });
  it('lists no size that tells one project of a counted list (src32 米易县-2024 line 32)', () => {
    expect(indicator('依托产业链开展产业招商，年产80万吨净水剂等10个项目签约落地，', '80万吨')).toBeUndefined();
    // (Nor the same line with a later item between and the count written after 等 in Chinese numerals, or after the head.)
    expect(indicator('年产80万吨净水剂、某某新材料等十个项目签约落地，', '80万吨')).toBeUndefined();
    expect(indicator('年产80万吨净水剂、某某新材料等项目10个签约落地，', '80万吨')).toBeUndefined();
  });
  // found57: a rate verb's size whose product is one item of a list of projects closed by 等, other items between, is
  // that project's capacity, as 莱赛尔等项目 is — the list is not counted (等…项目, 等一批…项目).
  it('lists a size after 年产 whose product is one item of a list closed by 等 (src32 高唐县-2025 line 56, 高唐县-2023 line 19)', () => {
    const y2025 = '加快建设荣达锦翼年产1.8万吨鸭肉制品、唐郡黑玉米产业融合发展等农产品加工项目。';
    expect(indicator(y2025, '1.8万吨')?.name).toBe('鸭肉制品项目年产能力');
    expect(indicator(y2025, '1.8万吨')?.value).toBe(18000);
    expect(indicator(y2025, '1.8万吨')?.measure).toBe('年产');
    const y2023 =
      '新签约亿元以上项目28个，通威集团生态立体开发田园综合体、美能钻石年产76.8万克拉饰品级金刚石毛坯、祥丰合年产2万吨稻米油、徐重智能制造产业园等一批重大项目签约落地。';
    expect(indicator(y2023, '2万吨')?.name).toBe('稻米油项目年产能力');
  });
  it('lists a size after 日处理 before a long works name, no project named by its size (src32 唐县-2020 line 19)', () => {
    const s = '扎实开展农村人居环境整治，日处理500吨水泥窑协同处理生活垃圾项目建成投入使用，建成军城镇、仁厚镇、黄石口乡3座转运平台，清运垃圾4.1万吨，';
    expect(indicator(s, '500吨')?.name).toBe('水泥窑协同处理生活垃圾项目日处理能力');
    expect(indicator(s, '500吨')?.measure).toBe('日处理');
    expect(indicator(s, '3座')?.value).toBe(3);
  });
});
