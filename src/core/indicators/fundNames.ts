/**
 * Money a verb puts into a fund named right after the figure (使用1000亿元失业保险基金支持稳岗和培训, 国务院决定今年
 * 安排30亿元建设资金, 中央财政安排500亿元专项资金): the clause is [payer] [verb] [amount] [fund], and the figure is the
 * fund — paid by the 财政 named before the verb, when one is. The words before the verb (国务院决定, 今年) are who
 * decided and when, not what was paid.
 */
import type { NumberMention } from '../numbers/types';
import { alternation, FUND_HEADS, FUND_KINDS, FUND_VERBS } from '../lexicon/nameWords';
import { cleanName, nameAfter } from './names';

const VERB_BEFORE = new RegExp(`(?:${alternation(FUND_VERBS)})了?(?:约|近|超过|超|共)?$`);
/** The fund's noun phrase: up to a fund head that ends the phrase or comes before what the fund is used for. */
const FUND_PHRASE = new RegExp(`^([\\s\\S]*?(?:${alternation(FUND_HEADS)}))(?:(?:专项|主要|专门)?用于|支持|$)`);
/** The public purse that pays (中央财政, 省级财政, 各级财政), in the clause before the verb. */
const PAYER = /((?:中央|省级?|市级?|县级?|区级?|各级)财政)[^，,。；;]*$/;

/** The fund an amount in 元 is put into, with its payer, or '' when the clause is not of that form. */
export function fundAfter(text: string, m: NumberMention, head: string): string {
  if (!m.unit?.endsWith('元')) return '';
  const before = head.trimEnd();
  const verb = VERB_BEFORE.exec(before);
  if (!verb) return '';
  // (国债资金用于县、乡、村三级…: what the fund is used for, after it, is not its name.)
  const fund = FUND_PHRASE.exec(cleanName(nameAfter(text, m.tail)))?.[1] ?? '';
  if (fund.length < 2) return '';
  // (安排109亿元资金, 安排1000亿元专项奖补资金: a fund named by its head and kind alone says not what it is for;
  // the sentence or the figure before says that, and the other rules read it there.)
  if (GENERIC_FUND.test(fund)) return '';
  const payer = PAYER.exec(before.slice(0, verb.index))?.[1] ?? '';
  return payer && !fund.includes('财政') ? payer + fund : fund;
}

/** A fund named by its head and kind words only (资金, 专项资金, 专项奖补资金, 各类补助资金). */
const GENERIC_FUND = new RegExp(`^(?:${alternation(FUND_KINDS)})*(?:${alternation(FUND_HEADS)})$`);

/** A payer alone as a name (中央财政, 省财政, 各级财政): who pays, not what for (中央预算内投资 is a fund of its own). */
const PAYER_ALONE = /^(?:中央|省级?|市级?|县级?|区级?|各级|地方)财政$/;
/** A payer with a bare word of spending (中央财政投入, 中央财政支出): still who pays, the purpose unsaid. */
const PAYER_SPENDING = /^((?:中央|省级?|市级?|县级?|区级?|各级|地方)财政)(投入|支出)$/;

/** The clause before the payer's, ending with the spending it pays into (各级政府要进一步增加社会保障投入，中央财政拟安排…). */
const FUND_BEFORE = /(?:增加|加大|安排|保障|落实)([\u4e00-\u9fff“”]{2,10}?(?:投入|资金|支出|经费))[，,][^，,。；;！？]{2,12}$/;

/**
 * Right after the amount: a comma, then the purpose verb (，用于支持…, ，解决…问题). Not after a fund word (安排1000亿元专项
 * 奖补资金，重点用于职工分流安置): a fund named after the amount is read by the rules that know its sentence (national
 * 2016, dev: it is the fund for cutting overcapacity that the sentence before names; its use is one of its parts).
 */
// (中央财政拟投入433亿元用于促进就业 — national 2010, outside: 用于 may follow the amount with no comma.)
const PURPOSE_AFTER = /^(?:[，,](?:主要|专门|专项)?(?:用于|解决|支持|补助|扶持|资助|帮助)|用于)(?:支持|帮助|补助)?([^，,。；;：:]{2,30})/;

/** Words that open the purpose's object without naming it: who is helped, and the verb of the help. */
// (扶助和促进就业 — national 2011, dev: two verbs joined by 和 help the same object.)
const PURPOSE_OPENING = /^(?:地方|各地|基层|各级)?(?:(?:加强|推进|实施|开展|做好|解决|完善|建立|改善|提高|促进|扶助)(?:和|与)?)*/;

/**
 * “中央财政安排429亿元，解决关闭破产国有企业退休人员医疗保险问题”, “中央财政安排51亿元，用于支持地方加强公共卫生服务”:
 * a payer alone before the amount names who pays; the clause after it says what the money is for, and that names the
 * fund (中央财政公共卫生服务资金). '' when the name is not a payer alone or no purpose follows.
 */
export function fundForPurpose(text: string, m: NumberMention, name: string): string {
  // (中央财政拟投入423亿元，用于扶助和促进就业 — national 2011, dev: a payer with a bare 投入 is named by the purpose
  // too, keeping its own word of spending: 中央财政就业投入.)
  const spending = PAYER_SPENDING.exec(name);
  if (!m.unit?.endsWith('元') || (!PAYER_ALONE.test(name) && !spending)) return '';
  const payer = spending ? (spending[1] as string) : name;
  const head = spending ? (spending[2] as string) : '资金';
  const after = PURPOSE_AFTER.exec(text.slice(m.tail, m.tail + 48));
  // (…增加社会保障投入，中央财政拟安排3185亿元 — national 2010, outside: the spending the clause before raises is
  // what the payer's share is of.)
  if (!after) {
    const before = FUND_BEFORE.exec(text.slice(Math.max(0, m.start - 36), m.start))?.[1];
    return before && !spending ? name + cleanName(before) : '';
  }
  const object = (after[1] as string).replace(PURPOSE_OPENING, '').replace(/(?:等)?(?:问题|工作|需要|需求)$/, '');
  // (A figure inside the purpose, 解决6000万人…, is a figure of its own: the purpose is too loose to name this one.)
  if (object.length < 2 || object.length > 16 || /[\d０-９]/.test(object)) return '';
  return `${payer}${object}${head}`;
}
