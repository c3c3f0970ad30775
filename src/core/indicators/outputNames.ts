/**
 * A change of output said by its verb (原煤增产了一千八百二十六万吨, 粮食增产一点四倍, 夏粮减产一成 — national 1958 and 1975,
 * outside; 1959 and 1980, dev) is a change of the product's output: the measure 增产/减产 takes the verb, and the name is
 * the output, as labels head it (原煤产量, 粮食产量, 夏粮产量), not the product alone, nor the product with its verb.
 */

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
export function outputName(name: string | null, measure: string | null, unit: string | null = null): string | null {
  if (!name) return name;
  // 我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤 (national 1988, dev), 整车生产突破50万辆 (a 2009 city
  // report, outside): a quantity of the product made is its output.
  if (MAKING.test(name) && ((measure !== null && OUTPUT_CHANGES.has(measure)) || (unit !== null && PHYSICAL_UNITS.has(unit)))) return `${name.slice(0, -2)}产量`;
  if (measure === null || !OUTPUT_CHANGES.has(measure) || OUTPUT_ALREADY.test(name)) return name;
  return `${name}产量`;
}
