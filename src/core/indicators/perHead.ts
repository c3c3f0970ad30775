import { alternation, PER_HEAD_QUANTITIES } from '../lexicon/nameWords';

/**
 * “城乡居民医保财政补助由每人每年420元提高到450元”, “基本公共卫生服务经费财政补助从人均40元…”: a per-head marker
 * right before the figure makes it the per-head amount of the quantity its name ends with (城乡居民医保人均财政补助),
 * as 农村居民人均可支配收入 is written; a name that says 人均 already, or ends otherwise, is left alone, and so is a
 * 标准 (重度残疾人护理补贴标准从每人每月280元…): a standard is a rate per person already.
 */
export function perHead(name: string | null, head: string): string | null {
  if (!name || name.includes('人均') || !PER_HEAD_BEFORE.test(head.trimEnd())) return name;
  const quantity = PER_HEAD_QUANTITY.exec(name);
  return quantity && quantity.index >= 2 ? `${name.slice(0, quantity.index)}人均${quantity[0]}` : name;
}

const PER_HEAD_BEFORE = /(?:人均|每人每年|每人每月|每人)$/;
const PER_HEAD_QUANTITY = new RegExp(`(?:${alternation(PER_HEAD_QUANTITIES)})$`);
