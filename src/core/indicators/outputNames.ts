/**
 * A change of output said by its verb (原煤增产了一千八百二十六万吨, 粮食增产一点四倍, 夏粮减产一成 — national 1958 and 1975,
 * outside; 1959 and 1980, dev) is a change of the product's output: the measure 增产/减产 takes the verb, and the name is
 * the output, as labels head it (原煤产量, 粮食产量, 夏粮产量), not the product alone, nor the product with its verb.
 */
import { firstVerb } from './names';

/** Measures that say an output rose or fell. */
const OUTPUT_CHANGES: ReadonlySet<string> = new Set(['增产', '减产']);

/** A name already of an output, a value or a harvest (粮食总产量, 工业总产值, 产品, 收成): left as it is. */
const OUTPUT_ALREADY = /产|量|收成|收入/;

/**
 * Units a quantity of products is counted in. (Not money nor a percentage: 工业生产增长12%, 生产资料的生产为…亿元 are
 * the value of what is made, and keep their 生产.)
 */
const PHYSICAL_UNITS: ReadonlySet<string> = new Set(['吨', '公斤', '斤', '担', '辆', '台', '千瓦', '度', '千瓦时', '立方米', '米', '件', '套', '艘', '架', '部']);

/** A product's making named with its verb (粮食生产, 整车生产) before its quantity: 粮食产量, 整车产量. */
const MAKING = /(?<=[\u4e00-\u9fff]{2})生产$/;

/** The name of a figure whose measure is `measure`: the product's output when the measure changes an output. */
export function outputName(name: string | null, measure: string | null, unit: string | null = null, context?: () => ProductContext): string | null {
  if (!name) return name;
  // 我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤 (national 1988, dev), 整车生产突破50万辆 (a 2009 city
  // report, outside): a quantity of the product made is its output.
  if (MAKING.test(name) && ((measure !== null && OUTPUT_CHANGES.has(measure)) || (unit !== null && PHYSICAL_UNITS.has(unit)))) return `${name.slice(0, -2)}产量`;
  // (发电增长１５％ among outputs is 发电量, the output's own word.)
  if (context && isBareProduct(name, measure, unit, context)) return name.endsWith('发电') ? `${name}量` : `${name}产量`;
  if (measure === null || !OUTPUT_CHANGES.has(measure) || OUTPUT_ALREADY.test(name)) return name;
  return `${name}产量`;
}

/** Units goods are weighed in when they are made: a product by weight is an output. */
const WEIGHTS: ReadonlySet<string> = new Set(['吨', '公斤', '斤', '担']);

/**
 * Units goods are counted in (辆, 台), and a growth in percent: an output only among outputs — a sentence that weighs a
 * product before it or says 产量 (钢增加了…万吨，…机床增加了一万四千三百台; 产品的产量都有增长：原煤增长１７％) — since a
 * count of vehicles or machines is as often what a place bought, built or retired (公共充电桩达到13万台, 封停处置公车52辆
 * — outside), and a product's growth elsewhere may be its sales or trade.
 */
const PIECES: ReadonlySet<string> = new Set(['辆', '台', '艘', '架']);
const OUTPUTS_BEFORE = /[\d０-９一二三四五六七八九十百千万亿][万亿]?[吨担斤]|产量/;

/**
 * Verbs that make a list of goods something other than what was made: supplied, bought, traded, cut, seized
 * (１９５５年政府供应农民饼肥和化学肥料４５０万吨，农药９万吨 — national 1956, dev: 农药 supplied, not made).
 */
// (And capacities: 新增加的主要生产能力有煤炭２７１４万吨 — national 1992; 分别淘汰落后生产能力1.1亿吨 — 2007, outside.)
const NOT_MADE = /供应|收购|进口|出口|调入|调出|调运|销售|储备|淘汰|压减|化解|消费|缴获|查获|缴毒|能力|产能/;

/** Measures under which a quantity of a product is its output (达到, 增加…), not its trade, stock or sale. */
const OUTPUT_SAYS: ReadonlySet<string> = new Set(['达到', '增长', '增加', '减少', '下降', '完成', '为', '达', '生产', '突破', '超过']);

/** What a name already measures (产量, 出口, 销售额, 储备…): a product's name has none of these characters. */
// (比 and 每 too: 炼铁焦比 and 每人 are ratios and per-head amounts, not things — national 1981, 1960, outside. And the
// words of sectors and the economy — 农业, 服务业, 民营经济, 外贸, 旅游, 信贷 — and of what is emitted — 二氧化硫, 氮氧化物,
// 烟尘, 废水 — are no product: 农业增长4% among outputs is no 农业产量, 二氧化硫减少12万吨 no output — a review. 氧, not
// 硫 or 氮: 硫酸 and 氮肥 are products — 1956, dev.)
const MEASURED = /[产量值额率数费款价资入出口销售储存运收购耗能力积度模装比每业济贸游贷氧尘废污排]/;

/** Words that open a clause without naming anything (至于产量, 结果炼铁焦比): no product follows them in the name. */
const OPENERS = /^(?:至于|关于|对于|其中|结果|包括)/;

/**
 * A product named alone before a quantity of goods (钢3，500万吨, 拖拉机9.75万台, 汽车16万辆 — national 1980, dev;
 * 原煤３０００万吨): the quantity is the product's output, as labels head it (钢产量). Only a short name of a thing (1–6
 * characters, no character of a measure, not opened by a verb: 更新改造设备157台), only under a measure of output or
 * none, and only as the clause's subject: 全省淘汰落后炼钢400万吨、炼铁900万吨、水泥1700万吨 (dev) is what was cut.
 */
function isBareProduct(name: string, measure: string | null, unit: string | null, context: () => ProductContext): boolean {
  // The name and unit first: the clause and the sentence before it are read (bounded) only for a figure that could be
  // a product's (a table of figures without 。 made every figure slice its whole sentence: quadratic).
  if (unit === null || !(WEIGHTS.has(unit) || PIECES.has(unit) || unit === '%')) return false;
  if (measure !== null && !OUTPUT_SAYS.has(measure)) return false;
  if (!/^[\u4e00-\u9fff]{1,6}$/.test(name) || MEASURED.test(name) || OPENERS.test(name) || firstVerb(name, 0) === 0) return false;
  const { clause, earlier } = context();
  // What was done to the goods may be said before the clause (政府供应农民…，农药９万吨) or in it (煤炭、电解铝分别淘汰…).
  if (!clause.startsWith(name) || NOT_MADE.test(earlier) || NOT_MADE.test(clause)) return false;
  // (A product's growth among outputs is its output's: 绝大多数产品的产量都有增长：原煤增长１７％，焦炭增长２２％ — 1956, dev.)
  return WEIGHTS.has(unit) || OUTPUTS_BEFORE.test(earlier);
}

/**
 * What a product's figure is read with: its clause up to the figure and the sentence before that clause, spaces
 * removed (extract.ts builds them, each within a bounded window, only when asked).
 */
export interface ProductContext {
  readonly clause: string;
  readonly earlier: string;
}
