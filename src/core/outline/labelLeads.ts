import type { Paragraph } from '../text/paragraphs';

/**
 * A run-in topic label and its colon opening a paragraph: a few ideographs naming the topic, then the text on the same
 * line (the Hebei archive's 高阳县 summaries 2008–2016: “纺织产业：年产毛巾约42万吨，…” / “经济发展：全县生产总值…”
 * / “城乡建设：持续推进…”, the review's topics under part 一). No digit, no punctuation in the label: a dated or counted
 * field (“2013年经济社会发展主要预期目标：…”) is the part's text, not a topic.
 */
const LABEL = /^[\u4e00-\u9fff]{1,8}[:：]/;
/** A topic is named in two ideographs at least; a one-character label (钢：) still joins its run. */
const MIN_TOPIC = 2;
/**
 * A clause that announces or defines what follows (总的要求是： / 主要措施有： / 重点包括： / 其中：), or an address, is no
 * label: a label names its topic and nothing else.
 */
const NOT_A_LABEL = /(?:是|为|有|如下|以下|包括|其中|例如|比如|即|指|代表|同志们)[:：]$/;
/**
 * Nor is an adverbial frame, a preposition's phrase or an aspect (1955: “在工业生产方面：…” / “在农业生产方面：…”, the
 * aspects of one review sentence after another): a label is a noun phrase naming its topic. A one-character preposition
 * makes a frame only with the place word that closes it (在农业上：, 从全年看：): alone it opens topics as often
 * (就业创业：, 对外开放：, 对口支援：, 在建项目：), which are noun phrases.
 */
const ADVERBIAL = /^(?:关于|对于|至于|按照|根据|依据)|^[在从对就按据][一-鿿]*(?:上|中|下|里|看)[:：]$|(?:方面|而言|来说|来看)[:：]$/;
/**
 * What an item of a labelled enumeration opens with, for telling where its run begins: a label as above, or a longer
 * name or names joined (1955: “冶金机械和矿山机械：…” / “黄麻、洋麻：…”, items of the same lists as “钢：…”).
 */
const RUN_ITEM = /^[\u4e00-\u9fff、和与及]{1,16}[:：]/;
/** The label's text runs on after the colon on its line: a label alone (重点工作：) announces a list. */
const MIN_LABEL_TEXT = 4;

/**
 * A counted watchword the part is laid out by, quoted and defined by 即 (易县 2025 part 二, src32: “一条主线”即… / “一个目标”即…
 * / “两项行动”即… / “五条赛道”即… / “十个持续推进”即…), as 涞水县 2021 part 三 writes its own with a colon (一个必须： / 两个
 * 站位： / 三个关键： / 四个重点：): a number, its measure word and a few ideographs.
 */
const COUNTED_WATCHWORD = /^“([一二两三四五六七八九十]{1,2}[个项条大张场篇种件][\u4e00-\u9fff]{1,6})”即/;
/** A counted watchword quoted anywhere in a title (——做实“五篇文章”). */
const QUOTED_WATCHWORD = /“[一二两三四五六七八九十]{1,2}[个项条大张场篇种件][\u4e00-\u9fff]{1,6}”/;

/** A lead's title names a counted watchword in quotes (顺平县 2023, src32: ——做实“五篇文章”。 over 一是…五是). O(title). */
export function namesWatchword(title: string): boolean {
  return QUOTED_WATCHWORD.test(title);
}

/** The same with a colon: the label is a count and what it counts. */
const COUNTED_LABEL = /^[一二两三四五六七八九十]{1,2}[个项条大张场篇种件][\u4e00-\u9fff]{1,6}[:：]/;
/** A part's watchwords stand this many paragraphs apart at most: a watchword's list of items between (易县 2025: 6). */
const WATCHWORD_REACH = 12;

/** The end of a counted watchword opening paragraph text (the offset of its 即 or colon), or -1. O(1). */
export function watchwordEnd(text: string): number {
  const quoted = COUNTED_WATCHWORD.exec(text);
  if (quoted) return quoted[0].length - 1;
  const m = COUNTED_LABEL.exec(text);
  return m ? m[0].length - 1 : -1;
}

/** The end of paragraph text's run-in label (the colon's offset), or -1. O(1): the label's few characters. */
export function labelEnd(text: string): number {
  const watchword = COUNTED_WATCHWORD.exec(text);
  if (watchword) return text.length - watchword[0].length < MIN_LABEL_TEXT ? -1 : watchword[0].length - 1;
  const m = LABEL.exec(text);
  if (!m || NOT_A_LABEL.test(m[0]) || ADVERBIAL.test(m[0]) || text.length - m[0].length < MIN_LABEL_TEXT) return -1;
  return m[0].length - 1;
}

/** A run of labelled topics is short (高阳 2016: four); the look-back for the run's start stops after this many items. */
const MAX_TOPIC_RUN = 12;

/**
 * Paragraph `pi` opens with a run-in label, and so does the paragraph before or after it: the labels of a run are the
 * topics they title (a lead each). A lone label is a phrase of the running text (1958: “商业方面：一九五七年社会商品零售
 * 总额…”, between paragraphs that open with prose). A run that a paragraph ending in a colon announces is an
 * enumeration, its labels the items' names (1955: “…的数字如下列：” over “铁：全部建成后增加的年产能力将为…” … “机制糖：
 * …”, thirteen products and their figures): no leads; so is a run longer than any run of topics. Returns the label's
 * end (its colon's offset), or -1. O(MAX_TOPIC_RUN) paragraphs: a bounded look either way.
 */
export function labelLeadEnd(paragraphs: readonly Paragraph[], pi: number, bodyEnd: number): number {
  const end = labelEnd((paragraphs[pi] as Paragraph).text);
  if (end < MIN_TOPIC) return -1;
  const before = paragraphs[pi - 1];
  const after = pi + 1 < bodyEnd ? paragraphs[pi + 1] : undefined;
  if (watchwordEnd((paragraphs[pi] as Paragraph).text) > 0 && watchwordNear(paragraphs, pi, bodyEnd)) return end;
  if (!((before !== undefined && labelEnd(before.text) > 0) || (after !== undefined && labelEnd(after.text) > 0))) return -1;
  let j = pi - 1;
  while (j >= 0 && pi - j <= MAX_TOPIC_RUN && RUN_ITEM.test((paragraphs[j] as Paragraph).text)) j--;
  if (pi - j > MAX_TOPIC_RUN) return -1;
  // The items after it count too: else a run of thirteen would give its first twelve items leads and its last none.
  let k = pi + 1;
  while (k < bodyEnd && k - j - 1 <= MAX_TOPIC_RUN && RUN_ITEM.test((paragraphs[k] as Paragraph).text)) k++;
  if (k - j - 1 > MAX_TOPIC_RUN) return -1;
  const lead = paragraphs[j];
  return lead !== undefined && /[:：]$/.test(lead.text) ? -1 : end;
}

/**
 * Another counted watchword opens a paragraph within WATCHWORD_REACH paragraphs of paragraph `pi`, before or after it: the
 * watchwords are a series, though the items of one's list stand between two of them (易县 2025: “两项行动”即… over （一）
 * （二）, then “五条赛道”即… over （一）…（五）). O(WATCHWORD_REACH).
 */
function watchwordNear(paragraphs: readonly Paragraph[], pi: number, bodyEnd: number): boolean {
  for (let j = Math.max(0, pi - WATCHWORD_REACH); j < bodyEnd && j <= pi + WATCHWORD_REACH; j++) {
    if (j !== pi && watchwordEnd((paragraphs[j] as Paragraph).text) > 0) return true;
  }
  return false;
}
