/**
 * Names of durations read from the verb around them: a streak (连续7年提高企业退休人员基本养老金) counts the years
 * of what the verb after it does, and an extension (第二轮土地承包到期后再延长30年) is the term of what is extended.
 */
import { isVerb } from '../lexicon/verbs';
import { cleanName } from './names';

/** Adverbs of manner or degree before a verb (进一步提高, 大规模开展, 稳步推进): never part of a name. */
const MANNER = /^(?:进一步|大规模|全面|稳步|有序|深入|扎实|稳妥|持续|积极|大力|不断|先后|稳定|再)+/;

/** Verbs of policy work the dictionary's frequency cut leaves out (落实, 启动): they govern the object after them. */
const POLICY_VERB = /^(?:落实|启动|实施|推进|推动|开展|深化|做好|抓好)/;

/** `s` without the predicate it opens with: adverbs, a dictionary verb, and a result word (开展好). */
export function withoutPredicate(s: string): { rest: string; verb: string } {
  const t = s.replace(MANNER, '');
  const len = t.length >= 5 && isVerb(t.slice(0, 3)) ? 3 : t.length >= 4 && (isVerb(t.slice(0, 2)) || POLICY_VERB.test(t)) ? 2 : 0;
  if (len === 0) return { rest: t, verb: '' };
  return { rest: t.slice(len).replace(/^好/, ''), verb: t.slice(0, len) };
}

/** “…再延长30年”: the term of what is extended (第二轮土地承包到期后延长期限), or null when no extension is named. */
export function extensionName(head: string): string | null {
  const m = /^(.{2,30}?)再?(?:延长|延期)$/.exec(head.trim());
  if (!m) return null;
  const object = cleanName(withoutPredicate(cleanName(m[1] as string)).rest);
  return object.length >= 2 ? `${object}延长期限` : null;
}

/**
 * “连续7年提高企业退休人员基本养老金”, “连续3年大规模开展水塘河道清淤行动”: a streak with no subject before it
 * counts the years of the verb's object, read from the clause after the figure; null when none follows.
 */
export function streakObject(tail: string): string | null {
  const clause = tail.slice(0, tail.search(/[，,。；;：:！？]|$/));
  const { rest, verb } = withoutPredicate(clause.replace(/^(?:来|以来)/, ''));
  if (!verb) return null;
  // 提高…养老金水平: what is raised is the pension; its level or standard is how.
  const object = cleanName(rest).replace(/(?<=.{2})的?(?:水平|标准)$/, '');
  // (连续16年位居全国首位: a rank is where the subject stands, not an object; the subject is named before the streak.)
  // (连续四年获得丰收 — national 1993, dev; 连续6年获得丰收 — 河北 2010, dev: a harvest won is the event the years count.)
  if (HARVEST.test(object) && /^(?:获得|夺得|取得|实现)$/.test(verb)) return object;
  return object.length >= 2 && !isVerb(object) && !RANK_OBJECT.test(object) ? object : null;
}

/** A good harvest or a growth of output, a streak's event (丰收, 大丰收, 增产, 增产增收). */
const HARVEST = /^(?:大?丰收|丰产|增产|增收|增产增收)$/;

/** Verbs of receiving an honour (获, 荣获, 获评); not 获得, which also gets a harvest (连续6年获得丰收: no honour). */
const AWARD_VERB = /^(?:荣获|获评|获(?!得)|被评为|被授予)/;

/**
 * “4年10次获国务院督查通报表扬”: a span right before a count of times is the span the times fell in; it is named
 * by what was done (the count's occasion), not by the clause before. null when no count of times follows.
 */
export function spanOfOccasions(tail: string): string | null {
  const times = /^(?:\d{1,3}|[一二两三四五六七八九十]{1,3})次/.exec(tail);
  return times ? occasionName(tail.slice(times[0].length)) : null;
}

/** A rank or a standing (首位, 第一, 前10位, 前列, 领先): what a streak keeps, never what it counts. */
const RANK_OBJECT = /^(?:全国|全省|全市|全区|全球|世界|西部|中部|东部|西北|西南|东北|华北|华东|华南|华中|同类城市)?(?:首位|第[一二三四五六七八九十\d]+位?|前[一二三四五六七八九十\d]+位?|前列|榜首|领先|最好|最高|最低)/;

/**
 * “两次降低存款准备金率”, “四次提高重点优抚对象的抚恤补助标准”: a number of times right before a verb counts the
 * action, verb and object together; null when no verb follows.
 */
export function occasionName(tail: string): string | null {
  const clause = tail.slice(0, tail.search(/[，,。；;：:、！？]|$/));
  // (10次获国务院督查通报表扬 — 保定 2025, outside: an honour received, 获/荣获/获评, is the occasion with what was won.)
  const honour = AWARD_VERB.exec(clause)?.[0];
  if (honour) {
    const won = cleanName(clause.slice(honour.length));
    return won.length >= 2 ? `${honour}${won}` : null;
  }
  const { rest, verb } = withoutPredicate(clause);
  const object = cleanName(rest);
  return verb && object.length >= 2 && !isVerb(object) ? `${verb}${object}` : null;
}

/**
 * “科技创新工作连续两年获国务院通报表扬” (src32 河北省-2020), “区域创新能力连续9年全国第一” (dev guangdong 2026),
 * “耕地面积连续4年净增加” (dev 福建 2026): a streak after its subject counts the years the subject did what the clause
 * after the streak says. Named by the subject alone, its card read as the subject's own figure (科技创新工作: 两年); the
 * labels head it subject + predicate + what is counted (区域创新能力全国第一年数). `name` is the name the figure got,
 * `start`/`tail` its bounds in `text`. Returns the longer name, or null: when `name` is not the subject written right
 * before 连续, when the clause after is empty (长江干流断面连续8年、赣江…: the predicate is shared further on), too long to
 * head a column, a 的-phrase, a scope (在全省考核中位居第一) or a count of times (4年10次获…: spanOfOccasions). A bare change
 * verb is the predicate too (粮食连续四年增产 → 粮食增产年数 — dev national 2008; 贸易顺差连续两年下降 → 贸易顺差下降年数 — dev
 * national 2011): the labels README settles a streak's name without 连续 since session 38 (names72; before, the labels
 * differed on where 连续 went and the subject alone stayed).
 * Called once a paragraph's names are bound, so that a rank after the streak (连续9年全国第一) keeps the subject's name.
 */
export function streakWithPredicate(text: string, start: number, tail: string, unit: string | null, name: string): string | null {
  const counted = unit === '年' ? '年数' : unit === '个月' || unit === '月' ? '月数' : '';
  if (!counted || name.length < 2 || !text.startsWith('连续', start - 2) || !text.startsWith(name.slice(-2), start - 4)) return null;
  if (/(?:年数|月数|次数)$/.test(name)) return null;
  const end = tail.search(/[，,。；;：:、！？!?（(\s]|$/);
  const clause = tail.slice(0, end).replace(/^(?:出现|实现)(?=.{2})/, '');
  if (clause.length < 2 || clause.length > 14 || /^(?:来|以来|在|[\d一二两三四五六七八九十]{1,3}次)/.test(clause)) return null;
  // (贫困地区农村学生上重点高校人数连续两年增长10%以上 — dev national 2015: a change said with its own size is named by the
  // change, 增长年数; the size is a figure of its own. A level held keeps its bound: 保持98%以上年数 — dev 江苏 2026.)
  const change = /^(?:增长|增产|增收|下降|提高|降低|增加|减少)(?=[\d０-９])/.exec(clause);
  if (change) return `${name}${change[0]}${counted}`;
  // (扭转了空气综合指数和PM2.5浓度连续两年不降反升的被动局面 — src32 涞源县 2020: a streak inside a 的-phrase describes a noun.)
  if (clause.includes('的')) return null;
  return `${name}${clause}${counted}`;
}

/**
 * The time a work took, said before the work (仅用100天就完成大王店工业园区1.4万亩土地、5个村庄的整体征迁 — src32 保定市-2014;
 * 仅用307天就建成投训 — 涞源县-2021; 分别用45天和24天实现本土确诊病例清零 — 河北省-2022; 利用20天时间，完成了… — 徐水区-2019,
 * all outside; 用37天实现本地日新增确诊病例为零 — dev hebei 2021): listed as a figure (labels README, 用时3天全部签约), named by
 * the work it took + 用时, as the dev label writes 本地日新增确诊病例清零用时. `before` is the text right before the figure,
 * `tail` the text after it; `subject` names the work when the clause says only what became of it (建成投训), or ''.
 * null when the figure is no time taken.
 */
export function timeTakenName(before: string, tail: string, subject: string): string | null {
  if (!TIME_TAKEN_BEFORE.test(before)) return null;
  // (利用20天时间，完成了…: the work may open the next clause.)
  const from = tail.replace(/^(?:的)?时间[，,]?/, '').replace(/^(?:就|便|即)/, '');
  const clause = from.slice(0, from.search(/[，,。；;：:！？—]|$/)).replace(/了/g, '').replace(/[“”"]/g, '');
  const { rest, verb } = withoutPredicate(clause);
  // (A figure inside the work counts its own things, 1.4万亩土地、5个村庄的整体征迁: the work is the place before the first
  // and the head after the last 的.)
  const digit = rest.search(/[\d０-９]/);
  const work = digit < 0 ? rest : rest.slice(0, digit) + (rest.includes('的') ? rest.slice(rest.lastIndexOf('的') + 1) : '');
  // (…为零: brought to zero, as the labels write it, 清零.)
  const object = cleanName(work).replace(/为零$/, '清零');
  if (object.length >= 4 && !/[\d０-９、]/.test(object)) return `${LIGHT_DONE.test(verb) ? '' : verb}${object}用时`;
  // (…项目，仅用307天就建成投训: the works are the clause before's subject, the clause only what became of them.)
  const done = clause.replace(/^(?:全部|全面|顺利)/, '');
  return subject && done.length >= 2 && done.length <= 6 && !/[\d０-９]/.test(done) ? `${subject}${done}用时` : null;
}

/**
 * 用 right before a time (用, 仅用, 只用, 利用, 分别用): the time a work took; not 使用, 费用, 作用. (Not 用时 after the works,
 * 363户农房用时3天全部签约 — 徐水区-2024, outside: the clause's own subject stands before it and the usual rules read it.)
 */
const TIME_TAKEN_BEFORE = /(?:^|[^使费作应采试运适享动启信征录雇聘借占])(?:仅|只|共|分别|利)?用$/;
/** Verbs that only say a work was done (完成, 实现): the work, not the verb, names the time it took. */
const LIGHT_DONE = /^(?:完成|实现)$/;
