/**
 * Measures that name nothing without an owner (工业总产值, 利税, 总面积, 实际金额): said alone right after a figure of
 * their subject, they are that subject's (carriedSubject.ts). Output, earnings and totals only — not rates or shares,
 * which other rules read, and not 投资 (investmentNames.ts reads works' investment).
 */
export const CARRIED_MEASURES: readonly string[] = [
  '增加值', '工业增加值', '产值', '总产值', '工业总产值', '利润', '利润总额', '利税', '税金', '销售收入', '营业收入',
  '主营业务收入', '销售额', '营业额', '交易额', '产量', '总产量', '总面积', '实际金额', '合同金额', '实际使用金额',
  // (粮食总产486.5亿斤，单产1105.6斤; 接待游客3亿人次、总花费超过4500亿元 — 新疆, 内蒙古 2026, outside.)
  '总产', '单产', '总花费',
  // (民营经济增加值完成18600亿元、上缴税金2510亿元 — 河北 2013, 2014 archive, outside: taxes paid are the owner's too.)
  '上缴税金', '实缴税金', '上缴利税',
];

/**
 * The measures an owner is said with, longest first, without those that open with a sector: 工业增加值 is 规模以上|工业's
 * 增加值, not an owner 规模以上's 工业增加值 (carriedSubject.ts and names.ts ownersMeasures read it).
 */
export const OWNER_MEASURES_BY_LENGTH: readonly string[] = CARRIED_MEASURES.filter((m) => !m.startsWith('工业')).sort((a, b) => b.length - a.length);

/** Words that open what was newly planted or built (新植果树经济林): the subject of a total is the thing, without them. */
export const PLANTED_LEADS: readonly string[] = ['新植', '新种', '新栽', '新建', '新增'];

/**
 * What the land of a crop is measured by (粮食播种面积, 地产蔬菜种植面积): the crop before it is the subject its output
 * after it is of — 地产蔬菜种植面积达到2万亩，产量达到15万吨 is 地产蔬菜产量 (an audit of unseen text, names32: 海拉尔 2014;
 * the same shape in national and provincial harvest sentences). Longest first.
 */
export const LAND_MEASURES: readonly string[] = ['农作物播种面积', '播种面积', '种植面积', '种植规模', '面积'];

/** Measures of what land yields: only these take the crop of an area figure before them. */
export const YIELD_MEASURES: readonly string[] = ['产量', '总产量', '总产', '单产', '产值', '总产值'];

/**
 * Counts of events or of visitors (生产安全事故起数, 国内游客人次, 游客人数) whose other measures a list gives after them
 * (死亡人数, 总花费): the owner is the events or the visitors, the count's words before its 起数/人次/人数 — 国内游客人次、
 * 总花费 is 国内游客总花费 (dev 陕西, 湖南 2026), 生产安全事故起数、死亡人数 is 生产安全事故死亡人数 (names.ts ownersMeasures).
 */
export const COUNTED_OWNERS: readonly string[] = ['事故起数', '游客人次', '游客人数'];
/** What a count of COUNTED_OWNERS owns when listed after it: the events' deaths, the visitors' spending. */
export const COUNTED_OWNED: readonly string[] = ['死亡人数', '总花费'];
