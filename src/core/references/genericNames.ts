import { boundedMemo } from '../memo';

/**
 * Names that say only what kind of figure or thing is counted, with no thing of their own (营业收入, 工程投资, 改造任务,
 * 产业集群): held inside a longer name (县域特色产业集群营业收入, 成吉思汗广场改造提升工程投资), they say
 * nothing of which one it is, so a target so named is not paired by them.
 */

/** Words of a measure (what is counted of a thing). */
const MEASURE_WORDS: readonly string[] = ['营业收入', '主营业务收入', '收入', '营收', '产值', '增加值', '投资', '总额', '总量', '规模', '数量', '人数', '人口', '面积', '产量', '比重', '人均', '任务', '资金'];
/** Words of a kind of thing, said of many things. */
const TYPE_WORDS: readonly string[] = ['工程', '项目', '重点项目', '企业', '产业集群', '集群', '基地', '平台', '园区', '中心'];
/**
 * Verbs of work said before a thing. Not a sector or a place: 产业投资 (of 产业投资占全部投资比重) and 城镇投资 (城镇固定
 * 资产投资) are indicators of their own.
 */
const SCOPE_WORDS: readonly string[] = ['完成', '改造', '建设', '新建', '实施', '新增'];

/** Longest first, so that 营业收入 is taken before 收入. */
const WORDS: readonly string[] = [...MEASURE_WORDS, ...TYPE_WORDS, ...SCOPE_WORDS].sort((a, b) => b.length - a.length);

/**
 * Whether a name is made of such words only (营业收入, 工程|投资, 改造|任务, 重点项目, 产业集群). Asked of every pair a
 * report's pairing compares: each name is read once (boundedMemo).
 */
export function isGenericName(name: string): boolean {
  return readGenericOnce(name);
}
const readGenericOnce = boundedMemo(readGeneric, 4096);

function readGeneric(name: string): boolean {
  let at = 0;
  while (at < name.length) {
    const word = WORDS.find((w) => name.startsWith(w, at));
    if (!word) return false;
    at += word.length;
  }
  return name.length > 0;
}
