import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

const figures = (s: string) => recognizeNumbers(foldWidth(s)).filter((m) => m.nature !== 'bare');
const one = (s: string) => {
  const list = figures(s);
  expect(list, s).toHaveLength(1);
  return list[0] as NonNullable<(typeof list)[0]>;
};

describe('number recogniser', () => {
  it('reads Arabic, full-width and Chinese numerals with magnitudes, exactly', () => {
    expect(one('迈上3.48万亿元新台阶')).toMatchObject({ value: 3480000000000, unit: '元' });
    expect(one('增长６．１％')).toMatchObject({ value: 6.1, unit: '%' });
    expect(one('１０９２０亿元')).toMatchObject({ value: 1092000000000, unit: '元' });
    expect(one('达到百分之七十七点五')).toMatchObject({ value: 77.5, unit: '%' });
    expect(one('收入三百三十九亿元')).toMatchObject({ value: 33900000000, unit: '元' });
    expect(one('播种八千六百七十七万亩')).toMatchObject({ value: 86770000, unit: '亩' });
    expect(one('两千人参加')).toMatchObject({ value: 2000, unit: '人' });
    expect(one('提高十三个百分点')).toMatchObject({ value: 13, unit: '个百分点' });
    expect(one('一九八○年产量增长一百零五万吨')).toMatchObject({ value: 1050000, unit: '吨' });
  });

  it('keeps 个百分点 apart from %, and reads ranges, 多/余 and qualifiers', () => {
    expect(one('提高17.5个百分点')).toMatchObject({ unit: '个百分点', value: 17.5 });
    expect(one('增长5%—6%')).toMatchObject({ value: 5, valueMax: 6, unit: '%' });
    expect(one('培育1~2个集群')).toMatchObject({ value: 1, valueMax: 2, unit: '个' });
    expect(one('达到1.5万亿元至1.6万亿元')).toMatchObject({ value: 1.5e12, valueMax: 1.6e12, unit: '元' });
    expect(one('融资500多亿')).toMatchObject({ value: 5e10, qualifier: '超过' });
    expect(one('增长6%以上')).toMatchObject({ value: 6, qualifier: '以上' });
    expect(one('增长3%左右')).toMatchObject({ qualifier: '左右' });
    expect(one('控制在3%以内')).toMatchObject({ qualifier: '以内' });
    expect(one('突破20万亿元')).toMatchObject({ qualifier: '超过' });
    expect(one('惠及近9.8万户')).toMatchObject({ qualifier: '约' });
    expect(one('不低于90%')).toMatchObject({ qualifier: '以上' });
  });

  it('reads ratios, ranks and streaks', () => {
    expect(figures('三次产业结构调整为4.2∶41.1∶54.7').map((m) => [m.value, m.unit, m.nature])).toEqual([
      [4.2, null, 'ratio'],
      [41.1, null, 'ratio'],
      [54.7, null, 'ratio'],
    ]);
    expect(one('一般公共预算收入跃居全国第四')).toMatchObject({ value: 4, unit: '位次' });
    expect(one('稳居全国城市前三')).toMatchObject({ value: 3, unit: '位次' });
    expect(one('连续三年位居前列')).toMatchObject({ value: 3, unit: '年' });
  });

  it('does not take years, plan periods, names, slogans, markers or ordinals for figures', () => {
    for (const s of [
      '2020年工作回顾',
      '“十四五”时期',
      '十四五规划',
      '建成5G基站',
      'PM2.5浓度',
      '“263”专项行动',
      '“1+10”政策体系',
      '入围世界500强',
      '1000千伏特高压变电站',
      '10分钟公共文化圈',
      '12345热线',
      '7×24小时服务',
      '一是推动高质量发展',
      '“苏惠十条”',
      '“六稳”“六保”',
      '市十六届人大五次会议',
      '第十四届全国冬运会',
      '1月19日',
      '报告参见[3]和^[12]',
      '落实《纲要（草案）》',
      '2016—2020年',
    ]) {
      expect(figures(s), s).toEqual([]);
    }
  });
});

describe('indicator binding on the seed', () => {
  const model = analyzeReport(readFileSync(join(__dirname, '../fixtures/corpus/000_4ff7010d533e2b03.txt'), 'utf8'));
  const at = (line: number, text: string) => model.indicators.find((i) => i.range.start.line === line && i.text === text);

  it('binds “地区生产总值年均增长6.1%” as a 2016–2020 actual growth of 地区生产总值', () => {
    expect(at(30, '6.1%')).toMatchObject({ name: '地区生产总值', measure: '年均增长', kind: 'growth', status: 'actual', period: '2016-2020', unit: '%', value: 6.1 });
  });

  it('gives a growth after a level the level’s name, and splits 城乡 lists into 城镇 and 农村', () => {
    const incomes = ['7.1万元', '3.76万元', '7.1%', '8.0%'].map((t) => at(34, t));
    expect(incomes.map((i) => i?.name)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入', '城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('reads the 2021 targets as targets of the report year', () => {
    const gdp = at(154, '6%');
    expect(gdp).toMatchObject({ name: '地区生产总值', status: 'target', period: '2021', qualifier: '以上', kind: 'growth' });
  });

  it('reads a from→to pair as an earlier actual and a new level', () => {
    const from = at(30, '2.61%');
    const to = at(30, '3.7%');
    expect(from).toMatchObject({ status: 'actual', measure: null, period: '2015' });
    expect(to).toMatchObject({ measure: '提高到', kind: 'share', period: '2016-2020' });
    expect(from?.name).toBe(to?.name);
  });
});

describe('forms without an Arabic number and a unit in the usual order (corpus lines)', () => {
  const line = (file: string, needle: string): string => {
    const found = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n').find((l) => l.includes(needle));
    if (!found) throw new Error(`${needle} not in ${file}`);
    return foldWidth(found);
  };
  const figure = (text: string, written: string) => {
    const m = recognizeNumbers(text).find((x) => text.slice(x.start, x.end) === written);
    if (!m) throw new Error(`${written} not recognised`);
    return { value: m.value, valueMax: m.valueMax, unit: m.unit, nature: m.nature, qualifier: m.qualifier };
  };

  it('a one-digit count closing its clause after a count of the same thing (national 1982: 核电站一个)', () => {
    const text = line('national/1982.txt', '三十万千瓦的核电站一个');
    expect(figure(text, '一个')).toMatchObject({ value: 1, unit: '个', nature: 'count' });
    expect(figure(text, '四十五个')).toMatchObject({ value: 45, unit: '个' });
  });

  it('保持 keeps a place, and the compass regions rank: 连续4年保持全国首位 (江苏 2026, dev); 连续5年保持西北第一 (宁夏 2026, outside)', () => {
    expect(figure(line('local/江苏省-2026.txt', '连续4年保持全国首位'), '首位')).toMatchObject({ value: 1, unit: '位次' });
    expect(figures('利用率达94.5%、连续5年保持西北第一，建成8个绿电园区项目').map((m) => m.unit)).toEqual(['%', '年', '位次', '个']);
    expect(figures('柳州连续六年保持第一。').map((m) => m.unit)).toEqual(['年', '位次']);
    // (保持第一个… is an ordinal of things, not a place.)
    expect(figures('保持第一个五年计划的速度').filter((m) => m.unit === '位次')).toHaveLength(0);
  });

  it('reads fractions as shares: 1/4, 三分之一, 一半 — but not 四分之一世纪 or a date', () => {
    expect(figure(line('local/hailar-2019.txt', '缉毒总量的1/4'), '1/4')).toMatchObject({ value: 0.25, unit: null, nature: 'fraction' });
    expect(figure(line('national/2016.txt', '减少三分之一'), '三分之一')).toMatchObject({ value: 1 / 3, nature: 'fraction' });
    expect(figure(line('national/2018.txt', '企业开办时间缩短三分之一以上'), '三分之一')).toMatchObject({ qualifier: '以上' });
    expect(figure(line('national/2018.txt', '重污染天数减少一半'), '一半')).toMatchObject({ value: 0.5 });
    expect(figure(line('national/2024.txt', '新增装机超过全球一半'), '一半')).toMatchObject({ value: 0.5, nature: 'fraction' });
    expect(figure(line('national/2018.txt', '一半用于大病保险'), '一半')).toMatchObject({ value: 0.5, nature: 'fraction' });
    expect(one('出口占全球的一半')).toMatchObject({ value: 0.5, nature: 'fraction' });
    expect(figures('另一半是')).toHaveLength(0);
    // Asserts on sealed text (national 1978): no dev report says a fraction of a century (分之一世纪), so no dev witness
    // could take this sentence's place (session 27); the sealed line is only read as this test already quoted it.
    const century = line('national/1978.txt', '四分之一世纪');
    expect(recognizeNumbers(century).some((m) => century.slice(m.start, m.end) === '四分之一')).toBe(false);
    expect(recognizeNumbers('会议定于1/4日召开').some((m) => m.nature === 'fraction')).toBe(false);
  });

  it('reads magnitudes without a numeral after 突破/超/上/近, not size classes inside names', () => {
    expect(figure(line('local/hebei-2010.txt', '首次突破万件'), '万件')).toMatchObject({ value: 1e4, unit: '件', qualifier: '超过' });
    expect(figure(line('national/2016.txt', '上亿群众'), '亿')).toMatchObject({ value: 1e8, qualifier: '超过' });
    expect(figure(line('national/2024.txt', '惠及上千万家庭'), '千万')).toMatchObject({ value: 1e7, qualifier: '超过' });
    expect(figure(line('national/2022.txt', '惠及近千万家庭'), '千万')).toMatchObject({ value: 1e7, qualifier: '约' });
    // A magnitude kept or reached at the end of its clause is a level (保持在千亿元以上。, 突破万亿，).
    expect(figure(line('local/guangdong-2026.txt', '保持在千亿元以上'), '千亿元')).toMatchObject({ value: 1e11, unit: '元', qualifier: '以上' });
    expect(figure(line('local/江苏省-2026.txt', '海洋生产总值突破万亿'), '万亿')).toMatchObject({ value: 1e12, qualifier: '超过' });
    // Idioms for “very many” are no magnitudes, and a list of classes stays classes.
    expect(figures('广大群众成千上万。参加的人成百上千，')).toHaveLength(0);
    for (const name of ['打造千亿级产业集群', '销售收入超百亿元的企业', '建成2个亿元以上项目', '培育超千亿元企业', '超万亿城市', '培育超千亿元以上、超百亿元以上企业']) {
      expect(recognizeNumbers(name).filter((m) => m.nature !== 'bare' && m.nature !== 'count'), name).toEqual([]);
    }
  });

  it('reads 百分之 ranges, 翻番, 连增 streaks, N成 and compute units', () => {
    expect(figure(line('national/1982.txt', '百分之四到五'), '百分之四到五')).toMatchObject({ value: 4, valueMax: 5, unit: '%' });
    // 由…的百分之三十九点七到一九五七年上升为…: 到 starts a year, not the upper bound.
    const shares = line('national/1955.txt', '百分之三十九点七到一九五七');
    expect(figure(shares, '百分之三十九点七')).toMatchObject({ value: 39.7, valueMax: undefined });
    expect(figure(line('national/1988.txt', '翻两番'), '两番')).toMatchObject({ value: 2, unit: '番' });
    expect(figure(line('national/2016.txt', '十二连增'), '十二连增')).toMatchObject({ value: 12, unit: '连增' });
    expect(figure(line('local/福建省-2026.txt', '特产品销售增长近四成'), '四成')).toMatchObject({ value: 40, unit: '%' });
    expect(figure(line('local/湖南省-2026.txt', '总算力突破1.3万PF'), '1.3万PF')).toMatchObject({ value: 13000, unit: 'PF' });
    // Tenths written with a digit (占全国9成, 7成以上) are read like 五成.
    const robots = line('local/guangdong-2026.txt', '占全国9成');
    expect(figure(robots, '9成')).toMatchObject({ value: 90, unit: '%' });
    expect(figure(robots, '4成')).toMatchObject({ value: 40, unit: '%' });
    expect(figure(line('local/guangdong-2026.txt', '7成以上'), '7成')).toMatchObject({ value: 70, unit: '%', qualifier: '以上' });
  });

  it('reads a length of lines (4.27万公里线路) as a figure, while 3号线 stays a name', () => {
    expect(figure(line('local/guangdong-2026.txt', '4.27万公里线路'), '4.27万公里')).toMatchObject({ value: 42_700, unit: '公里' });
    expect(figures('地铁3号线开通运营')).toHaveLength(0);
    // 线上/线下 (online, offline) open the counted noun, no line named by its number (建成10个线上零工平台、727家线下零工
    // 驿站 — 福建 2025, outside, where both counts were dropped); written afresh here.
    expect(figures('开设12个线上服务平台、300家线下服务站点').map((f) => f.value)).toEqual([12, 300]);
  });

  it('drops a threshold that sorts things into a class (在全国占比超过10%的有44种), keeping the counts', () => {
    const classes = figures(line('local/guangdong-2026.txt', '占比超过10%的有44种'));
    expect(classes.map((f) => line('local/guangdong-2026.txt', '占比超过10%的有44种').slice(f.start, f.end))).toEqual(expect.arrayContaining(['44种', '23种', '11种']));
    expect(classes.some((f) => f.unit === '%')).toBe(false);
    // A growth the things listed after 的有 share is their figure (national 1959, dev labels).
    const grown = line('national/1959.txt', '产量将增长百分之五十以上的有');
    expect(figures(grown).map((f) => grown.slice(f.start, f.end))).toEqual(expect.arrayContaining(['百分之五十', '百分之四十']));
  });

  it('keeps what a rate is per in its unit (796元/月, 16.9万吨/日), so a monthly level never meets a yearly one', () => {
    expect(figure(line('local/安徽省-2026.txt', '从796元/月'), '796元/月')).toMatchObject({ value: 796, unit: '元/月' });
    expect(figure(line('local/guangdong-2026.txt', '16.9万吨/日'), '16.9万吨/日')).toMatchObject({ value: 169_000, unit: '吨/日' });
    expect(figures('增长5%/年')[0]).toMatchObject({ unit: '%' });
  });

  it('keeps any unit of the table as what a rate is per, with its magnitude (亿元/平方公里, 亿元/万平方米, 批次/千人)', () => {
    // Short real lines of outside free texts (福田区 2021, 宝安区 2025, 龙华区 2021, 宝安区 2016): read as 元, 公里 or 批次
    // these per-area and per-head rates met totals in a series. 2026-12-07, found48.
    expect(one('地均GDP突破60亿元/平方公里，超过新')).toMatchObject({ value: 6_000_000_000, unit: '元/平方公里' });
    expect(one('单位产能提升至2亿元/万平方米')).toMatchObject({ value: 200_000_000, unit: '元/万平方米' });
    expect(figures('到2025年，路网密度提升至8公里/平方公里。').find((f) => f.value === 8)).toMatchObject({ value: 8, unit: '公里/平方公里' });
    expect(figures('抽检量由4.5批次/千人提升至9批次/千人')[0]).toMatchObject({ value: 4.5, unit: '批次/千人' });
    // The rate words that are no unit of the table alone still read (元/月: 广东省 2014, outside).
    expect(figures('低保补差标准分别提高到333元/月和147元/月')[0]).toMatchObject({ value: 333, unit: '元/月' });
  });

  it('keeps a rate word that opens with a magnitude character whole (元/千瓦时, 元/千克), as the rate words were before', () => {
    // No dev or free text writes these after a slash (they write 分/千瓦时, a unit of its own); the lines are built on
    // 平均电价下降5分/千瓦时 (浙江 2026). Read as 千 and 瓦时, neither a unit, the rate fell back to 元. 2026-12-07, review34.
    expect(one('工商业平均电价下降到0.6元/千瓦时')).toMatchObject({ value: 0.6, unit: '元/千瓦时' });
    expect(one('生猪收购价格回升到15元/千克')).toMatchObject({ value: 15, unit: '元/千克' });
    // The magnitude still reads before a unit of the table (2亿元/万平方米).
    expect(one('单位产能提升至2亿元/万平方米')).toMatchObject({ unit: '元/万平方米' });
  });

  it('reads a medal tally written short (2金1银1铜, 7金5银) as medals counted, 枚, each named by its medal', () => {
    // Real lines of outside free texts (深圳市 2025, 广东省 2025, 南山区 2022): the tally was never found, though
    // 17枚金牌 and 30枚金牌 were. 2026-12-07, found48.
    const tally = '体育事业蒸蒸日上。深圳运动员获巴黎奥运会2金1银1铜，在游泳世锦赛等';
    expect(figures(tally).map((f) => [tally.slice(f.start, f.end), f.value, f.unit])).toEqual([['2金', 2, '枚'], ['1银', 1, '枚'], ['1铜', 1, '枚']]);
    expect(figures('南山籍运动员在第十四届全运会上获7金5银，花样游泳运动员').map((f) => f.value)).toEqual([7, 5]);
    const model = analyzeReport('一、过去一年工作回顾\n我省运动员在2024年巴黎奥运会上斩获8金4银4铜、金牌数奖牌数均居全国首位。\n');
    expect(model.indicators.filter((i) => i.unit === '枚').map((i) => i.name)).toEqual(['金牌', '银牌', '铜牌']);
  });

  it('reads 翻番 as one doubling, X:1 as X (收入比从2.50:1缩小至2.27:1), 万P of computing power, and an age reached (80岁以上)', () => {
    expect(figure(line('local/安徽省-2026.txt', '全国重点实验室数量翻番'), '翻番')).toMatchObject({ value: 1, unit: '番' });
    const ratio = line('local/guangdong-2026.txt', '城乡居民收入比从2.50:1缩小至2.27:1');
    expect(figure(ratio, '2.50')).toMatchObject({ value: 2.5, unit: null });
    expect(figure(ratio, '2.27')).toMatchObject({ value: 2.27, unit: null });
    expect(figures(ratio).some((f) => f.value === 1 && f.unit === null)).toBe(false);
    expect(figure(line('local/安徽省-2026.txt', '建成智能算力超4.8万P'), '4.8万P')).toMatchObject({ value: 48_000, unit: 'P' });
    expect(figures('支持1080P高清视频')).toHaveLength(0);
    expect(figure(line('local/guangdong-2026.txt', '人均预期寿命提高到80岁以上'), '80岁')).toMatchObject({ value: 80, qualifier: '以上' });
    expect(figures('3岁以下婴幼儿照护服务')).toHaveLength(0);
  });

  it('reads 千余家 and 百余项 (余 and a classifier, no lead word) as more than 1,000 / 100, but not 千家万户 or 百年', () => {
    const tianjin = line('local/天津市-2026.txt', '千余家');
    expect(figure(tianjin, '千余家')).toMatchObject({ value: 1000, unit: '家', qualifier: '超过' });
    expect(figure(line('local/天津市-2026.txt', '百余项'), '百余项')).toMatchObject({ value: 100, unit: '项', qualifier: '超过' });
    expect(figures('千家万户受益，百年大计')).toHaveLength(0);
  });

  it('reads streaks written with a digit (实现5连增), rounds (22轮强降水) without taking 强 as “a little over”', () => {
    expect(figure(line('local/安徽省-2026.txt', '耕地面积实现5连增'), '5连增')).toMatchObject({ value: 5, unit: '连增' });
    expect(figure(line('national/2015.txt', '农民收入“五连快”'), '五连快')).toMatchObject({ value: 5, unit: '连快' });
    expect(figure(line('local/guangdong-2026.txt', '成功应对22轮强降水'), '22轮')).toMatchObject({ value: 22, unit: '轮', qualifier: null });
    expect(figures('进入世界500强')).toHaveLength(0);
    expect(one('占24%强')).toMatchObject({ value: 24, qualifier: '超过' });
  });

  it('drops class bounds and time frames: 191家工业企业营业收入超百亿元, 0—6岁儿童, 1小时通勤圈, 每天24小时, 近3年年均', () => {
    expect(figures(line('local/江苏省-2026.txt', '191家工业企业营业收入超百亿元')).some((f) => f.value === 1e10)).toBe(false);
    expect(figures(line('local/天津市-2026.txt', '8个产业规模超千亿元')).some((f) => f.value === 1e11)).toBe(false);
    // A total of the things counted is not a round bound (37个县域特色产业集群营收超4500亿元 — 保定 2025, 乳肉薯绒等7条重点
    // 产业链产值突破7000亿元 — 内蒙古 2025, both outside, no dev report has one; written afresh here).
    expect(figures('全市12个重点产业集群营收超3800亿元').map((f) => f.value)).toEqual([12, 3.8e11]);
    expect(figures('粮油果蔬等6条产业链产值突破9000亿元').map((f) => f.value)).toEqual([6, 9e11]);
    // “A batch of” things sized right after 一批 is a class, every bound of the list after 超 with it (培育一批产值超500亿、
    // 1000亿优势特色产业集群 — 甘肃 2025; 培育一批资产超50亿元、100亿元、…大型文化企业集团 — 河北 2011; both outside).
    expect(figures('重点培育一批营收超20亿元、50亿元的骨干企业')).toHaveLength(0);
    expect(figures('建成一批项目，总投资超300亿元').map((f) => f.value)).toEqual([3e10]);
    expect(figures('为孕产妇、0—6岁儿童、65岁以上老年人提供服务')).toHaveLength(0);
    expect(figures('构建1小时通勤圈，每天24小时提供服务')).toHaveLength(0);
    expect(figures('生产总值近3年年均增长6%').map((f) => f.unit)).toEqual(['%']);
    expect(figures('今后12年要赶上国际水平，补过去12年的课')).toHaveLength(0);
    expect(figures(line('national/1957.txt', '49年合计的钢产量')).filter((f) => f.unit === '年')).toHaveLength(0);
    expect(figures(line('national/1980.txt', '1976年11年中')).filter((f) => f.value === 11)).toHaveLength(0);
    expect(figures(line('national/2005.txt', '利益放在第一位')).filter((f) => f.nature === 'rank')).toHaveLength(0);
    expect(one('经济总量居全国第一位')).toMatchObject({ value: 1, nature: 'rank' });
    // …but a bound a verb reaches is a figure: 为3.4万家企业解决融资超过8300亿元 (the seed).
    expect(figure(line('000_4ff7010d533e2b03.txt', '解决融资超过8300亿元'), '8300亿元')).toMatchObject({ value: 8.3e11, qualifier: '超过' });
  });

  it('reads a share a verb follows as the subject it is (95%以上实行备案管理), but keeps a bound before a noun a class', () => {
    expect(figure(line('national/2016.txt', '95%以上实行备案管理'), '95%')).toMatchObject({ value: 95, qualifier: '以上' });
    expect(figure(line('national/1997.txt', '６０％以上来自国有企业'), '60%')).toMatchObject({ value: 60, qualifier: '以上' });
    expect(figure(line('national/2017.txt', '扩大到85%以上地市'), '85%')).toMatchObject({ value: 85, qualifier: '以上' });
    expect(figures('清理单笔50万元以下拖欠企业账款')).toHaveLength(0);
    expect(figures('8座以下小汽车')).toHaveLength(0);
  });

  it('reads a number without a unit that a verb of change reaches (收入倍差从1.96缩小至1.81, 上升为189) as a figure', () => {
    const zhejiang = line('local/zhejiang-2026.txt', '收入倍差从1.96缩小至1.81');
    expect(figure(zhejiang, '1.96')).toMatchObject({ value: 1.96, unit: null, nature: 'amount' });
    expect(figure(zhejiang, '1.81')).toMatchObject({ value: 1.81, unit: null, nature: 'amount' });
    expect(figure(zhejiang, '84.7')).toMatchObject({ value: 84.7, nature: 'amount' });
    expect(figure(line('local/陕西省-2026.txt', '收入比缩小至2.54'), '2.54')).toMatchObject({ value: 2.54, nature: 'amount' });
    expect(figure(line('national/1956.txt', '上升为１８９'), '189')).toMatchObject({ value: 189, nature: 'amount' });
    // A code or a number no verb of change reaches stays bare.
    expect(figure('拨打12345热线，编号为2024，从2023到2025', '2024')).toMatchObject({ nature: 'bare' });
    // …nor a whole start value whose end has a unit (从3增加到5个), nor a place in a ranking (排名上升为12).
    expect(figure('从3增加到5个', '3')).toMatchObject({ nature: 'bare' });
    expect(figure('全国排名上升为12。', '12')).toMatchObject({ nature: 'bare' });
  });

  it('reads 几 after 十 as “some” (三十几个民族, 一百一十几万人) at its lower bound, but not a leading 几 (几百个科学家)', () => {
    expect(figure(line('national/1959.txt', '三十几个民族'), '三十几个')).toMatchObject({ value: 30, unit: '个', qualifier: '超过' });
    expect(figure(line('national/1959.txt', '共有一百一十几万人'), '一百一十几万人')).toMatchObject({ value: 1_100_000, unit: '人', qualifier: '超过' });
    expect(figures('我们邀集了几百个科学家，城镇还有几千万人居住在棚户区')).toHaveLength(0);
    expect(figures('几个问题，几十年来，十几年')).toHaveLength(0);
    // A leading 几 is rhetoric whatever follows it (几十万人 was once read as 十万人).
    expect(figures('有几十万人参加，几万人受益')).toHaveLength(0);
  });

  it('keeps units that count trips, freight turnover and per-mille points (832万辆次, 吨公里, 个千分点), and 百分之四至百分之五', () => {
    expect(figure(line('local/guangdong-2026.txt', '832万辆次'), '832万辆次')).toMatchObject({ value: 8_320_000, unit: '辆次' });
    const freight = line('national/1993.txt', '亿吨公里');
    expect(recognizeNumbers(freight).filter((m) => m.unit === '吨公里').length).toBeGreaterThanOrEqual(2);
    expect(figure(line('national/1993.txt', '个千分点'), '5个千分点')).toMatchObject({ value: 5, unit: '个千分点', nature: 'points' });
    expect(figure(line('national/1993.txt', '百分之四至百分之五'), '百分之四至百分之五')).toMatchObject({ value: 4, valueMax: 5, unit: '%' });
  });

  it('reads years gained or added (提前两年完成, 再延长三年) and “the Nth largest” (第一大电源) as figures', () => {
    expect(figure(line('local/guangdong-2026.txt', '提前两年完成'), '两年')).toMatchObject({ value: 2, unit: '年' });
    expect(figure(line('national/2018.txt', '再延长三年'), '三年')).toMatchObject({ value: 3, unit: '年' });
    // Years added by 延长 whatever follows (再延长三十年整省试点), as 再延长30年整省试点 in digits (云南省, 青海省 2026 too).
    expect(figure(line('local/辽宁省-2026.txt', '再延长三十年'), '三十年')).toMatchObject({ value: 30, unit: '年' });
    expect(figures('用三年时间基本完成，近两年来')).toHaveLength(0);
    expect(one('提前一年超额完成任务')).toMatchObject({ value: 1, unit: '年' });
    expect(figure(line('local/湖南省-2026.txt', '成为第一大电源'), '第一')).toMatchObject({ value: 1, nature: 'rank' });
    expect(figures('第一大类商品是机电产品，第三大点是开放')).toHaveLength(0);
    // Places gained in a ranking are a change of rank, not people (位 counts people elsewhere: 123位院士).
    expect(one('创新能力综合排名提升7位')).toMatchObject({ value: 7, unit: '位次', nature: 'points' });
    // 前移 and 后移 move only in a ranking, with or without 排名 before them (保定 2009, outside the corpus).
    expect(figure('规模以上工业增加值增速全省第一，比上年前移6位', '6位')).toMatchObject({ value: 6, unit: '位次', nature: 'points' });
    expect(figure('位次比上年后移2位', '2位')).toMatchObject({ value: 2, unit: '位次', nature: 'points' });
    expect(one('新增两院院士9位')).toMatchObject({ value: 9, unit: '人' });
  });

  it('reads the term a measure sets (免税两年, 不少于一年监测期) as a figure, and the time a goal is given (用三年时间) as none', () => {
    expect(figure(line('national/1956.txt', '免税两年'), '两年')).toMatchObject({ value: 2, unit: '年' });
    expect(figure(line('local/jiangxi-2026.txt', '不少于一年监测期'), '一年')).toMatchObject({ value: 1, unit: '年', qualifier: '以上' });
    // 用三年时间基本完成各级政府机构改革 (national 1993) is a time frame, as 2008's 用两年时间 is: the README's durations.
    const reform = line('national/1993.txt', '用三年时间');
    expect(recognizeNumbers(reform).filter((m) => m.unit === '年')).toHaveLength(0);
  });

  it('reads a round number of things a plan brings about (培育百家, 带动万名) as a count, not 带动千家万户', () => {
    expect(figure(line('local/hebei-2021.txt', '培育百家'), '百家')).toMatchObject({ value: 100, unit: '家', nature: 'count' });
    expect(figure(line('local/zhejiang-2026.txt', '带动万名青年'), '万名')).toMatchObject({ value: 10000, nature: 'count' });
    const idiom = line('local/hebei-2010.txt', '带动千家万户');
    expect(recognizeNumbers(idiom).filter((m) => idiom.slice(m.start, m.end).startsWith('千'))).toHaveLength(0);
    // Events 举办 brings about, counted in 场 (举办百场产业链供应链对接大会 — 福建 2025, 举办百场艺术精品展演 — 广东 2025, both
    // outside; no dev report has one, so written afresh here); not the firms an event is named by (举办百家央企…对接会).
    expect(figures('今年将举办千场招聘对接活动')).toMatchObject([{ value: 1000, unit: '场', nature: 'count' }]);
    expect(figures('成功举办百家民企进园区对接会')).toHaveLength(0);
  });

  it('reads past words that hold 排, 列 or 居 without ranking (人事安排, 列宁, 居民) before a 第N', () => {
    // CPC congress 11 (unseen): …的人事安排。中央设第一副主席 — a title, no rank; congress 12: 《列宁全集》第26卷.
    expect(figures('确定了国务院总理的人事安排。中央设第一副主席，在我')).toHaveLength(0);
    expect(figures('《列宁全集》第26卷，第269页。')).toHaveLength(0);
    // Kinds are ordinals, not ranks, whatever stands before (congress 10, unseen: 签订布列斯特条约，属于前一种).
    expect(figures('列宁同德帝国主义签订布列斯特条约，属于前一种；赫鲁晓夫干的是后一种。')).toHaveLength(0);
    // The single-character verbs still rank where they stand alone (national 2018, 安徽 2026: dev).
    expect(figure(line('national/2018.txt', '规模跃居世界第二位'), '第二位')).toMatchObject({ value: 2, nature: 'rank' });
    expect(figure(line('local/安徽省-2026.txt', '增加407.7万人、居全国第3位'), '第3位')).toMatchObject({ value: 3, nature: 'rank' });
  });

  it('counts policy moves (两次降低…), classes (12类45件), and a coverage share a plan reaches (扩大到全国50%以上的城市)', () => {
    const moves = line('national/2024.txt', '两次降低存款准备金率');
    expect(figures(moves).filter((f) => f.unit === '次').map((f) => f.value)).toEqual([2, 2]);
    expect(figure(line('local/江苏省-2026.txt', '今年将办好12类45件'), '12类')).toMatchObject({ value: 12, unit: '类' });
    expect(figure(line('national/2008.txt', '扩大到全国50%以上的城市'), '50%')).toMatchObject({ value: 50, qualifier: '以上' });
    expect(figure(line('national/2022.txt', '两次全面降准'), '两次')).toMatchObject({ value: 2, unit: '次' });
    expect(figures('两次会议，三次全会')).toHaveLength(0);
  });

  it('counts people with 名 in 人, the unit 人 has (110万名高校毕业生 and 1240万人 meet in one series)', () => {
    expect(figure(line('local/guangdong-2026.txt', '吸纳超110万名高校毕业生'), '110万名')).toMatchObject({ value: 1_100_000, unit: '人' });
  });

  it('reads the older ways of writing figures (national 1957): 多 before a magnitude, 24%强, 匹/担/瓩, one-character multiples', () => {
    const f = 'national/1957.txt';
    expect(figure(line(f, '扫除文盲二千二百多万人'), '二千二百多万人')).toMatchObject({ value: 22_000_000, unit: '人' });
    expect(figure(line(f, '增加三十多亿元'), '三十多亿元')).toMatchObject({ value: 3_000_000_000, unit: '元' });
    expect(figure(line(f, '24%强'), '24%')).toMatchObject({ value: 24, qualifier: '超过' });
    expect(figure(line(f, '二千零五十万匹'), '二千零五十万匹')).toMatchObject({ value: 20_500_000, unit: '匹' });
    expect(figure(line(f, '一亿三千万担'), '一亿三千万担')).toMatchObject({ value: 130_000_000, unit: '担' });
    expect(figure(line(f, '7,000瓩'), '7,000瓩')).toMatchObject({ value: 7000, unit: '千瓦' });
    const multiples = line(f, '棉布供应增加了两倍');
    expect(figure(multiples, '两倍')).toMatchObject({ value: 2, unit: '倍' });
    expect(figure(multiples, '一倍')).toMatchObject({ value: 1, unit: '倍' });
    // A lone numeral before 倍 without a measure word is no figure, and 世界500强 stays a name.
    expect(figures('三倍')).toHaveLength(0);
    expect(figures('进入世界500强')).toHaveLength(0);
  });

  it('reads Chinese numerals before 千瓦, ranges, heads of population, 千分之 and 翻了一番 (national 1959, 1982, 2018)', () => {
    const power = line('national/1959.txt', '只生产八十万千瓦');
    expect(figure(power, '八十万千瓦')).toMatchObject({ value: 800_000, unit: '千瓦' });
    expect(figure(power, '二百八十万到三百万千瓦')).toMatchObject({ value: 2_800_000, valueMax: 3_000_000, unit: '千瓦' });
    expect(figure(line('national/1959.txt', '有六亿多人口'), '六亿多')).toMatchObject({ value: 600_000_000, qualifier: '超过' });
    expect(figure(line('national/1982.txt', '千分之十三'), '千分之十三')).toMatchObject({ value: 13, unit: '‰' });
    expect(figure(line('national/2018.txt', '技术交易额翻了一番'), '一番')).toMatchObject({ value: 1, unit: '番' });
    // A plant's size names the kind of plant; a bare 十亿 reached at the end of a clause is a head count (the 1982
    // labels read it so), but before 的 it sizes what follows.
    expect(figures('五年内新建和续建装机容量四十万千瓦以上的水电站十五个')).toHaveLength(1);
    expect(figure(line('national/1982.txt', '我国人口已经超过十亿'), '十亿')).toMatchObject({ value: 1e9, qualifier: '超过' });
    // Before 的 a bare magnitude sizes what follows (超过千亿的产业集群) — unless a people noun and the verb that gives
    // its count stand before it: 中印…两个共有人口超过十亿的伟大的和平国家 counts heads (the 1959 labels list it).
    expect(figures('打造超过千亿的产业集群')).toHaveLength(0);
    expect(figure(line('national/1959.txt', '共有人口超过十亿的'), '十亿')).toMatchObject({ value: 1e9, qualifier: '超过' });
  });

  it('a head count in Chinese numerals a few characters after its people noun and verb (national 1955, 1959)', () => {
    // (Unseen witnesses, CPC congress 15 and 17: 全国农村贫困人口减少了三千二百万。; 农村贫困人口从两亿五千多万减少到
    // 两千多万 — the from-value before 减少到 too.)
    const heads = line('national/1955.txt', '全国人口有六万万之多');
    expect(figure(heads, '六万万')).toMatchObject({ value: 600_000_000 });
    // (The unit is the people's, as the indicator gives it.)
    expect(analyzeReport(`一、工作回顾\n${heads}\n`).indicators.find((i) => i.text === '六万万')?.unit).toBe('人');
    // A verb with no people noun before it gives no head count: the money of 投资超过十亿的 stays a size class.
    expect(figures('引进投资超过十亿的项目')).toHaveLength(0);
    expect(figures('农村贫困人口从两亿五千多万减少到两千多万。').map((m) => m.value)).toEqual([250_000_000, 20_000_000]);
    // A cut in the forces' strength said in Chinese numerals, as national 2008 says 裁减军队员额20万任务顺利完成 in digits
    // (congress 17: 裁减军队员额二十万任务顺利完成; congress 20, unseen: 裁减现役员额三十万胜利完成).
    expect(figures('裁减军队员额二十万任务顺利完成，').map((m) => m.value)).toEqual([200_000]);
    expect(figures('裁减现役员额三十万胜利完成，').map((m) => m.value)).toEqual([300_000]);
    expect(figures('军队员额三十万以外的').map((m) => m.value)).toEqual([]);
  });

  it('reads a stray space between a number and its magnitude (national 2011: 39.8 万亿元)', () => {
    expect(figure(line('national/2011.txt', '39.8 万亿元'), '39.8 万亿元')).toMatchObject({ value: 3.98e13, unit: '元' });
  });

  it('reads traditional characters of figures like simplified ones (增長6.5%，達到3.2萬億元)', () => {
    const model = analyzeReport('一、工作回顧\n全市地區生產總值增長6.5%，達到3.2萬億元。\n');
    expect(model.indicators.map((i) => [i.text, i.value, i.unit])).toEqual([
      ['6.5%', 6.5, '%'],
      ['3.2萬億元', 3.2e12, '元'],
    ]);
  });
});

describe('kinds the words around a figure decide', () => {
  const kindOn = (file: string, needle: string, text: string) => {
    const lines = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return analyzeReport(lines.join('\n')).indicators.find((i) => i.range.start.line === line && i.text === text)?.kind;
  };

  it('a growth target named 经济增长预期 is growth; 降幅近40% is a change', () => {
    expect(kindOn('national/2015.txt', '经济增长预期7%左右', '7%')).toBe('growth');
    expect(kindOn('local/hebei-2021.txt', '降幅近40%', '40%')).toBe('change');
  });

  it('a rise in percent (比1954年增加了9%) is growth like 增长; a total counted in units (市场主体总量增至244.3万户) is a count, an output (产量) a level', () => {
    expect(kindOn('national/1956.txt', '只比１９５４年增加了９％', '９％')).toBe('growth');
    expect(kindOn('local/guangdong-2026.txt', '技工院校招生规模超19万人', '19万人')).toBe('count');
    expect(kindOn('local/湖南省-2026.txt', '汽车总产量达162.6万辆', '162.6万辆')).toBe('level');
  });

  it('years of schooling are a level, not a span of time; people counted by magnitude (51万新就业形态人员) are a count', () => {
    expect(kindOn('national/2016.txt', '劳动年龄人口平均受教育年限从10.23年', '10.8年')).toBe('level');
    expect(kindOn('local/辽宁省-2026.txt', '51万新就业形态人员', '51万')).toBe('count');
  });

  it('a magnitude without a unit word takes the unit its indicator implies: people, trips or money', () => {
    const unitOn = (file: string, needle: string, text: string) => {
      const lines = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n');
      const at = lines.findIndex((l) => l.includes(needle));
      return analyzeReport(lines.join('\n')).indicators.find((i) => i.range.start.line === at && i.text === text)?.unit;
    };
    expect(unitOn('national/2017.txt', '贫困人口减少1240万', '1240万')).toBe('人');
    expect(unitOn('national/2018.txt', '出境旅游人次由8300万', '8300万')).toBe('人次');
    expect(unitOn('local/zhejiang-2026.txt', '连续跨越7万亿', '7万亿')).toBe('元');
    // Subscribers in households, as the statistics count them (移动电话用户 …万户).
    expect(unitOn('national/2017.txt', '用户3.4亿', '3.4亿')).toBe('户');
    // But the users of an app or an online platform are people, as the dev labels count them.
    expect(unitOn('local/湖南省-2026.txt', '数字文博平台用户超1亿', '1亿')).toBe('人');
    expect(unitOn('local/湖南省-2026.txt', '“湘易办”用户突破3500万', '3500万')).toBe('人');
  });

  it('party members, compatriots and red guards counted by a magnitude alone are people (CPC congress reports, outside the corpus)', () => {
    // (我们党有五千八百万党员 — congress 15; 两千三百万台湾同胞 — 16, 17; 一千三百万红卫兵 — 9; no dev report counts them so.)
    const model = analyzeReport('一、工作回顾\n我们党有五千八百万党员，十三亿大陆同胞和两千三百万台湾同胞是血脉相连的命运共同体，接见了一千三百万红卫兵。全省9000多万党员。\n');
    expect(model.indicators.map((i) => [i.text, i.value, i.unit, i.name])).toEqual([
      ['五千八百万', 58_000_000, '人', '党员'],
      ['十三亿', 1_300_000_000, '人', '大陆同胞'],
      ['两千三百万', 23_000_000, '人', '台湾同胞'],
      ['一千三百万', 13_000_000, '人', '红卫兵'],
      ['9000多万', 90_000_000, '人', '党员'],
    ]);
  });

  it('subscribers counted by a bare magnitude are households (national 2010 and 河北 2009, outside the corpus)', () => {
    const model = analyzeReport('一、工作回顾\n农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路。农村邮政通信设施不断完善，全省有线数字电视用户达到160万。\n');
    const unitOf = (text: string) => model.indicators.find((i) => i.text === text)?.unit;
    expect(unitOf('6069万')).toBe('人');
    expect(unitOf('510万')).toBe('户');
    expect(unitOf('160万')).toBe('户');
  });

  it('a percentage a verb of change governs across its object (压减政府性基金项目30%, 缩短一半) is that change; a named rate is not', () => {
    expect(kindOn('national/2018.txt', '压减政府性基金项目30%', '30%')).toBe('change');
    expect(kindOn('national/2018.txt', '货物通关时间平均缩短一半', '一半')).toBe('change');
    expect(kindOn('local/hebei-2010.txt', '人口自然增长率6.5‰', '6.5‰')).toBe('share');
  });

  it('money is read before people in a name (人民币贷款余额突破10万亿 is in 元, not 人)', () => {
    const model = analyzeReport('一、工作回顾\n人民币贷款余额突破10万亿，城乡居民人均可支配收入突破5万，人才发展资金达到2亿，江淮儿女7000多万。\n');
    const unitOf = (text: string) => model.indicators.find((i) => i.text === text)?.unit;
    expect(unitOf('10万亿')).toBe('元');
    expect(unitOf('5万')).toBe('元');
    expect(unitOf('2亿')).toBe('元');
    expect(unitOf('7000多万')).toBe('人');
  });

  it('a relative clause stops a verb of change (粮食增产的县中有30% is a share)', () => {
    const model = analyzeReport('一、工作回顾\n粮食增产的县中有30%，降低成本的企业超过60%。\n');
    expect(model.indicators.map((i) => i.kind)).toEqual(['share', 'share']);
  });

  it('a ratio written as one number (收入倍差从1.96缩小至1.81) is a multiple like 2.50:1; a score reached (满意度…89.6) a level', () => {
    expect(kindOn('local/zhejiang-2026.txt', '收入倍差从1.96缩小至1.81', '1.81')).toBe('other');
    expect(kindOn('local/zhejiang-2026.txt', '满意度从84.7提升至89.6', '89.6')).toBe('level');
    expect(kindOn('local/陕西省-2026.txt', '收入比缩小至2.54', '2.54')).toBe('other');
  });
});

describe('values of compound and older ways of writing', () => {
  it('reads 1万6千多户, 2万5千公里, 1亿3千多万 and 4万多亿元 whole (national 2016, 2018)', () => {
    expect(figures('日均新设企业由5千多户增加到1万6千多户').map((m) => m.value)).toEqual([5000, 16000]);
    expect(one('新建改建农村公路2万5千公里')).toMatchObject({ value: 25000, unit: '公里' });
    expect(one('出境旅游人次增加到1亿3千多万')).toMatchObject({ value: 130_000_000, qualifier: '超过' });
    expect(one('居民储蓄存款新增4万多亿元')).toMatchObject({ value: 4e12, unit: '元' });
  });

  it('reads 三亿三千五百多万吨 and 六万万 as older reports mean them, and a fraction exactly', () => {
    expect(one('粮食增产三亿三千五百多万吨')).toMatchObject({ value: 335_000_000, unit: '吨' });
    expect(one('涉及六万万人民')).toMatchObject({ value: 600_000_000 });
    expect(one('行政审批事项减少1/3').value).toBe(1 / 3);
  });

  it('10亿方 is cubic metres, 91艘次 counts calls, and 台阶 or 方面 are no units', () => {
    expect(one('新增天然气产能10亿方')).toMatchObject({ value: 1e9, unit: '立方米' });
    expect(one('接待邮轮91艘次')).toMatchObject({ unit: '艘次' });
    expect(figures('跨上5万亿台阶').map((m) => m.unit)).toEqual([null]);
  });

  it('几 after 百 before 十 is a digit inside the number, read as the digits given (national 1981, 1958; outside)', () => {
    // (The labels README reads 十几万 as 100000 and 一百一十几万人 as 1100000, the value of the digits given, qualifier
    // 超过: so 一百几十 is 一百, not 一百一十 — a digit the text never wrote.)
    expect(one('１９８１年还会有一百几十亿元的赤字')).toMatchObject({ value: 10_000_000_000, unit: '元', qualifier: '超过' });
    expect(one('并且对于一百几十种著名的工业品，分别规定了标准')).toMatchObject({ value: 100, unit: '种' });
    expect(one('一百一十几万人')).toMatchObject({ value: 1_100_000, qualifier: '超过' });
    // (A leading 几 stays rhetoric, as the dev labels read 几百个科学家 and 几千万人.)
    expect(figures('我们邀集了几百个科学家')).toHaveLength(0);
  });

  it('a range with the dash U+2015 (新增省级特色高中3―5所 — 保定 2026, outside), and no year range from it', () => {
    expect(one('新增省级特色高中3―5所。')).toMatchObject({ value: 3, valueMax: 5, unit: '所' });
    expect(figures('融入首都都市圈空间协同规划（2023―2035年）')).toHaveLength(0);
  });

  it('a count in one Chinese digit is a figure in a list of counts of the same thing, not on its own', () => {
    // Closing its clause after its noun, as the count before it does (national 1958, outside).
    expect(figures('其中包括棉纺织、印染厂十五个，造纸厂二十三个，制糖厂十二个，盐场十个。').map((m) => m.value)).toEqual([15, 23, 12, 10]);
    // The same noun after it as after the count beside it; joined by 和 to the count after it (national 1958, outside).
    expect(figures('机械工业各部共有七十七个建设项目，地方有两个建设项目，共计七十九个。').map((m) => m.value)).toEqual([77, 2, 79]);
    expect(figures('其中包括十个水泥厂和二十三个森林工业企业。').map((m) => m.value)).toEqual([10, 23]);
    // Alone, or beside nothing of its kind, it is a word: 发现一个，取缔一个 (高阳 2019, dev), 两个维护.
    expect(figures('发现一个，取缔一个，打击到位')).toHaveLength(0);
    expect(figures('建成20个示范区，坚持两个维护，落实三个务必。').map((m) => m.value)).toEqual([20]);
  });

  it('a one-digit count in a list keeps the qualifier before it, and 数十 is no ten', () => {
    // (近十个 is about ten, as 近 reads before any count; 数十个 is some tens of them.)
    expect(figures('制糖厂十二个，盐场近十个。').map((m) => [m.value, m.qualifier])).toEqual([[12, null], [10, '约']]);
    expect(figures('引进企业十二家，其余约十家。').map((m) => [m.value, m.qualifier])).toEqual([[12, null], [10, '约']]);
    expect(figures('制糖厂十二个，盐场数十个。').map((m) => m.value)).toEqual([12]);
  });

  it('a lone space between a magnitude and its people keeps them its unit (肩负全省6700万 人民的重托 — 河北 2003, outside)', () => {
    const model = analyzeReport('政府工作报告\n\n我们必须高举旗帜，肩负全省6700万 人民的重托，奋发进取。\n');
    expect(model.indicators.find((i) => i.text === '6700万')).toMatchObject({ value: 67_000_000, unit: '人' });
  });

  it('a year written digit by digit is no figure (一九八一和一九八二两个年度计划)', () => {
    expect(figures('曾分别制订了一九八一和一九八二两个年度计划')).toHaveLength(0);
  });
});


describe('an amount per head said in one numeral (national 1957, 1988)', () => {
  it('四元, 五元 and 一亩半 after 每人…只有/只需要 or 人均只有 are figures; one numeral elsewhere is not', () => {
    expect(one('可以用于改善人民生活的，每人每年只有四元左右。这些数字表明')).toMatchObject({ value: 4, unit: '元', qualifier: '左右' });
    expect(one('从全国来看，大约每人每月的平均开支只需要五元，在城市维持同等的生活水平')).toMatchObject({ value: 5, unit: '元' });
    expect(one('发展畜牧业和水产业。我国人均只有一亩半耕地，要适应国家建设')).toMatchObject({ value: 1.5, unit: '亩' });
    expect(figures('我们必须坚决拥护党的一元化领导。')).toHaveLength(0);
    expect(figures('改变城乡二元经济结构，是实现工业化和现代化的必然选择')).toHaveLength(0);
  });
});
