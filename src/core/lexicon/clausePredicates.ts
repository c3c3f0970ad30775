/**
 * Words that open a clause's predicate of change or completion (生猪产能|恢复到正常年份水平, 省级部门运维|实现集中管理,
 * 益阳电厂三期|建成投产): read by sharedSubject.ts to tell a clause from a noun phrase in a 、 list. Only words that
 * are never the inside of an indicator's noun (not 增加: 增加值; not 提升 or 推进: 质量提升行动, 推进机制).
 */
export const PREDICATE_VERBS: readonly string[] = ['恢复', '实现', '建成', '优化', '大幅', '持续', '稳步', '完成', '达到', '突破', '提高', '下降', '减少', '开工', '投产', '扩大', '缩短'];

/** Attributes a first predicate is about (生猪产能, 转移支付规模): the entity, without them, is the shared subject. */
export const SUBJECT_ATTRIBUTES: readonly string[] = ['产能', '规模', '总量', '水平', '结构', '能力', '质量', '效率', '数量'];

/** What a figure measures, ending a noun phrase (…建成面积): an item that ends with one names an indicator of its own. */
export const ITEM_MEASURES: readonly string[] = ['面积', '产量', '产值', '规模', '总量', '总额', '收入', '支出', '人数', '户数', '里程'];

/** Measures a second item may be of its subject (…、存栏, …、经费, …、总装机): besides ITEM_MEASURES and 率/量/额/数/值/度. */
export const OWNED_MEASURES: readonly string[] = [...ITEM_MEASURES, '经费', '资金', '存栏', '出栏', '装机', '产能', '比重', '比例', '投资', '项目'];
