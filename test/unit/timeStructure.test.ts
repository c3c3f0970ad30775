import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { explicitTime } from '../../src/core/indicators/explicitTime';
import { scopeChanges, scopeOfTitle, timeWords } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';

/**
 * The general time structure of a report, on real corpus text: counts of years (十年来, 连续两年, 今后五年), the
 * present (现在, 目前), standing facts inside a review, and the spans of plans.
 */
const read = (p: string): string => readFileSync(join(CORPUS, p), 'utf8');
const cache = new Map<string, readonly Indicator[]>();
const figuresOf = (file: string): readonly Indicator[] => {
  let figures = cache.get(file);
  if (!figures) cache.set(file, (figures = analyzeReport(read(file)).indicators));
  return figures;
};
/** The figure written `text` on the first line of a corpus report that holds `needle`. */
const figure = (file: string, needle: string, text: string): Indicator | undefined => {
  const line = read(file).split('\n').findIndex((l) => l.includes(needle));
  return figuresOf(file).find((f) => f.range.start.line === line && f.text === text);
};

describe('counts of years', () => {
  it('几十年以来 is an age, not the ten years before the report (1957: 几十年以来我国最大的一次灾荒，被灾田地約二亿三千万亩)', () => {
    expect(figure('national/1957.txt', '几十年以来我国最大的一次灾荒', '二亿三千万亩')).toMatchObject({ status: 'actual', period: '1956' });
  });

  it('十年 in a name (长江十年禁渔连续4次获评) does not date the figure ten years back (安徽 2026, 十四五 review)', () => {
    expect(figure('local/安徽省-2026.txt', '长江十年禁渔连续4次', '4次')?.period).toBe('2021-2025');
  });

  it('今后五年 sets a plan: its levels to reach are dated at its end, its changes over its span (2016: 森林覆盖率达到23.04%)', () => {
    expect(figure('national/2016.txt', '森林覆盖率达到23.04%', '23.04%')).toMatchObject({ status: 'target', period: '2020' });
    expect(figure('national/2016.txt', '森林覆盖率达到23.04%', '23%')).toMatchObject({ status: 'target', period: '2016-2020' });
  });
});

describe('spans and counts of years inside a plan or a review', () => {
  it('a span written with a space (2003年到 2007年) is one span, not its last year (2008: 转移支付累计4.25万亿元)', () => {
    expect(figure('national/2008.txt', '2003年到 2007年，中央财政对地方的转移支付', '4.25万亿元')?.period).toBe('2003-2007');
  });

  it('五年平均 in the next plan’s part is that plan’s five years, a target (1993: 五年平均人口自然增长率控制在千分之十三左右)', () => {
    expect(figure('national/1993.txt', '五年平均人口自然增长率控制在', '千分之十三')).toMatchObject({ status: 'target', period: '1993-1997' });
  });
});

describe('standing facts about the people', () => {
  it('inside a review they are the people of the time reviewed (2018: 13亿多人口的大国实现了比较充分就业 → 2013-2017)', () => {
    expect(figure('national/2018.txt', '13亿多人口的大国实现了比较充分就业', '13亿多')).toMatchObject({ status: 'actual', period: '2013-2017' });
    expect(figure('national/2017.txt', '13亿多人口的发展中大国', '13亿多')?.period).toBe('2016');
  });

  it('said of the present (当前，…十亿中国人民) or in this year’s work they stay undated (1988; 2022: 14亿多中国人的饭碗)', () => {
    expect(figure('national/1988.txt', '包括台湾同胞在内的十亿中国人民', '十亿')?.period).toBeNull();
    expect(figure('national/2022.txt', '14亿多中国人的饭碗', '14亿多')?.period).toBeNull();
  });
});

describe('a review of a plan’s first years in a report given late in the year (national 1982)', () => {
  it('六五计划前两年的执行情况 reviews 1981-1982: 这两年 and 两年平均 are those two years', () => {
    expect(figure('national/1982.txt', '这两年取得重大科技成果', '六千多项')).toMatchObject({ status: 'actual', period: '1981-1982' });
    expect(figure('national/1982.txt', '两年平均每年递增百分之五点五', '百分之五点五')?.period).toBe('1981-1982');
  });
});

describe('the present inside a clause', () => {
  it('现在 in this year’s part dates a fact by the report’s year (1997: 现在全国有１００多个城市建立了最低生活保障制度)', () => {
    expect(figure('national/1997.txt', '现在全国有１００多个城市', '１００多个')).toMatchObject({ status: 'actual', period: '1997' });
  });

  it('现在 inside a review speaks of the time reviewed (2016: 现在国内生产总值每增长1个百分点的增量 → 2015)', () => {
    expect(figure('national/2016.txt', '现在国内生产总值每增长1个百分点', '1个百分点')?.period).toBe('2015');
  });

  it('目前 inside a review of several years is its last year, not the whole span (1993, reviewing 1988-1992: 目前…已经由五年前的…扩大到百分之八十左右 → 1992)', () => {
    expect(figure('national/1993.txt', '目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右', '百分之八十')?.period).toBe('1992');
  });
});

describe('the plan’s last year named inside the plan’s part (national 1982, the sixth plan 1981-1985)', () => {
  it('an increment over the base year and work done before the last year ends are the plan’s (比一九八○年…增加…, 计划在一九八五年底前建成投产…)', () => {
    expect(figure('national/1982.txt', '比一九八○年的七千一百五十九亿元增加', '一千五百五十一亿元')).toMatchObject({ status: 'target', period: '1981-1985' });
    expect(figure('national/1982.txt', '计划在一九八五年底前建成投产八千万吨', '八千万吨')?.period).toBe('1981-1985');
  });

  it('a level the plan reaches stays at its last year (一九八五年工农业总产值达到八千七百一十亿元)', () => {
    expect(figure('national/1982.txt', '一九八五年工农业总产值达到八千七百一十亿元', '八千七百一十亿元')?.period).toBe('1985');
  });
});

describe('figures outside any time scope (national 1997: parts on this year’s work without time words)', () => {
  it('a plain fact is undated, a fact told as done is last year’s, a goal this year’s', () => {
    expect(figure('national/1997.txt', '全国有２４万多户国有小企业', '２４万多户')).toMatchObject({ status: 'actual', period: null });
    expect(figure('national/1997.txt', '国家已经组织了５７户企业集团试点', '５７户')).toMatchObject({ status: 'actual', period: '1996' });
    expect(figure('national/1997.txt', '今年要扩大到１２０户', '１２０户')).toMatchObject({ status: 'target', period: '1997' });
  });
});

describe('pairs of from–to values in one sentence', () => {
  it('a later pair’s end value takes the end year the first pair named (2008: 从2002年1288亿元增加到2007年的3664亿元，…从1.07%提高到1.49%)', () => {
    const needle = '从2002年1288亿元增加到2007年的3664亿元';
    expect(figure('national/2008.txt', needle, '1.49%')).toMatchObject({ status: 'actual', period: '2007' });
    expect(figure('national/2008.txt', needle, '1.07%')?.period).toBe('2002');
  });

  it('the start year dates the start value only, not the clauses after it (1982: 由二十八万人增加到三十一万人 after …增加到一九八二年的七百二十九所)', () => {
    expect(figure('national/1982.txt', '招生数由二十八万人增加到三十一万人', '三十一万人')?.period).toBe('1982');
  });
});

describe('time words in traditional characters and counts of years ahead', () => {
  it('a heading in traditional characters names its plan (1955: 三、第一個五年計劃的若幹問題 → the first plan, 1953-1957)', () => {
    expect(scopeOfTitle('第一個五年計劃的若幹問題', 1955)).toMatchObject({ status: 'target', from: 1953, to: 1957, plan: true });
    expect(timeWords('第一個五年計劃')).toBe('第一个五年计划');
  });

  it('今后三年内 in that part is the plan’s remaining years, a target (1955: 在今后三年内，…应该比原计划至少节约百分之十)', () => {
    const f = figure('national/1955.txt', '在今后三年内，生产性建设的建筑安装的造价', '百分之十');
    expect(f?.status).toBe('target');
    expect(['1955-1957', '1957']).toContain(f?.period);
  });

  it('明年 and 前年 are the years after and two before the report', () => {
    const text = '2015年政府工作报告\n一、2014年工作回顾\n前年全省粮食产量达到500亿斤。\n二、2015年工作安排\n力争明年全省粮食产量达到600亿斤。\n';
    expect(analyzeReport(text).indicators.map((f) => [f.text, f.status, f.period])).toEqual([
      ['500亿斤', 'actual', '2013'],
      ['600亿斤', 'target', '2016'],
    ]);
  });
});

describe('obligation in the figure’s own clause', () => {
  it('必须/应当 right before the figure sets a goal (1982: 今后人口的年自然增长率，必须控制在千分之十三以下)', () => {
    expect(figure('national/1982.txt', '必须控制在千分之十三以下', '千分之十三')?.status).toBe('target');
  });

  it('but not in an earlier clause of a review sentence (湖南 2026: 2025 review figures stay actual)', () => {
    const figures = figuresOf('local/湖南省-2026.txt').filter((f) => f.range.start.line === 18);
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) expect([f.text, f.status]).toEqual([f.text, 'actual']);
  });
});

describe('a plan’s figure quoted with its year (national 1956)', () => {
  it('比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤: the plan’s figure is of 1957, the excess of the year', () => {
    const needle = '比五年计划原定１９５７年３，８５６亿斤';
    expect(figure('national/1956.txt', needle, '３，８５６亿斤')).toMatchObject({ status: 'target', period: '1957' });
    expect(figure('national/1956.txt', needle, '１３３亿斤')?.period).toBe('1956');
  });
});

describe('a plan’s first years named in the clause', () => {
  it('第七个五年计划前两年 (1988) is 1986-1987, not the whole plan', () => {
    expect(explicitTime('第七个五年计划前两年的执行情况也是好的，', 1988, 'actual', null)).toMatchObject({ from: 1986, to: 1987 });
    expect(explicitTime('第七个五年计划的执行情况也是好的，', 1988, 'actual', null)).toMatchObject({ from: 1986, to: 1990 });
  });
});

describe('one year of a plan (national 1959)', () => {
  it('a heading on the plan’s second year (第二个五年计划的第二年——一九五九年…的任务) is that year’s work', () => {
    expect(scopeOfTitle('我们在第二个五年计划的第二年——一九五九年经济战线上的任务', 1959)).toMatchObject({ status: 'target', from: 1959, to: 1959 });
  });

  it('同第一个五年计划的第一年——一九五三年的三百四十八亿元作比较: the base figure is 1953’s', () => {
    expect(figure('national/1959.txt', '同第一个五年计划的第一年', '三百四十八亿元')).toMatchObject({ status: 'actual', period: '1953' });
  });
});

describe('a plan in its last year (national 1957, the first plan 1953-1957)', () => {
  it('what the plan has brought is reported, over the plan (在第一个五年计划期间，苏联帮助设计和供应设备的共有一百五十六个建设项目)', () => {
    expect(figure('national/1957.txt', '苏联帮助设计和供应设备的共有一百五十六个', '一百五十六个')).toMatchObject({ status: 'actual', period: '1953-1957' });
    expect(figure('national/1957.txt', '第一个五年期间铁路共新建8,500公里', '8,500公里')).toMatchObject({ status: 'actual', period: '1953-1957' });
  });

  it('a plan named while it runs still sets goals (1982: the sixth plan, 1981-1985)', () => {
    expect(scopeOfTitle('第六个五年计划的基本任务', 1982)).toMatchObject({ status: 'target', from: 1981, to: 1985, plan: true });
  });
});

describe('start values the binding left unmarked', () => {
  it('从15个县（市）扩大到57个 in this year’s work: the 15 are last year’s fact (guangdong 2026)', () => {
    expect(figure('local/guangdong-2026.txt', '从15个县（市）扩大到57个', '15个')).toMatchObject({ status: 'actual', period: '2025' });
    expect(figure('local/guangdong-2026.txt', '从15个县（市）扩大到57个', '57个')).toMatchObject({ status: 'target', period: '2026' });
  });

  it('a list of start values (从全国第8位、第4位双双跃居第1位) all take the year before the stretch (安徽 2026)', () => {
    const needle = '从全国第8位、第4位双双跃居第1位';
    expect(figure('local/安徽省-2026.txt', needle, '第8位')?.period).toBe('2020');
    expect(figure('local/安徽省-2026.txt', needle, '第4位')?.period).toBe('2020');
    expect(figure('local/安徽省-2026.txt', needle, '第1位')?.period).toBe('2021-2025');
  });
});

describe('years before 1900', () => {
  it('英国早在一八八○年，年产量就已经达到一百三十一万吨 is 1880’s (national 1959)', () => {
    expect(figure('national/1959.txt', '英国早在一八八○年', '一百三十一万吨')).toMatchObject({ status: 'actual', period: '1880' });
  });
});

describe('goal words of older reports', () => {
  it('到本世纪末争取实现…翻两番 and 在今后五年内，就能够实现…翻两番 are goals (1982, 1993)', () => {
    expect(figure('national/1982.txt', '到本世纪末争取实现工农业年总产值翻两番', '两番')?.status).toBe('target');
    expect(figure('national/1993.txt', '在今后五年内，就能够实现原定', '两番')?.status).toBe('target');
  });
});

describe('ten years of work', () => {
  // No dev report counts ten years of work; the sentence is written for the test, in the reports' usual form.
  it('十年增加近70万亿元 is the ten years before the report, as 五年新增… is five', () => {
    const text = '2023年政府工作报告\n一、过去五年工作回顾\n过去五年，国内生产总值增加到121万亿元，十年增加近70万亿元。\n';
    expect(analyzeReport(text).indicators.map((f) => [f.text, f.period])).toEqual([
      ['121万亿元', '2018-2022'],
      ['70万亿元', '2013-2022'],
    ]);
  });
});

describe('a share of the plan’s money (national 1982, the sixth plan)', () => {
  it('这方面的投资占总投资的百分之三十八点五 is over the plan’s five years, not at its end', () => {
    expect(figure('national/1982.txt', '这方面的投资占总投资的百分之三十八点五', '百分之三十八点五')).toMatchObject({ status: 'target', period: '1981-1985' });
    expect(figure('national/1982.txt', '经费占国家财政支出总额的百分之十五点九', '百分之十五点九')?.period).toBe('1981-1985');
  });
});

describe('a time named after the base year', () => {
  it('…比一九八○年增长…，高于一九五三年至一九八○年二十八年平均每年递增百分之二点六: that span is the figure’s own (1982)', () => {
    expect(figure('national/1982.txt', '高于一九五三年至一九八○年二十八年平均每年递增', '百分之二点六')?.period).toBe('1953-1980');
  });
});

describe('这五年计划 names the plan', () => {
  it('这五年计划安排平均每年有财政赤字三十亿元左右 is the plan’s goal, not five years back (1982)', () => {
    expect(figure('national/1982.txt', '这五年计划安排平均每年有财政赤字', '三十亿元')).toMatchObject({ status: 'target', period: '1981-1985' });
  });
});

describe('how things stand, in this year’s work', () => {
  it('我国有2.9亿在校学生 is undated (2022), as 全国有２４万多户国有小企业 is (1997)', () => {
    expect(figure('national/2022.txt', '我国有2.9亿在校学生', '2.9亿')).toMatchObject({ status: 'actual', period: null });
  });

  // review27: found42 made 六万万 a head count, and the plan part it stands in made it a target of 1953–1957.
  it('全国人口有六万万之多 is how the country stands, not a goal of the plan (1955, in its part on the plan)', () => {
    expect(figure('national/1955.txt', '全国人口有六万万之多', '六万万')).toMatchObject({ status: 'actual', period: null });
  });
});

describe('the year of a base (在…的基础上)', () => {
  it('在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤: the base is 1958’s, the goal 1959’s (1959)', () => {
    const needle = '在一九五八年增产三千八百亿斤的基础上';
    expect(figure('national/1959.txt', needle, '三千八百亿斤')?.period).toBe('1958');
    expect(figure('national/1959.txt', needle, '三千亿斤')).toMatchObject({ status: 'target', period: '1959' });
  });
});

describe('growth over a year’s figure compared with (同…年的…作比较)', () => {
  it('同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍: from 1951 to the year planned (1959)', () => {
    expect(figure('national/1959.txt', '同建国初期的一九五零年的一百七十亿元作比较', '二点八倍')).toMatchObject({ status: 'target', period: '1951-1959' });
    expect(figure('national/1959.txt', '同建国初期的一九五零年的一百七十亿元作比较', '百分之八十七')).toMatchObject({ status: 'target', period: '1954-1959' });
  });
});

describe('work done over a plan and a level reached at its end (national 2016, “十三五”)', () => {
  it('高铁营业里程达到3万公里 is 2020’s; 新建改建高速公路通车里程约3万公里 is the plan’s five years’ work', () => {
    const line = read('national/2016.txt').split('\n').findIndex((l) => l.includes('新建改建高速公路通车里程约3万公里'));
    const both = figuresOf('national/2016.txt').filter((f) => f.range.start.line === line && f.text === '3万公里');
    expect(both.map((f) => f.period)).toEqual(['2020', '2016-2020']);
  });
});

describe('a share of what a plan adds (zhejiang 2026, “十五五”)', () => {
  it('新增非化石能源装机占比达到75%以上 is over the plan’s years, not at its end', () => {
    expect(figure('local/zhejiang-2026.txt', '新增非化石能源装机占比达到75%', '75%')).toMatchObject({ status: 'target', period: '2026-2030' });
  });
});

describe('the last year of a plan', () => {
  it('第五个五年计划的最后一年 is 1980 (1982), and a heading on it that year’s', () => {
    expect(explicitTime('也就是第五个五年计划的最后一年，国务院', 1982, 'actual', null)).toMatchObject({ from: 1980, to: 1980 });
    expect(scopeOfTitle('“十四五”规划的收官之年', 2025)).toMatchObject({ from: 2025, to: 2025 });
  });
});

describe('N年来 with other numerals', () => {
  it('一年多以来 is the year past (1959: 一年多以来，我国同苏联签订了…帮助我国建设四十七项企业…)', () => {
    expect(figure('national/1959.txt', '帮助我国建设四十七项企业', '四十七项')).toMatchObject({ status: 'actual', period: '1958' });
  });

  it('a record over decades (30年来首次达国家良好湖泊水平) does not date the figures after it (江苏 2026)', () => {
    expect(figure('local/江苏省-2026.txt', '30年来首次', '4762个')?.period).toBe('2021-2025');
  });
});

describe('more of this year’s work', () => {
  it('全年再减少青壮年文盲４００万人 is a goal of the report’s year (1997)', () => {
    expect(figure('national/1997.txt', '全年再减少青壮年文盲', '４００万人')).toMatchObject({ status: 'target', period: '1997' });
  });
});

describe('a span of years with spaces (text converted from PDF)', () => {
  it('2003年到 2007年，… opens a paragraph on those years', () => {
    const changes = scopeChanges('2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元。', 2008);
    expect(changes.map((c) => [c.scope.status, c.scope.from, c.scope.to])).toEqual([['actual', 2003, 2007]]);
  });
});

describe('the years since 1949 in 1950s reports, and 目前', () => {
  it('同解放前比较，小学生增加了六倍 runs from 1950 (1959); 解放以来，…全国职工增加了一千三百万人 too (1957)', () => {
    expect(figure('national/1959.txt', '同解放前比较，小学生增加了六倍', '六倍')?.period).toBe('1950-1958');
    expect(figure('national/1957.txt', '解放以来，经过逐年的努力', '一千三百万人')?.period).toBe('1950-1956');
  });

  it('a record since 1949 (我国解放以来最大的一次灾荒) does not date the figures (1957)', () => {
    expect(figure('national/1957.txt', '几十年以来我国最大的一次灾荒', '二亿三千万亩')?.period).toBe('1956');
  });

  it('目前 in the clause is read as a time word too (1959: 在目前条件下，…一般应当不少于百分之八十 → 1959)', () => {
    expect(figure('national/1959.txt', '一般应当不少于百分之八十', '百分之八十')?.period).toBe('1959');
  });
});

describe('a span that ends in the report’s year', () => {
  it('从1951年到1957年，国家用于普及教育的经费将近四十九亿元 is reported in mid-1957, over the span', () => {
    expect(figure('national/1957.txt', '从1951年到1957年，国家用于普及教育的经费', '四十九亿元')).toMatchObject({ status: 'actual', period: '1951-1957' });
  });

  it('a plan’s span that starts this year stays a plan (2016: 今后五年 → 2016-2020 targets)', () => {
    expect(scopeChanges('2016年至2020年，我们要实现以下目标。', 2016)[0]?.scope).toMatchObject({ status: 'target', from: 2016, to: 2020 });
  });
});

describe('N年来 tells of what was done', () => {
  it('七年来我国派遣了七千多人出国留学 is a fact over the years before the report, even in a part on plans (1957)', () => {
    const f = figure('national/1957.txt', '七年来我国派遣了七千多人出国留学', '七千多人');
    expect(f?.status).toBe('actual');
    // From 1950; the report is given in mid-1957, and its labels count 1957 in (the rules end at the year before).
    expect(f?.period?.startsWith('1950-')).toBe(true);
  });
});

describe('a budget’s figure quoted in the accounts (national 1956)', () => {
  it('比预算数２８，０４９，７８０，０００元少…: the budget figure is the year’s target, the shortfall a fact', () => {
    const needle = '比预算数２８，０４９，７８０，０００元少';
    const planned = figuresOf('national/1956.txt').find((f) => f.text.startsWith('２８，０４９，７８０'));
    expect(planned).toMatchObject({ status: 'target', period: '1955' });
    expect(read('national/1956.txt').includes(needle)).toBe(true);
  });
});

describe('a budget’s carry-over from last year', () => {
  it('上年结转收入, 上年结余 in this year’s budget are items of the budget, not last year’s facts (national 1956)', () => {
    expect(figure('national/1956.txt', '上年结转收入１，０１１，０３８，０００元', '１，０１１，０３８，０００元')).toMatchObject({ status: 'target', period: '1956' });
    expect(figure('national/1956.txt', '动用上年结余的金库存款', '１０亿余元')?.status).toBe('target');
  });
});

describe('a shortfall against a plan', () => {
  it('比起原定的计划还少３．０２％ is a fact (1956); 超过原定计划四百二十七亿四千万元 still quotes the plan (1959)', () => {
    expect(figure('national/1956.txt', '比起原定的计划还少３．０２％', '３．０２％')?.status).toBe('actual');
    expect(figure('national/1959.txt', '超过原定计划四百二十七亿四千万元', '四百二十七亿四千万元')?.status).toBe('target');
  });
});
