import type { NumberMention } from './types';
import { REACHING_VERB } from './reachedLevels';
import { isVerb, opensWithVerbNoun } from '../lexicon/verbs';
import { alternation, HOUSEHOLD_NOUNS, PEOPLE_NOUNS } from '../lexicon/nameWords';
import { namesAProject, sizesTheWorks } from './projectSizes';
import { isHypothetical } from './hypotheticals';
import { heldInARow } from './achievedCounts';
import { countBroughtAbout, sessionsHeld } from './countTargets';
import { isCalendarYear } from './finish';
import { boundsADefinedClass } from './classDefinitions';
import { isWorksCapacity } from '../indicators/worksCapacity';
import { lastAtOrBefore } from '../text/lastAtOrBefore';

const MAX_NAME_QUOTE = 16;
/** What a count of areas must go on to be a figure: the year's livelihood projects (民生实事, 惠民实事). */
export const LIVELIHOOD_PROGRAMME = /^的?(?:民生实事|惠民实事)/;
/**
 * A glossary entry's number and the start of its term (14.2025年…), then the rest of the term and its colon. The number
 * may be a note's mark in brackets, as the notes a body points to are numbered (〔22〕6个老旧小区改造提升：…).
 */
const GLOSSARY_NUMBER = /^\s*(?:\d{1,2}[.．]|[〔［【[]\d{1,3}[〕］】\]])\s*[^，,。；;：:]{0,20}$/;
const GLOSSARY_COLON = /^[^，,。；;：:]{0,16}[：:]/;
/** Or a term written in brackets after the number, closed by its bracket (19.[六个百分之百]指…). */
const GLOSSARY_BRACKET_OPEN = /^\s*\d{1,2}[.．]\s*[[［【][^\]］】，,。；;：:]{0,20}$/;
const GLOSSARY_BRACKET_CLOSE = /^[^\]］】，,。；;：:]{0,16}[\]］】]/;
const GLOSSARY_TERM_MAX = 26;
/** Units of electric power and stored energy that size a plant. */
/** A count of a package's articles in Chinese numerals (十五条, 二十项), the measures right after it, and a verb that carries
 * it out earlier in the clause (isExcludedContext). */
const CARRIED_OUT_PACKAGE = /^[一二两三四五六七八九十百]{2,4}[条项]$/;
const PACKAGE_MEASURES = /^(?:硬|具体)?(?:措施|举措)/;
const CARRYING_OUT = /(?:落实|贯彻|执行)[^，,。；;：:]{0,14}$/;

const POWER_UNITS: ReadonlySet<string> = new Set(['千瓦', '兆瓦', '兆瓦时', 'MW', 'GW', 'GWh']);

/**
 * Spans whose numbers are never figures: short “quoted” names and slogans (“263”专项行动, “1+10”, “苏惠十条”,
 * “十四五”), 《titles》, and footnote markers ([3], ［3］, ^[3]), for isBlocked to ask of [start, end).
 */
export function blockedSpans(text: string): BlockedSpans {
  // One list per kind of pair: a kind's spans never overlap (each is looked for after the last one closed) and come in
  // order, so the only one of a kind that may hold a mention is the last to open at or before it — found by bisection.
  // (A scan of all spans from the text's start per mention was quadratic in a paragraph of many brackets: a line of
  // [n] markers alone, 128 KB, took seconds, 512 KB minutes.)
  const kinds: Array<Array<readonly [number, number]>> = [];
  const pairs: ReadonlyArray<readonly [string, string, number]> = [
    ['“', '”', MAX_NAME_QUOTE],
    ['"', '"', MAX_NAME_QUOTE],
    ['《', '》', 60],
    ['[', ']', 4],
    ['［', '］', 4],
  ];
  for (const [open, close, max] of pairs) {
    const spans: Array<readonly [number, number]> = [];
    let from = 0;
    while (true) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      if (b - a - 1 <= max) spans.push([a, b + 1]);
      from = b + 1;
    }
    if (spans.length > 0) kinds.push(spans);
  }
  return kinds;
}

/** The spans of blockedSpans, one list per kind of pair, each in order of its start. */
export type BlockedSpans = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

/**
 * Whether [start, end) lies inside one of the spans. The spans are handed over as data rather than closed over by a
 * predicate made per paragraph: V8 keeps a closure's optimised code only while one of its closures is alive, so after
 * each full GC the predicate ran unoptimised and was optimised again, analysis after analysis (node 20, `--trace-opt`
 * with a forced GC before each run).
 */
export function isBlocked(blocked: BlockedSpans, start: number, end: number): boolean {
  for (const spans of blocked) {
    const span = spans[lastAtOrBefore(spans, spanStart, start)];
    if (span !== undefined && end <= span[1]) return true;
  }
  return false;
}

/** Where a blocked span opens: the key lastAtOrBefore bisects the spans by, declared once (see lastAtOrBefore.ts). */
function spanStart(span: readonly [number, number]): number {
  return span[0];
}

// (PM_2.5年均浓度: an underscore joins the Latin name to its number as well.)
const LATIN = /[A-Za-z_]/;

/**
 * 全年实现GDP3464.09亿元 (南山 2015), 人均GDP28.85万元 (南山 2014), 每平方公里土地产出GDP19亿元 (罗湖 2014), 地均GDP61亿元/
 * 平方公里 (福田 2021), all outside: district reports glue the amount to the abbreviation GDP with no space, as they write
 * 人均GDP 3.4万美元 with one. GDP is the indicator's name there, not a code the number belongs to (5G, PM2.5): an amount
 * of money right after it is a figure.
 */
function moneyAfterGdp(text: string, m: NumberMention): boolean {
  // (The numerator counts: 61亿元/平方公里 is money per area, one unit since per-unit rates keep their denominator.)
  return /^(?:元|美元)(?:\/|$)/.test(m.unit ?? '') && /GDP$/i.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/**
 * Context that makes a number a name, a date or a threshold rather than a figure. Each test looks at a few
 * characters around the mention only.
 */
export function isExcludedContext(text: string, m: NumberMention): boolean {
  const before = text[m.start - 1] ?? '';
  const after = text[m.end] ?? '';
  const next = text.slice(m.tail, m.tail + 8);
  const prev = text.slice(Math.max(0, m.start - 6), m.start);
  // 5G, G20, PM2.5, 4A级, 教育信息化2.0 written with Latin letters around it.
  if ((LATIN.test(before) && !moneyAfterGdp(text, m)) || (m.unit === null && LATIN.test(after))) return true;
  // 株洲608所AES100发动机 (湖南 2026, dev): an institute named by its number, its product's Latin code right after it —
  // no count of institutes (a count's noun after 所 is Chinese: 新建普通高中11所, 20所医院).
  if (m.unit === '所' && m.tail === m.end && LATIN.test(after)) return true;
  // 7×24小时, “1+10”, 1/4 handled as a share elsewhere.
  if (/[×x*+＋]/.test(before) || /^[×x*+＋]/.test(after)) return true;
  if (m.unit === '年' && isCalendarYear(m.value)) return true; // a year
  if (m.unit === null && m.nature === 'bare' && isCalendarYear(m.value) && /^[年—―\-至到]/.test(after)) return true;
  if (m.nature === 'bare' && /^[月日号时]/.test(after)) return true; // dates and times
  if (m.unit === '年' && /^(?:行动|计划|规划|攻坚|倍增|禁渔|禁捕|过渡期)/.test(next)) return true; // 3年行动计划, 5年过渡期
  // 〔5〕3+4：即3年中职+4年本科, 〔32〕3+2：即3年中职+2年高职 (src32 阜平县-2022, outside): the years of a school stage spell
  // out a programme's name, spans inside a name as 九年义务教育 is (labels README, Durations); the 4年 after + was never read.
  if (m.unit === '年' && /^(?:中职|高职|本科|专科)/.test(next)) return true;
  // 世界500强, 万吨级, 3号线; but 24%强 is “a little over 24%”.
  // (Not 4.27万公里线路: 线路 is what the length measures; nor 线上/线下, online and offline, which open the counted noun:
  // 建成10个线上零工平台、727家线下零工驿站 — 福建 2025, outside.)
  // (强 only right after a bare number: 成功应对22轮强降水 counts rounds of heavy rain.)
  // (Not after a count's measure word: there the counted noun starts, and may start with one of those characters —
  // 在境外设立了29个代表处 — 深圳 2003; 构建覆盖2000个点、5条线、7个面的扬尘防控体系 — 宝安 2019, both outside.)
  const counted = m.nature === 'count' && m.tail === m.end;
  const nameSuffix = !counted && (/^(?:级|型|代|线(?![路上下])|号线|期)/.test(text.slice(m.end, m.end + 2)) || next.startsWith('级'));
  const strong = (m.unit === null || m.unit === '%') && (after === '强' || next.startsWith('强'));
  if ((nameSuffix || strong) && !(m.unit === '%' && /^[强弱]/.test(after))) return true;
  // 3期工程, 10期项目: a phase names a project; sessions counted (超10期，, 1万期。) end their phrase.
  // (Not issues or sessions held: 举办至少15期企业主题沙龙 — countTargets.ts.)
  if (m.unit === '期' && /^[\u4e00-\u9fff]/.test(after) && !/^(?:以上|左右)/.test(after + (text[m.end + 1] ?? '')) && !sessionsHeld(text, m)) return true;
  if (m.unit === '届' && !/连续$/.test(prev) && !heldEditions(text, m)) return true;
  // 法治浙江建设20年主题活动: an anniversary names an event.
  if (m.unit === '年' && /^(?:系列活动|主题活动|纪念|华诞)/.test(next)) return true;
  // 翻两番，决不仅仅是一个量的概念 / 并就翻两番必须…: the goal spoken of as a subject, no indicator doubling before it.
  if (m.unit === '番') {
    const fan = text.lastIndexOf('翻', m.start);
    if (fan >= 0 && /(?:^|[，。；：,;:]|就)$/.test(text.slice(Math.max(0, fan - 1), fan))) return true;
  }
  if (m.unit === '千伏' || m.unit === '伏') return true; // 1000千伏…变电站, 11万伏变电站: voltage classes name equipment
  // 装机容量四十万千瓦以上的水电站, 设备总容量为一百万千瓦的水电站: a plant's size names the kind of plant.
  // (But 商洛电厂二期、店头电厂二期等402万千瓦机组建成投运: the capacity a list of plants adds up to is a figure.)
  // (Nor 完成2100万千瓦火电机组…超低排放改造: after a verb that builds, retrofits or retires plants, the capacity is
  // the work done — unless a bound makes it a class, 关停淘汰10万千瓦及以下燃煤机组.)
  const worked = /(?:完成|改造|建成|新建|投产|新增|开工|并网|投运|关停|淘汰)$/.test(prev) && m.qualifier !== '以上' && m.qualifier !== '以下';
  // (兆瓦 and 兆瓦时 alike, and a base or a storage system: 开工建设南网720兆瓦储能电站, 国家1000万千瓦光伏大基地 — 宁夏
  // 2026 —, 首款量产级9兆瓦时储能系统 — 福建省 2026, dev.)
  // (A project of that size too, its kind of plant between: 蠡县10万千瓦风电项目并网发电 — 保定 2025 —, 布局建设700万千瓦新型
  // 储能项目 — 内蒙古 2026 —, 2座35万千瓦塔式槽式光热发电项目 — 青海 2026.)
  // (Also a kind of plant of two or three parts: 总投资15亿元的35万千瓦集中式和分布式光伏发电项目, 50万千瓦氢能、储能及其它生物质
  // 新能源项目 — src32 顺平县-2023, outside; that longer reading not past 等, which closes a list of sized plants, each a
  // figure: 国华平阳30兆瓦太阳能光伏发电等新能源项目 — 阜平县-2013.)
  if (POWER_UNITS.has(m.unit ?? '') && /^(?:以上|以下)?的?(?:[\u4e00-\u9fff]{0,3}(?:电站|电厂|机组|基地|储能系统)|[\u4e00-\u9fff]{2,10}?项目|[\u4e00-\u9fff](?:(?!等)[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){1,16}?项目)/.test(text.slice(m.tail, m.tail + 20)) && !/[等共]$/.test(prev) && !worked) return true;
  // 1万千瓦的自动化水轮发电机, 3000台牧业机械生产线, 160万吨造船: the size of a machine or a line names what it is.
  // (Not 5000多万千瓦新增燃煤发电机组全部安装…: a verb between, the figure is the capacity added.)
  // (Nor the lines counted by their own measure word, 基地5条生产线全部投用 — 涞源县 2021; 建设…4条饲料生产线 — 阜平县 2021;
  // nor money, 投资6.5亿元的刘伶醉白酒生产线整体搬迁项目竣工投产 — 徐水区 2013; all outside: a sum sizes no machine.)
  const machine = /^的?([\u4e00-\u9fff]{0,5}?)(?:发电机|水轮机|发电设备|生产线|造船)/.exec(text.slice(m.tail, m.tail + 12));
  const sizesAMachine = m.unit !== null && m.unit !== '条' && m.unit !== '元' && m.unit !== '美元' && m.nature !== 'percent';
  if (sizesAMachine && machine && !/[新增建投装产改]/.test(machine[1] as string)) return true;
  // (Not after a rate verb, which makes the size the capacity of the works after it, listed by the labels README: 日处理
  // 500吨水泥窑协同处理生活垃圾项目建成投入使用 — src32 唐县-2020 — read as a project's name, as 年产 and 日产 already were not.)
  if (namesAProject(text, m) && !isWorksCapacity(text, m)) return true; // 国能哈密400万吨煤制油…项目: a project named by its capacity
  if (sizesTheWorks(text, m)) return true; // 日处理污水6万吨的三期扩容工程: the size of the works
  if (isHypothetical(text, m)) return true; // 只要降低百分之一，就可以…节约八千四百亿元: an illustration
  // 10分钟公共文化圈, 1小时通勤圈, 主要城市间实现1小时通达: a travel-time standard names a zone, not a figure.
  if ((m.unit === '分钟' || m.unit === '小时') && (/^[\u4e00-\u9fff]{0,6}圈/.test(next) || /^(?:通达|到达|直达|抵达)/.test(next))) return true;
  // 初步建成城区2公里充电服务圈 (唐县 2021), 基本建成500米“超充圈” (罗湖 2025), both outside: a radius names a zone as a
  // travel time does, the quote may open between. (建成绿道28.3公里，打造“15分钟健身圈” — 唐县 2023: a length ends its clause.)
  if ((m.unit === '公里' || m.unit === '米') && /^[“"]?[\u4e00-\u9fff]{0,6}圈/.test(next)) return true;
  if (m.unit === '小时' && /(?:每天|全天|每日)$/.test(prev)) return true; // 每天24小时提供服务: opening hours
  // 落地实施240小时过境免签政策: the length of stay names the policy (停留时间延长至240小时 is the figure).
  if (m.unit === '小时' && /^(?:过境免签|免签)/.test(next)) return true;
  // 根据前十一个月的实绩, 前3个季度: the months so far are a time frame (提前3个月 is time gained, a figure).
  // (And the years before: 城市基础设施投资相当于前7年的总和 — 河北 2011; the dev labels count no 前N年.)
  if ((m.unit === '个月' || m.unit === '季度' || m.unit === '年') && /前$/.test(prev) && !/提前$/.test(prev)) return true;
  // 改革开放30多年的辉煌成就: the years since the reform are a time frame; 学前1年免保教费 names the year of schooling.
  if (m.unit === '年' && /(?:改革开放|学前)$/.test(prev)) return true;
  // 从1900年到1948年，49年合计 / 1965年到1976年11年中: the length of a span just named is a time frame too.
  if (m.unit === '年' && /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[，,]?$/.test(text.slice(Math.max(0, m.start - 7), m.start))) return true;
  // 把人民群众利益放在第一位, 吃饭问题始终是第一位的: a priority, not a ranking. (And 把维护稳定作为第一位的工作任务 —
  // 西藏 2026, outside the corpus, twice: what is taken as the first task, no place in a ranking.)
  // (A few words may stand between: 坚持把安全发展放在城市工作第一位 — 坪山 2017, outside, where 城市 read as a ranking's scope.)
  if (m.nature === 'rank' && m.value === 1 && (/(?:放在|摆在|始终是|作为|当作|视为)$/.test(prev) || /(?:放在|摆在)[^，,。；;、]{1,6}$/.test(text.slice(Math.max(0, m.start - 10), m.start)))) return true;
  // 省内规模前10位的钢铁企业占全省总产能的比重 (河北 2011), 综合排名前三名的部门和乡镇授予红旗 (曲阳县 2022, glossary), both
  // outside: a top band before 的 and the things in it sorts them into a class, as 前1‰学科 does — the share or the
  // award is said of the class. (成为全国前10位的城市 would be the subject's own rank: not after such a verb.) A bottom band
  // sorts the same way (综合排名后五名的部门和乡镇 — 曲阳县 2022, beside its 前三名).
  if (m.nature === 'rank' && (text.startsWith('前', m.start) || text.startsWith('后', m.start)) && /^的[\u4e00-\u9fff]/.test(next) && !/(?:成为|进入|跻身|入围|位居|跃居)[^，,。；;]{0,8}$/.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  // 近3年年均, 用13年时间, 20年来: a span of years is a time frame, not a figure.
  // (5年累计投入6200多亿元, 高新技术企业数3年翻一番: the span a total or a doubling took is a time frame too.)
  // (And a span lived through or left alone: 本世纪头20年 — 河北 2004; 新中国外交走过了60年光辉历程 — national 2010;
  // 终结了延续2600多年农民种田交税的历史 — 2007; 战胜50年不遇的严重干旱 — 河北 2012; 调整了２５年没有动过的 — 1992.)
  // (After 连续 it would be a streak, which the labels count.)
  // (And the span an effort is given, however it is written: 力争通过3年努力 — 保定 2023; 力争通过5年努力 — 河北 2004;
  // 力争用5年左右的时间, 力争通过5年左右的努力 — 河北 2009, all outside the corpus; 用三年时间 and 经过五年努力 were
  // already time frames, and the dev labels list none of 2008's 用两年时间 ×2, 用三年左右时间 or 2016's 经过五年努力.)
  if (m.unit === '年' && (/^(?:年均|以来|来|时间|之内|内|间|累计|翻|一遇|不遇|的?(?:时间|努力|奋斗))/.test(next) || (/^(?:没有|没动)/.test(next) && !/连续$/.test(prev)) || /(?:今后|过去|最近|近|未来|经过|经过了|历经|时隔|头|走过了?|延续了?)$/.test(prev))) return true;
  // 西部大开发新10年, 民间投资新36条: a plan or a policy named by its span or its number of articles.
  if (before === '新' && (m.unit === '年' || m.unit === '条')) return true;
  // 新增ESI全球前1‰学科, 进入ESI前千分之一: a percentile band names a class, it is neither a rank nor a share.
  if ((m.unit === '%' || m.unit === '‰') && /前$/.test(prev)) return true;
  // 0—6岁儿童, 65岁以上老年人: an age range or bound before people names a group.
  if (m.unit === '岁' && /^(?:以上|以下)?的?(?:儿童|老年人|老人|婴幼儿|幼儿|人口|居民|妇女|孕产妇|学生|青少年)/.test(text.slice(m.end, m.end + 8))) return true;
  if (m.nature === 'bare' && /^(?:热线|专线|平台)/.test(after)) return true; // 12345热线
  // 20万以上人口县, 覆盖20万人口以上的县: a population that sorts places into a class, not a head count.
  if (m.unit === null && /^(?:以上|以下)?人口(?:以上|以下)?的?(?:县|市|城市|城镇|镇|乡|村|地区)/.test(text.slice(m.end, m.end + 10))) return true;
  if (/时速$/.test(prev)) return true; // 时速350公里高铁
  // 最低收购价每50公斤提高5到7元, 每10万人刑事案件数: the quantity a rate is per, not a figure. (每立方米33微克 is read
  // as one figure before this; 每千人口 never becomes one.)
  if (before === '每' && m.unit !== null) return true;
  // 相当于5年前1.5个百分点, 比五年前增加: a point in time counted back, not a span that is a figure.
  if (m.unit === '年' && /^[前后](?![列进行移])/.test(after)) return true;
  if (/第$/.test(prev) && m.nature !== 'rank') return true; // 第十四届, 第二十次: ordinals
  // 十一次全会; and the first of meetings listed before their noun: 省委九届十一次、十二次全会 (保定 2021, outside the corpus;
  // 安徽 2026's 十一届十次、十一次全会 is the same list, its first member one character and so never a figure).
  if (m.unit === '次' && /^(?:、[一二三四五六七八九十]{1,3}次){0,3}(?:全会|会议|全体会议|代表大会|全国代表大会|党代会)/.test(text.slice(m.tail, m.tail + 24))) return true;
  // 严格落实国务院安委会十五条硬措施 (涞源县 2025), 深入落实国务院安委会安全生产十五条硬措施 (米易县 2023), both outside: a
  // package another body issued, named by its count in Chinese numerals and carried out — its name, as the quoted
  // “十五条硬措施” is (顺平县 2023) — no measures of the report's own (出台20条举措, in digits and issued, is a figure).
  if (CARRIED_OUT_PACKAGE.test(text.slice(m.start, m.end)) && PACKAGE_MEASURES.test(next) && CARRYING_OUT.test(text.slice(Math.max(0, m.start - 18), m.start))) return true;
  // 重点做好十个方面工作, 15个方面的重点任务: areas counted are the report's outline; only a livelihood programme counted
  // in areas is a figure, as its count in 件 or 项 is (十方面民生实事 — 浙江 2026, dev, labelled twice; 扎实办好9方面民生
  // 实事 — 陕西 2025, outside the corpus).
  if (m.unit === '方面' && !LIVELIHOOD_PROGRAMME.test(text.slice(m.end, m.end + 6))) return true;
  // 14.2025年10件民生实事：加大…, 20.2026年10件民生实事：… (江西 2025, outside the corpus; jiangxi 2026, dev, not
  // labelled): the term a numbered glossary entry explains names what the body counted, no figure of its own. Only a
  // short term opening the paragraph with its number and closed by a colon; what follows the colon is read as usual.
  // (So with a note's mark: 〔22〕6个老旧小区改造提升：化工厂(南)家属楼、… and 〔25〕3个绿色社区：即… — 阜平县 2022, whose body
  // counted 实施6个老旧小区改造提升〔22〕 and 3个绿色社区〔25〕; 〔24〕13所农村寄宿制学校：包括… — 阜平县 2021; [11]15件群众身边
  // 实事：整治… — 易县 2025; [5]6个100%：施工工地100%围挡… — 涞水县 2020, the package's name; all outside. The README reads
  // a glossary term as no figure.)
  if (m.start <= GLOSSARY_TERM_MAX && GLOSSARY_NUMBER.test(text.slice(0, m.start)) && GLOSSARY_COLON.test(text.slice(m.tail, m.tail + 17))) return true;
  // (And a term in brackets, the glossary of src32 清苑区 2020 and 2021, outside: 19.[六个百分之百]指施工现场围挡率、… — the
  // package 涞水县 2020 writes [5]6个100%：….)
  if (m.start <= GLOSSARY_TERM_MAX && GLOSSARY_BRACKET_OPEN.test(text.slice(0, m.start)) && GLOSSARY_BRACKET_CLOSE.test(text.slice(m.tail, m.tail + 17))) return true;
  if (boundsADefinedClass(text, m)) return true; // [17]“独角兽”企业：指成立10年以内、估值超过10亿美元…的企业
  // 24小时 right before a word says round the clock, not a length of time: 24小时不打烊, 24小时在线监控 (national 2017, dev,
  // not labelled), 皇岗口岸24小时通关 (深圳 2003), 24小时街区自助图书馆 (深圳 2010), 市政公厕24小时开放 and 24小时便民服务
  // 热线 (district reports), all outside. A time limit keeps its bound or closes its clause: 缩短至24小时以内, 压缩到24小时。
  if (m.unit === '小时' && m.value === 24 && m.tail === m.end && /^[“"]?[\u4e00-\u9fff]/.test(next) && !/^(?:内|之内|以内|以上|左右|的时间)/.test(next)) return true;
  if (/^部分/.test(next)) return true; // 100万元至300万元部分: a tax bracket
  // 8座以下小汽车: a class boundary, not a figure (no measure verb before it, a noun right after 以上/以下).
  // (Not a share: 95%以上实行备案管理, 八成以上财政资金用于民生, 扩大到85%以上地市 give the part of the noun after
  // it — a rate that bounds a class, 空置率50%以上的“空心村”, is read by isClassBound. 单笔50万元以下拖欠企业账款 stays a class. Nor “at least N” of the things a count unit counts, 50家以上省级产业链核心
  // 支撑企业, 100个以上项目纳入…, 30万以上参保孕产妇: there the noun after 以上 is what is counted.)
  // (Only 以上/以下 written after the figure: 完成不少于100万批次农产品快检 counts what follows.)
  // (Nor the amount a plan provides or frees, the object of 提供 or 释放: 为…企业提供3亿元以上无抵押…贷款 (宝安 2016),
  // 未来3年提供200万平方米以上保障性产业用房 (南山 2017), 五年内释放10平方公里以上产业用地空间 (坪山 2017), 通过拆除释放
  // 2.65平方公里以上用地空间 (宝安 2016), 整合释放6公顷以上空间资源 (盐田 2018), all outside: no class is cut there.)
  const boundAfter = (m.qualifier === '以上' || m.qualifier === '以下') && (m.qualifierStart ?? -1) >= m.end;
  // (Nor half or a fraction of the noun: 到2015年，一半以上县（市）建成一家… — 保定 2011, outside the corpus.)
  // (Nor a count a verb brings about: 推进2套以上岸电设施建设, 开工改造4个以上老旧小区 — countTargets.ts.)
  // (Nor the next item of a list such a verb governs: 建设4.8公里风雨连廊和50公里以上自行车道 — 南山 2021; 完成20处以上
  // 交通综治工程和10公里以上非机动车道建设 — 南山 2024; both outside.)
  const listed = /[和及、]$/.test(prev) && BOUND_LIST_AFTER_VERB.test(text.slice(Math.max(0, m.start - 28), m.start));
  if (boundAfter && /^[\u4e00-\u9fff]/.test(next) && !countsWhatFollows(text, m) && !countBroughtAbout(text, m) && !/^(?:的增长|的)/.test(next) && m.unit !== '%' && m.nature !== 'fraction' && !REACHING_VERB.test(prev) && !BOUND_VERB_BEFORE.test(prev) && !listed) return true;
  // 3岁以下婴幼儿, 60岁以上老人: an age bound names a group; but 人均预期寿命提高到80岁以上 is a level reached.
  // (人均预期寿命提高1岁以上: a rise by a bound, too.)
  if (m.unit === '岁' && (m.qualifier === '以下' || m.qualifier === '以上') && !REACHING_VERB.test(prev) && !/(?:[达为]|提高|提升|增加|延长)$/.test(prev)) return true;
  // 1080P: a resolution, not computing power (算力规模突破4000P is computing power: 算力 is named before it).
  if (m.unit === 'P' && !/[万亿]/.test(text.slice(m.start, m.end)) && !/算力[\u4e00-\u9fff]{0,6}$/.test(text.slice(Math.max(0, (m.qualifierStart ?? m.start) - 10), m.qualifierStart ?? m.start))) return true;
  // 在全国占比超过10%的有44种: a threshold that sorts things into a class, counted by the figure after it.
  // (A range too: 亩产皮棉八十斤到九十九斤的有五十五个县, national 1960.)
  // (But a growth the things listed after 的有 share is their figure: 产量将增长百分之五十以上的有生铁、钢、原油 — national
  // 1959, dev labels.)
  const grownBy = m.unit === '%' && /(?:增长|增加|提高)了?$/.test(text.slice(Math.max(0, m.start - 3), m.start));
  if ((m.qualifier === '超过' || m.qualifier === '以上' || m.valueMax !== undefined) && /^(?:以上)?的有/.test(next) && !grownBy) return true;
  // 191家工业企业营业收入超百亿元, 100家年产值10亿元以上的…: a bound on the size of what a count counts is a class,
  // not a figure (but 为3.4万家企业解决融资超过8300亿元 is one). A bound is a round figure; a total of the things counted
  // is not (37个县域特色产业集群营收超4500亿元 — 保定 2025; 乳肉薯绒等7条重点产业链产值突破7000亿元 — 内蒙古 2025;
  // “牛羊菜果薯药粮种”8个产业集群全产业链产值突破6100亿元 — 甘肃 2025; all outside, all dropped before).
  const prefixQualifier = m.qualifierStart !== undefined && m.qualifierStart < m.start;
  const bounded = prefixQualifier ? (m.qualifierStart as number) : m.start;
  if ((m.qualifier === '超过' || m.qualifier === '以上') && roundBound(m.value) && /\d(?:\.\d+)?[万亿]?(?:个|家|项|所|条|种|座)[^，,。；;、\d]{0,10}(?:营业收入|销售收入|主营业务收入|营收|产值|规模|总投资|投资额|资产)$/.test(text.slice(Math.max(0, bounded - 20), bounded))) return true;
  // Thresholds that define a class: 亿元以上项目, 超10亿元的龙头企业.
  // (Not a share a coverage reaches: 城镇居民医保试点要扩大到全国50%以上的城市.)
  // (Not a percentage: 60%以上的县级特困供养机构 is the part of them, like 50%以上的城市.)
  if ((boundAfter || (m.qualifier === '超过' && prefixQualifier)) && m.unit !== '%' && !countsWhatFollows(text, m) && /^(?:的)?(?:[\u4e00-\u9fff]{0,4})(?:项目|企业|龙头企业|工业企业|园区|城市|县|镇)/.test(next) && /^(?:的|项目|企业|工业|重大|产业|龙头)/.test(next)) return true;
  // 推动50万元以上的经济强村数量实现稳步增长 (src32 高唐县-2023), 城镇人均住房面积15平方米以下的低收入家庭 (河北省-2011),
  // 集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个 (national 1981; all outside): a size bound before 的 and
  // villages or households sorts them into a class (the strong villages, the poorly housed families), as 亿元以上的项目
  // does firms' works — whether or not the class is counted after it. Only a size (not a count: 10条以上的背街小巷), only
  // 以上/以下 written after it (not 控制在十二亿以内的目标), and the head closing a short noun phrase right after 的.
  if (boundAfter && m.unit !== null && SIZE_UNITS.has(m.unit) && CLASS_OF_VILLAGES.test(next)) return true;
  // 五年内新建一百万吨以上的大型矿井二十八个 (national 1982, dev), 世界上年产石油一亿吨以上的国家不到十个 (1981): a size
  // bound on things then counted in the same clause is a class, whatever attribute it bounds.
  if (boundAfter && m.unit !== null && SIZE_UNITS.has(m.unit) && BOUND_THEN_COUNTED.test(text.slice(m.tail, m.tail + 24))) return true;
  if (m.qualifier === '超过' && prefixQualifier && (m.unit === '元' || m.unit === '美元') && CLASS_OF_FIRMS.test(next)) return true;
  // 香港味群食品加工、国家军粮储备库等投资过亿元外来大项目纷纷落户 (src32 清苑区-2003), 引进过亿元招商引资项目55个 (高唐县-2022):
  // a round sum over a bound right before a kind of project sorts projects, as 亿元以上项目 and 投资过亿元的大项目 do — the
  // 的 left out and a modifier (外来大, 招商引资) before 项目, which the rule above reads only when 的 or 项目 opens.
  if (m.qualifier === '超过' && prefixQualifier && (m.unit === '元' || m.unit === '美元') && roundBound(m.value) && CLASS_OF_PROJECTS.test(next)) return true;
  if (BATCH_OVER.test(text.slice(Math.max(0, m.start - 32), m.start))) return true;
  if (shareReachingBound(text, m)) return true;
  return isClassBound(text, m, bounded);
}

/**
 * Whether a value is the round kind a class is cut at: 1, 2, 3 or 5 times a power of ten (百亿, 10亿, 50亿, 20万, 300亿),
 * as thresholds are written. Two significant digits (4500亿) or another leading digit (7000亿) make a total.
 */
export function roundBound(value: number): boolean {
  if (!(value > 0) || !Number.isFinite(value)) return false;
  // (Read from the written digits, 12 significant, so that a float built from a magnitude (3.48万亿) rounds first.)
  const mantissa = Number(Number(value.toPrecision(12)).toExponential().split('e')[0]);
  return mantissa === 1 || mantissa === 2 || mantissa === 3 || mantissa === 5;
}

/**
 * 支持…出口超亿美元大户壮大规模 (河北 2010, dev; 2009), 利用外资超亿美元的开发区达到25个 (2018), 全省超百亿元特色产业集群达到90个
 * (2023): money over a bound right before the kind of firm or zone it sorts is a class, whether or not the class is
 * counted. (Counties are left out: the dev labels read 新增经济总量超200亿元县2个 as a figure.)
 */
const CLASS_OF_FIRMS = /^的?[\u4e00-\u9fff]{0,6}?(?:大户|企业|开发区|园区|产业集群|集群|龙头企业|公司|集团)/;

/** Projects of a kind right after the bound (外来大项目, 招商引资项目), no punctuation between. */
const CLASS_OF_PROJECTS = /^[\u4e00-\u9fff]{0,6}?项目/;

/**
 * 的, at most four characters of modifier, and villages or households sorted by a size (经济强村, 低收入家庭, 大队) —
 * not 村级道路, 村庄, 村民 or 家庭农场, where the head is another thing.
 */
const CLASS_OF_VILLAGES = /^的[\u4e00-\u9fff]{0,4}?(?:村|大队|生产队|家庭)(?![级庄民委镇]|农场)/;

/**
 * 着力培育一批资产超50亿元、100亿元、有较强影响力的大型文化企业集团 (河北 2011), 培育一批产值超500亿、1000亿优势特色产业集群
 * (甘肃 2025; both outside): “a batch of” things sized by an attribute right after 一批 are a class, and every bound of
 * the list after 超 sorts them — no total, whatever noun follows. Read on the few characters before each bound.
 */
const BATCH_OVER = /一批年?(?:资产|产值|营收|营业收入|销售收入|主营业务收入|规模|税收|利润)(?:超过|超)(?:[\d.]+[万亿]*元?、){0,3}$/;

/** 的, a noun phrase of the class, and its count (…以上的大型矿井二十八个, …以上的国家不到十个). */
const BOUND_THEN_COUNTED = /^的[^，,。；;、]{1,16}?(?:不到|近|约|有)?(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|座|项|所)/;

/**
 * 成功举办2届亚欧博览会、3届商博会: editions held, counted — written in digits right after 举办/承办 or in a list that
 * follows one. (十四届全运会 and 第八届 are ordinals: 成功举办十四届全运会 names the fourteenth games.) 两 is a count
 * only, never an ordinal: 连续举办两届产业转移对接活动 (甘肃 2026), 成功举办了两届中国吴桥国际杂技艺术节 (河北 2003, outside).
 */
const HELD_BEFORE = /(?:举办|承办)了?(?:\d+届[^，,。；;\d]{1,10}、){0,3}$/;

function heldEditions(text: string, m: NumberMention): boolean {
  const written = text.slice(m.start, m.end);
  // (连续举办七届: in a run of holding, a numeral in words counts editions too — achievedCounts.ts's heldInARow.)
  if (/^[三四五六七八九十]{1,3}届$/.test(written) && heldInARow(text, m.start)) return true;
  return /^(?:\d+|两)届$/.test(written) && HELD_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start));
}

/** Verbs whose object a bound after its figure is (建设50公里以上自行车道, 释放10平方公里以上产业用地空间), not a class. */
const BOUND_VERBS = '增长|达|超过|提高|为|在|保持|实现|培育|打造|建设|建成|新建|引进|新增|创建|认定|招引|培养|发展|支持|布局|争创|力争|突破|完成|推动|吸引|带动|覆盖|提供|释放';
const BOUND_VERB_BEFORE = new RegExp(`(?:${BOUND_VERBS})$`);
/** Such a verb, a figure after it and the rest of its list item, up to the 和/及/、 before the next item. */
const BOUND_LIST_AFTER_VERB = new RegExp(`(?:${BOUND_VERBS})(?:不少于|超过|近|约)?\\d[^，,。；;：:和及、]{0,16}[和及、]$`);

/** Count units whose 以上 reads “at least N of”: not 座 (8座以下小汽车 counts seats) nor ages and durations. */
const AT_LEAST_UNITS: ReadonlySet<string> = new Set(['个', '家', '项', '所', '人', '户', '条', '批', '件', '种', '张', '台', '辆', '艘', '场', '人次']);
const PEOPLE_NEXT = new RegExp(`^[\\u4e00-\\u9fff]{0,3}?(?:${alternation([...PEOPLE_NOUNS, ...HOUSEHOLD_NOUNS])}|孕产妇|用户)`);

/** “N以上 + noun” that counts the noun: a count unit, or a bare magnitude before people (30万以上参保孕产妇). */
function countsWhatFollows(text: string, m: NumberMention): boolean {
  if (m.qualifier !== '以上') return false;
  // (Not a class of places: 20户以上自然村, 10万人以上城市, 3个以上的县 are places of that size. 乡村振兴 is no place but
  // the policy the counted things serve: 滚动推进100个以上乡村振兴“十大行动”重点项目 — 福建 2025, outside, dropped before.)
  if (m.unit !== null) {
    const after = text.slice(m.tail, m.tail + 6);
    return AT_LEAST_UNITS.has(m.unit) && m.nature === 'count' && (/^的?乡村振兴/.test(after) || !/^的?[\u4e00-\u9fff]{0,2}?(?:城市|县|镇|乡|村|地区|社区|小区)/.test(after));
  }
  return m.nature === 'amount' && /[万亿]/.test(text.slice(m.start, m.end)) && PEOPLE_NEXT.test(text.slice(m.tail, m.tail + 8));
}

/** The size a class of things is cut at: a money, output or flow figure (not a count of the things themselves). */
const SIZE_UNITS: ReadonlySet<string> = new Set(['元', '美元', '吨', '千瓦', '人次', '平方米', '亩', '立方米', '标准箱', '千瓦时']);
/** Attributes a class of things is sorted by, named right before the bound (营业收入超50亿元, 空置率50%以上). */
// (纳税: 纳税超亿元楼宇 — 福田 2014, 年纳税过千万元的企业 — 清苑区 2020, both outside.)
const SIZE_ATTRIBUTE = /(?:收入|营收|产值|总值|总量|规模|投资|吞吐量|出口|出口额|销售额|交易额|资产|利润|税收|纳税|年产)$/;
/**
 * A count of the class later in the clause (…产业集群6个和4个, …的龙头企业达100家, …的行政村占比达68%); buildings too
 * (税收过亿元楼宇达86栋 — 福田 2019, 纳税超亿元楼宇预计新增5栋 — 福田 2014, both outside).
 */
const COUNTED_AFTER = /^[^，,。；;：:]{0,16}?(?:\d+(?:\.\d+)?万?(?:个|家|户|所|座|项|条|种|批|栋|幢)|[一二两三四五六七八九十百千]+(?:个|家|户|所|座|项)|占比|比重|比例)/;
/** A count of the class just before the attribute (第4个吞吐量超千万人次的机场, 30家年产值10亿元以上的). */
const COUNTED_BEFORE = /(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|户|所|座|项)[^，,。；;\d]{0,8}$/;

/**
 * The class after a money bound's 的, then the part of it that reaches a level: the class noun left out (达到50%) or a
 * short one before 占, 达到 or 达 and a percentage (村占50%, 村达到50% — 保定 2022, 易县 2022, 曲阳县 2022, outside).
 */
const CLASS_SHARE_AFTER_DE = /^的(?:[\u4e00-\u9fff]{1,4}?(?:占|达到|达)|达到|达|占)(?:比|比重)?(?:达到?|为)?\d+(?:\.\d+)?%/;

/**
 * Villages sorted by what they earn (消除村集体收入5万元以下的村 — 保定 2022, 易县 2022, 曲阳县 2022, outside): the bound names
 * the class of weak or strong villages whether or not the class is counted after it.
 */
const VILLAGES_OF_THAT_SIZE = /^的(?:行政村|村|社区)/;

/**
 * A share of villages, then what each earns reaching a bound: 全县55%以上的村（社区）经营性收入达到10万元以上 (安新县 2024),
 * 确保50%以上的村集体收入达到10万元以上 (阜平县 2022), both outside. The share is the figure; the money after 达到 is the
 * bound that sorts the villages, as it is when written before them (收入10万元以上的村占50%以上 — 河北 2022).
 */
const SHARE_THEN_ATTRIBUTE_REACHING = /\d+(?:\.\d+)?%(?:以上)?的[^，,。；;\d%]{1,14}?(?:收入|营收|产值)(?:达到|达|超过)$/;

/**
 * 集体收入10万元以上的村占50%以上 (河北 2022), 50万元以上的达到50%，100万元以上的达到20% (保定 2023, the class noun left
 * out): money bounded by 以上/以下 written after it, then 的 and the share of the things of that size, sorts things into
 * a class — the share is the figure, not the bound.
 */
function moneyClassBound(m: NumberMention, rest: string, sized: boolean): boolean {
  if (m.unit !== '元' && m.unit !== '美元') return false;
  if (m.qualifier !== '以上' && m.qualifier !== '以下') return false;
  if ((m.qualifierStart ?? -1) < m.end) return false;
  return CLASS_SHARE_AFTER_DE.test(rest) || (sized && VILLAGES_OF_THAT_SIZE.test(rest));
}

/** Money over a bound that a share of villages earns (…的村集体收入达到10万元以上): see SHARE_THEN_ATTRIBUTE_REACHING. */
function shareReachingBound(text: string, m: NumberMention): boolean {
  if (m.unit !== '元' || m.qualifier !== '以上' || (m.qualifierStart ?? -1) < m.end) return false;
  return SHARE_THEN_ATTRIBUTE_REACHING.test(text.slice(Math.max(0, m.start - 28), m.start));
}

/**
 * Sizes named as examples of a kind of works: 象 (像, 例如, 比如, 诸如) earlier in the sentence and 等等 later —
 * 象年产一百五十万吨钢的钢铁联合企业，年产二百四十万吨煤的煤矿，…，等等 (national 1959, dev); 例如，…年产十万吨的造纸厂，等等 (national 1958, outside).
 * Bounded windows.
 */
function givenAsExample(text: string, m: NumberMention): boolean {
  // (120 characters back: a list of examples runs long — 例如，年产一百五十万吨的钢铁联合企业，…，多种类型的机器制造厂和年产
  // 十万吨的造纸厂，等等, national 1958, outside.)
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const after = text.slice(m.tail, m.tail + 60);
  return /(?:象|像|例如|比如|诸如)[^。；;！？]*$/u.test(before) && /^[^。；;！？]*等等/u.test(after);
}

/**
 * 营业收入超50亿元、超100亿元产业集群6个和4个, 收入50万元以上的行政村占比达68%, 空置率50%以上的“空心村”, 年产一百五十万吨钢的
 * 钢铁联合企业: a bound on an attribute that sorts things into a class, the class then counted, is not a figure. Only a
 * bound (超/超过 before, 以上/以下 after, a range) on a size unit or on a rate named as such; a noun must follow it,
 * and the class must be counted in the same clause (or the attribute be a capacity, 年产). Bounded look-around only.
 */
function isClassBound(text: string, m: NumberMention, bounded: number): boolean {
  const isRate = m.unit === '%';
  if (!isRate && !(m.unit !== null && SIZE_UNITS.has(m.unit)) && !(m.unit === null && m.nature === 'amount')) return false;
  const lead = text.slice(Math.max(0, bounded - 12), bounded);
  const capacity = /年产$/.test(lead);
  const bound = m.qualifier === '以上' || m.qualifier === '以下' || (m.qualifier === '超过' && m.qualifierStart !== undefined && m.qualifierStart < m.start) || m.valueMax !== undefined;
  if (!bound && !capacity) return false;
  // What follows: 的 and a noun, or the noun itself (超100亿元产业集群); a list of bounds (超50亿元、超100亿元…) reads on.
  let at = m.tail;
  while (text[at] === '、' && /^(?:超过?)?\d/.test(text.slice(at + 1, at + 4))) {
    const close = /^、(?:超过?)?[\d.]+[万亿]*[\u4e00-\u9fff%]{0,2}?(?:以上|以下)?/.exec(text.slice(at, at + 16));
    if (!close) break;
    at += close[0].length;
  }
  const rest = text.slice(at, at + 24);
  // (超50亿元、超100亿元产业集群 and 超百亿元的30家企业、超十亿元的…: a later bound of a list shares the first one's attribute.)
  const attribute = lead.replace(/(?:超过|超)$/, '');
  const sized = SIZE_ATTRIBUTE.test(attribute) || /(?:[万亿]?元|以上|以下)[^，,。；;]{0,8}、$/.test(attribute);
  // (超十亿元的247家企业: the count of the class right after 的.)
  if (!isRate && sized && /^的(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|户|所|座|项)/.test(rest)) return true;
  if (moneyClassBound(m, rest, sized)) return true;
  const noun = /^的?[\u4e00-\u9fff“"]/.exec(rest);
  const head = rest.replace(/^的/, '');
  if (!noun || /^(?:的有|的增长|的幅度|的目标|的水平|的基础|的高基数)/.test(rest) || (isVerb(head.slice(0, 2)) && !opensWithVerbNoun(head))) return false;
  if (isRate) return /率$/.test(lead) && rest.startsWith('的');
  // (A rate verb before a size says the capacity of the works that follows it, listed by the labels README: 建成年产5万吨
  // 有机肥厂 — worksCapacity.ts names it. Not when sizes are examples of a kind of works, 象年产一百五十万吨钢的钢铁联合
  // 企业…，等等 — national 1959, dev, not labelled; nor a size with no works word after it, 年产80万吨净水剂等10个项目.)
  if (capacity) return !isWorksCapacity(text, m) || givenAsExample(text, m);
  if (!sized) return false;
  return COUNTED_AFTER.test(rest.slice(noun[0].length)) || COUNTED_BEFORE.test(lead.replace(/[\u4e00-\u9fff]*$/, (w) => w));
}
