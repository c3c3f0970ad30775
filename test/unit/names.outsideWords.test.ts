/**
 * Names on excerpts of public reports OUTSIDE the labelled corpus (national reports of aldohemsn/chinese-political-
 * corpora, government_work_reports.jsonl; 2026 provincial reports of johncodes404/china-provincial-gov-reports-2026,
 * output/2026_raw_text), session 10: classes of wrong names counted by reading those reports — a word cut at a
 * character the rules read as noise (条约, 比较), a time frame or a bare 有 taken for the name, a verb with its result
 * before the noun a count or amount measures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

/** The names of the figures written `figures` in a one-part report made of `line`, in order. */

describe('a word that ends or holds a noise character stays whole', () => {
  it('keeps the 约 of 条约 and 公约 (national 1998)', () => {
    expect(namesOf('五年来，我国缔结或者参加国际条约187个。', '187个')).toEqual(['国际条约']);
    expect(namesOf('中国历来重视人权问题，已经加入17个国际人权公约，签署了联合国两个人权公约。', '17个')).toEqual(['国际人权公约']);
  });

  it('drops 大 with the 约 it goes with (national 1995)', () => {
    expect(namesOf('涨幅仍然高达百分之二十一点七，其中食品价格上涨的因素大约有十三个百分点左右。', '十三个百分点')).toEqual(['食品价格上涨的因素']);
  });

  it('reads 比较 as an adverb, not a comparison base (national 1960)', () => {
    expect(namesOf('水土流失比较严重的面积有一百五十万平方公里，初步进行了保持水土措施的有六十万平方公里。', '一百五十万平方公里')).toEqual(['水土流失比较严重的面积']);
  });

  it('keeps 高标准农田 whole, and a leading verb joined to a second by 和 (广西 2026)', () => {
    expect(namesOf('完成46.1万亩高标准农田建设，粮食播种面积、总产量“六连增”。', '46.1万亩')).toEqual(['高标准农田']);
    expect(namesOf('植树造林479万亩，修复和新造红树林7695亩。', '7695亩')).toEqual(['修复和新造红树林']);
  });
});

describe('a time frame or a bare 有 names nothing', () => {
  it('drops a look back (在过去四年中) and a term (在十二年内) (national 1960)', () => {
    expect(namesOf('全国粮食总产量，在过去四年中共增加了一千九百零五亿斤。', '一千九百零五亿斤')).toEqual(['粮食总产量']);
    expect(namesOf('实现纲要所提出的灌溉面积在十二年内达到九亿亩的要求。', '九亿亩')).toEqual(['纲要所提出的灌溉面积']);
  });

  it('takes the noun after 全国有 (the year’s 初 dropped too) (national 1960)', () => {
    expect(namesOf('一九五八年初全国有七十四万多个高级农业生产合作社。', '七十四万多个')).toEqual(['高级农业生产合作社']);
  });

  it('drops a comparison basis without its 按 (同口径增长) (广西 2026)', () => {
    expect(namesOf('争取中央转移支付资金4113.7亿元、同口径增长5.6%。', '5.6%')).toEqual(['中央转移支付资金']);
  });
});

describe('a verb with its result before a figure leaves the name to the noun after it', () => {
  it('办起, 建立起, 还办了 (national 1960)', () => {
    expect(namesOf('到一九五九年底，全国农村已经办起三百九十万个食堂。', '三百九十万个')).toEqual(['食堂']);
    expect(namesOf('各地人民公社已经建立起五千四百多万亩种子基地。', '五千四百多万亩')).toEqual(['种子基地']);
    expect(namesOf('各地人民公社还办了三万多所农业中学，在校学生二百九十六万人。', '三万多所', '二百九十六万人')).toEqual(['农业中学', '在校学生']);
  });

  it('办成 before a count, and 为民 never cut to 民 (甘肃 2026)', () => {
    expect(namesOf('每年高质量办成10件为民实事。', '10件')).toEqual(['为民实事']);
  });

  it('still names a figure by the noun before a verb that takes no result (广西 2026)', () => {
    // (新培育 is the action that brings the companies about, and goes as 新增 does: 智能制造 holds a verb, 制造, inside a
    // modifier that 企业 closes — actionCompound.ts, names71.)
    expect(namesOf('新增工信部卓越级智能工厂4家，新培育智能制造标杆企业12家。', '4家', '12家')).toEqual(['工信部卓越级智能工厂', '智能制造标杆企业']);
  });
});

describe('a figure said of a sibling of the name before it', () => {
  it('takes the name with its own place: 城镇 … , 农村增加到 (national 1998)', () => {
    expect(namesOf('城镇人均居住面积增加到8.7平方米，农村增加到22平方米。', '8.7平方米', '22平方米')).toEqual(['城镇人均居住面积', '农村人均居住面积']);
  });

  it('takes the name with its own stage: 开工 …、竣工 (广西 2026; 苏州 2021 in the corpus)', () => {
    expect(namesOf('自治区重大项目开工390个、竣工437个。', '390个', '437个')).toEqual(['自治区重大项目开工', '自治区重大项目竣工']);
    expect(namesOf('建成万头规模猪场10个，完成生猪存栏56万头、出栏96万头。', '56万头', '96万头')).toEqual(['生猪存栏', '生猪出栏']);
  });

  it('shares out 收支 and a list of products’ output or trade (广西, 甘肃 2026)', () => {
    expect(namesOf('一般公共预算收支累计分别突破9千亿元、3万亿元。', '9千亿元', '3万亿元')).toEqual(['一般公共预算收入', '一般公共预算支出']);
    expect(namesOf('原煤、原油、天然气产量分别增长72.1%、31.2%、141%。', '72.1%', '31.2%', '141%')).toEqual(['原煤产量', '原油产量', '天然气产量']);
    expect(namesOf('“新三样”产品和中间品出口分别增长36.1%、21.6%。', '36.1%', '21.6%')).toEqual(['新三样产品出口', '中间品出口']);
  });

  it('shares an industry’s head as a whole (产业产值), never its measure alone; not trade with markets listed before it', () => {
    expect(namesOf('新材料、生物医药产业产值分别增长195.6%、83.5%。', '195.6%')).toEqual(['新材料产业产值']);
    // (names30: the markets share 市场出口 whole — sharedHeads.json — as 福建 2026's dev label 对非洲市场出口 reads; never 非洲出口.)
    expect(namesOf('对非洲、拉美市场出口分别增长20%、7.6%。', '20%', '7.6%')).toEqual(['非洲市场出口', '拉美市场出口']);
  });
});

describe('the noun after a figure, where the words before it only act or place', () => {
  it('takes the bonds a sum is issued as (national 1999, 2001, 2002)', () => {
    expect(namesOf('国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。', '1000亿元')).toEqual(['财政债券']);
    expect(namesOf('继续发行1500亿元长期建设国债，集中用于在建项目。', '1500亿元')).toEqual(['长期建设国债']);
  });

  it('runs on to a head noun 示范区 past the verb inside it, and keeps 以旧换新 whole (宁夏 2026)', () => {
    expect(namesOf('获评5个国家生态文明建设示范区、2个美丽河湖。', '5个')).toEqual(['国家生态文明建设示范区']);
    // (With whom it reached, names28's reachNames.ts: the policy is still read whole.)
    expect(namesOf('“以旧换新”政策惠及76万群众。', '76万')).toEqual(['以旧换新政策惠及群众']);
  });

  it('counts the noun after 共有/已有, not the occasion before it (宁夏 2026)', () => {
    // (What the companies did names the set, countedPredicate.ts: 获得认定企业.)
    expect(namesOf('今年全省葡萄酒大奖赛共有1200家企业获得认定。', '1200家')).toEqual(['获得认定企业']);
    expect(namesOf('全省高新技术企业有5000家。', '5000家')).toEqual(['高新技术企业']);
  });

  it('leaves a milestone to the figure it follows: what comes after its 、 names the next (national 2025)', () => {
    expect(namesOf('粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。', '1.4万亿斤', '10.1斤')).toEqual(['粮食产量', '亩产']);
    expect(namesOf('地区生产总值迈上5000亿元新台阶、增长6%。', '6%')).toEqual(['地区生产总值']);
  });
});

describe('the topic a sentence names before clauses that only say where, how or when', () => {
  it('names 分别 figures after 在…地区 and 按照… clauses by the topic before them (national 1960)', () => {
    const grain = '全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。';
    expect(namesOf(grain, '四百斤', '八百斤')).toEqual(['粮食每亩平均年产量', '粮食每亩平均年产量']);
    const cotton = '全国农业发展纲要要求：棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。';
    expect(namesOf(cotton, '四十斤', '一百斤')).toEqual(['棉花亩产量', '棉花亩产量']);
  });

  it('never takes a clause that leads an argument on (由此可知) for a topic (national 1957 in the corpus)', () => {
    expect(namesOf('由此可知，在这些人中，有57.4%是经过劳动改造的。', '57.4%')).toEqual([null]);
  });
});

describe('words that name nothing in older national reports (national 1981, 1986)', () => {
  it('reads past a conjunction or an adverb alone to the subject (而且, 不仅, 相应地)', () => {
    expect(namesOf('工农业生产总值不仅没有下降，而且将比上年增长3%以上。', '3%')).toEqual(['工农业生产总值']);
  });

  it('never names a figure 增长: the subject before goes on', () => {
    expect(namesOf('农业总产值平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长百分之四点五。', '百分之四点五')).toEqual(['农业总产值']);
  });

  it('drops months, alone or as a run (今年1到10月, 10月份)', () => {
    expect(namesOf('城乡人民的储蓄存款，今年1到10月增加了九十五亿元，达到四百九十四亿元。', '九十五亿元', '四百九十四亿元')).toEqual(['城乡人民储蓄存款', '城乡人民储蓄存款']);
  });

  it('takes the noun after 动员, 培养, 节省出 and after a preposition’s phrase (同世界上…个国家)', () => {
    expect(namesOf('今后要动员三亿多农村劳动力，广开生产门路。', '三亿多')).toEqual(['农村劳动力']);
    expect(namesOf('五年共培养近五百万高级专门人才。', '五百万')).toEqual(['高级专门人才']);
    // (The end of the 1981 sentence: with its 如果 frame, recognition drops the figure as a worked hypothetical.)
    expect(namesOf('就可以节省出七十亿到一百亿元的资金。', '七十亿到一百亿元')).toEqual(['资金']);
    const hypothetical = analyzeReport('2026年政府工作报告\n一、2025年工作回顾\n如果能够加速周转，就可以节省出七十亿到一百亿元的资金。\n');
    expect(hypothetical.indicators.map((i) => i.text)).not.toContain('七十亿到一百亿元');
    expect(namesOf('目前已同世界上一百七十四个国家和地区发展了经济贸易关系。', '一百七十四个')).toEqual(['国家']);
  });

  it('keeps the subject of a from–to pair whose end is dated now (减少到现在的), and past 后来又追加', () => {
    expect(namesOf('全国地县小铁厂由四百六十六个减少到现在的二百七十六个。', '二百七十六个')).toEqual(['地县小铁厂']);
    expect(namesOf('基本建设投资总额为三百亿元，后来又追加了八十亿元。', '八十亿元')).toEqual(['基本建设投资总额']);
  });
});

describe('2026 provincial reports: ranks, adverbs, work done and unit notes (新疆, 内蒙古 2026)', () => {
  it('ranks the figure before when the rank’s words only say where it stands (居全国主要产煤省区首位)', () => {
    expect(namesOf('原煤产量增速连续4年居全国主要产煤省区首位，疆煤外运年均增长33.7%。', '首位')).toEqual(['原煤产量增速']);
  });

  it('never names a figure by an adverb alone (稳步达到)', () => {
    expect(namesOf('一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。', '3000亿元')).toEqual(['一般公共预算收入']);
  });

  it('names an amount of work done by the noun after it, not the clause before (完成2100万千瓦火电机组…)', () => {
    expect(namesOf('蓝天、碧水、净土保卫战取得重大成果，完成2100万千瓦火电机组超低排放改造。', '2100万千瓦')).toEqual(['火电机组超低排放改造']);
  });

  it('leaves a unit note in brackets to the figure it follows (危旧房3.1万套（户）、老旧管道…)', () => {
    expect(namesOf('改造城镇老旧小区7323个、危旧房3.1万套（户）、老旧管道1.68万公里。', '1.68万公里')).toEqual(['老旧管道']);
  });
});

describe('a group of classes before a count, and 再 before a one-character verb (青海, 新疆 2026)', () => {
  it('names the count by the noun after it, not by 十大类 or 五大类', () => {
    expect(namesOf('切实抓好2026年十大类46项民生实事工程，让政府承诺落到实处。', '46项')).toEqual(['民生实事工程']);
    expect(namesOf('对主要目标和重大任务作了量化，提出五大类21个主要指标。', '21个')).toEqual(['主要指标']);
  });

  it('reads 再建 as a verb before the count', () => {
    expect(namesOf('基本消除农村次差公路，再建500座农牧区便民桥。', '500座')).toEqual(['农牧区便民桥']);
  });
});

describe('national 2004 and 2007 (outside the labelled set)', () => {
  it('names a rate after a clause that lowers something by what it lowers', () => {
    expect(namesOf('从今年起，逐步降低农业税税率，平均每年降低1个百分点以上。', '1个百分点')).toEqual(['农业税税率']);
  });

  it('reads 关停 as an action whose object follows the figure', () => {
    expect(namesOf('“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。', '5000万千瓦', '1000万千瓦')).toEqual(['小火电机组', '小火电机组']);
  });
});

describe('the people or households a causative 使 brings in (national 2007, 2014)', () => {
  it('counts the noun after 使, a place before it aside', () => {
    // (家庭 is generic: the households are those that benefited, countedPredicate.ts.)
    expect(namesOf('农村免费孕前检查使600万个家庭受益。', '600万个')).toEqual(['受益家庭']);
    expect(namesOf('免除义务教育阶段的学杂费，这将使农村1.5亿中小学生的家庭普遍减轻经济负担。', '1.5亿')).toEqual(['中小学生']);
  });
});

describe('an outcome set against a plan (national 1981, 1986)', () => {
  it('is the planned figure’s indicator (实际建成, 实际达到)', () => {
    // (The plan's word 计划 is the figure's status, not its name — c2e0be3; the outcome still takes the plan's name.)
    const line = '计划建成投产大中型项目118个，实际建成128个，改变了多年来投资效果差的状况。';
    expect(namesOf(line, '128个')).toEqual(namesOf(line, '118个'));
    // (The plan word goes; 建成 going with it, 投产大中型项目, is not what the labels would say: checked as a property.)
    const [planned] = namesOf(line, '118个');
    expect(planned).toMatch(/大中型项目$/u);
    expect(planned).not.toMatch(/^计划/u);
    expect(namesOf('工业总产值一九八一年计划为百分之三点七，实际达到百分之四点六。', '百分之四点六')).toEqual(['工业总产值']);
  });
});
