/**
 * The group a rank is held in, when it is not one of the scopes the rank context lists (全国, 全省 …): 增速连续三年位居
 * 珠三角第一, 总量位居全盟第二位, 经济规模跃居中心城区第一, 旅客吞吐量增速居省会城市机场首位 (outside: 广东, 内蒙古
 * and 青海 reports). What is ranked is the subject before the rank verb; the group after it is where, not what.
 */
import { alternation, ANY_RANK_VERB, WHOLE_PLACES } from '../lexicon/nameWords';

/** The last word of a ranking group: a set of places, areas or facilities of one kind. */
const RANK_GROUP_HEADS: readonly string[] = [
  ...WHOLE_PLACES, '珠三角', '长三角', '城区', '机场', '港口', '口岸', '旗县', '旗县区', '盟市', '市州', '县区', '区县',
  '县市', '县市区', '地市', '城市', '省份', '省区', '园区', '开发区', '高新区', '经开区', '地区',
];

/** A rank verb, after the run of years the rank was held (连续三年位居, 连年稳居). */
const RANK_VERB = `(?:(?:连续(?:[\\d一二三四五六七八九十]+|多)年|连年))?(?:${ANY_RANK_VERB})`;

/**
 * A rank verb and its group at the name's end, after a subject of two characters or more (居 alone stays inside
 * 居民 …: the group must end the name). 全部/均/都 before the verb (六项主要经济指标全部位列全市第一) go with it.
 */
const GROUP_AFTER_RANK = new RegExp(
  `(?<=[\\u4e00-\\u9fffA-Za-z0-9]{2})(?:全部|均|都)?${RANK_VERB}[\\u4e00-\\u9fff]{0,6}?(?:${alternation(RANK_GROUP_HEADS)})$`,
);

/** The name without a rank verb and the group it ranks in, at its end; the name unchanged when there is none. */
export function withoutRankGroup(name: string): string {
  return name.replace(GROUP_AFTER_RANK, '');
}

/** The contest a rank is held in, right before its verb (在…中), read as part of what is ranked. */
const RANK_FRAME = new RegExp(`在([^在中，,。；;]{2,24})中(?=${RANK_VERB}[^在中]{0,12}$)`);

/**
 * 苏州工业园区在国家级经开区综合考核评价中稳居第一, 连续11年在全省考核中位居第一: the contest a rank is in (在…中)
 * is part of what is ranked; its 在 and 中 are not. Only the frame right before the rank verb is read.
 */
export function withoutRankFrame(name: string): string {
  const m = RANK_FRAME.exec(name);
  return m ? name.slice(0, m.index) + (m[1] as string) + name.slice(m.index + m[0].length) : name;
}

/**
 * Who entered a ranking list before 跻身 or 名列 (龙华跻身全国工业百强区第11位, 龙华跻身中国县域智慧城市百强榜前五 — 龙华 2021;
 * 城区经济高质量发展名列“赛迪中国百强区”第23位 — 龙华 2024; 疼痛科跻身复旦专科综合榜全国第三 — 南山 2024; 华为技术有限公司
 * 名列全球专利申请排名榜首位 — 深圳 2009, outside district and city reports): the list is what the rank is held on and
 * what a column of such ranks is headed with (the dev labels write the contest and 位次: 污染防治攻坚战考核全省位次, 苏州工业园区国家级经开区综合考核评价位次);
 * the entrant, mostly the report's own place, and the verb are not (龙华已成功跻身全国工业百强区 was the name).
 */
const ENTRANT = /^[\u4e00-\u9fffA-Za-z0-9]{1,16}?(?:已经|已|成功|首次|再次|均|连续[\d一二三四五六七八九十]{1,2}年)*(?:跻身|名列)(?=[“"]?[\u4e00-\u9fffA-Za-z0-9]{2})/;

/** The name without who entered a ranking list and its 跻身/名列; unchanged when there is none. */
export function withoutEntrant(name: string): string {
  const m = ENTRANT.exec(name);
  // (综合实力跻身内蒙古自治区(前列): a place after the verb is the scope the subject ranks in — the subject is what is
  // ranked, and rankContextEnd.ts cuts the scope. Only a ranking list, 榜 or N强, is what the rank is held on.)
  return m && RANKING_LIST_END.test(name) ? name.slice(m[0].length) : name;
}
/** The end of a ranking list's name (…综合榜, …排名榜, …百强区, …500强), before a closing quote. */
const RANKING_LIST_END = /(?:榜|榜单|强|强区|强县|强市|强城市)[”"]?(?:全国|全省|全市|全球|世界)?$/;

/**
 * The verb of an award or a rating before what a rank was won in (荣获市年度节能考核第一名 — 盐田区 2017; 获全国工业百强区
 * 第一名 — 南山区 2018; 获中国法治政府评估第一名 — 深圳 2016; 获全国优秀城市规划设计奖第一名 — 福田区 2021; 获评“2021年中国
 * 公平教育百佳县市”第七名, 荣获…中国营商环境百佳示范县市第一名 — 罗湖区 2022; 被评为“中国营商环境百佳示范县市”第五名 —
 * 罗湖区 2021, with 被评 read as the measure before; all outside free texts): the contest or the list is what the rank is
 * held in and what labels head it with (污染防治攻坚战考核全省位次 — dev), the award verb is not (获评中国公平教育百佳县市 was
 * the name). Not 获批, 获奖, 获得者…: those open a noun of their own.
 */
const AWARD_VERB = /^(?:连续[\d一二三四五六七八九十]{1,2}年)?(?:均|再次|首次|成功)?(?:被评为|获评为?|荣获|获得(?!者)|评为|获(?![批奖得取益])|为)(?=[“"]?[\u4e00-\u9fffA-Za-z0-9]{2})/;

/** A rank's name without the award verb that opens it; unchanged when there is none. */
export function withoutAward(name: string): string {
  const m = AWARD_VERB.exec(name);
  return m ? name.slice(m[0].length) : name;
}
