/**
 * Indicator names from the clause's structure (session 8): time frames that say when, lists that 分别 shares out,
 * on sentences of dev corpus reports. Each case is one class of rule, not one sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { cleanName, nameAfter, stripRankContext } from '../../src/core/indicators/names';

/** The figures of a whole corpus report on the first line that holds `needle`. */
function figuresOnLine(file: string, needle: string) {
  const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  let figures = analysed.get(file);
  if (!figures) analysed.set(file, (figures = analyzeReport(text).indicators));
  return figures.filter((f) => f.range.start.line === at);
}
/** Each report is analysed once for all the cases read from it. */
const analysed = new Map<string, ReturnType<typeof analyzeReport>['indicators']>();
const nameOn = (file: string, needle: string, figure: string): string | null | undefined => figuresOnLine(file, needle).find((f) => f.text === figure)?.name;

describe('names from the clause’s structure', () => {
  // A new user's trial saw 地区生产总值按 and 赤字率拟按 in cards, and 先发行 as a name.
  it('a target arranged at a figure (按…安排, 拟按…安排) is named without 按; a verb alone takes the object it had earlier in the sentence', () => {
    expect(nameOn('local/江苏省-2026.txt', '地区生产总值按增长5%安排', '5%')).toBe('地区生产总值');
    expect(nameOn('national/2024.txt', '赤字率拟按3%安排', '3%')).toBe('赤字率');
    expect(nameOn('national/2024.txt', '今年先发行1万亿元', '1万亿元')).toBe('超长期特别国债');
  });
  it('分别 after a measure adverb (扣除价格因素，分别实际增长) shares out the run of figures just before it, not the sentence’s first ones', () => {
    const line = figuresOnLine('national/2005.txt', '分别实际增长7.7%和6.8%');
    expect(line.find((f) => f.text === '7.7%')?.name).toBe('城镇居民人均可支配收入');
    expect(line.find((f) => f.text === '6.8%')?.name).toBe('农村居民人均纯收入');
  });
  it('a part of the year (今年上半年, 一季度, 一、二两月份) or a deadline (到2025年) before a name says when, not what', () => {
    expect(nameOn('national/1980.txt', '今年上半年又比去年同期增长24.2％', '24.2％')).toBe('轻工业总产值');
    expect(nameOn('national/1980.txt', '1980年上半年又比去年同期增长20.2％', '20.2％')).toBe('进出口贸易总额');
    expect(cleanName('到2025年常住人口城镇化率')).toBe('常住人口城镇化率');
    expect(cleanName('三月份平均日产量')).toBe('平均日产量');
    expect(cleanName('上半年产值')).toBe('产值');
  });
  it('adverbs that end a clause’s subject (则只, 才, 却) and the aspect particle 了 are not part of a name; 人才 and 规则 keep their ends', () => {
    expect(cleanName('私营工业则只')).toBe('私营工业');
    expect(cleanName('英国煤产量才')).toBe('英国煤产量');
    expect(cleanName('则本年收入')).toBe('本年收入');
    expect(cleanName('高层次人才')).toBe('高层次人才');
    expect(nameOn('national/1957.txt', '动用了历年财政结余', '十六亿五千万元')).toBe('动用历年财政结余');
    // 去年同期则完成24%: with 则 gone, 同期 alone names nothing and the figure before it names the rate.
    expect(nameOn('national/1956.txt', '去年同期则完成２４％', '２４％')).toBe(nameOn('national/1956.txt', '去年同期则完成２４％', '２７％'));
  });
  it('a clause led by a time and a plan word (一九八二年预计达到) names nothing: the subject before a predicate adverb (粮食仍然连年增产) does', () => {
    expect(nameOn('national/1982.txt', '粮食仍然连年增产', '三亿三千五百多万吨')).toBe('粮食');
    // (比去年增产一千多万吨: the increase is of grain's output, as the label has it — outputNames.ts.)
    expect(nameOn('national/1982.txt', '粮食仍然连年增产', '一千多万吨')).toBe('粮食产量');
  });
  it('a topic with a bracket note holding a comma (工业总产值（不包括手工业产值，下同），在…) is still the sentence’s topic', () => {
    expect(nameOn('national/1957.txt', '不包括手工业产值，下同', '一百七十七亿元')).toBe('工业总产值');
  });
  it('a staple product named with one character in a list of outputs (纸520万吨) is its output', () => {
    expect(nameOn('national/1980.txt', '纸520万吨', '520万吨')).toBe('纸产量');
    expect(cleanName('电')).toBe('发电量');
  });
  it('a base introduced by 同 (同１９５５年比较增长) names nothing: the rate is the figure before it’s; 同我国建交的国家 is a name', () => {
    const needle = '同１９５５年比较增长１８．３６％';
    expect(nameOn('national/1956.txt', needle, '１８．３６％')).toBe('社会文教事业支出');
    expect(nameOn('national/1959.txt', '同我国建交和半建交的国家', '二十个')).toMatch(/国家$/);
  });
  it('the absolute amount of a growth (增长的绝对数却是…) is an attribute: the figure before it names it', () => {
    expect(nameOn('national/1959.txt', '增长的绝对数却是六百九十二万吨', '六百九十二万吨')).not.toMatch(/绝对数/);
  });
  it('a deadline with its plan word (计划在一九八五年底以前) is when, not part of a name', () => {
    expect(cleanName('计划在1985年底以前大中型建设项目')).toBe('大中型建设项目');
    expect(nameOn('national/1982.txt', '计划在一九八五年底前建成投产八千万吨', '八千万吨')).not.toMatch(/1985|计划/);
  });
  it('a rank after a streak named by its predicate (…达65.85%、连续47年居全国首位) goes on about the figure before the streak', () => {
    expect(nameOn('local/福建省-2026.txt', '连续47年居全国首位', '首位')).toBe('森林覆盖率');
    // 包揽大陆前六名, 连续多年居大陆首位: rank verbs and places before the rank are no part of its name.
    expect(nameOn('local/福建省-2026.txt', '连年包揽大陆前六名', '前六名')).toBe('台湾农民创业园综合考评');
  });
  it('a list item after 、 named by what its work acts on (…2.6万户、老旧小区改造8.36万户) names its own figure', () => {
    expect(nameOn('local/福建省-2026.txt', '老旧小区改造8.36万户', '8.36万户')).toBe('老旧小区改造');
    expect(nameOn('local/福建省-2026.txt', '临时救助19万人次', '19万人次')).toBe('临时救助');
    expect(nameOn('local/hebei-2021.txt', '启动城中村改造203个', '203个')).toMatch(/城中村改造$/);
  });
  it('the noun after a count ends where another figure begins (80个乡镇近300万群众, 15所高职院校21个专业群)', () => {
    expect(nameAfter('80个乡镇近300万群众', 3)).toBe('乡镇');
    expect(nameOn('local/zhejiang-2026.txt', '15所高职院校21个专业群', '15所')).toBe('高职院校');
    // …其中173户349人稳定脱贫: a count right after a count of people shares the noun after both.
    expect(nameOn('local/hailar-2019.txt', '其中173户349人稳定脱贫', '173户')).toMatch(/稳定脱贫/);
  });
  it('a programme widened to a share of places (…试点范围扩大到全国40%的县) is named by the programme; 退休人员 keeps its verb', () => {
    expect(nameOn('national/2011.txt', '试点范围扩大到全国40%的县', '40%')).toBe('新型农村社会养老保险试点');
    expect(cleanName('城镇居民基本医疗保险试点要扩大到全国')).toBe('城镇居民基本医疗保险试点');
    expect(nameOn('local/辽宁省-2026.txt', '退休人员基本养老金总体上调2%', '2%')).toMatch(/^退休人员基本养老金/);
  });
  it('a counted noun ends before a predicate verb the dictionary misses (项目落地, 案例亮相), so the stock after it is the noun’s', () => {
    expect(nameOn('local/陕西省-2026.txt', '央陕合作项目落地、总投资1370多亿元', '1370多亿元')).toBe('央陕合作项目总投资');
    // 地区生产总值迈上5万亿台阶、五年增量超1.36万亿元: an increment is an attribute of the figure before it.
    expect(nameOn('local/湖南省-2026.txt', '五年增量超1.36万亿元', '1.36万亿元')).toBe('地区生产总值');
  });
  it('还 after a subject (中央财政还将安排150亿元) is an adverb, not part of the name; 偿还 is a word', () => {
    expect(cleanName('中央财政还')).toBe('中央财政');
    expect(cleanName('债务偿还')).toBe('债务偿还');
  });
  it('the contest a rank is in (在…中稳居第一) is part of what is ranked, without its 在 and 中', () => {
    const ranks = figuresOnLine('local/江苏省-2026.txt', '在国家级经开区综合考核评价中稳居第一').filter((f) => f.text === '第一');
    expect(ranks.map((f) => f.name)).toContain('苏州工业园区国家级经开区综合考核评价');
    expect(stripRankContext('苏宿工业园在全省考核中位居')).toBe('苏宿工业园全省考核');
  });
  it('a pronoun (它的), an enumeration (第一是), a span (两年中), 即 and a counting basis (以货币计算) are not part of a name', () => {
    expect(cleanName('它的产值占工业农业总产值比重')).toBe('产值占工业农业总产值比重');
    expect(cleanName('第一是现代工业占工业农业总产值比重')).toBe('现代工业占工业农业总产值比重');
    expect(cleanName('两年中新建铁路铺轨')).toBe('新建铁路铺轨');
    expect(cleanName('工人职员平均工资以货币计算')).toBe('工人职员平均工资');
    // 粮食…即增产五百七十八亿斤: with 即 gone the verb alone names nothing, and the subject before it does.
    expect(figuresOnLine('national/1955.txt', '即增产').map((f) => f.name)).not.toContain('即增产');
  });
  it('a long list of names is kept whole, never cut inside its first item (发明专利有效量、…均居全国首位); a plan named before it is when', () => {
    expect(nameOn('local/guangdong-2026.txt', '中国专利奖获奖数均居全国首位', '首位')).toMatch(/^发明专利有效量、高价值发明专利拥有量、/);
    expect(cleanName('第六个五年计划教育、科学、文化、卫生、体育事业的经费占国家财政支出比重')).toMatch(/^教育、科学/);
  });
  it('a name too long to keep is cut at a word boundary (的, 、), never inside a word', () => {
    const name = cleanName('中国共产党以外的各民主党派和无党派民主人士参加政府的成员');
    expect(name.length).toBeLessThanOrEqual(24);
    expect(name).toBe('各民主党派和无党派民主人士参加政府的成员');
  });
  it('a run of years (1978、1979两年) and a source (据) before a name are not part of it', () => {
    // (The output word comes from the item before it, 粮食产量达到…，比上年增产…: itemOutput.ts, as the label heads it.)
    expect(nameOn('national/1980.txt', '1978、1979两年共增产粮食', '4，900多万吨')).toBe('粮食产量');
    expect(cleanName('据四川省试点')).toBe('四川省试点');
  });
  it('a comparison base after a short name (增幅比一季度回落, 财政比年度预算超收) is not part of it; the 比 of 占比 opens none', () => {
    expect(nameOn('national/2005.txt', '增幅比一季度回落', '17.2个百分点')).toBe('全社会固定资产投资');
    expect(cleanName('财政比年度预算超收')).toBe('财政');
    expect(cleanName('民间投资占比提高')).not.toMatch(/占$/);
  });
  it('a word that opens with 及 (及时将因疫生活困难的2.6万人…) keeps it: only a joiner 及 is dropped, and the adverb 及时 opens no name', () => {
    expect(nameOn('local/hebei-2021.txt', '及时将因疫生活困难的2.6万人', '2.6万人')).toBe('因疫生活困难');
  });
  it('the work on counted things (38个示范点建设, 30个示范项目建设) is not what they are', () => {
    expect(nameAfter('，重点支持12个基地和12个园区建设，培育', 14)).toBe('园区');
    expect(nameOn('local/hebei-2010.txt', '30个示范项目建设', '30个')).toBe('示范项目');
  });
});
