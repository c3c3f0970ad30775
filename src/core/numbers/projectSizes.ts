/**
 * A capacity written between a company or a place and a product names a project, it is no figure of the report:
 * 国能哈密400万吨煤制油和…煤制天然气项目开工, 白银集团7万吨锌基合金等项目建成, 沃锦储热40万吨熔盐装置技术升级,
 * 青海广泰10万吨再生铝等项目建设 (新疆, 甘肃, 青海 2026), 延长石油150亿方/年天然气产能倍增工程 (陕西省 2026, dev).
 * The figure is a mass, a volume or a count of pieces; nothing that measures stands before it (no verb, no 产量/能力/在/达, no qualifier, no
 * list); a product noun, not a verb, follows; and the clause speaks of projects. Bounded look-around only.
 */
import { isVerb } from '../lexicon/verbs';
import type { NumberMention } from './types';

/**
 * Masses and volumes a plant or a mine is sized by (per year or not), and 只, the pieces a works makes: 力争风帆500万只蓄电池
 * 二期项目竣工投产 (src32 徐水区人民-2013), 风帆工业园项目500万只密闭免维护蓄电池主车间、办公楼等工程完工 (徐水区-2012), both
 * outside, name the battery works by its size as 宏润20万吨印染 names a dye works (labels README: not listed). So do 辆, the
 * vehicles a car works makes: 长城100万辆整车及零部件项目累计完成投资189亿元 (dev 徐水县-2015, labelled blind without it),
 * 启动第二个50万辆整车项目 and 第二个50万辆整车等项目的土地征迁 (src32 徐水区人民-2013, outside).
 */
const CAPACITY_UNITS: ReadonlySet<string> = new Set(['吨', '吨/年', '立方米', '立方米/年', '只', '辆']);
/**
 * Endings before the figure that measure it or list it (产量稳定在1955万吨, 生产能力1.1亿吨, 分别达到, 和, 、): then the
 * figure is an amount reported, not a project's size.
 */
const MEASURED_BEFORE = /(?:[在到至为达超约近共计产量力模总各增减了是有和及与或、的从由比等余]|能力|规模|产能|年产|日产)$/;
/** What may not open the words after the figure: a bound, a class, a unit's tail or the end of a phrase. */
const NOT_A_PRODUCT = /^(?:以上|以下|左右|级|的|标准|当量|和|及|等|或)/;
/** The clause speaks of projects, plants or their upgrades. */
const PROJECT_WORD = /项目|工程|装置|技改|改造|升级|生产线|一体化/;
const CJK = /[\u4e00-\u9fff]/;

export function namesAProject(text: string, m: NumberMention): boolean {
  if (m.unit === null || !CAPACITY_UNITS.has(m.unit) || m.valueMax !== undefined) return false;
  if (m.qualifierStart !== undefined && m.qualifierStart < m.start) return false;
  const prev = text.slice(Math.max(0, m.start - 4), m.start);
  // A project head a few characters on (再生铝等项目, 乙烯一期工程): the capacity and its product are the project's name.
  const product = PRODUCT_THEN_PROJECT.exec(text.slice(m.tail, m.tail + 12));
  const headed = product !== null && !WORK_VERB.test(product[1] as string);
  // (A figure that opens its sentence names the project too when the head follows: 。30万吨乙烯一期工程的建成投产.)
  const opens = headed && /(?:^|[。；;])$/.test(prev);
  if ((!CJK.test(prev.slice(-1)) && !opens) || MEASURED_BEFORE.test(prev) || isVerb(prev.slice(-2)) || isVerb(prev.slice(-3))) return false;
  const next = text.slice(m.tail, m.tail + 4);
  // (A product that opens like a verb, 再生铝, 再生水, is still a product when the project head follows it.)
  if (!CJK.test(next[0] ?? '') || NOT_A_PRODUCT.test(next) || (isVerb(next.slice(0, 2)) && !headed)) return false;
  const clause = /^[^，,。；;：:]{0,40}/.exec(text.slice(m.tail, m.tail + 40))?.[0] ?? '';
  return PROJECT_WORD.test(clause);
}

/**
 * A product of two to eight characters and then the project (…等项目, …一期工程): 青海广泰10万吨再生铝等项目建设 (青海 2026),
 * 30万吨乙烯一期工程的建成投产 (大庆 1988, a page). No verb of its own may stand between (投产, 建成: then the figure is
 * what was produced or built).
 */
const PRODUCT_THEN_PROJECT = /^([\u4e00-\u9fff]{2,8}?)(?:等项目|项目|[一二三四]期工程)/;
const WORK_VERB = /投产|建成|完成|开工|实施|推进|建设|启动|新增|纳入/;

/** Units a plant, a mine or a works is sized by. */
const PLANT_SIZE_UNITS: ReadonlySet<string> = new Set([...CAPACITY_UNITS, '千瓦']);
/** 以上/以下, 的, then the plant or project it bounds (a few characters of kind between), before the clause ends. */
const THRESHOLD_OF_THE_WORKS = /^(?:以上|以下)的[\u4e00-\u9fff“”、]{0,12}?(?:项目|工程|厂|矿|矿井|电站|基地|码头|泊位|装置|机组|生产线)/;

/**
 * 年产10万吨以上的项目: a capacity bound (以上/以下) and then 的 and the works says which class of works is meant, no
 * figure ("a threshold before its noun is not", labels README). A capacity said of one works is a figure (README, session
 * 23: "a capacity said of the works is (日处理污水6万吨的三期工程, gaoyang 2019)"), so 日处理污水6万吨的污水处理厂三期工程
 * (高阳 2019, dev, listed twice) and 年炼铁和炼钢各３００万吨的宝钢二期工程 (national 1992) are read; session 37 settled
 * that against f95d66db, which had dropped them.
 */
export function sizesTheWorks(text: string, m: NumberMention): boolean {
  if (m.unit === null || !PLANT_SIZE_UNITS.has(m.unit) || m.valueMax !== undefined) return false;
  if (!THRESHOLD_OF_THE_WORKS.test(text.slice(m.tail, m.tail + 20))) return false;
  // A capacity said as such before it (日处理, 年产, 容量, 能力); not what the works use up.
  return CAPACITY_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
}

const CAPACITY_BEFORE = /(?:[日年](?:处理|产|生产|炼|供|吞吐|输送|加工|发电)|容量|能力|规模|产能)[^，,。；;]{0,6}$/;
