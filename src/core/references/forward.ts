import { isBefore } from '../positions';
import type { Range, Reference } from '../types';
import { outlineNodes } from '../outline/flatten';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { rangeIn } from './context';
import { allMatches } from '../text/allMatches';
import { matchMarker } from '../outline/markers';
import { announcesWhatFollows, otherAnnouncements } from './listAnnouncements';

// “报告分六个部分”, “重点抓好以下十个方面”, “重点做好以下几方面工作”, “把握好以下三点”; counted without 以下 too
// (必须着力把握好三点。一是…, 今年将采取三项举措。一是…, 突出抓好三个方面。一是…).
// Also “主要做了以下工作：” and “重点做好八方面工作：”, which announce without 以下 or without 方面, and a named
// list before its colon (重点发挥“三大优势”：一是…, 启动实施“五个行动”：…), and what is done from so many sides
// (重点从八个方面实现突破。 ending its paragraph; 从两个方面拉动经济增长。 inside one is how, no list).
const ANNOUNCE =
  /(?:报告分为?|分为|分成)[一二三四五六七八九十两几\d]{1,3}个部分|以下[一二三四五六七八九十两几\d]{0,3}个?(?:方面|部分)(?:的?工作|的?重点工作|的?任务)?|以下[一二三四五六七八九十两几\d]{1,3}点|(?:做了|做好|抓好|抓了|完成了)以下(?:几项)?(?:工作|任务)(?=[：:。])|(?:发挥|实施|启动实施|推进|抓好|做好|聚焦|打好|推动|突出)“?[一二三四五六七八九十两\d]{1,2}(?:大|个|项|条)[^，,。；;：:“”]{1,8}”?(?=[：:])|(?:做好|抓好|推进|突出)[一二三四五六七八九十两几\d]{1,3}个?方面(?:的?重点)?(?:工作|任务)(?=[：:。])|从[一二三四五六七八九十两几\d]{1,3}个方面[\u4e00-\u9fff]{0,8}(?=[：:]|。$)/g;

/** Counted announcements without 以下 (必须着力把握好三点。一是…, 今年将采取三项举措。). */
const COUNTED = /(?:把握好?|采取|抓好|做好)[一二三四五六七八九十两几\d]{1,3}(?:点|项(?:举措|措施|工作|任务)|个方面)(?=[：:。])/g;

/**
 * What every announcement holds: ANNOUNCE's 以下/部分/方面 or a colon (its named lists, 一是 after a colon, a paragraph
 * ending in one), or COUNTED's verbs. A paragraph without any is passed with one scan instead of the seven below.
 */
const MAY_ANNOUNCE = /以下|部分|方面|[：:]|把握|采取|抓好|做好/;

/** A counted name before a colon (重点发挥“三大优势”：), which the named-list branch of ANNOUNCE needs. */
const NAMED_BEFORE_COLON = /[大个项条][^：:]{0,10}[：:]/;

/** What may stand after an announcement that ends its paragraph: a stop, or a word for the points and a colon. */
const ENDS_ANNOUNCEMENT = /^(?:[。：:]?|[\u4e00-\u9fff]{1,4}[：:])$/;

/** How much of a ——item's paragraph stands for it: its first clause, at most this long. */
const DASH_ITEM_HEAD = 24;

/** A sentence that announces a list (“重点做好以下几方面工作：”) → the first heading of the list that follows it. */
export function findForwardReferences(ctx: RefContext): Reference[] {
  const headings = outlineNodes(ctx.outline).filter((n) => n.kind !== 'lead' && n.kind !== 'annex' && n.kind !== 'glossary');
  const headingLines = new Set(headings.map((n) => n.selectionRange.start.line));
  const out: Reference[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    // Plain searches first: the pattern with a gap is tried only on paragraphs that hold a colon.
    const t = p.text;
    // One native scan passes most paragraphs: every test below needs one of MAY_ANNOUNCE's words or a colon.
    if (!MAY_ANNOUNCE.test(t)) {
      out.push(...announcedOtherwise(ctx, i, NONE, headingLines));
      continue;
    }
    const announces = t.includes('以下') || t.includes('部分') || t.includes('方面') || ((t.includes('：') || t.includes(':')) && NAMED_BEFORE_COLON.test(t));
    const counted = /(?:把握好?|采取|抓好|做好)[一二三四五六七八九十两几\d]/.test(p.text);
    const inline = t.includes(':一是');
    const colonEnds = t.endsWith(':');
    if (!announces && !counted && !inline && !colonEnds) {
      out.push(...announcedOtherwise(ctx, i, NONE, headingLines));
      continue;
    }
    // One announcement may match both patterns (抓好三项工作： is a named list and a counted one): once each.
    const seen = new Set<number>();
    for (const m of [...(announces ? allMatches(ANNOUNCE, p.text) : []), ...(counted ? allMatches(COUNTED, p.text) : [])]) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const range = rangeIn(p, m.index, m.index + m[0].length);
      const from = { range, text: p.raw.slice(m.index, m.index + m[0].length) };
      // A list of ——items right after the paragraph the announcement ends (突出了以下六个方面。 ——保持经济中高速增长…).
      // (What the points are may follow before the colon: 有以下几点体会：)
      const endsParagraph = ENDS_ANNOUNCEMENT.test(p.text.slice(m.index + m[0].length).trim());
      const dash = endsParagraph ? dashItem(ctx, i + 1) : undefined;
      if (dash) {
        out.push({ kind: 'section', from, to: dash });
        continue;
      }
      const next = headings.find((n) => !isBefore(n.selectionRange.start, range.end));
      // Items without markers (五年来主要做了以下工作。 我们扭住…。 我们加快…。): the paragraph after the one the
      // announcement ends is the first item when it is no heading, not the next heading further down.
      const plain = endsParagraph ? plainItem(ctx, i + 1, next?.selectionRange.start.line) : undefined;
      if (plain) {
        out.push({ kind: 'section', from, to: plain });
        continue;
      }
      if (!next || next.selectionRange.start.line - range.end.line > 40) continue;
      out.push({ kind: 'section', from, to: { range: next.selectionRange, text: `${next.marker}${next.title}` } });
    }
    const before = out.length;
    if (inline) out.push(...inlineLists(p, seen));
    // Said in other words (以下原则和政策取向。 四句话来概括：), an announcement the patterns left stands where its list opens
    // right after its paragraph; one of the clauses the patterns or the 一是 scan linked is theirs.
    if (out.length === before) out.push(...announcedOtherwise(ctx, i, seen, headingLines));
    if (colonEnds && seen.size === 0 && out.length === before) {
      // A paragraph that ends in a colon before a ——list (我们的主要体会是： ——必须坚持…) announces it, whatever it says;
      // so it does before a paragraph that opens with a list's first marker (重点工作任务： （一）抓好重大国家战略实施…;
      // 一年来的主要工作是： （一）加强和改善宏观调控 — 河北 2019, national 2007, outside). (A salutation, 各位代表：,
      // opens the body, before any paragraph this reads.)
      const dash = dashItem(ctx, i + 1) ?? firstItem(ctx, i + 1);
      const start = clauseStart(t, t.length - 1);
      if (dash && start < t.length - 1) out.push({ kind: 'section', from: { range: rangeIn(p, start, t.length), text: p.raw.slice(start, t.length) }, to: dash });
    }
  }
  return out;
}

/**
 * An announcement in words the patterns leave out (listAnnouncements.ts) that ends paragraph `i`, when the next paragraph
 * opens its list: a ——item, or a paragraph that starts with a first marker (第一，… 一是… （一）… 1.…) → that first item.
 * Said with 以下 (并把握住以下一些要点。 national 1992; 今年要着重抓好以下几项工作。 national 2001), it announces what
 * follows even when the items carry no marker: the next paragraph, when it is no heading, is the first item.
 * `seen`: where the patterns' own announcements in the paragraph start; a paragraph they read is theirs.
 */
function announcedOtherwise(ctx: RefContext, i: number, seen: ReadonlySet<number>, headingLines: ReadonlySet<number>): Reference[] {
  if (seen.size > 0) return [];
  const p = ctx.paragraphs[i] as Paragraph;
  const t = p.text;
  // The next paragraph's first characters first: few paragraphs are followed by a list's first item, and only those
  // (or those that say 以下) are searched for an announcement.
  const marked = dashItem(ctx, i + 1) ?? firstItem(ctx, i + 1);
  if (!marked && !t.includes('以下')) return [];
  const last = otherAnnouncements(t).find(([, end]) => ENDS_ANNOUNCEMENT.test(t.slice(end).trim()));
  if (!last) return [];
  const [start, end] = last;
  const to = marked ?? (t.startsWith('以下', start) && announcesWhatFollows(t, start, end) ? plainItem(ctx, i + 1, nextLineIfHeading(ctx, i + 1, headingLines)) : undefined);
  if (!to) return [];
  return [{ kind: 'section', from: { range: rangeIn(p, start, end), text: p.raw.slice(start, end) }, to }];
}

/** The line paragraph `i` starts on when a heading starts there (plainItem then reads no item), else undefined. */
function nextLineIfHeading(ctx: RefContext, i: number, headingLines: ReadonlySet<number>): number | undefined {
  const line = ctx.paragraphs[i]?.segments[0]?.line;
  return line !== undefined && headingLines.has(line) ? line : undefined;
}

/** No announcement of the patterns in a paragraph. */
const NONE: ReadonlySet<number> = new Set();

/** The first item of a list when body paragraph `i` opens one with its first marker (第一，… 一是… （一）… 1.…). */
function firstItem(ctx: RefContext, i: number): { range: Range; text: string } | undefined {
  const q = ctx.paragraphs[i];
  return q && i < ctx.bodyEnd && matchMarker(q.text)?.value === 1 ? plainItem(ctx, i, undefined) : undefined;
}

/** How far back from its colon an announcement without a pattern is read: its clause, at most this long. */
const INLINE_HEAD = 30;

/** Where the clause that ends at `colon` starts: after the punctuation before it, at most INLINE_HEAD back. */
function clauseStart(t: string, colon: number): number {
  let start = colon;
  while (start > 0 && colon - start < INLINE_HEAD && !/[，。；：！？,;:!?]/.test(t[start - 1] as string)) start--;
  return start;
}

/**
 * A clause that ends in a colon with 一是 right after it announces the points that follow in its own paragraph
 * (《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展…): the clause → the first point. An announcement the
 * patterns above matched (要突出抓好三个方面：一是…) is theirs (`seen`: where their matches start).
 */
function inlineLists(p: Paragraph, seen: ReadonlySet<number>): Reference[] {
  const out: Reference[] = [];
  const t = p.text;
  // The paragraph text is folded: its colon is ASCII (the raw text keeps the full-width one).
  for (let colon = t.indexOf(':一是'); colon >= 0; colon = t.indexOf(':一是', colon + 1)) {
    const start = clauseStart(t, colon);
    if (start === colon || [...seen].some((at) => at >= start && at < colon)) continue;
    const item = colon + 1;
    const stop = t.slice(item, item + DASH_ITEM_HEAD).search(/[，。；：,;:]/);
    const end = item + (stop < 0 ? Math.min(DASH_ITEM_HEAD, t.length - item) : stop);
    out.push({ kind: 'section', from: { range: rangeIn(p, start, colon + 1), text: p.raw.slice(start, colon + 1) }, to: { range: rangeIn(p, item, end), text: p.raw.slice(item, end) } });
  }
  return out;
}

/** The first item of a ——list when paragraph `i` opens one: its first clause. */
function dashItem(ctx: RefContext, i: number): { range: Range; text: string } | undefined {
  const q = ctx.paragraphs[i];
  if (!q || i >= ctx.bodyEnd || !q.text.startsWith('——')) return undefined;
  const end = Math.min(q.text.length, DASH_ITEM_HEAD, (q.text.search(/[，。；：,;:]/) + 1 || q.text.length + 1) - 1);
  return { range: rangeIn(q, 0, end), text: q.raw.slice(0, end) };
}

/**
 * The first item of a list without markers when paragraph `i` opens one: its first clause, when paragraph `i` is no
 * heading (the next heading, at `headingLine`, starts on another line) and is a body paragraph of its own.
 */
function plainItem(ctx: RefContext, i: number, headingLine: number | undefined): { range: Range; text: string } | undefined {
  const q = ctx.paragraphs[i];
  if (!q || i >= ctx.bodyEnd) return undefined;
  const line = q.segments[0]?.line;
  if (line === undefined || line === headingLine) return undefined;
  const end = Math.min(q.text.length, DASH_ITEM_HEAD, (q.text.search(/[，。；：,;:]/) + 1 || q.text.length + 1) - 1);
  return end > 0 ? { range: rangeIn(q, 0, end), text: q.raw.slice(0, end) } : undefined;
}
