/**
 * Counts of places that did something: “20个县区义务教育优质均衡发展完成评估验收”, “28个省份实现了农民工随迁子女…”,
 * “88个城市启动城镇居民基本医疗保险试点”. The place after the classifier is the clause's subject, and what is counted
 * is the places that did what follows, so the name is the predicate with the place as its head noun (…县区, …省份).
 */
import { firstVerb, cleanName, isPlace } from './names';
import works from '../lexicon/placeWorks.json';

/** Places that are whole words wherever they stand (县区 never opens 县区级…). */
// (Any note of the places counted with it, in either kind of bracket: 县（市、区）, 县(区), 省（自治区、直辖市）; 州（市）
// and 市（州）, 云南's and 四川's prefectures — 云南 2025, outside.)
// (贫困村 — 选择100个贫困村建档立卡, src32 保定市-2014; 36个贫困村结成帮扶对子, 涞源县-2020, outside: the villages a
// poverty programme lists, counted by what is done in them as 行政村 are.)
const WHOLE_PLACE = /^(?:[县省市州][（(][市区县州、自治直辖旗]{1,8}[）)]|县市区|县区|县市|区县|省份|省区市|行政村|贫困村|地市)/;
/** Places that also open compounds (乡镇卫生院, 城市更新, 社区医院, 村庄): a place only when a predicate follows right away. */
const SHORT_PLACE = /^(?:乡镇|城市|社区|街道|村|镇|县)/;
/** Adverbs that open a predicate after its subject (均已, 全部, 率先). */
const PREDICATE_ADVERB = /^(?:均|都|已经|已|全部|全面|率先|先后|基本|如期)+/;

/** Verbs of policy work the dictionary's frequency cut leaves out (启动, 实现): they open a predicate too. */
const POLICY_VERB = /^(?:启动|实现|开展|完成|推行|实行|建成|通过|入选|纳入|普及|被|获评|荣获)/;

/**
 * A title the places were given (被认定为国家义务教育优质均衡发展县, 获评“两山”实践创新基地): what is counted is the
 * places that hold it, named by the title, not by the verb that gave it.
 */
const TITLE = /^(?:被(?:命名|认定|评|确定|列)为|获评为?|荣获|入选|成为)/;

/**
 * The name of a count of places from the clause after it (`tail`: the text right after the figure; `before`: the figure
 * with the few characters right before it), or ''.
 */
export function placeCountName(tail: string, before = ''): string {
  const clause = tail.slice(0, Math.min(40, tail.search(/[，,。；;：:]|$/)));
  const whole = WHOLE_PLACE.exec(clause);
  const short = whole ? null : SHORT_PLACE.exec(clause);
  const place = whole?.[0] ?? short?.[0];
  if (!place) return '';
  const shared = sharedPredicateName(place, clause.slice(place.length));
  if (shared !== null) return shared;
  // (…1679个行政村生活污水和199个…: what the places did ends where another figure begins.)
  const rest = clause.slice(place.length).replace(/[近约超逾]?[\d０-９]+(?:[.．][\d０-９]+)?(?![\d０-９]|年).*$/, '').replace(/了/g, '');
  const predicate = rest.replace(PREDICATE_ADVERB, '');
  // A short place heads the count only when a predicate follows it at once (城市启动…, 村完成…).
  if (short && predicate === rest && firstVerb(rest, 0) !== 0 && !POLICY_VERB.test(rest)) return placeWorkName(short[0], rest, before);
  const title = TITLE.exec(predicate);
  if (title) {
    const held = cleanName(predicate.slice(title[0].length));
    // (…发展县 and …示范区 already end with a place; …实践创新基地 does not.)
    if (held.length >= 4 && !held.includes('、')) return /[区县市村镇乡旗州]$/.test(held) ? held : `${held}${place}`;
  }
  // (3138个贫困村的温饱问题 after 解决 — 河北省-2004, outside: what follows a 的 is what was done for the villages, and the
  // verb before the count, which this clause does not hold, names them; countedPredicate.ts reads both.)
  if (place === '贫困村' && rest.startsWith('的')) return '';
  // (以推进164个贫困村扶贫攻坚为重点 — 阜平县-2013, outside: a 以…为 frame's end is no predicate of the places.)
  if (/为(?:重点|主|抓手|突破口|示范|载体)$/.test(predicate)) return '';
  const done = cleanName(predicate);
  // (97个贫困村电网改造和光伏扶贫电站并网接入工程 — 涞源县-2021, outside: two works joined name no one set of places.)
  return done.length >= 4 && !/[、和]/.test(done) ? `${done}${place}` : '';
}

/**
 * A count of people or households joined to the places' count with 、 or 和, before the predicate both share: 确保年内300个
 * 村、20万人实现脱贫 (src32 保定市-2014), 56个贫困村、2.2万人脱贫出列 (涞水县-2011), 全县79个村、15万人喝上了“放心水”
 * (容城县-2012), 31个村、2.5万户“气代煤”改造 (容城县-2020), all outside. The places are counted by that predicate, named
 * predicate + place as a place's count with its predicate right after it is; the joined count would otherwise end the
 * clause read and leave the count to a neighbour's noun (现代农业园区, 供水站).
 */
const JOINED_PEOPLE = /^[、和及](?:近|约|超过?|逾)?[\d０-９]+(?:[.．][\d０-９]+)?[万亿]?(?:多|余)?(?:人次|人|户|名)(?:贫困人口|贫困群众|贫困户|群众|农户|农民|村民|居民|人口)?/;
/** Predicates that say a village left poverty, which the dictionary does not read as verbs (脱贫出列, 出列, 摘帽, 退出). */
const LEFT_POVERTY = /^(?:脱贫|出列|摘帽|退出)/;

/** The name of the places' count from the predicate after a joined count (see JOINED_PEOPLE), '' for none; null when no count is joined. */
function sharedPredicateName(place: string, afterPlace: string): string | null {
  const joined = JOINED_PEOPLE.exec(afterPlace);
  if (!joined) return null;
  // (The predicate ends where another figure begins; quotes and the aspect 了 say nothing of which set: 喝上了“放心水”.)
  const said = afterPlace.slice(joined[0].length).replace(/[\d０-９].*$/, '').replace(/[了“”"]/g, '');
  const predicate = said.replace(PREDICATE_ADVERB, '');
  if (predicate.length < 2 || predicate.length > 12) return '';
  if (firstVerb(predicate, 0) !== 0 && !POLICY_VERB.test(predicate) && !LEFT_POVERTY.test(predicate) && !/改造$/.test(predicate)) return '';
  return `${predicate}${place}`;
}

/** A kind of place with its note in brackets, right after a count (县（市）, 州（市）, 县（市、区）, 市（州）). */
const PLACE_KIND = /^[县市州][（(][市区县州、]{1,6}[）)]/;

/**
 * The place kind a count counts, written with its bracketed note right after the figure, or ''. (过境免签扩展到9个州（市）,
 * 推动县中托管帮扶从15个县（市）扩大到… — 云南 2025, outside; dev 广东 2026: the count counts the places, and the labels
 * name them with what the places are counted for, 县中托管帮扶县（市）.)
 */
export function placeKindAfter(tail: string): string {
  return PLACE_KIND.exec(tail)?.[0] ?? '';
}

/** `name` of a count of places of `kind`: the kind alone, or the name with the kind after it (see placeKindAfter). */
export function withPlaceKind(name: string | null, kind: string): string {
  if (!name) return kind;
  const plain = (s: string): string => s.replace(/[（）()]/g, '');
  if (plain(name).endsWith(plain(kind)) || plain(name).endsWith(plain(kind).charAt(0))) return name;
  // (上海16个区（或国企）与云南16个州（市）: what stands before the count is the other party of a 与, not what the places
  // are counted for; the kind alone names them.)
  if (/(?:与|和|同|跟)[\u4e00-\u9fff]{0,4}$/.test(name) || isPlace(name)) return kind;
  return name + kind;
}

/**
 * A verb that completes or carries out a work right before a count of places (个: 完成13条城市黑臭水体整治 — 河北省
 * 2017, outside — counts water bodies, not cities): what follows the places counted is that work.
 */
// (为: the places a work is done for, 为20个村新打了深水井 — src32 清苑区-2008, outside, named as 为35个村配备健身器材 —
// 曲阳县-2020 — already is when its verb is the dictionary's: 配备健身器材村.)
const DONE_BEFORE = /(?:完成|实施|开展|为)了?[\d０-９]+个$/;
/** Words that make a compound with the short place before them (lexicon/placeWorks.json): a facility, 村民, 村级 …. */
const PLACE_COMPOUNDS: readonly string[] = works.compounds;

/**
 * A count of short places right after a verb that completes a work, the work written after the places with no verb
 * of its own (完成320个村土地承包经营权确权登记 — src32 唐县-2020; 完成113个村农村生活水源江水置换工程 — 涞水县-2022;
 * 完成245个村饮水安全巩固提升工程 — 涞源县-2021; 完成9个镇国土空间规划 — 高唐县-2021; 完成80个村的文化体育站室建设 —
 * 清苑区-2008, all outside): the places are counted by the work done in them, named work + place as a whole place's
 * count already is (完成84个行政村农村生活污水治理 → 农村生活污水治理行政村) and as dev 天津 2026's label names
 * 完成6个镇土地延包试点任务. Not a facility of the place (乡镇卫生院, lexicon/placeWorks.json), nor a list going on (和…).
 */
function placeWorkName(place: string, rest: string, before: string): string {
  if (!DONE_BEFORE.test(before)) return '';
  // (完成15个村庄农村生活污水治理 — src32 蠡县-2020: 村庄 is the place, as 村 is.)
  const village = place === '村' && rest.startsWith('庄');
  // (…治理和投资2100万元的…项目 — 蠡县-2020: the figure that cut the clause opens the next item, whose joiner and attribute
  // stay behind.)
  const work = (village ? rest.slice(1) : rest).replace(/^的/, '').replace(/(?:和|及|与)(?:投资|总投资|投入)?$/, '');
  if (/^[和及与、（(]/.test(work) || PLACE_COMPOUNDS.some((w) => work.startsWith(w))) return '';
  const done = cleanName(work);
  return done.length >= 4 && done === work && !done.includes('、') ? `${done}${village ? '村庄' : place}` : '';
}
