/**
 * A list of measures of one owner, written with the owner once (万元GDP能耗、水耗分别下降; 专利申请数、授权数分别增长;
 * 发明专利授权量、申请量; 对外承包工程业务合同额、营业额 — 南山 2014, 2015, 坪山 2018-2020, 宝安 2015, 深圳 2006, outside
 * district and city reports): the later items are bare measures parallel to the first item's own (水耗 to 能耗, 授权数 to
 * 申请数 — as long, closed by the same character), and each is the first item's owner's. Named alone, 水耗 or 授权数
 * reads as no one's; the card wants 万元GDP水耗, 专利授权数.
 *
 * Only a later item of 2-4 characters that ends with a measure's last character (耗 额 值 数 量), is not itself the
 * first item's measure, and closes as the first item's measure closes (one character; two for items of four: 授权总量
 * to 申请总量), after an owner of two characters or more. An item that is longer is a name of its own (两抢警情 after
 * 110刑事警情 ends in no measure character; 死亡人数 after 事故宗数 leaves no owner).
 */

/**
 * The last character of a measure noun (能耗, 授权数, 营业额, 增加值, 申请量). Not 率: rates are named with their own
 * compound (城市建成区园林绿化覆盖率、绿地率 — dev 广东 2026: 园林绿化 is the 覆盖率's, not the 绿地率's).
 */
const MEASURE_CLOSE = /[耗额值数量]$/;

/**
 * The names of a list's items with the first item's owner given to later bare measures parallel to its own; `named`
 * is what the list's other rules gave (items before the last may hold a shared tail: then the list is read as
 * modifiers of one head and is left as it is).
 */
export function parallelMeasureOwners(items: readonly string[], named: readonly string[]): string[] {
  const first = items[0] as string;
  if (items.length < 2 || named[0] !== first) return [...named];
  return named.map((name, i) => {
    const item = items[i] as string;
    if (i === 0 || name !== item) return name;
    const n = item.length;
    if (n < 2 || n > 4 || !MEASURE_CLOSE.test(item) || first.length < n + 2) return name;
    const own = first.slice(-n);
    const close = n === 4 ? 2 : 1;
    if (own === item || own.slice(-close) !== item.slice(-close) || !MEASURE_CLOSE.test(own)) return name;
    const owner = first.slice(0, -n);
    // (电信网络诈骗案件受理数、案损数 — dev 广东 2026: an item that opens with a character of the owner's last word is that
    // word's measure written short, 案损 for 案件损失; the owner's word is not repeated before it, and the list is left.)
    if (owner.slice(-2).includes(item.charAt(0))) return name;
    // (An owner that is no word of its own, cut inside one — 人口自然增长率、出生率: 人口自然 — keeps the list as it was.)
    return /[\u4e00-\u9fffA-Za-z0-9]{2}$/.test(owner) ? owner + item : name;
  });
}
