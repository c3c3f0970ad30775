/**
 * A measure said alone right after a figure of its subject (新能源企业增加到175家，实现工业总产值318亿元; 长城汽车销售收入
 * 534亿元、增长27.1%，利税126亿元; 新植果树经济林44万亩，总面积达到76万亩): the figure's clause has no subject of its
 * own, and the reader carries over the one the figure before named — 新能源企业工业总产值, 长城汽车利税. A card that
 * says 工业总产值 alone reads as the whole place's (two random audits of unseen text, session 17: 保定 2010, 2014,
 * 静宁 2011 page excerpt).
 *
 * The subject is the figure before's name: as written when that figure counts things or measures land (175家 企业,
 * 44万亩 经济林), else its name without the measure it ends with (长城汽车|销售收入). Only a measure of CARRIED_MEASURES
 * alone, only a figure before in the same sentence with nothing but one clause break and its own predicate between.
 */
import type { Bound } from './figureNames';
import { CARRIED_MEASURES, LAND_MEASURES, OWNER_MEASURES_BY_LENGTH, PLANTED_LEADS, YIELD_MEASURES } from '../lexicon/carriedMeasures';
import { alternation, OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';
import { isVerb } from '../lexicon/verbs';
import { ITEM_MEASURES } from '../lexicon/clausePredicates';
import counted from '../lexicon/countedAttributes.json';

const MEASURES: ReadonlySet<string> = new Set(CARRIED_MEASURES);
/** Attributes of things just counted (签约项目41个，总产值…; 保障性住房项目66个、面积…): lexicon/countedAttributes.json. */
const COUNTED_ATTRIBUTES: ReadonlySet<string> = new Set(counted.attributes);
/**
 * The measures cut off the figure before's name, longest first (总产值 before 产值), but never a sector with its
 * measure: 入统工业增加值268.7亿元，利税… is 入统工业's 利税, 规上工业总产值…，增加值 规模以上工业's 增加值.
 */
const BY_LENGTH = OWNER_MEASURES_BY_LENGTH;
const PLACES: ReadonlySet<string> = new Set([...WHOLE_PLACES, ...OWN_PLACES]);
/**
 * The report's own place or a year opening a clause (全市新能源企业…, 2005年全旗规模以上工业企业…), or 其中 (其中设施蔬菜
 * 510.7万亩): not part of the subject's name.
 */
const SCOPE = new RegExp(`^(?:其中)?(?:[0-9０-９]{4}年|今年|去年|全年)?(?:${alternation([...WHOLE_PLACES, ...OWN_PLACES])})?`);
/** Units of land a subject is measured by (亩, 公顷): the thing planted or built, not a measure of it. */
const LAND_UNITS = /^(?:亩|公顷|平方公里|平方米)$/;
/** A name that already ends with what its figure measures (粮食播种面积, 受益人数): no thing to carry over as written. */
const MEASURED = new RegExp(`(?:${alternation(ITEM_MEASURES)}|[率量额数值度])$`);

/** The subject `prev`'s name gives to a measure after it, or null when it gives none. */
function subjectOf(prev: Bound, opening: string, measure: string): string | null {
  const name = prev.name;
  if (!name || name.includes('、') || prev.isFrom) return null;
  const ending = BY_LENGTH.find((word) => name.endsWith(word));
  // (农业总产值…，工业总产值…: the same measure of a sibling, named in full; nothing is carried.)
  if (ending && ending.slice(-2) === measure.slice(-2)) return null;
  let subject: string;
  // (地产蔬菜种植面积达到2万亩，产量达到15万吨: the crop the area is of yields the output, 地产蔬菜产量.)
  const land = YIELD_MEASURES.includes(measure) ? LAND_MEASURES.find((word) => name.endsWith(word)) : undefined;
  if (ending) subject = name.slice(0, name.length - ending.length);
  else if (land) subject = name.slice(0, name.length - land.length);
  else if (MEASURED.test(name)) return null;
  else if (prev.mention.nature === 'count' || LAND_UNITS.test(prev.mention.unit?.replace(/^[万千百亿]+/, '') ?? '')) subject = name;
  else return null;
  // (…合作在100多个国家和地区展开，完成营业额: a subject that does not open the clause of its figure is no subject of
  // it, but a place or an object inside the predicate; 规模以上工业企业实现总产值 opens with 规模以上工业企业.)
  // (…总面积达到76万亩，产值14.7亿元: a figure whose own clause opens with its measure had its subject carried too, and
  // passes it on.)
  if (!opening.startsWith(subject) && !(ending && opening.startsWith(ending))) return null;
  // (新植果树经济林44万亩: what was planted this year is not the whole the total area is of.)
  const lead = PLANTED_LEADS.find((word) => subject.startsWith(word) && subject.length - word.length >= 2);
  if (lead) subject = subject.slice(lead.length);
  // (粮食播种|面积: a subject that ends with a verb is a process, not who owns the measure; 全市|增加值: the place alone
  // is the report's own whole, which the measure alone already means.)
  if (subject.length < 2 || isVerb(subject.slice(-2)) || PLACES.has(subject)) return null;
  return subject;
}

/** A sector's companies counted (规模以上工业企业): the sector is the part before 企业. */
const SECTOR_COMPANIES = /^(\S{2,}(?:工业|服务业|建筑业|制造业|产业))企业$/u;
/** What a sector produces (its 增加值, 产值): the sector's, not its companies'. */
const SECTOR_OUTPUTS: ReadonlySet<string> = new Set(['增加值', '产值', '总产值']);

/** Whether `name` is a measure alone that may take the subject of the figure before (the cheap test callers make first). */
export function carriesSubject(name: string | null): boolean {
  return name !== null && (MEASURES.has(name) || COUNTED_ATTRIBUTES.has(name));
}

/**
 * `name` with the subject the figure before names, when `name` is a measure alone and `prev` stands in the clause
 * before (`between`: the text from `prev`'s end to the figure; `prevClause`: `prev`'s clause up to it) and its name opens
 * that clause, or when `name` is an attribute of the things `prev` counts (countedAttribute); `name` otherwise.
 */
export function carriedSubject(name: string | null, prev: Bound | undefined, between: string, prevClause: string, beforePrev = ''): string | null {
  if (!name || !prev) return name;
  const carried = MEASURES.has(name) ? measureCarried(name, prev, between, prevClause) : name;
  // (分别建成国家级、市级、区级文化产业园1家、4家和9家，面积25.8万平方米 — 宝安区 2015, outside: after the last count of a
  // list, the attribute is of all the items, which no one count's name says; `beforePrev` is the character before it.)
  return carried === name && !/[、和及与]/.test(beforePrev) ? countedAttribute(name, prev, between) : carried;
}

/** A stock attribute the count's name was given (上市企业总数): the counted things are the name without it. */
const COUNT_STOCK = /(?:总数|总量|数量)$/;
/** Words that may open the attribute's own clause before it (实现总产值, 其中面积, 共计…). */
const ATTRIBUTE_LEAD = /^(?:其中|实现|共计?|累计|合计)?/;

/**
 * An attribute of the things just counted (集中签约项目41个，总产值1245亿元; 新开工保障性住房项目66个、面积304万平方米;
 * 30个公共住房项目，建筑面积220万平方米 — lexicon/countedAttributes.json lists the reports): the clause right after the
 * count opens with the attribute and has no subject of its own, so the attribute is of what was counted — 签约项目总产值,
 * 保障性住房项目面积 — not of the whole place. The count's name is the subject as the name reader read it, wherever the
 * count stood in its clause (before the noun or after it), unlike measureCarried's subject, which must open the clause;
 * 、 joins the attribute to the count as a comma does (签约项目38个、总产值… — 盐田区 2022). `name` when not so.
 */
function countedAttribute(name: string, prev: Bound, between: string): string {
  if (!COUNTED_ATTRIBUTES.has(name) || prev.mention.nature !== 'count' || !prev.name || prev.isFrom || /[、和与及]/.test(prev.name)) return name;
  // (One clause break; before it only a word of quantity (以上, 余) or the counted noun itself — 30个公共住房项目，建筑面积;
  // the attribute opens its own clause after it.)
  const parts = /^([^，,、。；;：:！？!?\n]{0,16})[，,、]([^，,、。；;：:！？!?\n]{0,8})$/.exec(between);
  const after = parts?.[1] ?? '';
  if (!parts || (after.length > 4 && !after.endsWith(prev.name)) || !(parts[2] as string).replace(ATTRIBUTE_LEAD, '').startsWith(name)) return name;
  const things = prev.name.replace(COUNT_STOCK, '');
  // (A count already named by a measure — 受益人数, 审批时限 — or by a verb or a place alone is no set of things.)
  if (things.length < 2 || MEASURED.test(things) || isVerb(things.slice(-2)) || PLACES.has(things) || things.endsWith(name)) return name;
  return things + name;
}

/** `name` with the subject of the figure before when `name` is a measure of CARRIED_MEASURES (see carriedSubject). */
function measureCarried(name: string, prev: Bound, between: string, prevClause: string): string {
  // (One clause break, no sentence or semicolon; the figure's own clause is short: 实现工业总产值, 总面积达到.)
  // (粮食播种面积稳定在1000万亩、产量稳定在400万吨: a crop's area and its output are one clause's two parts, joined by 、
  // too — only these; 、 joins a sector's different measures elsewhere, names31.)
  const landPair = YIELD_MEASURES.includes(name) && prev.name !== null && LAND_MEASURES.some((word) => prev.name?.endsWith(word));
  // (民营经济增加值完成18600亿元、上缴税金2510亿元: an owner's measures said in a row, joined by 、, are all the owner's —
  // only after a figure whose name ends with such a measure: after a count, 规模以上工业企业达7.6万家、增加值增长3%, the
  // counted things are not what the measure is of, names31.)
  const ownerRow = prev.name !== null && BY_LENGTH.some((word) => prev.name?.endsWith(word) && (prev.name?.length ?? 0) > word.length);
  // (…but a sector's output is the sector's: the companies of 规模以上工业 counted, its 增加值 after them is 规模以上工业增加值,
  // as labels write it — dev 广东 2026.)
  const sector = SECTOR_OUTPUTS.has(name) ? SECTOR_COMPANIES.exec(prev.name ?? '')?.[1] : undefined;
  if (sector && (between.match(/[，,、]/g)?.length ?? 0) === 1 && !/[。；;：:！？!?\n]/.test(between) && between.length <= 16) return sector + name;
  const breaks = between.match(landPair || ownerRow ? /[，,、]/g : /[，,]/g)?.length ?? 0;
  if (breaks !== 1 || /[。；;：:！？!?\n]/.test(between) || between.length > 16) return name;
  // (规上 is written out in names: 规上工业总产值 opens a clause whose figure is named 规模以上工业总产值.)
  const subject = subjectOf(prev, prevClause.replace(SCOPE, '').replace(/^规上(?=工业|企业|服务业)/, '规模以上'), name);
  if (!subject || subject.endsWith(name)) return name;
  return subject + name;
}
