/**
 * An investment said before the works it is of (抓好总投资2万亿元的389个省重点项目; 推进总投资10亿元的国网信通大数据
 * 项目开工建设; 力促投资43.9亿元的六九硅业二期): the clause before the amount holds a verb or a scope (抓好, 加快与华能、
 * 国电投等), not the indicator; the works come after 的, past a count of them. The amount is their (total) investment:
 * 省重点项目总投资, 六九硅业二期投资, as labels write it.
 */
import type { NumberMention } from '../numbers/types';
import { nameAfter } from './names';
import { WORKS_SIZE_OPENERS, WORKS_SIZE_UNITS } from '../lexicon/worksSizes';

/**
 * 总投资 or 投资 right before the figure, with a bound word (总投资超500亿元, 力促投资43.9亿元的…); or another attribute of
 * the thing after 的 (组建总规模1000亿元的省战略性新兴产业投资引导基金, 首期规模500亿元的浙江社保科创基金, 占地600亩的孝义
 * 公园 — dev 广东, 浙江 2026, 高阳 2019; 设立总规模500亿元的省战略性新兴产业母基金 — 江苏 2025, outside), which names the
 * figure with the thing as labels write it (…基金总规模, 孝义公园占地面积).
 */
const INVESTED_BEFORE = /(总投资|投资|总规模|首期规模|占地|总建筑面积|建筑面积)(?:面积)?(?:超过|达到|达|近|约|超|逾)?$/;
/** The word an attribute before the figure names it with (占地 → 占地面积). */
const ATTRIBUTE_WORD: Readonly<Record<string, string>> = { 占地: '占地面积' };

/**
 * Other attributes of the same works said between the figure and the 的 (总投资60亿元、占地1500亩、建筑面积100万平米的雄源服装
 * 智慧新城项目 — src32 涞源县-2020, outside): each is the works' own, as a single one before 的 is (占地6904亩的工业台地 —
 * 阜平县-2021). Each item bounded: an attribute word, a qualifier, at most twelve digits, a magnitude, a unit.
 */
const ATTRIBUTES_BEFORE_OF = /^(?:[、，,](?:总投资|投资|占地|总建筑面积|建筑面积)(?:面积)?(?:约|近|超过|超|达|逾)?[\d.]{1,12}[万亿]?(?:元|亩|平方米|平米|平方公里|公顷))*的/;

/**
 * The works end with their first head: 项目, 工程, 基地 (…重点项目投资计划 → …重点项目; 巨化硅氟新材料项目|刷新我省单体工业
 * 项目投资纪录), or with a second one joined to it (污水处理厂三期工程和深度治理工程).
 */
// (A 基地 or 工程 that only modifies the project named after it is no head: 投资3亿元的农牧基地饲料储备项目 — src32 清苑区-2008;
// 投资1.6亿元的自动驾驶生产基地项目 — 博野县-2024, outside: …饲料储备项目, …生产基地项目, at most six characters on.)
const WORKS_HEAD = /^.*?(?:项目|(?:工程|基地)(?:[\u4e00-\u9fff]{0,6}?项目)?)(?:[和及与、][^，,。；;]*?(?:项目|工程|基地))?/;
/**
 * The head of a fund, a park or a site a size or an area is said of (…投资引导基金, 孝义公园|向市民开放; 占地65亩的智能制造产业园
 * 加快实施 — src32 博野县-2024; 占地252亩的智能制造产业园〔8〕, 占地1669亩的装配式建筑产业园正在建设 — 阜平县-2021, outside:
 * any 园 or 园区, as 公园 was).
 */
const HELD_HEAD = /^.*?(?:基金|园区|园|项目|工程|基地)/;

/** A count of the works between 的 and their name (的389个省重点项目): how many, not what. */
const WORKS_COUNT = /^\d{1,6}(?:\.\d+)?[万亿]?[个项件家所座批条]/;

/**
 * A size the works are named with (100万千瓦神南镇抽水蓄能电站项目, 黄花滩1200兆瓦抽水蓄能项目 — src32 顺平县 2023, 涞源县
 * 2025, outside): past 的 it stands where a count would, and inside the name it is no part of what the works are called,
 * so the investment is named 神南镇抽水蓄能电站项目总投资, not by the verb before the amount (蓄好水, 跑办总投资).
 * (Bounded: at most nine digits and points, one magnitude, one unit of the data file's.)
 */
const WORKS_SIZE = `(?:${WORKS_SIZE_OPENERS.join('|')})?[\\d.]{1,9}[万亿]?(?:${WORKS_SIZE_UNITS.join('|')})`;
const WORKS_SIZE_AT = new RegExp(`^${WORKS_SIZE}`);
const WORKS_SIZE_IN = new RegExp(`(?<=[\\u4e00-\\u9fff])${WORKS_SIZE}(?=[\\u4e00-\\u9fff])`, 'g');

/** What ends a run of works' name: a clause mark, or 等 closing the examples (the list mark 、 is read past). */
const WORKS_END = /[，,。；;：:等（(]/;

/** The longest works' name read after 的 (a named project in a list is rarely longer). */
const MAX_WORKS = 20;

/**
 * The name of an investment written before its works (`m` in paragraph `text`), or null. 总投资 names their total
 * (省重点项目总投资); a bare 投资 the money of each (投资2599万元的海—宝农村公路通车 → 海—宝农村公路投资, as dev labels write
 * it). A list of projects, each with its money before it (投资60亿元的英利多晶硅太阳能电池、投资28.1亿元的南郊电厂、…),
 * names each: the run to the list mark is one project's name, verbs and all (保定欣达公司迁扩建, 长城汽车试验和技术中心).
 */
export function totalInvestmentName(text: string, m: NumberMention): string | null {
  const attributes = ATTRIBUTES_BEFORE_OF.exec(text.slice(m.tail, m.tail + 80));
  const invested = attributes ? INVESTED_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start)) : null;
  if (!attributes || !invested) return null;
  const said = invested[1] as string;
  const word = ATTRIBUTE_WORD[said] ?? said;
  const of = m.tail + attributes[0].length;
  const counted = of + (WORKS_COUNT.exec(text.slice(of, of + 11))?.[0].length ?? 0);
  const from = counted + (WORKS_SIZE_AT.exec(text.slice(counted, counted + 16))?.[0].length ?? 0);
  const window = text.slice(from, from + MAX_WORKS + 17).replace(WORKS_SIZE_IN, '').slice(0, MAX_WORKS + 1);
  const end = WORKS_END.exec(window);
  const run = end ? window.slice(0, end.index) : window.slice(0, MAX_WORKS);
  // A works' head ends the name (火车站改扩建工程|正抓紧设计), also past a list mark inside it (海拉尔河、伊敏河堤防工程),
  // but not past the next project's money (…南郊电厂、投资9.3亿元的…项目).
  const head = (/投资$/.test(said) ? WORKS_HEAD : HELD_HEAD).exec(run)?.[0] ?? '';
  if (head.length >= 4 && !/[\d０-９]/.test(head)) return `${head}${word}`;
  // A project named without a head ends at the list mark or at 等 (…唐县日用陶瓷、投资…; …保定华劲服饰等一批在建项目).
  const item = /^[\u4e00-\u9fff][^、\d]{2,}?(?=、|$)/.exec(run)?.[0] ?? '';
  if (item && (run.length > item.length || end?.[0] === '等')) return `${item}${word}`;
  const works = nameAfter(text, from);
  // (永清――保定天然气管线, 格尔木东、海南清洁能源基地: what follows is not read whole as works; no guess.)
  return works.length >= 4 && run.startsWith(works) && /^[\u4e00-\u9fff]/.test(works) && !/[―—–-]{2}/.test(run) ? `${works}${word}` : null;
}

/**
 * A clause that is only the money put into works (…实施重点项目47个，完成投资46.9亿元; 累计实施亿元以上项目262个,完成投资
 * 2534亿元): no subject of its own, so the reader carried over the works the clause before counted. The amount is not
 * their count but the investment in them, a different indicator (labels: 省市重点项目完成投资).
 */
// (实施省市重点项目19个，当年投资30.1亿元，完成全年计划的120.3% — src32 涞水县-2022; 实施市以上重点项目502项、当年投资996.3亿元
// — 保定市-2022, outside: the year's investment said without 完成 is the same money; the time word tells it from the
// works' total, 投资 alone.)
const INVESTED_ALONE = /^(?:(?:全年|当年|年内|共)?(?:累计|实际)?完成(?:投资|固定资产投资)|(?:全年|当年|年内)投资)(?:超过|达到|达|近|约|超|逾)?$/;

/**
 * The works a count names, ending with their head (重点项目, 重点工程, 技改项目), and not already an investment (投资;
 * 投产 is what became of them: 119个项目开工建设或建成投产，全年累计完成投资… — 河北 2013, outside).
 */
const WORKS_NAME = /^(?:(?!投资)[^\n])*(?:项目|工程)$/;

/** `name` + 完成投资 when `left` (the clause before the figure) is only 完成投资 and `name` is works; else `name`. */
export function worksInvestmentName(name: string | null, left: string): string | null {
  if (!name || !WORKS_NAME.test(name) || !INVESTED_ALONE.test(left.replace(/^[，,、；;\s]+/, '').trim())) return name;
  return `${name}完成投资`;
}
