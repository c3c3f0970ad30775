/**
 * An attribute (总量, 总投资, 占地面积 …) said after a figure's subject, of whose stock or works it is: figureNames.ts
 * names such a figure by the subject before and the attribute (经营主体总量, …项目占地面积), read here.
 */

/** An attribute of works at a name's end, right after the works' head (…项目总投资, …新城项目建筑面积). */
const WORKS_ATTRIBUTE_END = /(?:项目|工程|园区|园|基地|小镇|车间|厂)((?:计划)?(?:总投资|投资|总建筑面积|建筑面积|占地面积))$/;
/** The attributes one works is said with, one after another (its money, its site, its floor area). */
const SITE_ATTRIBUTE = /^(?:总投资|投资|完成投资|占地面积|总建筑面积|建筑面积)$/;
/** Units of an area, in which a site is said (占地41.3亩). */
export const AREA_UNITS: ReadonlySet<string> = new Set(['亩', '平方米', '平方公里', '公顷']);

/** Attributes of a stock (总量, 规模, 总投资): what they measure is the whole, not what was added to it. */
const STOCK_ATTRIBUTE = /^(?:总量|总额|总数|规模|总投资)$/;

/**
 * “新登记经营主体320万户、增长13%，总量达2037.7万户”: a stock's attribute names the stock of the subject before it,
 * without the flow that subject was counted by (经营主体总量); other attributes go on about the subject itself.
 */
export function ofStock(subject: string, attribute: string): string {
  // (总投资60亿元、占地1500亩、建筑面积100万平米的雄源服装智慧新城项目，…，完成投资2.28亿元 — src32 涞源县-2020; 该项目总投资1.33亿元，
  // 占地41.3亩 — 阜平县-2021 ×6, outside: an attribute of works said after another is the same works' — not the investment's
  // or the floor area's own — so it takes the works' name without the attribute before.)
  const works = WORKS_ATTRIBUTE_END.exec(subject);
  if (works && SITE_ATTRIBUTE.test(attribute) && works[1] !== attribute) return subject.slice(0, works.index + (works[0].length - (works[1] as string).length)).replace(/^该/, '') + attribute;
  if (!STOCK_ATTRIBUTE.test(attribute)) return subject;
  // (今年政府对农业的投资比重由…提高到百分之十四，加上…，总额达到一百七十四亿元 — national 1979, outside: an amount is of
  // the share's whole, the investment, not of the share.)
  // (占地252亩的智能制造产业园，…，总投资10.63亿元; 项目占地1669亩，总投资3.57亿元 — src32 阜平县-2021, outside: the area
  // before is another attribute of the same thing, not what the investment is of.)
  const stock = subject.replace(/^(?:累计)?(?:新增|净增|新登记|新注册|新设立|新开工)?(?:各类)?/, '').replace(/(?<=[\u4e00-\u9fff]{2})的?(?:比重|比例|占比|占地面积|占地)$/, '');
  return stock.length >= 2 ? `${stock}${attribute}` : subject;
}
