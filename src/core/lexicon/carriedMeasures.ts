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
];

/** Words that open what was newly planted or built (新植果树经济林): the subject of a total is the thing, without them. */
export const PLANTED_LEADS: readonly string[] = ['新植', '新种', '新栽', '新建', '新增'];
