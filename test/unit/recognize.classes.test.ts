import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { MEASURES } from '../../src/core/indicators/measures';
import { REACHING_VERB } from '../../src/core/numbers/reachedLevels';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

/** A dev corpus line holding `needle`, width-folded as the recogniser sees paragraphs. */
const line = (file: string, needle: string): string => {
  const found = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n').find((l) => l.includes(needle));
  if (!found) throw new Error(`${needle} not in ${file}`);
  return foldWidth(found);
};
/** The figures recognised in `text` that are written exactly `written` (bare numbers left out, as extraction does). */
const found = (text: string, written: string) => recognizeNumbers(text).filter((m) => m.nature !== 'bare' && text.slice(m.start, m.end) === written);
const figure = (text: string, written: string) => {
  const m = found(text, written)[0];
  if (!m) throw new Error(`${written} not recognised`);
  return m;
};
/** Whether the figure written `written` inside `context` (its first occurrence there) is recognised. */
const recognisedIn = (text: string, context: string, written: string): boolean => {
  const at = text.indexOf(context) + context.indexOf(written);
  return recognizeNumbers(text).some((m) => m.nature !== 'bare' && m.start === at && text.slice(m.start, m.end) === written);
};
const figures = (s: string) => recognizeNumbers(foldWidth(s)).filter((m) => m.nature !== 'bare');
const one = (s: string) => {
  const list = figures(s);
  expect(list, s).toHaveLength(1);
  return list[0] as NonNullable<(typeof list)[0]>;
};
const indicatorOn = (file: string, needle: string, text: string) => {
  const lines = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  return analyzeReport(lines.join('\n')).indicators.find((i) => i.range.start.line === at && i.text === text);
};

describe('bounds that sort things into a class are not figures; the count of the class is', () => {
  it('a money bound on an attribute, the class counted in the same clause', () => {
    const clusters = line('local/hebei-2021.txt', '新增营业收入超50亿元、超100亿元产业集群6个和4个');
    expect(found(clusters, '50亿元')).toHaveLength(0);
    expect(found(clusters, '100亿元')).toHaveLength(0);
    expect(figure(clusters, '6个')).toMatchObject({ value: 6, unit: '个' });
    const villages = line('local/zhejiang-2026.txt', '经营性收入50万元以上的行政村占比达68%');
    expect(found(villages, '50万元')).toHaveLength(0);
    expect(figure(villages, '68%')).toMatchObject({ value: 68 });
    // A later bound of a list shares the first one's attribute (…超百亿元的30家企业、超十亿元的247家企业).
    const firms = line('local/hebei-2010.txt', '超十亿元的247家企业');
    expect(found(firms, '十亿元')).toHaveLength(0);
    expect(figure(firms, '247家')).toMatchObject({ value: 247, unit: '家' });
    const counties = line('local/陕西省-2026.txt', '新增经济总量超200亿元县2个');
    expect(recognisedIn(counties, '超200亿元县2个', '200亿元')).toBe(false);
    expect(recognisedIn(counties, '产值超过200亿元', '200亿元')).toBe(true);
    // The same class bounded on 生产总值 (生产总值超200亿元县（区）达26个 — 陕西 2025, outside the corpus).
    const gdp = '蒲城、周至、甘泉等10个质效提升突出县获得表彰，生产总值超200亿元县（区）达26个，县域经济增速高于全省1个百分点。';
    expect(found(gdp, '200亿元')).toHaveLength(0);
    expect(figure(gdp, '26个')).toMatchObject({ value: 26, unit: '个' });
  });

  it('a rate named as such bounding a class (空置率50%以上的“空心村”), and a plant’s yearly capacity (年产…的)', () => {
    expect(found(line('local/hebei-2021.txt', '空置率50%以上的“空心村”'), '50%')).toHaveLength(0);
    expect(found(line('local/hebei-2021.txt', '农宅空置率30%—50%的“空心村”'), '30%—50%')).toHaveLength(0);
    const plants = line('national/1959.txt', '年产一百五十万吨钢的钢铁联合企业');
    expect(found(plants, '一百五十万吨')).toHaveLength(0);
    expect(found(plants, '二百四十万吨')).toHaveLength(0);
  });

  it('keeps amounts that only look alike: a fund set up, a total reached, a share of a group', () => {
    expect(figure(line('local/guangdong-2026.txt', '设立超500亿元区域基金'), '500亿元')).toMatchObject({ value: 5e10, qualifier: '超过' });
    expect(figure(line('national/2016.txt', '经济总量超过60万亿元的高基数'), '60万亿元')).toMatchObject({ value: 6e13 });
    expect(figure(line('national/1957.txt', '75％以上的农户'), '75%')).toMatchObject({ value: 75, qualifier: '以上' });
    expect(figure(line('local/湖南省-2026.txt', '超50%的行政村'), '50%')).toMatchObject({ value: 50 });
  });

  it('“N以上 + noun” with a count unit counts the noun; a seat bound (8座以下小汽车) stays a class', () => {
    expect(figure(line('local/jiangxi-2026.txt', '50家以上省级产业链核心支撑企业'), '50家')).toMatchObject({ value: 50, unit: '家', qualifier: '以上' });
    expect(figure(line('local/zhejiang-2026.txt', '争取100个以上项目纳入'), '100个')).toMatchObject({ value: 100, qualifier: '以上' });
    expect(figure(line('local/hebei-2021.txt', '抓好20个以上数字产业化重大项目'), '20个')).toMatchObject({ value: 20 });
    expect(found(line('local/hailar-2019.txt', '8座以下小汽车'), '8座')).toHaveLength(0);
  });
});

describe('head counts written in Chinese numerals without a unit', () => {
  it('before the people they count, a bound, 的 and a few words of the group between', () => {
    expect(figure(line('national/1988.txt', '十亿以上人口'), '十亿')).toMatchObject({ value: 1e9, qualifier: '以上' });
    expect(figure(line('national/1959.txt', '三千六百万的少数民族人口'), '三千六百万')).toMatchObject({ value: 3.6e7 });
    expect(figure(line('national/1959.txt', '一百万以上的干部'), '一百万')).toMatchObject({ value: 1e6, qualifier: '以上' });
    expect(figure(line('national/1957.txt', '一万多失业人员'), '一万多')).toMatchObject({ value: 1e4, qualifier: '约' });
    // national 1986, outside the labelled set.
    expect(one('五年共培养近五百万高级专门人才')).toMatchObject({ value: 5e6, qualifier: '约' });
  });

  it('closing a clause after a people noun or a verb that reaches it (共有人口一百二十万，增加到二千四百万)', () => {
    expect(figure(line('national/1959.txt', '共有人口一百二十万'), '一百二十万')).toMatchObject({ value: 1.2e6 });
    expect(figure(line('national/1957.txt', '增加到二千四百万'), '二千四百万')).toMatchObject({ value: 2.4e7 });
    // Not an idiom or a magnitude in a name: 十万火急, 千家万户.
    expect(recognizeNumbers('十万火急，千家万户').filter((m) => m.nature !== 'bare')).toHaveLength(0);
  });

  it('households counted by magnitude are a count (惠及近千万家庭)', () => {
    expect(indicatorOn('national/2022.txt', '惠及近千万家庭', '千万')).toMatchObject({ unit: '户', kind: 'count' });
  });

  it('家 before 庭 opens 家庭 and is no classifier (惠及3万多家庭 — 青海 2025, outside)', () => {
    // Read as 3万多家 the figure had the unit 家 and a name cut inside a word (庭…); as a bare magnitude before
    // households it is 3万多 households, as 近千万家庭 is.
    const sentence = '实施家庭适老化改造，惠及3万多家庭。';
    const found = figures(sentence);
    expect(found.map((m) => sentence.slice(m.start, m.end))).toEqual(['3万多']);
    expect(found[0]).toMatchObject({ value: 30000 });
    // 家 as a classifier is untouched (新增3万多家企业).
    const firms = '新增3万多家企业。';
    expect(figures(firms).map((m) => firms.slice(m.start, m.end))).toEqual(['3万多家']);
  });
});

describe('shares of a group, units of older and newer reports, and lists that write the unit once', () => {
  it('a percentage or tenths bound before a noun is the part of it (八成以上财政资金用于民生)', () => {
    expect(figure(line('local/安徽省-2026.txt', '八成以上财政资金用于民生'), '八成')).toMatchObject({ value: 80, unit: '%', qualifier: '以上' });
  });

  it('reads 度, 分/千瓦时, 标准台, 马力, 印张 and sessions counted in 期, never a project phase', () => {
    expect(figure(line('national/1982.txt', '发电量三千六百二十亿度'), '三千六百二十亿度')).toMatchObject({ value: 3.62e11, unit: '度' });
    expect(figure(line('local/zhejiang-2026.txt', '平均电价下降5分/千瓦时'), '5分/千瓦时')).toMatchObject({ value: 5, unit: '分/千瓦时' });
    expect(figure(line('national/1956.txt', '拖拉机由７７８标准台'), '778标准台')).toMatchObject({ value: 778, unit: '标准台' });
    expect(figure(line('national/1980.txt', '内燃机2，000万马力'), '2,000万马力')).toMatchObject({ value: 2e7, unit: '马力' });
    expect(figure(line('national/1982.txt', '四百五十六亿印张'), '四百五十六亿印张')).toMatchObject({ value: 4.56e10, unit: '印张' });
    expect(figure(line('local/guangdong-2026.txt', '培训班超10期'), '10期')).toMatchObject({ value: 10, unit: '期', qualifier: '超过' });
    expect(figure(line('local/zhejiang-2026.txt', '成长课堂1万期'), '1万期')).toMatchObject({ value: 1e4, unit: '期' });
    expect(figures('曹妃甸码头3期工程')).toHaveLength(0);
  });

  it('a stray space inside a unit word (487公 里, text pasted from PDF) keeps the unit', () => {
    expect(figure(line('local/hebei-2010.txt', '487公 里海岸线'), '487公 里')).toMatchObject({ value: 487, unit: '公里' });
  });

  it('X比1 is a multiple as X∶1 is; a 分别 list takes the rate unit written after its last number', () => {
    const ratio = line('national/1980.txt', '从今年预计的1.03比1改为1比1');
    expect(figure(ratio, '1.03')).toMatchObject({ value: 1.03, unit: null, nature: 'multiple' });
    expect(recognisedIn(ratio, '改为1比1', '1')).toBe(true);
    // Only where a ratio is spoken of (review): a score is two bare numbers.
    expect(figures('中国队以3比1战胜对手')).toHaveLength(0);
    expect(figure(line('national/2015.txt', '分别高4.2和0.7个百分点'), '4.2')).toMatchObject({ value: 4.2, unit: '个百分点', nature: 'points' });
    // Without 分别 a bare number before a list stays bare (no unit is guessed for it).
    expect(figures('从3和4个百分点')).toHaveLength(1);
  });
});

describe('numbers that are not figures: denominators, times counted back, “a few”, sizes that name machines', () => {
  const figuresIn = (text: string) => recognizeNumbers(text).filter((m) => m.nature !== 'bare').map((m) => text.slice(m.start, m.end));

  it('the quantity a rate is per (每50公斤, 每10万人) and a time counted back (5年前)', () => {
    expect(figuresIn(line('national/2011.txt', '小麦最低收购价每50公斤提高5到7元'))).not.toContain('50公斤');
    expect(figuresIn(line('national/2011.txt', '小麦最低收购价每50公斤提高5到7元'))).toContain('5到7元');
    expect(figuresIn(line('local/陕西省-2026.txt', '每10万人刑事案件数下降36.9'))).not.toContain('10万人');
    const back = figuresIn(line('national/2016.txt', '相当于5年前1.5个百分点'));
    expect(back).not.toContain('5年');
    expect(back).toContain('1.5个百分点');
  });

  it('two or three bare digits side by side are “a few” or a list (一两个重点企业, 一二三次产业)', () => {
    expect(figuresIn(line('national/1982.txt', '抓一两个重点企业'))).not.toContain('一两个');
    expect(figuresIn(line('local/guangdong-2026.txt', '一二三次产业'))).not.toContain('一二三次');
    expect(one('建成三十二个')).toMatchObject({ value: 32 });
  });

  it('the size of a machine or a line names it; the capacity a list of plants adds up to is a figure', () => {
    const machines = line('national/1956.txt', '自动化水轮发电机');
    expect(figuresIn(machines)).not.toContain('1万千瓦');
    expect(figuresIn(machines)).not.toContain('6,000千瓦');
    expect(figuresIn(line('local/陕西省-2026.txt', '等402万千瓦机组建成投运'))).toContain('402万千瓦');
  });
});

describe('tiers, streaks and forms read in reports outside the labelled set', () => {
  it('a tier of a ranking is a rank with its word (稳居全国第一梯队, 第一档); a streak of 次/届 is kind other', () => {
    expect(figure(line('local/福建省-2026.txt', '稳居全国第一梯队'), '第一梯队')).toMatchObject({ value: 1, unit: '位次', nature: 'rank' });
    expect(figure(line('local/福建省-2026.txt', '垃圾分类工作稳居全国第一档'), '第一档')).toMatchObject({ value: 1, unit: '位次' });
    expect(figure(line('local/福建省-2026.txt', '连续12届获中国戏剧梅花奖'), '12届')).toMatchObject({ value: 12, unit: '届' });
    expect(indicatorOn('local/福建省-2026.txt', '援藏援疆工作连续3次', '3次')).toMatchObject({ kind: 'other' });
    // 届 outside a streak is a meeting's ordinal.
    expect(figures('在市十六届人大三次会议上')).toHaveLength(0);
  });

  // Lines from the corpus's public sources (national 1999 and 2012, 河南省/云南省/山西省 2026), not in the labelled set.
  it('a middle dot for the decimal point before a percentage, never in a dated name (“4·11”森林火灾)', () => {
    expect(one('全社会固定资产投资增长14·1％。')).toMatchObject({ value: 14.1, unit: '%' });
    expect(figures('处置江川“4·11”森林火灾')).toHaveLength(0);
  });

  it('computing power: 10.36百亿亿次/秒, and 4000P where 算力 is named (not a 1080P resolution)', () => {
    expect(one('算力总规模达到10.36百亿亿次/秒。')).toMatchObject({ value: 1.036e19, unit: '次/秒' });
    expect(one('算力规模突破4000P。')).toMatchObject({ value: 4000, unit: 'P', qualifier: '超过' });
    expect(figures('支持1080P高清视频')).toHaveLength(0);
  });

  it('a bound written before the figure (不少于) and a percentage before 的 + a class noun still count what follows', () => {
    expect(one('大型农贸批发市场完成不少于100万批次农产品快检')).toMatchObject({ value: 1e6, unit: '批次', qualifier: '以上' });
    expect(one('推动60%以上的县级特困供养机构转型')).toMatchObject({ value: 60, unit: '%', qualifier: '以上' });
    expect(figures('开工建设10亿元以上重大产业项目')).toHaveLength(0);
  });

  it('a capacity with a verb before the machine is the capacity added (5000多万千瓦新增燃煤发电机组)', () => {
    expect(one('5000多万千瓦新增燃煤发电机组全部安装脱硫设施')).toMatchObject({ value: 5e7, unit: '千瓦' });
  });
});

describe('head counts kept to a bound, travel-time standards, percentile bands and classes of places', () => {
  it('money before a people noun further on is no head count: only a group word may stand between (review)', () => {
    expect(figures('政府投入三千万的资金支持人才引进')).toHaveLength(0);
    expect(figures('培养近五百万高级专门人才')).toHaveLength(1);
  });

  it('a Chinese head count after 控制在 or before 的 after a people noun (必须控制在十亿六千万左右, 减少员额一百万的任务)', () => {
    expect(figure(line('national/1982.txt', '必须控制在十亿六千万左右'), '十亿六千万')).toMatchObject({ value: 1.06e9, qualifier: '左右' });
    // national 1981 and 1987, outside the labelled set.
    expect(one('把我国人口控制在十二亿以内的目标')).toMatchObject({ value: 1.2e9, qualifier: '以内' });
    expect(one('精简整编、减少员额一百万的任务接近完成')).toMatchObject({ value: 1e6 });
  });

  it('a travel-time standard (实现1小时通达), a time frame ahead (未来15年) and a percentile band (ESI前千分之一) are no figures', () => {
    const fromGuangdong = line('local/guangdong-2026.txt', '基本实现1小时通达');
    expect(recognisedIn(fromGuangdong, '实现1小时通达', '1小时')).toBe(false);
    const esi = line('local/陕西省-2026.txt', '进入ESI前千分之一');
    expect(recognisedIn(esi, 'ESI前千分之一', '千分之一')).toBe(false);
    expect(recognisedIn(esi, '21个学科进入', '21个')).toBe(true);
    // national 2004 and 山西省-2026, outside the labelled set.
    expect(figures('确定未来15年我国科技发展战略')).toHaveLength(0);
    expect(figures('新增ESI全球前1‰学科1个、前1%学科5个').map((m) => m.unit)).toEqual(['个', '个']);
  });

  it('“N户以上 + place” is a class of places, not a count of households (河南省-2026, outside the labelled set)', () => {
    expect(figures('行政村和20户以上自然村全部通硬化路')).toHaveLength(0);
    // 乡村振兴 opens no place but the policy the counted things serve (滚动推进100个以上乡村振兴“十大行动”重点项目 — 福建
    // 2025, outside, where the count was dropped; written afresh here).
    expect(figures('今年推进50个以上乡村振兴示范项目').map((m) => m.value)).toEqual([50]);
    expect(figures('培育3个以上的县')).toHaveLength(0);
  });
});

describe('kinds of figures by what the clause says of them', () => {
  it('days gained are a change (优良天数…增加13天), and so is a rate per unit moved (电价下降5分/千瓦时)', () => {
    expect(indicatorOn('local/天津市-2026.txt', '增加13天', '13天')).toMatchObject({ kind: 'change' });
    expect(indicatorOn('local/hebei-2010.txt', '同比增加10天', '10天')).toMatchObject({ kind: 'change' });
    expect(indicatorOn('local/zhejiang-2026.txt', '平均电价下降5分/千瓦时', '5分/千瓦时')).toMatchObject({ kind: 'change' });
  });

  it('a percentage by which a result misses or passes its plan or budget is a change', () => {
    expect(indicatorOn('national/1956.txt', '比起原定的计划还少', '３．０２％')).toMatchObject({ kind: 'change' });
    expect(indicatorOn('national/1956.txt', '比预算少支出了约', '１．５９％')).toMatchObject({ kind: 'change' });
    expect(indicatorOn('local/福建省-2026.txt', '基础养老金最低标准调增', '11.8%')).toMatchObject({ kind: 'change' });
  });

  it('growth named as 预期增长 or 增长比例, and a rise by a fraction (增加了十分之一) is growth', () => {
    expect(indicatorOn('national/2017.txt', '预期增长均为12%', '12%')).toMatchObject({ kind: 'growth' });
    expect(indicatorOn('national/1956.txt', '实际增长比例为', '２６．３９％')).toMatchObject({ kind: 'growth' });
    expect(indicatorOn('national/1956.txt', '比原计划增加了十分之一', '十分之一')).toMatchObject({ kind: 'growth' });
  });
});

describe('digit runs broken by spaces (national 1998 as published, outside the labelled set)', () => {
  it('reads 8 ．8 ％, 1 0 ．0 6 ‰ and 2 2 ．4 万件 whole, and 1 9 9 3 年 stays a year', () => {
    expect(one('去年经济增长8 ．8 ％，商品')).toMatchObject({ value: 8.8, unit: '%' });
    expect(one('人口自然增长率下降到1 0 ．0 6 ‰。')).toMatchObject({ value: 10.06, unit: '‰' });
    expect(one('授予专利权2 2 ．4 万件，')).toMatchObject({ value: 224000, unit: '件' });
    expect(figures('本届政府从1 9 9 3 年3 月就职')).toHaveLength(0);
  });
});

describe('counts written without an Arabic number: thresholds crossed, 近百场, and the units 款 and 组', () => {
  it('连跨两个万亿元台阶 counts the thresholds crossed; 再上一个新台阶 is a slogan', () => {
    expect(figure(line('local/安徽省-2026.txt', '地区生产总值连跨两个万亿元台阶'), '两个')).toMatchObject({ value: 2, unit: '个' });
    expect(figure(line('local/福建省-2026.txt', '6万亿元两个台阶'), '两个')).toMatchObject({ value: 2, unit: '个' });
    const slogan = line('national/1993.txt', '使国民经济再上一个新的台阶');
    expect(recognisedIn(slogan, '再上一个新的台阶', '一个')).toBe(false);
  });

  it('百 after a lead word with a count classifier (近百场大型演唱会), never 近百年', () => {
    expect(figure(line('local/辽宁省-2026.txt', '近百场大型演唱会'), '百场')).toMatchObject({ value: 100, unit: '场', qualifier: '约' });
    expect(figures('近百年来的历史')).toHaveLength(0);
  });

  it('counts in 款 and 组 (2款一类创新药, 6组10家省属国企)', () => {
    expect(figure(line('local/福建省-2026.txt', '2款一类创新药'), '2款')).toMatchObject({ value: 2, unit: '款' });
    expect(figure(line('local/福建省-2026.txt', '6组10家省属国企'), '6组')).toMatchObject({ value: 6, unit: '组' });
  });
});

describe('anniversaries, doublings spoken of as a goal, 兆瓦时', () => {
  it('an anniversary names an event (法治浙江建设20年主题活动)', () => {
    const event = line('local/zhejiang-2026.txt', '法治浙江建设20年主题活动');
    expect(recognisedIn(event, '建设20年主题活动', '20年')).toBe(false);
  });

  it('翻两番 after an indicator is a figure; the goal spoken of as a subject (翻两番，决不仅仅是…) is not', () => {
    const goal = line('national/1982.txt', '翻两番，决不仅仅是一个量的概念');
    expect(recognisedIn(goal, '翻两番，决不仅仅是', '两番')).toBe(false);
    expect(recognisedIn(goal, '工农业年总产值翻两番的宏伟目标', '两番')).toBe(true);
    expect(figure(line('national/2018.txt', '技术交易额翻了一番'), '一番')).toMatchObject({ value: 1, unit: '番' });
  });

  it('reads 兆瓦时 whole, not 兆瓦 and a stray 时', () => {
    expect(one('新型储能装机达到120兆瓦时')).toMatchObject({ value: 120, unit: '兆瓦时' });
  });
});

describe('bounds including themselves and lists of points (outside reports: 山西省, 河南省 2026)', () => {
  it('及以上/及以下 are 以上/以下: 65岁及以上老年人 names a group, 10万千瓦及以下燃煤机组 a class of plants', () => {
    const group = line('local/guangdong-2026.txt', '65岁及以上老年人');
    expect(recognisedIn(group, '65岁及以上老年人', '65岁')).toBe(false);
    expect(figures('关停淘汰10万千瓦及以下燃煤机组')).toHaveLength(0);
  });

  it('“3.4个、1个百分点” after a comparison: the first keeps its written text and takes points', () => {
    expect(figures('投资、消费增速分别快于全国3.4个、1个百分点。').map((m) => [m.value, m.unit])).toEqual([
      [3.4, '个百分点'],
      [1, '个百分点'],
    ]);
    expect(figures('新建3个、改造5个').map((m) => m.unit)).toEqual(['个', '个']);
  });
});

describe('currencies beside 美元 (national 1964, outside the labelled set)', () => {
  it('reads 新卢布 with a Chinese numeral and 零', () => {
    expect(figures('借款和应付利息共计十四亿零六百万新卢布，').map((m) => [m.value, m.unit])).toEqual([[1.406e9, '新卢布']]);
    expect(one('对日出口120亿日元')).toMatchObject({ value: 1.2e10, unit: '日元' });
  });
});

describe('units a list or the noun after a magnitude implies', () => {
  it('a list takes the unit written after its last figure, a count’s too (客运量分别达1409万、1305万人次)', () => {
    expect(indicatorOn('local/guangdong-2026.txt', '客运量分别达1409万', '1409万')).toMatchObject({ unit: '人次', kind: 'count' });
  });

  it('the noun that heads the phrase decides people or households (2400多万贫困家庭学生; 惠及近千万家庭)', () => {
    expect(indicatorOn('national/2005.txt', '2400多万贫困家庭学生', '2400多万')).toMatchObject({ unit: '人' });
    expect(indicatorOn('national/2022.txt', '惠及近千万家庭', '千万')).toMatchObject({ unit: '户' });
  });
});

describe('the verbs that reach a level are written once', () => {
  it('every from→to measure of measures.ts is a reaching verb of reachedLevels.ts, and only 达到 besides', () => {
    expect(MEASURES.filter((m) => m.to && !REACHING_VERB.test(m.surface)).map((m) => m.surface)).toEqual([]);
    // (达到 reaches a level but ends no from→to pair: 由A提高到B has a start, 达到B none.)
    expect(MEASURES.filter((m) => !m.to && REACHING_VERB.test(m.surface)).map((m) => m.surface)).toEqual(['达到']);
  });

  it('an age reached is a level, an age bound before people a group (人均预期寿命提高到80岁以上 / 3岁以下婴幼儿)', () => {
    expect(one('人均预期寿命提高到80岁以上')).toMatchObject({ value: 80, unit: '岁', qualifier: '以上' });
    expect(figures('惠及超50万名3岁以下婴幼儿').map((m) => m.unit)).toEqual(['人']);
  });
});

describe('time frames and names in old and new national reports', () => {
  it('经过N年 is a time frame; 新10年 and 新36条 name a plan and a policy; 第三世界 is a name', () => {
    const years = line('national/2016.txt', '经过五年努力');
    expect(recognisedIn(years, '经过五年努力', '五年')).toBe(false);
    expect(figures(line('national/2011.txt', '民间投资新36条')).map((m) => m.unit)).not.toContain('条');
    const world = line('national/1988.txt', '加强同第三世界国家的团结与合作');
    expect(recognisedIn(world, '同第三世界', '第三')).toBe(false);
    expect(one('居世界第三位')).toMatchObject({ value: 3, unit: '位次' });
  });
});

describe('a numeral opening with 零 continues the number before it', () => {
  it('一年零三个月 is one time frame (national 1979, outside the labelled set); 百分之零点五 keeps its 零', () => {
    expect(figures('已经一年零三个月了')).toHaveLength(0);
    expect(one('下降百分之零点五')).toMatchObject({ value: 0.5, unit: '%' });
  });
});

describe('a population’s growth rate is a rate, not a growth', () => {
  it('人口自然增长率由上年的1.2％下降到1.17％: both are shares (the 自然 cut off by the look-back no longer matters)', () => {
    expect(indicatorOn('national/1980.txt', '人口自然增长率由上年的1.2％', '1.2％')).toMatchObject({ kind: 'share' });
    expect(indicatorOn('national/1980.txt', '人口自然增长率由上年的1.2％', '1.17％')).toMatchObject({ kind: 'share' });
  });
});

describe('an institute named by its number is no count of institutes', () => {
  it('reads no figure in 株洲608所AES100发动机 (湖南 2026, dev), and still counts 新建普通高中11所 (陕西 2026, dev)', () => {
    expect(found(line('local/湖南省-2026.txt', '株洲608所AES100'), '608所')).toEqual([]);
    expect(found(line('local/陕西省-2026.txt', '新建普通高中11所'), '11所')).toHaveLength(1);
  });
});

describe('areas counted: a livelihood programme’s are a figure, the report’s own outline is not', () => {
  it('reads 十方面民生实事 as ten areas (浙江 2026, dev, labelled), in digits too, and keeps the outline’s 方面 out', () => {
    const done = line('local/zhejiang-2026.txt', '十方面民生实事圆满完成');
    expect(figure(done, '十方面')).toMatchObject({ value: 10, unit: '方面', nature: 'count' });
    expect(figure(line('local/zhejiang-2026.txt', '继续认真办好十方面民生实事'), '十方面')).toMatchObject({ value: 10, unit: '方面' });
    // 扎实办好9方面民生实事 (陕西 2025, outside the corpus): the same count in digits.
    expect(one('扎实办好9方面民生实事。')).toMatchObject({ value: 9, unit: '方面' });
    // The outline's areas stay out, written either way (重点抓好以下14个方面的工作 — 广东 2026, dev).
    expect(found(line('local/guangdong-2026.txt', '重点抓好以下14个方面的工作'), '14个方面')).toHaveLength(0);
    expect(figures('一年来，主要做了以下7方面工作：')).toHaveLength(0);
    expect(figures('重点做好十个方面工作。')).toHaveLength(0);
  });

  it('reads 微克每立方米, the concentration unit with 每 spelt out (陕西 2025, outside the corpus), as 微克/立方米', () => {
    expect(one('全省PM2.5平均浓度不超过35微克每立方米。')).toMatchObject({ value: 35, unit: '微克/立方米', qualifier: '以内' });
  });
});

describe('a numbered glossary entry’s term names what the body counted', () => {
  it('drops the count in 20.2026年10件民生实事： (jiangxi 2026, dev, not labelled) and keeps the body’s and the explanation’s figures', () => {
    expect(found(line('local/jiangxi-2026.txt', '20.2026年10件民生实事：'), '10件')).toHaveLength(0);
    expect(figure(line('local/jiangxi-2026.txt', '10件民生实事如期兑现'), '10件')).toMatchObject({ value: 10, unit: '件' });
    // 4.“2030先锋工程”：到2030年，布局20个左右重大专项 (江西 2025, outside the corpus): after the colon, figures as usual.
    expect(found(foldWidth('4.“2030先锋工程”：到2030年，布局20个左右重大专项，实施100个左右重大项目。'), '20个')).toHaveLength(1);
  });
});
