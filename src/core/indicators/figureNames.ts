/**
 * The name of one figure, from the words around it in its sentence (bindParagraph in extract.ts calls nameFor once
 * per figure that does not continue a list): the text before it, the noun after its classifier, the figure before
 * it in the sentence, or the topic the sentence opened with. Bounded windows only: no rescans of the paragraph.
 */
import { didPartName, partDoneName, subsetSetName } from './subsetCounts';
import { partOfNamedSetName } from './partOfNamedSet';
import { withoutSiblingItem } from './siblingItem';
import { REACH_VERBS } from './reachNames';
import type { NumberMention } from '../numbers/types';
import type { MeasureDef } from './measures';
import type { Boundaries } from './boundaries';
import { LOOK_BACK, SENTENCE_END } from './boundaries';
import { exactIndicator } from '../lexicon';
import { isVerb } from '../lexicon/verbs';
import { withoutLeadingAction } from './actionCompound';
import { alternation, FACILITY_HEADS, NEVER_NAMES, POPULATION_NOUNS, RANK_VERBS, ANY_RANK_VERB } from '../lexicon/nameWords';
import { arabicYears } from './timeScope';
import { ALL_PEOPLE } from '../numbers/groupNouns';
import { cleanName, endsWithCountVerb, endsWithResultVerb, isNamedAction, isBareToVerb, endsWithActionVerb, endsWithVerb, firstVerb, withoutLeadingVerb, isPlace, subjectOf, isGenericAttribute, nameAfter, stripRankContext } from './names';
import { extensionName, occasionName, spanOfOccasions, streakObject, timeTakenName } from './durationNames';
import { KEPT_GROWTH_STREAK, streakOfGrowth } from './streakGrowth';
import { placeCountName, placeKindAfter, withPlaceKind } from './placeCounts';
import { framesCountedNoun, pastJoinedCount } from './countFrames';
import { fundAfter, fundForPurpose } from './fundNames';
import { perHead } from './perHead';
import { capacityOfItem } from './capacityNames';
import { actedObject } from './actedObject';
import { stepName, stepSubject } from './stepNames';
import { gradeBeforeCount, gradedName } from './gradeNames';
import { withCountPredicate } from './countedPredicate';
import { ownItemOfFigureList } from './exampleList';
import { countedAfterName, saysOnlyHowOrWhen } from './countedAfter';
import { reachName } from './reachNames';
import { clauseTopic, existentialTopic, partThatDoes, previousClauseSubject, sentenceTopicAt, topicPastFrames } from './clauseNames';
import { fundedWork } from './fundedWork';
import { sizedPlantItemName } from './sizedPlantItem';
import { worksCapacityName } from './worksCapacity';
import { solvedVillagesName } from './villagesSolved';
import { amountOfNoun, peopleShareBefore } from './amountOfNoun';
import { AREA_UNITS, ofStock } from './stockAttributes';

export interface Bound {
  mention: NumberMention;
  name: string | null;
  measure: MeasureDef | null;
  isFrom: boolean;
}

/** A plan word or an adverb of order before a verb (计划投入, 拟发行, 先发行): the verb alone still names nothing. */
const VERB_PREFIX = /^(?:计划|拟|预计|先|再|另)/;
const PREFIXED_VERB = new RegExp(`${VERB_PREFIX.source}[\u4e00-\u9fff]{2}$`);
/** Units of a time a work took (用37天实现…, 仅用2个月时间建成…). */
const TIME_UNITS: ReadonlySet<string> = new Set(['天', '个月', '月', '小时', '周', '年']);
/** A to-measure right after a figure (由35个增加到100个): the figure is a start value, and no noun follows it. */
const MEASURE_AFTER = /^(?:增加|提高|提升|上升|下降|降低|减少|扩大|增)(?:到|至)/;

/**
 * A clause opening with at most one character and 占比, then at most a verb of level (税占比达, 税占比为, 税占比超过;
 * 其占比达, 占比达).
 */
const SHARE_CLAUSE = /^([\u4e00-\u9fff])?占比(?:达到?|为|超过?|提高到|提升至|提高至|上升到|上升至|保持在?|稳定在|近)?$/;
/** Pronouns and adverbs that may stand before 占比 but are no subject (其占比, 总占比, 均占比). */
const NO_SUBJECT_CHARACTERS: ReadonlySet<string> = new Set(['其', '总', '均', '所', '的', '再', '已', '将', '约', '共', '则', '仍', '也', '还', '只', '仅', '该', '此', '各']);

/** A clause that is only a verb of reach before its count (惠及, 累计覆盖, 共带动). */
const REACH_ALONE = new RegExp(`^(?:共|累计|共计)?(${[...REACH_VERBS, '带动'].join('|')})$`);
/** Units of whom a verb of reach counts when the figure is an amount (惠及近10万儿童, 154万户家庭, 461万人次). */
const REACHED_UNITS: ReadonlySet<string> = new Set(['', '人', '户', '人次']);

/** A clause that opens a list of start values 分别 shares out, with at most a per-head frame (分别从每人每月). */
const FROM_LIST_OPENING = /^\s*分别(?:从|由)(?:每[人户年月日]){0,2}$/;

export function nameFor(text: string, m: NumberMention, rawHead: string, hadMeasure: boolean, prevInSentence: readonly Bound[], bounds: Boundaries, itemAfterFigure = false): string | null {
  // (日处理污水6万吨的污水处理厂三期工程: a capacity said of one works is the works' capacity, worksCapacity.ts.)
  const works = worksCapacityName(text, m);
  if (works) return works;
  // (解决了13个村2.3万人的安全饮水问题: villages counted with their people are named by what was solved, villagesSolved.ts.)
  const villages = solvedVillagesName(text, m);
  if (villages) return villages;
  // “参赛队伍上万支”, “惠及上千万人”: 上 before a magnitude with no numeral is part of the figure (some ten thousand).
  // (确保所有贫困县摘帽出列、33万贫困人口脱贫: a whole clause before the 、 is a sibling item, siblingItem.ts.)
  const sibling = m.nature === 'count' || m.nature === 'amount' || m.nature === 'bare' ? withoutSiblingItem(rawHead, text, m.start, m.tail) : rawHead;
  const head = wordEndOf(text, m, /上$/.test(sibling) && /^[十百千万亿]/.test(text.charAt(m.start)) ? sibling.slice(0, -1) : sibling);
  // (在本年的45种主要工业产品中，有37种完成…: a count after 有 drawn from a set counts the set's noun.)
  // (这些建设项目，在今年内可以建设完工的有十四个: the part of the set that did it, 建设完工的建设项目.)
  // (与百家央企合作的80个重大项目开工、175个建成投产: a bare count with a predicate after it is a part of the set counted
  // before it, subsetCounts.ts partDoneName.)
  const last = prevInSentence[prevInSentence.length - 1];
  const setBefore = last && last.mention.nature === 'count' && last.mention.unit === m.unit ? { tail: last.mention.tail, name: last.name } : undefined;
  const subset = m.nature === 'count' ? subsetSetName(text, m.start) || didPartName(text, m.start, m.tail, (s) => firstVerb(s, 0) < 0) || partDoneName(text, m.tail, setBefore, (s) => firstVerb(s, 0) === 0) || partOfNamedSetName(text, m.start, m.tail, (s) => firstVerb(s, 0) === 0) : '';
  const own = subset || nameOf(text, m, head, hadMeasure, prevInSentence, bounds, itemAfterFigure);
  // (省级400个、市级3000个重点项目: a grade alone before a count takes the noun the list ends with.)
  const graded = perHead(own && m.nature === 'count' ? gradeBeforeCount(text, m.tail, own) : own, head);
  const kind = m.nature === 'count' ? placeKindAfter(text.slice(m.tail, m.tail + 12)) : '';
  const placed = kind ? placesName(graded, kind, last) : graded;
  // (在城镇安置了903万人就业, 全国城镇共安排3700多万人就业, 用于安排城镇二千六百万人就业 — dev national 1980, 1988, 1982;
  // 带动就业11.9万人 — 云南 2025, outside: 就业 alone is every job figure; the verb that gave the jobs, and the town or
  // country it gave them in, say which, as the labels write 城镇安排就业.)
  const jobs = placed === '就业' && (m.unit === '人' || m.unit == null) ? jobsGiven(text.slice(Math.max(0, m.start - 12), m.start)) || placed : placed;
  // (超额完成国家下达的110万人年度任务 — 广东 2025, outside; 继续推进棚户区改造，完成800户的改造任务 — dev 海拉尔 2019: a task
  // with no kind of its own, or only the kind of work, is the quota of what the sentence already counted — the figure before
  // in the same unit (城镇新增就业) — or of the work the clause before acted on (棚户区改造).)
  const name = jobs && GENERIC_TASK.test(jobs) ? taskOf(text, m, last, bounds) || jobs : jobs;
  // “城乡居民收入比由2.9∶1缩小至…”, “…与农业总产值之比从1.68∶1…”: a ratio's name keeps its 比 (the clause noise
  // rules take a final 比 for a comparison). (国内生产总值比2000年翻一番: a 比 before a base year or period is that
  // comparison, not a ratio.)
  // (炼铁焦比由九百五十公斤降到七百零五公斤: a 比 right before a start value's 由/从 is the ratio's own, whatever the
  // figure's unit — a comparison puts its base after 比, never 由.)
  const from = /比[由从]$/.test(head.trimEnd()) ? head.trimEnd().slice(0, -1) : '';
  if (name && from.endsWith(`${name}比`)) return `${name}比`;
  return name && (m.nature === 'ratio' || m.nature === 'multiple') && !name.endsWith('比') && ratioAfter(text.slice(Math.max(0, m.start - name.length - 8), m.start), name) ? `${name}比` : name;
}

/** A task named by nothing but when or what kind of work it is (年度任务, 改造任务, 目标任务). */
const GENERIC_TASK = /^(?:年度|全年|今年|国家|省|市)?(?:改造|建设|目标)?(?:目标)?任务$/;

/** What a generic task is the quota of: the figure before in the sentence with the same unit, else the acted object. */
function taskOf(text: string, m: NumberMention, last: Bound | undefined, bounds: Boundaries): string {
  if (last?.name && !GENERIC_TASK.test(last.name) && (last.mention.unit ?? null) === (m.unit ?? null)) return last.name;
  return last ? '' : actedObject(text, m.start, bounds);
}

/** The verb that gave jobs right before a count of people who got them, with its place (城镇安置就业, 带动就业), or ''. */
function jobsGiven(before: string): string {
  const m = JOBS_GIVEN.exec(before.trimEnd());
  return m ? `${m[1] ?? m[3] ?? ''}${m[2] as string}就业` : '';
}
const JOBS_GIVEN = /(城镇|农村)?(?:共|累计|已|共计)?(安置|安排|带动|帮助)了?(城镇|农村)?(?:就业)?$/;

/**
 * The name of a count of places of `kind` (县（市）, see placeKindAfter): what they are counted for with the kind after it.
 * (…从15个县（市）扩大到57个县（市）: a to-value named by the kind alone goes on about the places counted before it.)
 */
function placesName(own: string | null, kind: string, last: Bound | undefined): string {
  const plain = (s: string): string => s.replace(/[（）()]/g, '');
  if (own && plain(own) === plain(kind) && last?.name && last.mention.nature === 'count' && plain(last.name).endsWith(plain(kind))) return last.name;
  return withPlaceKind(own, kind);
}

/** `name` followed by 比 in `before`, when the 比 is not a comparison base (比2000年, 比一九八○年, 比上年). */
function ratioAfter(before: string, name: string): boolean {
  const at = before.indexOf(`${name}比`);
  return at >= 0 && !/^(?:\s*[\d０-９〇○]|一九|二〇|二○|上年|去年|同期|前|“?十)/.test(before.slice(at + name.length + 1));
}

/**
 * The measure search drops a 约 before a figure as its qualifier (about); in 参加国际条约187个, 为国家节约二千八百亿元 it
 * ends a word (条约, 节约), which the name keeps; in 因素大约有十三个百分点 its 大 goes with it (大约, about).
 */
function wordEndOf(text: string, m: NumberMention, rawHead: string): string {
  // “迈上5000亿元新台阶、增长6%”, “跃上1.4万亿斤新台阶、亩产提升10.1斤”: the milestone after the figure before is that
  // figure's; what follows its 、 is this one's.
  // (危旧房3.1万套（户）、老旧管道1.68万公里: a unit note in brackets after the figure before is that figure's too.)
  const noted = rawHead.replace(/^\s*[（(][^（）()]{1,6}[）)]\s*(?=[、，,])/, '');
  const milestone = MILESTONE_AFTER.exec(noted.trimStart());
  const head = milestone && /^[、，,]/.test(noted.trimStart().slice(milestone[0].length)) ? noted.trimStart().slice(milestone[0].length + 1) : noted;
  const before = text.slice(Math.max(0, m.start - 3), m.start).trimEnd();
  if (!before.endsWith('约') && !before.endsWith('约有')) return head;
  if (/[条公合契节制签预]$/.test(head) && before.endsWith('约')) return `${head}约`;
  return /(?<=.{2})大$/.test(head) ? head.slice(0, -1) : head;
}

/** Units of an area or a length: the sizes a work or a place is measured in. */
const SIZES: ReadonlySet<string> = new Set(['平方米', '平方公里', '公顷', '亩', '公里', '米', '千米']);
/** A noun that is itself a size (运营里程, 建筑面积): the figure after it is its value, not the size of a work after it. */
const SIZE_NOUN = /(?:里程|面积|长度|总长|规模|距离)$/;
/** What became of a work (通车, 竣工): a predicate after the size, no part of what it sizes. */
const WORK_DONE = /(?:通车|贯通|连通|建成|完工|竣工|投用|开通)/;

/** Whether the words between the figure before and this physical size are that figure's noun and a joiner only. */
function sizedItemBefore(text: string, m: NumberMention, prevInSentence: readonly Bound[]): boolean {
  const last = prevInSentence[prevInSentence.length - 1];
  if (!last || (last.mention.nature !== 'physical' && last.mention.nature !== 'count')) return false;
  return /^[\u4e00-\u9fff“”]{2,16}?(?:、|和|及)$/.test(text.slice(last.mention.tail, m.start).trim());
}

/**
 * Where the indicator's name is: before the figure (地区生产总值年均增长6.1%), after it when the text before is
 * a verb (建成1.75万个5G基站), or inherited from the previous figure of the sentence (…1528亿元，增长27.4%).
 */
function nameOf(text: string, m: NumberMention, head: string, hadMeasure: boolean, prevInSentence: readonly Bound[], bounds: Boundaries, itemAfterFigure: boolean): string | null {
  const previous = previousName(prevInSentence);
  // “…达到8710亿元，比一九八○年的7159亿元增加…”: a base value is the same indicator as the figure compared with it;
  // and 这个速度/这方面的投资 points back to the figure before.
  // (The measure search drops the base's own year, 比一九五二年的 → 比.)
  if (previous && (/比[^，,。；;]{1,14}的$|(?:^|[，,、\s])比$/.test(head) || /^(?:这个|这方面|这一|这些)/.test(head.replace(/^[，,、\s]+/, '')))) return previous;
  if (m.nature === 'duration') {
    // (…增长30.4%、连续24个月保持两位数增长: the growth kept is the figure before's, streakGrowth.ts.)
    // (工业投资连续40个月保持两位数增长 — 深圳 2025, outside: a subject written before 连续 is the one that grew.)
    const own = text.startsWith('连续', m.start - 2) ? cleanName(head.replace(/连续$/, '')) : null;
    const kept = own !== null ? streakOfGrowth(text.slice(m.tail, m.tail + 12), own && !isVerb(own) ? own : previous, m.unit ?? null) : null;
    if (kept) return kept;
    const years = durationName(text, m, head);
    if (years) return years;
  }
  // “地区生产总值连续迈上4个万亿元台阶”: a count of thresholds crossed counts steps, not the indicator.
  if (m.nature === 'count') {
    const steps = stepName(text, m.start, m.tail, bounds);
    if (steps) return steps;
  }
  // “一般公共预算收入增长2.1%，税占比达77.4%”: a clause whose own subject is one noun character before 占比 names its
  // share (税占比), not the figure before; the character alone is too short a name, so 占比 stays with it.
  if (m.nature === 'percent') {
    // (占我们国家人口80%以上的农民 — dev national 1957; 占人口百分之九十五以上的人民群众 — national 1964, outside.)
    const people = peopleShareBefore(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start).trim(), text, m.tail);
    if (people) return people;
    const own = SHARE_CLAUSE.exec(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start).trim());
    if (own?.[1] && !NO_SUBJECT_CHARACTERS.has(own[1])) return `${own[1]}占比`;
    // (…项目有6个，占比达54.5% — dev 高阳 2019; 其占比: a share with no subject of its own is the share of the figure
    // before, and is named as one — names keep 占比 — not as the amount it is a share of. Not after 、 — 新能源装机达4091万
    // 千瓦、占比达44.7%、成为第一大电源, dev 湖南 2026: the rank after it would take the share's name.)
    if (own && previous && !/(?:占比|比重|比例)$/.test(previous)) return `${previous}占比`;
  }
  if (m.unit === '次' && !cleanName(head)) {
    const done = occasionName(text.slice(m.tail, m.tail + 30));
    if (done) return done;
  }
  // (仅用100天就完成…整体征迁, 用37天实现…为零: the time a work took is named by the work, durationNames.ts.)
  if (TIME_UNITS.has(m.unit ?? '')) {
    const before = text.slice(Math.max(0, m.start - 4), m.start);
    // (投资4亿元的…基地一期项目，仅用307天就建成投训 — src32 涞源县-2021: the works the figure before is the money of.)
    const works = /用$/.test(before) ? previousClauseSubject(text, m.start, bounds) || (previous ?? '').replace(/(?:总投资|投资)$/, '') : '';
    const taken = timeTakenName(before, text.slice(m.tail, m.tail + 40), works);
    if (taken) return taken;
  }
  // 六亿多人口, 十亿中国人民, 7000万河北人民: a head count of the people is the population.
  const people = m.nature === 'amount' || m.unit === '人' ? POPULATION_AFTER.exec(text.slice(m.tail, m.tail + 6)) : null;
  // (125万农民参加新型农村合作医疗: farmers who did something are that set, countedPredicate.ts.)
  if (people) return people[1] ? withCountPredicate(text, m.tail, '农民') : '人口';
  // The noun phrase right after the figure, read once and only when a rule below asks for it (NounAfterFigure).
  const afterFigure = new NounAfterFigure(text, m);
  // (育儿补贴政策惠及80余万名婴幼儿, 贸易伙伴覆盖155个国家或地区: whom a verb of reach counts is named with what reached
  // them, reachNames.ts.)
  if (m.nature === 'count' || (m.nature === 'amount' && REACHED_UNITS.has(m.unit ?? ''))) {
    const reached = reachName(text, m.start, bounds, afterFigure.noun());
    if (reached) return reached;
  }
  // “我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人”, “拿煤来说，…我国一九五二年生产…”:
  // a clause made of a time and a bare verb (有, 生产, 达到) says when, not what; the sentence's topic is the name.
  if (TIME_LED.test(arabicYears(head.trim()))) {
    const topic = previous ?? (previousClauseSubject(text, m.start, bounds) || sentenceTopicAt(text, m.start, bounds));
    if (topic) return topic;
  }
  // A rank read as a change (区域创新能力由全国第12位跃升至第9位) keeps the subject before 由 for both ranks.
  // A bottom band left (空气综合指数退出全省“后二十” — dev 清苑区-2025; 退出全国重点城市空气质量“后十” — src32 河北省-2022/2023,
  // outside): 退出 and its scope are the ranking's words, as 位居全省 is, not the indicator's.
  const ranked = m.nature === 'rank' ? stripRankContext(text[m.start] === '后' ? head.replace(/(?:坚决|稳定|首次)?退出(?:全国|全省|全市|全区)?[“"]?$/, '') : head) : head;
  const whole = cleanName(fromToHead(ranked));
  // 新增城镇就业 is the lexicon's 城镇新增就业 written another way: a synonym read whole keeps its verb and takes
  // the standard name, so that the series meets it.
  const stripped = m.nature === 'count' ? withoutLeadingAction(withoutLeadingVerb(whole)) : withoutLeadingVerb(whole);
  const synonym = stripped !== whole ? exactIndicator(whole) : undefined;
  // (下达2025年中央及省级育儿补贴资金: with the verb gone, the year that opened its object is when, not what.)
  const cleaned = synonym ? synonym.name : stripped.replace(/^(?:19|20)\d{2}年度?(?=[\u4e00-\u9fff]{2})/, '');
  // “原煤产量增速连续4年居全国主要产煤省区首位”: a rank whose words are only where it stands (居…, 位居…) ranks the
  // figure before it.
  if (m.nature === 'rank' && previous && RANK_OPENING.test(cleaned)) return previous;
  // A verb alone before the figure (跃升至第9位, 增加到100个) names nothing: the subject is earlier in the sentence.
  // “…收到12,745,390,000元，完成预算数的92.49%”, “…支出…元，占预算数的96.99%”, “比1954年增长…”: a frame of
  // reference (the budget, the plan, a base year) names no indicator; the figure measures the one before it.
  if (previous && cleaned.length >= 2 && REFERENCE_FRAME.test(cleaned)) return previous;
  // A verb alone (实现, 获得, 开工) is what was done, not what was measured: any other name wins over it.
  // So is a verb with its result or plan word (用好1800亿元引导基金, 计划投入800亿元): 用好, 管好, 计划投入; and with
  // an adverb of order (先发行1万亿元超长期特别国债, 再安排…): the noun after it is what is measured.
  // A word that alone names nothing (只有, 拟定, 下同) is dropped outright, not kept as a last resort.
  // (以上共计28项指标: with its 共计 gone, 以上 — the items above — sums them up; it names nothing, the noun after does.)
  const nothing = NEVER_NAMES.has(cleaned) || /^(?:以上|上述)$/.test(cleaned);
  const verbAlone = !nothing && (isVerb(cleaned) || RESULTATIVE_VERB.test(cleaned) || (PREFIXED_VERB.test(cleaned) && isVerb(cleaned.slice(-2)))) ? cleaned : '';
  // 解决两批次67名…: a batch or round counts the occasions, not what the figure counts.
  // (十大类46项民生实事工程, 五大类21个主要指标, 6个方面16条经验: a group of classes or aspects before a count
  // says how the counted things are grouped; the noun after the count names them.)
  // (首批27项改革经验, 首批50亿元离岸人民币地方政府债券 — 广东 2016, 深圳 2022, 2023, outside, names49: an ordinal batch
  // alone says which batch, not what came in it; the noun after the figure names that, and the batch stays with it, as
  // labels write 首批省级部门, 首批未来产业先导区 — dev 浙江, 江苏 2026.)
  if (BATCH_ALONE.test(cleaned)) {
    // (The noun alone, not the count's predicate put before it: 首批116个整治项目完工 — 宝安区 2016 — is 首批整治项目, and
    // 首批20个城市第六立面改造提升试点项目完工并取得良好效果 — 深圳 2024, outside — was named 首批完工并取得良好效果城市….)
    const noun = cleanName(nameAfter(text, m.tail));
    if (noun.length >= 2) return cleaned + noun;
  }
  // (社会投资项目审批时限从120个工作日压减至50个工作日, 企业开办时间从8个工作日压减至3个工作日 — 唐县 2020; 从5598项大幅压减至
  // 3018项 — 广东 2019, outside: right after a start value, a short verb, maybe after an adverb, with its 至/到 and nothing
  // else is the change from it, whatever verb the writer chose; the end value is the start's indicator — the dictionary's
  // verbs and the to-verbs of isBareToVerb miss 压减, 提速, 调减.)
  const startBefore = prevInSentence[prevInSentence.length - 1];
  const toAfterStart = !!startBefore?.isFrom && /^[\u4e00-\u9fff]{1,5}[至到]$/.test(text.slice(startBefore.mention.tail, m.start).trim());
  // (该项目总投资1.33亿元，占地41.3亩 — src32 阜平县-2021: 占地 alone is a verb, and the area took the investment's name.)
  if (verbAlone === '占地' && previous && AREA_UNITS.has(m.unit ?? '')) {
    const site = ofStock(previous, '占地面积');
    if (site !== previous) return site;
  }
  // (规范提升209个村卫生室, 圆满完成13个整体征迁村: words that only say how or when the measure is done name no count,
  // countedAfter.ts saysOnlyHowOrWhen; the noun after the count does, as after the measure alone.)
  const howOnly = m.nature === 'count' && hadMeasure && saysOnlyHowOrWhen(cleaned);
  const before = nothing || howOnly || isBareToVerb(cleaned) || toAfterStart || verbAlone || /^(?:(?:[一二两三四五六七八九十]+|\d{1,2})(?:批次?|轮|期|大类|类|个?方面)|方面|大类)$/.test(cleaned) ? '' : cleaned;
  // (城镇、农村低保对象最低生活保障人均补差水平，分别从每月457元、206元提高到503元、228元; 孤儿基本生活最低养育标准集中供养和
  // 分散供养水平，分别从每人每月1685元和1025元提高到… — 广东 2018, 2020, outside: a list of start values 分别 shares out
  // after a clause of their subjects is named by that clause, as a 分别下降 list is below; its end values take the names.)
  if (!before && FROM_LIST_OPENING.test(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start))) {
    const listed = previousClauseSubject(text, m.start, bounds);
    if (listed.includes('、') || /[和及与]/.test(listed)) return listed;
  }
  // (还会有一百几十亿元的赤字 — national 1981; 完成了将近一百四十亿元的基本建设投资额 — national 1957, outside: an amount
  // whose clause has no name of its own is named by its noun after 的, amountOfNoun.ts.)
  const ofNoun = !previous && m.nature === 'amount' && m.unit ? amountOfNoun(text, m.tail, before, !!verbAlone || nothing) : '';
  if (ofNoun) return ofNoun;
  // (为未成年人家庭提供一对一公益家庭教育指导服务1万户次 — dev 浙江 2026; 为经济困难群众和符合法定条件的当事人提供法律
  // 咨询服务30万人次 — 云南 2025, outside: a service provided for someone is named by the service, as the labels write
  // it; whom it is for is who receives it.)
  const provided = before && head.includes('提供') ? providedService(head) : '';
  if (provided) return provided;
  // “地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%”: a predicate between two figures (稳居…) is no name;
  // the rate goes on about the figure before it.
  if (previous && before && PREDICATE_OPENING.test(before)) return previous;
  // “计划建成投产大中型项目118个，实际建成128个”, “原计划…，执行结果为…”: the outcome set against a plan is the same
  // indicator as the planned figure before it.
  if (previous && before && /^(?:实际|执行结果|实际执行结果|结果)(?:上|是|为|完成|建成|达到|执行|增长|增加|只有|仅)?$/.test(before)) return previous;
  // 比上一个五年增加1710亿元: a comparison base names nothing; the figure is the one before it again.
  // (同一九五五年比较, 同第一个五年计划的第一年——: a base introduced by 同 is one too; 同我国建交的国家 is a name.)
  if (previous && /^(?:[比较](?![重例率较])|同(?=\d{4}|上年|去年|前|第))/.test(before)) return previous;
  // “1955年全国铁路运输的货物周转量，由于…，比1954年只增长了5%”: with no figure before it in the sentence, a
  // comparison goes on about the sentence's topic.
  // (比改革前减轻企业和个人负担: what follows the base, when there is something, is the name.)
  if (!previous && /^[比较](?![重例率较])/.test(before)) {
    const rest = before.replace(/^[比较](?:(?:19|20)\d{2}年|上年|去年|[^，,]{0,4}?(?:前|同期))(?:末|底|初)?(?:只|还|已|都|多|少)?/, '');
    return rest.length >= 4 && rest !== before ? rest : (clauseTopic(text, m, bounds) ?? before);
  }
  // 地区生产总值连续迈上4个万亿元台阶: the steps are the subject's milestones, and the subject names them.
  if (m.nature === 'count' && MILESTONE_AFTER.test(text.slice(m.tail, m.tail + 8))) {
    const subject = cleanName(subjectOf(cleaned));
    if (subject) return subject;
  }
  // “使用1000亿元失业保险基金…”, “国务院决定今年安排30亿元建设资金”: money put into a fund named after it is that fund.
  const fund = hadMeasure ? '' : fundAfter(text, m, head);
  if (fund) return fund;
  // “中央财政安排429亿元，解决关闭破产国有企业退休人员医疗保险问题”: a payer alone is who pays; the purpose after names it.
  const purpose = hadMeasure ? '' : fundForPurpose(text, m, before);
  if (purpose) return purpose;
  // “投资1100万元新建污水管线2847米”, “投入2000余万元对城区主要街道…进行修复”: money put into the work named after it.
  // (投入77.3亿元开展城市环境品质提升行动, 投入1.5亿元开展800个以上…, 投入3.3亿元新建、改扩建学校 — 罗湖区 2014, 2015, 2020,
  // 2021, outside: 投入 is a verb alone, dropped from `before`, but it funds the work after the sum all the same.)
  const funding = FUNDING.test(before) ? before : FUNDING.test(verbAlone) ? verbAlone : '';
  if (funding && m.unit?.endsWith('元')) {
    // (投资1亿元，启动实施…: a sum that is its clause alone may fund the work of the next clause.)
    const alone = SUM_ALONE.test(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start).trim());
    // (不断加大教育投入，投资3.1亿元，实施…: money the action before already names is that money; the rule below reads it.)
    const namedBefore = alone && /(?:投入|投资|资金|支出)$/.test(actedObject(text, m.start, bounds));
    const work = namedBefore ? '' : fundedWork(text, m.tail, alone);
    if (work) return work + funding;
    // (全面实施营养改善计划，全年投入资金1100多万元 — src32 涞源县-2020; 建立从学前教育到高中阶段全学段资助体系，全年投入资金2565万元
    // — 唐县-2020, outside: a sum alone whose next clause opens no work pays for what the action before it acted on, as 投资
    // after an action clause does below; 新一中建设快速推进，累计投入资金3.15亿元 — 涞源县-2020: or for the subject whose
    // progress that clause tells. 投入资金 alone names neither; 投资 and 资金 are read so below, as attributes.)
    // (Only a clause of the same sentence: 华夏幸福无私援助彰显社会责任。累计投入资金7亿多元 — 涞源县-2020 — is a headline, no subject.)
    if (alone && !namedBefore && !previous && !isGenericAttribute(funding) && bounds.clauseEndBefore(m.start) > bounds.sentenceEndBefore(m.start)) {
      const acted = /^(?:以上|左右|多|余)?的/.test(text.slice(m.tail, m.tail + 4)) ? '' : actedObject(text, m.start, bounds);
      if (acted) return acted + funding;
      const subject = previousClauseSubject(text, m.start, bounds, false, true);
      if (subject) return subject + funding;
    }
  }
  // (争取增发国债项目383个、下达资金425.7亿元; 争取债券资金项目41个，涉及资金12亿元 — 保定 2025, 易县 2021, src32 outside: money
  // said right after a count of projects, with only a verb that says it came to them or concerns them, is those projects'
  // money; 下达资金 alone names no source and no purpose, the projects name both.)
  const projectsBefore = prevInSentence[prevInSentence.length - 1];
  const projectMoney = previous && /项目$/.test(previous) && m.unit?.endsWith('元') && projectsBefore?.mention.nature === 'count' ? PROJECT_MONEY.exec(text.slice(projectsBefore.mention.tail, m.start).trim()) : null;
  if (previous && projectMoney) return previous + (projectMoney[1] as string);
  // “央陕合作项目落地、总投资1370多亿元”: an attribute after 、 belongs to the figure before, as a bare one does.
  const attribute = /、([\u4e00-\u9fff]{2,4})$/.exec(before)?.[1];
  if (attribute && previous && isGenericAttribute(attribute) && !isGenericAttribute(previous)) return ofStock(previous, attribute);
  // “地方一般公共预算收入增长2.3%、支出首次超过7000亿元”: a head noun alone whose sibling ends the name before it
  // (收入/支出, 出口/进口, 存款/贷款) shares that name's modifier.
  const sibling = previous && before ? SIBLING_HEAD[before] : undefined;
  if (previous && sibling && previous.endsWith(sibling) && previous.length > sibling.length) return previous.slice(0, -sibling.length) + before;
  // “城镇人均居住面积增加到8.7平方米，农村增加到22平方米”: a place alone whose counterpart opens the name before it
  // (城镇/农村, 城市/农村) takes that name with its own place.
  const counterpart = previous && before ? placeSibling(previous, before) : '';
  if (counterpart) return counterpart;
  // “全省淘汰落后炼钢产能1600万吨、炼铁930万吨”: a product after 、 is its capacity, as the first item's.
  const capacity = previous && itemAfterFigure && before && firstVerb(before, 0) < 0 ? capacityOfItem(previous, before) : '';
  if (capacity) return capacity;
  // “自治区重大项目开工390个、竣工437个”, “生猪存栏56万头、出栏96万头”: a verb alone after 、 whose sibling ends the
  // name before it goes on about the same things.
  if (previous && itemAfterFigure && SIBLING_VERBS.has(cleaned) && previous.length >= 4) {
    const end = previous.slice(-2);
    if (end !== cleaned && SIBLING_VERBS.has(end)) return previous.slice(0, -2) + cleaned;
  }
  // (重工业生产，由于正在调整中，今年的产值预计比去年下降５％ — national 1981; 我国的农业在严重的自然灾害中，如前所说，总产值
  // 仍然增加了 — national 1957, outside: an output alone, with no figure before it, is the output of the branch the sentence
  // opened with, a noun ending in 业.)
  const branchOutput = !previous && OUTPUT_ALONE.test(before) ? BRANCH_OPENING.exec(text.slice(bounds.sentenceEndBefore(m.start) + 1, m.start).replace(SENTENCE_FRAME, '')) : null;
  if (branchOutput) return (branchOutput[1] as string) + before;
  // “全年投资增长5%左右”: investment growing on its own, with no subject before it, is fixed-asset investment.
  if (before === '投资' && !previous && hadMeasure && m.nature === 'percent') return '固定资产投资';
  if (before && isGenericAttribute(before)) {
    // “中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元”: the attribute belongs to the figure before it.
    // (…总投资142亿元,当年完成投资29亿元 — src32 顺平县-2020: the money spent this year is the works' 完成投资, as labels write
    // 省市重点项目完成投资, not their total; the cleaned name dropped 完成 as a leading verb.)
    if (previous && !isGenericAttribute(previous)) return ofStock(previous, before === '投资' && /完成投资$/.test(head.trimEnd()) ? '完成投资' : before);
    // “持续推进白洋淀上游流域综合治理，投资187亿元”: after an action clause, the attribute is of what it acted on
    // (不断加大教育投入，投资3.1亿元: money already named by the object is that money). Not before 的 (实施总投资1.5万亿元
    // 的市级重点项目…): then the attribute is of the noun after the figure.
    const acted = /^(?:以上|左右|多|余)?的/.test(text.slice(m.tail, m.tail + 4)) ? '' : actedObject(text, m.start, bounds);
    if (acted) return /(?:投入|投资|资金|支出)$/.test(acted) ? acted : acted + before;
    const subject = previousClauseSubject(text, m.start, bounds, false, true);
    if (subject) return subject;
  }
  // “26座水冲式公共厕所、24座移动公厕”: the text before 24座 ends with 、 and names the previous item; the count's own
  // noun follows it.
  // “可可盖等11处煤矿”, “宜川、平利等5个县区”: the words before 等 are examples; the count names the noun after it.
  // “沈阳化工新材料、盘锦精细化工2个平台”: a list of names right before a count are its examples, too.
  const listItemBefore = /[、，,和及与等]$/.test(head.trim()) || (before.includes('、') && /^[个项家座条所处]/.test(text.slice(m.end - 1, m.end)));
  // “城区23条主干道”, “苏州市2个集体”: a place before a count is where, not what; the noun after is what.
  // “建设省级300家重点龙头企业”: a level word before a count qualifies the noun after it.
  // “农村免费孕前检查使600万个家庭受益”, “这将使农村1.5亿中小学生的家庭…”: after a causative 使 the people or
  // households the figure counts follow it (a place before them is where they are).
  if ((m.nature === 'count' || m.unit === '人' || m.unit === null) && /使(?:农村|城镇|城市|全国|全省)?$/.test(head.trimEnd()) && afterFigure.noun()) return afterFigure.noun();
  // “目前已同世界上一百七十四个国家和地区发展了经济贸易关系”, “与8个东盟国家开展…”: a preposition's phrase before a
  // count says with whom; the count's noun follows it.
  if (m.nature === 'count' && /^(?:同|与|跟|向|和)(?!期|比|上年|去年)[\u4e00-\u9fff]{0,6}$/.test(before) && afterFigure.noun()) return afterFigure.noun();
  // “…大奖赛共有50多个国家和地区参会”, “全国已有2000多个县…”: after 有 a count's noun follows it; what stands before
  // 有 is where or when they are counted.
  // (目前全国每天有近一亿劳动力参加…, 中國在國外約有一千二百萬僑民 — national 1958, 1954, outside: a bare magnitude before
  // people counts them as a count does.)
  const hasBefore = before && /(?:共有|还有|已有|已经有|现有|有)(?:约|近|超过|逾)?$/.test(text.slice(Math.max(0, m.start - 6), m.start).trimEnd());
  const counts = m.nature === 'count' || (m.nature === 'amount' && m.unit === null && PEOPLE_AFTER.test(text.slice(m.tail, m.tail + 8)));
  if (counts && hasBefore && afterFigure.noun()) return afterFigure.noun();
  // (基础教育对口帮扶217所学校, 累计帮扶42.6万人消除返贫致贫风险 — 湖南 2026: who a verb of help counts follows the count;
  // the help names them with it, as labels write 结对帮扶县中优质高中. Counts only: 苏陕帮扶2.1亿元 is the help itself.)
  if (m.nature === 'count' && before && endsWithCountVerb(before)) {
    const helped = afterFigure.noun();
    if (helped) return before + helped;
  }
  const level = m.nature === 'count' && !listItemBefore ? /(?:国家|省|市|县|区)级$/.exec(before) : null;
  if (level) {
    const afterName = afterFigure.noun();
    if (afterName) return level[0] + afterName;
  }
  // “完成20个县区义务教育优质均衡发展…”, “28个省份实现了…”: a count of places counts the places that did what follows.
  // (莲池区、竞秀区等7个县（市、区）通过…, 冀州、任丘、巨鹿、涉县等12个县(市)… — 保定 2018, 河北 2011 archive, outside: the
  // places before 等 are examples of the places counted; the bracketed kinds of place stop the noun read after the count,
  // and the examples alone are no name.)
  if (m.nature === 'count' && (!before || endsWithVerb(before) || isPlace(before) || /等$/.test(head.trimEnd()))) {
    const places = placeCountName(text.slice(m.tail, m.tail + 48), text.slice(Math.max(0, m.start - 3), m.tail));
    if (places) return places;
  }
  // “加强对100家拟上市重点企业的…”, “国家支持启动了197个调整改造项目”, “开展首批9个城乡融合试点”: a preposition, a verb
  // marked done or a batch right before a count frames the noun phrase after it, which is what the count counts.
  // (After the places a count of places counts, 在320个县开展…试点: those name it better.)
  if (m.nature === 'count' && framesCountedNoun(text, m.start)) {
    const counted = cleanName(nameAfter(text, pastJoinedCount(text, m.tail)));
    // (为5万名贫困残疾人提供基本康复服务: what is done for them names them, countedPredicate.ts.)
    if (counted.length >= 2 && !/^[及和与、]/.test(counted)) return withCountPredicate(text, m.tail, counted, m.start);
  }
  // (11公里污水管网、16公里雨水管网, 2100万千瓦火电机组、2812万吨钢铁产能 — 海拉尔 2012-2014, 内蒙古 2026, outside: a
  // size in a list of sized works names its own work too, when the words before it are only the item before's.)
  // (成功举办2届亚欧博览会、3届商博会 — 新疆/云南 2026, outside: so do the editions of an event in a list.)
  if (before && ((listItemBefore && (m.nature === 'count' || m.unit === '届')) || (isPlace(before) && m.nature === 'count') || (m.nature === 'physical' && sizedItemBefore(text, m, prevInSentence)))) {
    const afterName = afterFigure.noun();
    if (afterName) return afterName;
  }
  // (奋斗镇4000平方米保鲜库投入使用, 乡道25公里翻新改造工程开工建设 — dev 海拉尔 2019, 高阳 2017; 百旺信工业区15.7万平方米
  // 土地确权, 后海片区4平方公里CIM平台建设 — 南山区 2022, outside: an area or a length between a place or a work and the
  // work, facility or part right after it sizes that; the words before alone say only where, and labels name both.)
  // (Not after a size the words before already name, 西安地铁运营里程422公里连通咸阳 — dev 陕西 2026, nor before what
  // became of the work, 前海地下道路4.3公里通车 — 南山区 2022, outside; nor after a verb and its result, 人民公社建立起五千四百
  // 多万亩种子基地 — national 1960, outside: the noun after it alone names the figure, as the rule below reads it.)
  if (before && !hadMeasure && m.nature === 'physical' && SIZES.has(m.unit ?? '') && !endsWithVerb(before) && !endsWithActionVerb(before) && !endsWithResultVerb(before) && !SIZE_NOUN.test(before) && /^[\u4e00-\u9fffA-Za-z]/.test(text.charAt(m.tail))) {
    const sized = afterFigure.noun();
    if (sized.length >= 2 && firstVerb(sized, 0) !== 0 && !WORK_DONE.test(sized)) return before + sized;
  }
  // “年初剩余的551万农村贫困人口全部脱贫”: a clause that ends in 的 before a figure modifies the people counted after
  // it; those people are what the figure counts.
  // (“访问了五大洲的五十多个国家”: so does a count, whatever it counts.)
  if ((m.nature === 'count' || m.nature === 'amount') && before && /的$/.test(head.trimEnd()) && (m.nature === 'count' || PEOPLE_AFTER.test(text.slice(m.tail, m.tail + 8)))) {
    // (Not a predicate after the figure, 因疫生活困难的2.6万人纳入低保: then the clause before names the people.)
    const people = afterFigure.noun();
    if (people && firstVerb(people, 0) !== 0 && !PREDICATE_AFTER.test(people)) return people;
  }
  // “在70%左右的地市开展…”, “已有50%的县…”: a share followed by 的 is the share of the noun after it.
  if (m.nature === 'percent') {
    const share = /^(?:左右|以上|以下)?的/.exec(text.slice(m.tail, m.tail + 4));
    // 4.5%左右的增长目标: nameAfter stops at a measure word, but a growth target after 的 is what the share is of.
    const target = share ? /^(?:经济)?(?:增长|增速)(?:预期)?目标/.exec(text.slice(m.tail + share[0].length, m.tail + share[0].length + 8)) : null;
    // (已有百分之七十六的县普及了小学教育: a share of places is the share of the places that did it.)
    const places = share && !target ? placeCountName(text.slice(m.tail + share[0].length, m.tail + share[0].length + 48)) : '';
    const of = target ? target[0] : places || (share ? cleanName(nameAfter(text, m.tail + share[0].length)) : '');
    // (低于13%左右的预期目标: a target word after the share names nothing; the figure before does.)
    if (of && isGenericAttribute(of) && previous) return previous;
    // (粮食每亩平均年产量还有百分之七十以上的县没有达到… — national 1960, outside: after 有 the share is of what follows.)
    // (所有乡镇和90%的行政村通了油路 — 河北 2006, 2011, 2014 archive, 青海 2026, outside: what 和 joins before the share is a
    // whole of another kind that did it too, not what the share is of.)
    if (of && (!before || endsWithActionVerb(before) || before.length <= 2 || hasBefore || /(?:和|及|以及)$/.test(head.trimEnd()))) return of;
    // “…转移支付累计4.25万亿元，87%用于支持中西部地区”, “制造业企业100%使用清洁和绿色电力”: a share followed by what
    // that part does is the share of its subject that does it (the subject before it, or the figure's before it);
    // “八成以上财政资金用于民生”: with no subject before, the clause after names both.
    // (Not a share a preposition governs, 赤字率拟按3.2%左右安排, 按…的4%编制预算: the verb after is the clause's.)
    const does = share || hadMeasure || /(?:按|按照|以|将|把)[^，,。；;]*$/.test(head) ? null : partThatDoes(text, m.tail);
    const subject = before || previous;
    if (does?.predicate && subject && !isGenericAttribute(subject)) return `${subject}${does.predicate}`;
    // (超80%监测对象稳定消除返贫风险, 99%乡镇通三级及以上等级公路: a clause with a subject of its own after the
    // share is what the share is of, whatever the figure before was.)
    if (does?.clause && !before) return does.clause;
  }
  // (华能260兆瓦光伏发电、 after 国电投300兆瓦光伏制氢、: a sized plant past a list mark is its owner's, sizedPlantItem.ts.)
  const plantItem = before && !hadMeasure ? sizedPlantItemName(text, m, before) : '';
  if (plantItem) return plantItem;
  // “大唐700万吨露天矿”, “黑羊站水厂3万吨扩建项目”: a capacity inside a facility's name sizes the facility; the owner
  // before it and the facility after it name it together (大唐 alone is who, not what).
  if (before && before.length <= 5 && !hadMeasure && /^(?:吨|千瓦|兆瓦)$/.test(m.unit ?? '')) {
    const facility = FACILITY_AFTER.exec(text.slice(m.tail, m.tail + 12));
    if (facility) return before + facility[0];
  }
  // (省定20项民生工程, 谋划9条技术路径: a noun phrase of its own after a count is what it counts, countedAfter.ts.)
  // (Read narrowly: a frame may own a counted noun with modifiers, 工业结构调整100个重点项目竣工投产, countedPredicate.ts.)
  const ownNoun = m.nature === 'count' && before && !hadMeasure ? countedAfterName(text, m.tail, head, m.unit ?? null, before, afterFigure.narrow()) : '';
  if (ownNoun) return ownNoun;
  // (兜牢7410名困难群众, 表彰奖励1497名优秀教师 — 易县 2023, 阜平县 2021; 脱产派驻299名干部, 刑拘835名嫌疑人 — 宝安区 2019,
  // 罗湖区 2019, outside: people named right after the count that opens its clause are what it counts; the words before
  // are what was done to them, a verb the dictionary lacks, and name nothing alone — as 引进340名教师 is 教师.)
  if (before && m.nature === 'count' && !hadMeasure && (m.unit === '人' || m.unit === '户') && !/[\d０-９]/.test(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start))) {
    const people = afterFigure.noun();
    if (people.length >= 2 && PEOPLE_END.test(people)) return people;
  }
  if (before && !(m.nature === 'count' ? endsWithVerb(before) : endsWithActionVerb(before)) && !(endsWithResultVerb(before) && m.nature !== 'percent' && afterFigure.noun())) return before;
  // “…新安排740万套，其中棚户区改造580万套”: the part a breakdown names is the name, verb-like ending and all.
  if (before && before.length >= 3 && /其中[^，,。；;：:]{2,}$/.test(head) && !isVerb(before)) return before;
  // A rate with its measure (…节能减排和生态建设占15.3%): what stands before the measure is its subject, even when it
  // ends like a verb (建设, 改造).
  if (before && (hadMeasure || /占$/.test(head.trimEnd())) && (m.nature === 'percent' || m.nature === 'points')) return before;
  // A measure with nothing before it continues the sentence's subject (…年均增长6.1%，迈上2万亿元新台阶).
  // “粮食产量屡创历史新高，去年达到1.09万亿斤”: a clause of its own without figures is the subject of the next.
  // Only a clause of the form subject + predicate (屡创/持续/稳步 …) counts: an action clause (及时出台…) has none.
  const measureAfter = MEASURE_AFTER.test(text.slice(m.tail, m.tail + 4));
  if (!before && (hadMeasure || measureAfter)) {
    // “新增11个全国县域商业领跑县”: a count's classifier binds the noun after it.
    // (“完成2100万千瓦火电机组、2812万吨钢铁产能…超低排放改造”: so does an amount right after a verb of work done.)
    // (A bare magnitude only before people, 完成1000万以上农村贫困人口脱贫: its unit is read from the name it gets.)
    const ownUnit = m.unit != null || PEOPLE_AFTER.test(text.slice(m.tail, m.tail + 10).replace(/^(?:以上|左右|多|余)/, ''));
    const workDone = m.nature !== 'percent' && m.nature !== 'points' && ownUnit && /(?:完成|新增|建成|新建|实施|改造|发放|下达|筹集)$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    const counted = (m.nature === 'count' || workDone) && !measureAfter ? afterFigure.noun() : '';
    if (counted) return counted;
    // “化学需氧量、二氧化硫排放总量近年来首次出现双下降，分别下降3.14%、4.66%”: 分别 shares out the list the clause
    // before names, not the figure before it.
    if (/分别[^，,。；;]{0,6}$/.test(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start))) {
      const listed = previousClauseSubject(text, m.start, bounds);
      if (listed.includes('、') || /[和及与]/.test(listed)) return listed;
    }
    // (“…东盟进出口分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元”: a clause with a subject and a
    // predicate of its own, between the figure before and this one, is nearer; its subject is what this measures.)
    const last = prevInSentence[prevInSentence.length - 1];
    const clauseStart = bounds.clauseEndBefore(m.start);
    const between = last && last.mention.tail <= bounds.clauseEndBefore(clauseStart) && /^[，,；;]$/.test(text.charAt(clauseStart));
    const nearer = previous && between ? previousClauseSubject(text, m.start, bounds, true) : '';
    if (nearer.length >= 2 && nearer !== previous) return nearer;
    if (previous) return previous;
    const subject = previousClauseSubject(text, m.start, bounds, true, true);
    if (subject) return subject;
    // “组建城市合作银行的大中城市，由35个增加到100个”, “扩大人工草场面积，计划由…增加到…”: a from-to clause
    // measures the topic before it, verbs and all.
    if (measureAfter || /^(?:计划)?[由从]/.test(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start))) {
      const topic = withoutLeadingVerb(previousClauseSubject(text, m.start, bounds));
      if (topic) return topic;
    }
    // “连续7年提高企业退休人员基本养老金水平，年均增长10%”: a rate after a clause that raises something measures it.
    const raised = raisedObject(text, m.start, bounds);
    if (raised) return raised;
    // “加大研发经费投入力度，全年增长10%”: a clause with no subject goes on about what the action before acted on.
    // (Not when the sentence opened with a topic of its own, 农村居民人均纯收入，考虑价格下降因素，比上年实际增长…: it is.)
    const acted = sentenceTopicAt(text, m.start, bounds) ? '' : actedObject(text, m.start, bounds);
    // (加快实施《…建设规划》，全年投入达84.8亿元: money the figure's clause names is the action's money.)
    const money = acted ? /投入|投资|资金|支出/.exec(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start))?.[0] : undefined;
    if (acted) return money && !acted.endsWith(money) ? acted + money : acted;
  }
  // A list item of its own (…261件、政协提案406件) names its figure even when it ends like a verb (提案, 建议).
  // (…2.6万户、老旧小区改造8.36万户: so does a work item named by what it acts on.)
  if (before && itemAfterFigure && (!endsWithActionVerb(before) || isNamedAction(before))) return before;
  const after = m.nature === 'rank' || m.nature === 'percent' || m.nature === 'points' || measureAfter ? '' : afterFigure.noun();
  if (after) return after;
  // The previous figure's name fits only a figure of the same kind (…拆迁面积4571.7万平方米，实施城中村改造285个):
  // a count after an area names its own words, even when they end like a verb.
  const last = prevInSentence[prevInSentence.length - 1];
  if (before && last && (last.mention.unit ?? null) !== (m.unit ?? null)) return before;
  // “社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人”: a clause with a subject of its own before its verb
  // (a noun phrase, then 覆盖) names its figure, even when the clause before counted the same unit.
  if (previous && before && before !== previous && ownSubject(before)) return before;
  // “全年完成房屋征收16.2万平方米，实施棚户区改造19.5万平方米” (海拉尔 2014, outside): a clause whose own verb governs a
  // work item named by what it acts on (实施 + 棚户区改造) names its figure; only a clause with no words of its own goes on
  // about the figure before.
  if (previous && before && before !== previous && isNamedAction(before) && verbRightBefore(head, before)) return before;
  // (对农民进行实用技术培训600万人次，农村劳动力转移培训120万人次 — 河北 2005 archive, outside: a clause that is only a
  // work item, a noun before the action that ends it, has words of its own too; the figure before is another work's.)
  // (补贴性技能培训500人，创业培训100人; 农村劳动力培训2000人以上，城镇失业人员培训200人以上 — 易县 2022, 阜平县 2021, outside:
  // with no dictionary verb in it, 培训 and 改造 not being ones, the item is still a noun before its action: isNamedAction.)
  if (previous && before && before !== previous && clauseIs(head, before) && endsWithActionVerb(before) && (firstVerb(before, 0) >= 2 || isNamedAction(before))) return before;
  // “…拟连续几年发行超长期特别国债，…，今年先发行1万亿元”: a verb alone whose object was named with the same verb
  // earlier in the sentence measures that object.
  if (!previous && !before && verbAlone) {
    const object = objectNamedBefore(text, m, bounds, verbAlone);
    if (object) return object;
  }
  // “向困难群众发放一次性生活补助，惠及1100多万人”: a clause of a verb of reach alone counts whom the action before it
  // reached; the action's object names the figure, with the verb (一次性生活补助惠及).
  const reach = !previous && !before ? REACH_ALONE.exec(text.slice(bounds.clauseEndBefore(m.start) + 1, m.start).trim()) : null;
  const reached = reach ? actedObject(text, m.start, bounds) : '';
  if (reach && reached) return reached + (reach[1] as string);
  if (previous || before || verbAlone) return previous ?? (before || verbAlone);
  // “一九五九年基本建设投资总额，通过国家预算的部分，拟定为…”, “例如高等学校的毕业生，第一个五年合计为…”: a clause
  // with no subject of its own measures the noun phrase the sentence opened with, or the one just before it.
  // (“粮食每亩平均年产量，在三种不同的地区，分别达到四百斤…”: past clauses that only say where or how.)
  return clauseTopic(text, m, bounds) ?? (topicPastFrames(text, m.start, bounds) || existentialTopic(text, m.start, bounds) || null);
}

/** 为/向 whom, 提供, then what is provided right before the figure (four characters or more: 贷款 alone is generic). */
const PROVIDED_FOR = /(?:^|[，,；;：:\s])(?:为|向)[^，,。；;：:]{2,30}?提供([\u4e00-\u9fff“”]{4,20})$/;

/** The service a clause provides for someone right before its figure (see nameOf), or ''. */
function providedService(head: string): string {
  // (Read on the last 60 characters, as long as the pattern can be: a head may run back over a long clause.)
  const m = PROVIDED_FOR.exec(head.trimEnd().slice(-60));
  const service = m ? cleanName(m[1] as string) : '';
  return service.length >= 4 && !isVerb(service) ? service : '';
}

/**
 * The object of `verb` (an adverb of order or plan before it dropped: 先发行 → 发行) where the sentence used it before
 * the figure with a noun after it, or ''. Bounded: the sentence's last LOOK_BACK characters before the figure.
 */
function objectNamedBefore(text: string, m: NumberMention, bounds: Boundaries, verbAlone: string): string {
  const verb = verbAlone.replace(VERB_PREFIX, '');
  if (verb.length < 2) return '';
  const from = Math.max(bounds.sentenceEndBefore(m.start) + 1, m.start - LOOK_BACK);
  const at = text.lastIndexOf(verb, m.start - verbAlone.length - 1);
  if (at < from) return '';
  const object = cleanName(nameAfter(text, at + verb.length));
  return object.length >= 2 && !isVerb(object) ? object : '';
}

/**
 * The name of the figure before, in the sentence. A streak named by its predicate (森林覆盖率达65.85%、连续47年居全国
 * 首位: 47年 is 居全国首位) names no subject: what follows goes on about the figure before the streak.
 */
function previousName(prevInSentence: readonly Bound[]): string | null {
  const last = prevInSentence[prevInSentence.length - 1];
  if (!last) return null;
  const before = prevInSentence[prevInSentence.length - 2];
  if (last.mention.nature === 'duration' && before?.name && last.name && STREAK_PREDICATE.test(last.name)) return before.name;
  // (…增长18.9%，连续9年保持两位数增长，总量跃居全国城市第二: a growth streak goes on about the figure before it too.)
  // (工业投资连续40个月保持两位数增长、增速居全市第一: with no figure before it, the subject the streak names.)
  if (last.mention.nature === 'duration' && last.name && KEPT_GROWTH_STREAK.test(last.name)) return before?.name ?? last.name.replace(KEPT_GROWTH_STREAK, '');
  // (…连续迈上4个万亿元台阶、达14.2万亿元: after a count of thresholds crossed, the indicator itself goes on.)
  return last.name && last.mention.nature === 'count' ? stepSubject(last.name) : last.name;
}

/**
 * An extension's term (…再延长30年), or the years of a streak with no subject of its own (连续7年提高企业退休人员
 * 基本养老金; 从2005年开始连续三年提高…): the noun the verb around the duration governs.
 */
function durationName(text: string, m: NumberMention, head: string): string | null {
  const extended = extensionName(head);
  if (extended) return extended;
  const span = spanOfOccasions(text.slice(m.tail, m.tail + 34));
  if (span) return span;
  if (!text.startsWith('连续', m.start - 2)) return null;
  const own = cleanName(head.replace(/连续$/, ''));
  return !own || isVerb(own) || isVerb(own.slice(-2)) ? streakObject(text.slice(m.tail, m.tail + 30)) : null;
}

/** Whether `name` is the whole of its clause in `head` (nothing but a comma or a semicolon before it). */
function clauseIs(head: string, name: string): boolean {
  const clause = head.trimEnd();
  return clause.endsWith(name) && /^\s*[，,；;]?\s*$/.test(clause.slice(0, clause.length - name.length));
}

/** Whether a dictionary verb stands right before `name` at the end of the clause text `head` (实施 of 实施棚户区改造). */
function verbRightBefore(head: string, name: string): boolean {
  const clause = head.trimEnd();
  if (!clause.endsWith(name)) return false;
  const rest = clause.slice(0, clause.length - name.length);
  return isVerb(rest.slice(-2)) || isVerb(rest.slice(-3));
}

/** A noun phrase of two characters or more, then one dictionary verb that ends the text (基本医疗保险覆盖). */
function ownSubject(before: string): boolean {
  const verb = isVerb(before.slice(-2)) ? 2 : isVerb(before.slice(-3)) ? 3 : 0;
  const subject = before.slice(0, before.length - verb);
  return verb > 0 && subject.length >= 2 && firstVerb(subject, 0) < 0 && !/[、，,]/.test(subject);
}

/**
 * The noun phrase right after a figure, in the readings nameOf's rules ask for, each read at most once and only when
 * asked. A class, not arrows made per figure: a full GC drops the optimised code of arrows no live closure holds, and
 * every analysis after one re-optimised these (--trace-opt: some 90 times in 100 analyses of the seed).
 */
class NounAfterFigure {
  private readonly text: string;
  private readonly m: NumberMention;
  private graded: string | undefined;
  private wide: string | undefined;

  constructor(text: string, m: NumberMention) {
    this.text = text;
    this.m = m;
  }

  /**
   * (突破了10亿元大关 — dev 高阳 2017: a milestone after an amount, 大关 or 台阶, is what the amount passed, never what it
   * measures; the clause's subject or the figure before names it.)
   */
  private milestone(): boolean {
    return this.m.nature !== 'count' && MILESTONE_AFTER.test(this.text.slice(this.m.tail, this.m.tail + 8));
  }

  /** The phrase itself, cleaned and graded: the same for the wide reading and the narrow one. */
  private gradedPhrase(): string {
    const { text, m } = this;
    return (this.graded ??= gradedName(text, m.tail, cleanName(ownItemOfFigureList(text, m.start, nameAfter(text, m.tail)))));
  }

  /**
   * The wide reading. (5个千亿级、12个百亿级开发区: a grade alone takes the noun after the list of graded counts; 1万家
   * 企业上云 → 上云企业: a generic noun is named by what the counted ones did, countedPredicate.ts.)
   */
  noun(): string {
    return (this.wide ??= this.milestone() ? '' : withCountPredicate(this.text, this.m.tail, this.gradedPhrase(), this.m.start));
  }

  /**
   * The narrow reading. (省定20项民生工程, 谋划9条技术路径: a noun phrase of its own after a count is what it counts,
   * countedAfter.ts; read narrowly, a frame may own a counted noun with modifiers, 工业结构调整100个重点项目竣工投产,
   * countedPredicate.ts.)
   */
  narrow(): string {
    return this.milestone() ? '' : withCountPredicate(this.text, this.m.tail, this.gradedPhrase(), this.m.start, false);
  }
}

/** Milestones a count counts (4个万亿元台阶, 两个千亿级关口): the subject's, not things of their own. */
export const MILESTONE_AFTER = /^(?:[万千百]?亿(?:元|斤|级)?|万(?:元|亿)?)?(?:新)?(?:台阶|关口|大关)/;

/** Words that open a predicate, never a name: 稳居全国前十强, 保持在…, 实现…, 突破…. */
const PREDICATE_OPENING = new RegExp(`^(?:${alternation(RANK_VERBS)}|保持在|迈上|跃上|再创|创下)`);
/** A rank's words alone, where it stands (居…, 位居…): the figure ranked is the one before. */
const RANK_OPENING = new RegExp(`^(?:${ANY_RANK_VERB})`);
/** What a streak holds (连续47年|居全国首位, 连续5年|保持…): the streak names no subject of its own. */
const STREAK_PREDICATE = new RegExp(`^(?:${ANY_RANK_VERB}|保持)`);

/** The object of a clause that raises or lowers it (连续7年提高企业退休人员基本养老金水平 → 企业退休人员基本养老金), or ''. */
function raisedObject(text: string, at: number, bounds: Boundaries): string {
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0 || SENTENCE_END.has(text[clauseStart] as string)) return '';
  const clause = text.slice(Math.max(bounds.clauseEndBefore(clauseStart) + 1, clauseStart - LOOK_BACK), clauseStart);
  // (逐步降低农业税税率，平均每年降低1个百分点: a clause that lowers something, an adverb before its verb, too.)
  const m = /^(?:连续第?[\d一二三四五六七八九十]+年)?(?:逐步|继续|进一步|大幅|适当)?(?:提高|上调|增加|提升|降低|下调|减少|压减)([\u4e00-\u9fff]{2,16}?)(?:的?(?:水平|标准))?$/.exec(clause);
  return m ? cleanName(m[1] as string) : '';
}

/** A time and a bare verb with nothing named between them: 一九五二年有, 到了1957年已经有, 1958年我国只生产. */
const TIME_LED = /^(?:[，,；;]\s*)?(?:而|但|则|如果|到了?|在|至|截至|于)?(?:(?:19|20)\d{2}年(?:底|末)?)(?:我国|全国|全年|就|才|只|已经|已|也|还|又|都|将|能够|共|预计|计划|可以|可望|有望|要|进一步)*(?:有|生产|产|达到了?|达|增加到了?|增长到|为|只有|突破)?了?$/;

/** An output named without its branch (产值, 总产值, 增加值). */
const OUTPUT_ALONE = /^(?:总产值|产值|增加值)$/;
/** What opens a sentence before its topic: indent, a year and its comma, the country (1956年，我国的农业…). */
const SENTENCE_FRAME = /^[\s\u3000]*(?:(?:19|20)\d{2}年[，,]?)?(?:我国|全国)?的?/;
/** A branch of the economy opening the sentence's topic (重工业生产, 农业在…中), at most six characters before its 业. */
const BRANCH_OPENING = /^([\u4e00-\u9fff]{0,5}业)(?:生产)?(?:[在的，,]|$)/;
/** An ordinal batch alone (首批, 第二批): which batch the figure's things came in. */
const BATCH_ALONE = /^(?:首|第[一二三四五六七八九十])批$/;

/** A frame of reference only (完成预算数的, 占预算数的, 比1954年的, 完成年度计划的): no indicator of its own. */
const REFERENCE_FRAME = /^(?:比|较|占|为|完成|同|超过)?(?:\d{4}年)?的?(?:(?:原定|年度|全年|本年|上年|去年|原)的?){0,2}(?:计划|预算数?|决算数?|完成数|预算收入|预算支出|本年收入|本年支出|收入总数|支出总数)?的?(?:只|仅|还少|多|低|高|少)?$/;

// 人口 and 人民 right after the figure, or after a place (河北人民); not 农村人口, which is an indicator of its own.
// (Nor 人民币, the currency an amount is in: 50亿元离岸人民币地方政府债券 — 深圳 2022, 2023, outside, names49.)
const POPULATION_AFTER = new RegExp(`^(?:多|余)?(?![\\u4e00-\\u9fff]{0,2}人民币)(?:(?:[\\u4e00-\\u9fff]{2})?人民|${alternation(POPULATION_NOUNS)}|(农民)(?!工))`);

// (投入资金4.3亿元，实施… — 高唐县 2022, 涞源县 2020, src32 outside: money put in, said with its noun.)
const FUNDING = /^(?:投资|投入|资金|投入资金)$/;
/** The facility named right after a capacity (露天矿, 扩建项目): its own words, then a facility head. */
const FACILITY_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alternation(FACILITY_HEADS)})`);
/** The money of the projects counted right before it, with the verb that says it came (、下达资金, ，涉及资金), see nameOf. */
const PROJECT_MONEY = /^[、，,]\s*((?:下达|涉及|到位|拨付)?资金)(?:近|约|超过?|达)?$/;
/** A clause that is only a sum put in (投资, 共投入, 投资近) before its figure. */
// (⑦投资1000万元，新增…; 二是投资300万元，继续实施…; 目前已投入资金2.5亿元，完成… — 容城县 2012, 顺平县 2008, 阜平县 2021, src32
// outside: an item's marker or a time word before the sum leaves it alone in its clause.)
const SUM_ALONE = /^(?:[①-⑳]|[一二三四五六七八九十]是)?(?:目前|现已|已经|已)?(?:共|累计|共计|全年)?(?:投资|投入(?:资金)?)(?:近|约|超过?|达)?$/;

/** Verbs a figure's clause goes on with that the dictionary's frequency cut leaves out (纳入低保, 列入名录). */
const PREDICATE_AFTER = /^(?:纳入|列入|进入|获得|实现|完成|参加|受益|享受|达到|通过)/;

/** People right after a figure, a modifier or two before them (551万农村贫困人口, 1000多万高中毕业生). */
// (The groups a magnitude alone counts too, groupNouns.ts: 五千八百万党员, 两千三百万台湾同胞 — CPC congress 15, 16.)
const PEOPLE_AFTER = new RegExp(`^(?:多|余)?[\u4e00-\u9fff]{0,4}?(?:${alternation(ALL_PEOPLE)})`);
/** A noun phrase that ends with people (困难群众, 优秀教师, 挂职干部). */
const PEOPLE_END = new RegExp(`(?:${alternation(ALL_PEOPLE)})$`);

/** Stages of a project's or a herd's life, said side by side of the same things (开工/竣工, 存栏/出栏, 制定/修改). */
const SIBLING_VERBS: ReadonlySet<string> = new Set(['存栏', '出栏', '投产', '开业', '落地', '签约', '开工', '竣工', '完工', '建成', '新建', '续建', '制定', '修改', '修订', '废止']);

/** Places that stand for each other at the start of a name: urban and rural. */
const PLACE_PAIRS: ReadonlyArray<readonly [string, string]> = [['城镇', '农村'], ['城市', '农村'], ['城镇居民', '农村居民'], ['城市居民', '农村居民'], ['城镇', '乡村'], ['职工', '农民']];

/** The name before with `place` in its counterpart's stead (城镇人均居住面积 → 农村人均居住面积), or ''. */
function placeSibling(previous: string, place: string): string {
  for (const [a, b] of PLACE_PAIRS) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      if (place === to && previous.startsWith(from) && previous.length > from.length + 1) return to + previous.slice(from.length);
    }
  }
  return '';
}

/** Head nouns that come in pairs under one modifier (一般公共预算收入、支出; 货物出口、进口). */
const SIBLING_HEAD: Readonly<Record<string, string>> = { 收入: '支出', 支出: '收入', 出口: '进口', 进口: '出口', 存款: '贷款', 贷款: '存款', 出口额: '进口额', 进口额: '出口额' };

/** A verb with its result complement (用好, 管好, 办好): the action done, never the thing measured. */
const RESULTATIVE_VERB = /^[用管办抓建做守护落]好$/;

function fromToHead(head: string): string {
  // “财政投入从2006年的18亿元增加到…”, “由一九八○年的…”: the start may carry its year, or the estimate of this year
  // it is set against (工农业总产值的增长速度由今年预计的3%提高到4% — national 1981).
  // (由“十二五”末的6557亿元, 由“八五”期末的833亿元 — 甘肃 2021, 内蒙古 2001, outside: or the end of a plan.)
  return head.replace(/[由从](?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末)?的?|(?:今年|去年|上年|本年|当年)(?:预计|估计|计划)的?|“?(?:十[一二三四五六]?|[六七八九])五”?(?:时期|期间)?(?:期末|末)的?)?[^，,。；;：:\d]{0,4}$/, '');
}
