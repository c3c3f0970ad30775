/**
 * A change of output said by its verb (原煤增产了一千八百二十六万吨, 粮食增产一点四倍, 夏粮减产一成 — national 1958 and 1975,
 * outside; 1959 and 1980, dev) is a change of the product's output: the measure 增产/减产 takes the verb, and the name is
 * the output, as labels head it (原煤产量, 粮食产量, 夏粮产量), not the product alone, nor the product with its verb.
 */

/** Measures that say an output rose or fell. */
const OUTPUT_CHANGES: ReadonlySet<string> = new Set(['增产', '减产']);

/** A name already of an output, a value or a harvest (粮食总产量, 工业总产值, 产品, 收成): left as it is. */
const OUTPUT_ALREADY = /产|量|收成|收入/;

/** The name of a figure whose measure is `measure`: the product's output when the measure changes an output. */
export function outputName(name: string | null, measure: string | null): string | null {
  if (!name || measure === null || !OUTPUT_CHANGES.has(measure) || OUTPUT_ALREADY.test(name)) return name;
  return `${name}产量`;
}
