/**
 * The later figures of one product's item take the output name its first figure was given: 原煤由四亿八千三百万吨增加到
 * 六亿一千八百万吨，增长百分之二十八 (national 1979, outside) and 原煤八千一百九十九萬噸，等於一九四九年的二點六倍 (national 1954,
 * outside) name the quantity 原煤产量 (outputNames.ts) but left the end value, the growth and the multiple with the bare
 * product 原煤, because only the quantity's clause opens with the product. One item is one indicator: the card and the
 * series must not split 原煤产量 and 原煤, and labels head them all 原煤产量 (national 1956, 1980, dev).
 *
 * Only when the figure before is in the same item (no full stop or semicolon between) and its name is this figure's name
 * with the output word after it (产量, 总产量, 量: 发电 → 发电量).
 */
// (Not 总量: 工业投资301亿元、总量全市第一，同比增长34.3% — 宝安区 2022 — is the investment's growth, not its total's.)
const OUTPUT_WORD = /^(?:(?:总)?产量|量)$/;

/** `name`, or the output name `before` gave the same product when `between` (the text since it) stays in the item. */
export function itemOutputName(name: string | null, before: string | null, between: string): string | null {
  if (!name || !before || before.length <= name.length || !before.startsWith(name)) return name;
  if (!OUTPUT_WORD.test(before.slice(name.length)) || /[。；;！？!?\n]/.test(between)) return name;
  return before;
}
