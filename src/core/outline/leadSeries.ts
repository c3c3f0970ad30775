import type { Paragraph } from '../text/paragraphs';
import { announcesList } from './announcedList';
import { titleEnd } from './titles';

/** A short opener and its comma: “这五年，” (2–6 CJK characters). */
const OPENER = /^([\u4e00-\u9fff]{2,6})[,，]/;
/** Paragraphs in a row that must share the opener. */
const MIN_SERIES = 3;
/**
 * Series titles run to 57 characters (江西 2026: “五年来，我们着力构建体现江西特色和优势的现代化产业体系，推动科技创新和产业创新融合发展，
 * 新兴工业大省地位更加稳固”).
 */
const MAX_SERIES_TITLE = 60;
/**
 * A title is at most the opener and three clauses: the seed's “五年来，经济发展量质齐升，创新转型持续深化，综合实力显著增强。”
 * ×4 titles the review figures below it as 北京's “这五年，我们牢记嘱托、锚定蓝图，X。” does. A longer run of clauses is a
 * summary sentence, not a title.
 */
const MAX_SERIES_COMMAS = 3;
/**
 * Inside a running series a title may list its measures before the outcome (高阳 2019: “一年来，我们坚持以供给侧结构性改革为
 * 主线，抓技改，建园区，上项目，产业转型升级步伐不断加快。” after “一年来，我们认真落实…。”).
 */
const MAX_RUNNING_COMMAS = 5;

/** A framed title is at most this long (西藏 2026: “这五年是新时代党的治藏方略全面落地开花结果的五年”, 24). */
const MAX_FRAMED_TITLE = 32;

/**
 * Openers that repeat without making a heading style: an address to the deputies (保定 2009: “各位代表，过去的一年，我们遇到
 * 的困难比估计的大，…。” / “各位代表，需要特别报告的是，…” / …) and a report of who speaks (1964 as published, a summary:
 * “周总理说，在贯彻党的民族政策中，…。” / “周总理说，我们要继续…。” / …).
 */
const FRAME_OPENER = /^(?:各位代表|代表们|同志们|[\u4e00-\u9fff]{1,5}(?:说|指出|强调|认为|表示))$/;

export function openerOf(text: string): string | null {
  const m = OPENER.exec(text);
  return m ? (m[1] as string) : null;
}

/**
 * What opens a paragraph of a series of leads: a short phrase and its comma (“这五年，”), or else the frame its first
 * sentence is cast in, its first three and last two characters (西藏 2026: “这五年是…的五年。” ×5), or null.
 */
export function seriesOpenerOf(text: string): string | null {
  const opener = openerOf(text);
  if (opener) return opener;
  const stop = text.indexOf('。');
  if (stop < 8 || stop > MAX_FRAMED_TITLE || !/^[\u4e00-\u9fff]{3}/.test(text) || !/[\u4e00-\u9fff]{2}$/.test(text.slice(0, stop))) return null;
  return `${text.slice(0, 3)}…${text.slice(stop - 2, stop)}`;
}

/** A short first sentence that opens a series by its head alone: 6 to 16 ideographs, no comma. */
const MIN_HEAD_SENTENCE = 6;
const MAX_HEAD_SENTENCE = 16;
const HEAD_OPENER = 4;

/**
 * The head a short first sentence is cast in, its first four characters (高阳 2021 （五）: “让高阳的空气常新。” / “让高阳的
 * 碧水长流。” / “让高阳的土壤常净。”, each over a short body), or null: a sentence of ideographs only, no comma, no first
 * person, with a body after it.
 */
function headOpenerOf(text: string): string | null {
  const stop = text.indexOf('。');
  if (stop < MIN_HEAD_SENTENCE || stop > MAX_HEAD_SENTENCE || stop + 1 >= text.length) return null;
  const sentence = text.slice(0, stop);
  if (!/^[\u4e00-\u9fff]+$/.test(sentence) || sentence.includes('我')) return null;
  return `${sentence.slice(0, HEAD_OPENER)}…`;
}

/**
 * Every opener a paragraph's first sentence may share with the paragraphs of its series, joined by |: the key a
 * series continues by (seriesLeadEnd's `continuing`).
 */
export function seriesOpenersOf(text: string): string | null {
  const openers = openersOf(text);
  return openers.length ? openers.join('|') : null;
}

function openersOf(text: string): string[] {
  const out: string[] = [];
  const framed = seriesOpenerOf(text);
  if (framed && !FRAME_OPENER.test(framed)) out.push(framed);
  const head = headOpenerOf(text);
  if (head && head !== framed) out.push(head);
  const period = periodFrameOf(text);
  if (period) out.push(period);
  return out;
}

/** The openers of paragraph `i` include `opener`. */
function opensWith(text: string, opener: string): boolean {
  return seriesOpenerOf(text) === opener || headOpenerOf(text) === opener || periodFrameOf(text) === opener;
}

/**
 * The frame of a first sentence that says what the year or the years under review were, 这是X的一年 / 之年 / 的五年: 这是
 * and the sentence's last two characters, or null. Its third character varies with X, so the frame of seriesOpenerOf
 * misses it (盐田区 2021 (src27) part 一: “这是牢记嘱托、砥砺前行的奋进之年。” / “这是众志成城、共同战“疫”的特殊之年。” /
 * “这是迎难而上、强势攻坚的关键之年。”, before （一）; 易县 2025 (src32): “这是发展活力充分迸发的一年。” ×6, each over the year's
 * feats). The dashed and standalone forms of the frame are read by their layout (——这是…的五年。, 广东 2026). Reads at most
 * MAX_FRAMED_TITLE + 1 characters: it is asked of every paragraph a series may reach.
 */
function periodFrameOf(text: string): string | null {
  if (!text.startsWith('这是')) return null;
  const stop = text.slice(0, MAX_FRAMED_TITLE + 1).indexOf('。');
  if (stop < 8 || stop > MAX_FRAMED_TITLE || text.slice(stop - 1, stop) !== '年' || /[，,；;：:]/.test(text.slice(0, stop))) return null;
  return `这是…${text.slice(stop - 2, stop)}`;
}

/**
 * Paragraphs in a row that open with the same short phrase and a comma (“这五年，X。…” ×5) are a series of parallel
 * leads, even though the phrase is a time opener and the sentence may say 我们: the repetition is the heading style.
 * `continuing` is the opener of the series the previous paragraph belonged to. Returns the end offset of this
 * paragraph's title, or -1. Looks at most two paragraphs ahead: O(1) per paragraph.
 */
export function seriesLeadEnd(paragraphs: readonly Paragraph[], pi: number, end: number, continuing: string | null): number {
  const text = (paragraphs[pi] as Paragraph).text;
  const openers = openersOf(text);
  if (!openers.length) return -1;
  // The series runs on when this paragraph shares an opener with the one before; else it opens one of three in a row.
  let opener = continuing === null ? undefined : openers.find((o) => continuing.split('|').includes(o));
  const continues = opener !== undefined;
  for (let k = 0; opener === undefined && k < openers.length; k++) {
    const candidate = openers[k] as string;
    let run = 1;
    for (let i = pi + 1; i < end && run < MIN_SERIES && opensWith((paragraphs[i] as Paragraph).text, candidate); i++) run++;
    if (run >= MIN_SERIES) opener = candidate;
  }
  if (opener === undefined) return -1;
  const stop = titleEnd(text, 0, true);
  if (stop >= text.length || stop > MAX_SERIES_TITLE) return -1;
  const commas = commasIn(text.slice(0, stop));
  if (commas <= MAX_SERIES_COMMAS) return stop;
  // A member of a running series may have more clauses (MAX_RUNNING_COMMAS; 保定 2021: “五年来，我们全面释放区划调整的积极
  // 效应，下大力拉大城市框架，坚定不移补短板、理秩序，城乡面貌发生新的改观。” in a run of 3-clause titles). Opening a series, one
  // clause more is a title when the next paragraph's title has as many (海拉尔 2018: “过去的一年，面对经济下行压力，我们综合
  // 施策，打好组合拳，发展质效持续提高。” ×6 alike). A summary sentence has its own shape.
  if (continues) return commas <= MAX_RUNNING_COMMAS ? stop : -1;
  if (commas > MAX_SERIES_COMMAS + 1) return -1;
  const next = pi + 1 < end ? (paragraphs[pi + 1] as Paragraph).text : '';
  const nextStop = opensWith(next, opener) ? titleEnd(next, 0, true) : -1;
  return nextStop > 0 && nextStop < next.length && nextStop <= MAX_SERIES_TITLE && commasIn(next.slice(0, nextStop)) === commas ? stop : -1;
}

/**
 * A title of clauses sharing its head runs to 48 characters (“坚持依法用权，倡俭治奢，深入推进党风廉政建设和反腐败工作”, 29;
 * the 15th CPC congress report, 1997, part 十: “加强党的思想建设，根本的是坚定不移地用邓小平理论武装全党，充分发挥党的思想政治
 * 优势。” / “加强党的组织建设，根本的是…。” / “加强党的作风建设，根本的是…。”, 37–43, unseen, session 24).
 */
const MAX_HEAD_TITLE = 48;
/** The paragraph goes on after such a title with at least this much body. */
const MIN_HEAD_BODY = 20;

/**
 * The shapes of a paragraph's first sentence as a title of clauses, joined by |: its first two characters and its
 * number of commas (“坚持依宪施政，依法行政，把政府工作全面纳入法治轨道。” → 坚持2), and its frame, its first character, the
 * two characters after its first comma and its number of commas (海拉尔 2017 （一）: “以提升城市软实力为突破,着力建设国际化的
 * 草原音乐名城。” → 以…着力1, beside “以得天独厚的冰雪资源为抓手,着力…。”, “以实现全域旅游、四季旅游为目标,着力…。”: titles
 * cast in one frame whose first words differ), and for a title of two clauses the length of each (=10+10, balancedShape).
 * Null when it is no such title (no comma, too long, figures, brackets or punctuation of prose, first person, no body
 * after it).
 */
export function headShape(text: string): string | null {
  const stop = text.indexOf('。');
  if (stop < 8 || stop > MAX_HEAD_TITLE || text.length < stop + 1 + MIN_HEAD_BODY) return null;
  const sentence = text.slice(0, stop);
  // 我们 may open the title, as the head of an announced list (甘肃 2026: “五年来主要做了以下工作。” then “我们扭住高质量发展
  // 首要任务，全力推进工业强省产业兴省。” …, eight in a row), never stand inside it. 自我 is no speaker: a title may say it
  // (涞水 2020 part 三: “践行初心使命，坚持自我革新自觉讲担当、善作为、重落实。” first of four leads cast alike).
  if (!/^[\u4e00-\u9fff]{2}/.test(sentence) || /[\d:：;；!?()（）]/.test(sentence) || /(?<!自)我/.test(sentence.slice(sentence.startsWith('我们') ? 2 : 0))) return null;
  let commas = 0;
  let first = -1;
  for (let i = 0; i < stop; i++) {
    if (sentence[i] !== '，' && sentence[i] !== ',') continue;
    if (first < 0) first = i;
    commas++;
  }
  if (commas === 0) return null;
  const head = `${sentence.slice(0, 2)}${commas}`;
  const after = sentence.slice(first + 1, first + 3);
  // The frame needs a clause of its own before the comma and two ideographs after it.
  const shapes = first >= 4 && /^[\u4e00-\u9fff]{2}$/.test(after) ? `${head}|${sentence[0] as string}…${after}${commas}` : head;
  const balanced = balancedShape(sentence, first, commas);
  return balanced ? `${shapes}|${balanced}` : shapes;
}

/** Each clause of a balanced title has at least this many characters: a three-character clause (讲政治，…) is prose. */
const MIN_BALANCED_CLAUSE = 4;

/**
 * A title of two clauses, measured: the length of each (阜平 2022 part 一: “脱贫成果持续巩固拓展，乡村振兴迈出坚实步伐。” /
 * “产业发展持续提质增效，结构效益同步优化升级。” / … ×7, each 10+10; 涞水 2020 part 三: “强化法治思维，推进依法行政贯穿全过程、
 * 全链条、全环节。” / “严守纪律规矩，筑牢拒腐防线做到知敬畏、严约束、守底线。” / “秉承为民理念，有效化解百姓身边操心事、烦心事、
 * 揪心事。”, each 6+19). Titles written to one measure in paragraphs one after another are a series of parallel leads
 * whatever their first words; prose sentences in a row do not keep both clauses to one length. Null for another shape.
 */
function balancedShape(sentence: string, first: number, commas: number): string | null {
  if (commas !== 1 || first < MIN_BALANCED_CLAUSE || sentence.length - first - 1 < MIN_BALANCED_CLAUSE) return null;
  return `=${first}+${sentence.length - first - 1}`;
}

/**
 * Paragraphs in a row whose first sentences are titles of the same shape, opening with the same word (2015 part 六:
 * “坚持依宪施政，依法行政，…。” / “坚持创新管理，强化服务，…。” / …, four in a row) or cast in the same frame (海拉尔 2017:
 * “以…为突破,着力…。” / “以…为抓手,着力…。” / …) are a series of parallel leads, though each is longer and has more clauses
 * than a lone lead may. `continuing` holds the shapes of the paragraph before, when it was one of the series. Returns the end offset of the title, or -1. Looks at most two paragraphs ahead.
 */
export function parallelHeadEnd(paragraphs: readonly Paragraph[], pi: number, end: number, continuing: string | null): number {
  const text = (paragraphs[pi] as Paragraph).text;
  const shapes = headShape(text);
  if (!shapes) return -1;
  const own = shapes.split('|');
  let ok = continuing !== null && continuing.split('|').some((c) => own.includes(c));
  // Paragraphs that open with 我们 in a row are a narrative (1984: “我们重视发展中美关系，这是…。” / “我们真诚希望…，…。” / …)
  // unless the paragraph before them announces them as a list.
  if (!ok && text.startsWith('我们') && !(pi > 0 && announcesList((paragraphs[pi - 1] as Paragraph).text))) return -1;
  for (let k = 0; !ok && k < own.length; k++) {
    const shape = own[k] as string;
    let run = 1;
    for (let i = pi + 1; run < MIN_SERIES && i < end && i < pi + MIN_SERIES && sharesShape((paragraphs[i] as Paragraph).text, shape); i++) run++;
    ok = run >= MIN_SERIES;
  }
  return ok ? text.indexOf('。') : -1;
}

/** Paragraph text's first sentence has the title shape `shape` (headShape). */
function sharesShape(text: string, shape: string): boolean {
  const shapes = headShape(text);
  return shapes !== null && shapes.split('|').includes(shape);
}

/** A standalone line of a series: one short sentence (这是经济实力持续提升的五年。). */
const MAX_LINE_TITLE = 32;
const MIN_LINE_BODY = 40;

/**
 * The opener of a one-sentence short paragraph: its short phrase before a comma (“这一年，”), else its first two
 * characters; or null. A longer sentence of a few clauses opens a series only with such a phrase (云南 2026: “这五年，我们完整准确全面
 * 贯彻新发展理念，全力推动高质量发展，经济实力迈上新台阶。” / body / “这五年，我们…，民族团结…。” / body …, 36–45).
 */
function lineOpener(p: Paragraph | undefined): string | null {
  if (!p || !p.text.endsWith('。') || p.text.indexOf('。') !== p.text.length - 1) return null;
  const opener = openerOf(p.text) ?? YEAR_OPENER.exec(p.text)?.[1] ?? null;
  if (p.text.length > MAX_LINE_TITLE + 1) return p.text.length <= MAX_SERIES_TITLE + 1 && commasIn(p.text) <= MAX_SERIES_COMMAS ? opener : null;
  return opener ?? (/^[\u4e00-\u9fff]{2}/.test(p.text) ? p.text.slice(0, 2) : null);
}

/**
 * The year under review and its comma opening a line of such a series (徐水区 2019, src32: “2018年，我们坚持扩大产业集聚效应
 * 不动摇，致力于要素集中、能级提升，开发区建设进一步加强。” / body / “2018年，我们坚持高水平大视野开放不止步，…。” / body …,
 * seven lines), as 这一年， opens one; the dashed form (“——2019年，我们坚持不懈补短板、树亮点，…。”, 涞水县 2020) is read by its
 * dash. Only for standalone lines alternating with bodies: paragraphs in a row opening with a year are a review's prose.
 */
const YEAR_OPENER = /^(\d{4}年)[,，]/;

function commasIn(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ',' || text[i] === '，') commas++;
  return commas;
}

/**
 * Standalone lines that alternate with body paragraphs and open alike (广东 2026: “这是经济实力持续提升的五年。” /
 * body / “这是粤港澳大湾区建设纵深推进的五年。” / body …) are a series of sub-headings, whatever their opening word:
 * the repetition is the heading style. `continuing` is the opener of the series whose lead was two paragraphs
 * back. Returns the end offset of the title (before its 。), or -1. Looks at most four paragraphs ahead.
 */
export function alternatingLeadEnd(paragraphs: readonly Paragraph[], pi: number, end: number, continuing: string | null): number {
  const opener = lineOpener(paragraphs[pi]);
  const body = paragraphs[pi + 1];
  if (!opener || pi + 1 >= end || !body || body.text.length < MIN_LINE_BODY) return -1;
  let ok = opener === continuing;
  if (!ok) {
    let run = 1;
    for (let i = pi + 2; i + 1 < end && run < MIN_SERIES && lineOpener(paragraphs[i]) === opener && ((paragraphs[i + 1] as Paragraph).text.length >= MIN_LINE_BODY); i += 2) run++;
    ok = run >= MIN_SERIES;
  }
  return ok ? (paragraphs[pi] as Paragraph).text.length - 1 : -1;
}

export { lineOpener as alternatingOpener };
