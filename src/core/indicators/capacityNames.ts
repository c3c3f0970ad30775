/**
 * A product alone after 、 in a list of capacities (全省淘汰落后炼钢产能1600万吨、炼铁930万吨、水泥2500万吨; 压减退出
 * 炼钢产能1230万吨、煤炭1401万吨…): the first item names the action and the capacity (淘汰落后…产能); each product after
 * it is that product's capacity, cut or added the same way (淘汰落后炼铁产能), not the product (炼铁, 水泥).
 */
/** The capacity a list of products is counted in, ending the first item's name. */
const CAPACITY = /(?:产能|生产能力)$/;
/** What is done to capacities, opening the first item's name (淘汰落后, 压减退出, 化解过剩, 新增). */
const ACTION = /^(?:再|又|年内|全年)?(?:淘汰|压减|退出|化解|去除|关停|压缩|削减|新增|释放)+(?:落后|过剩)?/;

/** The name of `item`, a product after 、, when `previous` named a capacity; '' otherwise. */
export function capacityOfItem(previous: string, item: string): string {
  const capacity = CAPACITY.exec(previous);
  if (!capacity || item.length < 2 || item.length > 4 || CAPACITY.test(item)) return '';
  const rest = previous.slice(0, capacity.index);
  const action = ACTION.exec(rest)?.[0] ?? '';
  // (The action is kept only when a product stood after it in the first item: 淘汰落后炼钢 → 淘汰落后.)
  return (rest.length - action.length >= 2 ? action.replace(/^(?:再|又|年内|全年)/, '') : '') + item + capacity[0];
}
