/**
 * The parts a total is split into, said in the paragraph right after it with no time of their own: 实施两年新增4万亿元的
 * 投资计划，其中，新增中央投资1.18万亿元。 / 保障性安居工程、农村民生工程和社会事业投资占43.7%，… (national 2011, whose
 * shares were read as the five years reviewed); 五年基本建设的投资四百二十七亿四千万元，是这样分配的： / 工业部门为二百四十八亿
 * 五千万元，占百分之五十八点二； / 农业、林业和水利部门为…，占… (national 1955's plan, whose parts were read as the plan's last
 * year, as a level to reach). A part of a total is of the total's time: the period of the amount the paragraph before
 * ended on, carried down a list of such paragraphs.
 */

/** What the paragraph before left: the period of the amount its last sentence ended on (or of the parts it listed). */
export interface WholeBefore {
  readonly paragraph: number;
  readonly period: string | null;
}

/**
 * Time said in the paragraph before a figure: a year (2009年, 一九五五年), a relative year or count of years (今年, 五年,
 * 两年来), a plan or a period (“十一五”, 期间, 时期). A part with a time of its own keeps it.
 */
const OWN_TIME = /\d{4}年|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|[今去明本上当全]年|[两二三四五六七八九十]年|年[来内间中底末]|期间|时期|[十]?[一二三四五六七八九十]五[”"」]?|以来|目前|现在/;

/** 为X元，占Y%: an amount said with its share right after it, as a part of the total is listed. */
const SHARE_NEXT = /^\s*[，,]\s*占/;
/** 投资占43.7%, 占百分之三: a share said with 占 right before it. */
const SHARE_VERB_BEFORE = /占(?:总数的|总额的|的)?$/;
/** The longest SHARE_VERB_BEFORE reads (占总额的). */
const SHARE_VERB_REACH = 4;
/** The text after an amount up to the paragraph's end holds no other sentence: the amount closes the paragraph. */
const CLOSES_PARAGRAPH = /^[^。！？!?]{0,24}[。：:；;]?\s*$/;

/** The longest time OWN_TIME reads (一九五五年, 2009年): a match ending past an offset starts at most this far before it. */
const OWN_TIME_REACH = 8;

/**
 * Is the figure at start–tail (text between offsets) a part said in a parts paragraph: a share, or an amount with its
 * share? `clean`: the text before it is known to say no time of its own (the paragraph's figures before this one were
 * parts), so only what follows is read — each figure's own stretch, not the paragraph from its start again: a long
 * paragraph of parts stays linear.
 */
export function isPartOfTotal(text: string, start: number, tail: number, unit: string | null, clean = 0): boolean {
  if (OWN_TIME.test(text.slice(Math.max(0, Math.min(clean, start) - OWN_TIME_REACH), start))) return false;
  if (unit === '%') {
    let end = start;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    if (SHARE_VERB_BEFORE.test(text.slice(Math.max(0, end - SHARE_VERB_REACH), end))) return true;
  }
  return unit === '元' && SHARE_NEXT.test(text.slice(tail, tail + 4));
}

/** Does the amount ending at tail close its paragraph (so that the paragraph after may list its parts)? */
export function closesParagraph(text: string, tail: number, unit: string | null): boolean {
  return unit === '元' && CLOSES_PARAGRAPH.test(text.slice(tail));
}
