import { isDigit } from './numberCore';
import type { NumberMention } from './types';
import { mentionWith } from './mentionShape';

/**
 * 4.2∶41.1∶54.7 (三次产业结构): the parts of a ratio are figures with unit null. A chain joined by ∶ (or by a
 * plain colon when it has three parts, so a clock time 02:16 never counts; the full-width ： of older provincial
 * reports is a plain colon too: 三次产业比例由1997年的19．3：48．9：31．8 — outside text, 河北 2000–2003).
 */
export function markRatios(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let j = i;
    while (j + 1 < mentions.length && isRatioJoin(text, mentions[j] as NumberMention, mentions[j + 1] as NumberMention)) j++;
    const chain = mentions.slice(i, j + 1);
    if (isClockAfterDate(text, chain)) {
      // The parts of a clock time are no figures at all (page chrome: the time a web page was posted).
      i = j;
      continue;
    }
    const strong = chain.length >= 2 && chain.slice(1).every((m) => text[m.start - (text[m.start - 1] === ' ' ? 2 : 1)] === '∶');
    // 城乡居民收入比从2.50:1缩小至2.27:1: X to one is a multiple, X alone (the 1 is the unit of comparison).
    const toOne = chain.length === 2 && (chain[1] as NumberMention).value === 1 && text.slice(chain[1]!.start, chain[1]!.end) === '1';
    if (toOne) {
      out.push(mentionWith(chain[0] as NumberMention, { unit: null, nature: 'multiple', qualifier: null, tail: (chain[1] as NumberMention).end }));
      i = j;
    } else if (chain.length >= 3 || strong || isSpokenPair(text, chain)) {
      for (const m of chain) out.push(mentionWith(m, { unit: null, nature: 'ratio', qualifier: null, tail: m.end }));
      i = j;
    } else out.push(mentions[i] as NumberMention);
  }
  return out;
}

/**
 * 2015-04-09 16:18:41: a posting time in a web page's chrome (保定 2020, outside the corpus, as copied from a
 * portal), parts joined by a plain colon right after a date — hours, then minutes (and seconds) written with two
 * digits each. (An industry ratio has decimals or parts that add up to about 100, and never follows a date.)
 */
function isClockAfterDate(text: string, chain: readonly NumberMention[]): boolean {
  if (chain.length < 2 || chain.length > 3) return false;
  const first = chain[0] as NumberMention;
  if (!/(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[日号])[ \t\u3000]+$/.test(text.slice(Math.max(0, first.start - 16), first.start))) return false;
  return chain.every((m, k) => {
    const written = text.slice(m.start, m.end);
    if (!/^\d{1,2}$/.test(written)) return false;
    if (k > 0 && (written.length !== 2 || m.value > 59)) return false;
    return k > 0 || m.value <= 23;
  });
}

const RATIO_WORD = /比例|之比|比值|比重|收入比|倍差|[比例]为|比[由从]|调整为|改为/;

/**
 * 农业与林牧渔业的产值比例由现在的50：50调整为45：55 (河北 2001), 粮经作物比例已由1999年的80.8:19.2调整为65.7:34.3 (a
 * county page, outside the corpus): two parts joined by a plain or full-width colon are a ratio where the clause
 * speaks of one just before — a clock time (8:30) or a page's posting time has no ratio word.
 */
function isSpokenPair(text: string, chain: readonly NumberMention[]): boolean {
  if (chain.length !== 2) return false;
  const first = chain[0] as NumberMention;
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  return RATIO_WORD.test(clause);
}

/** 三次产业结构演进为3.6 : 48 : 48.4 (海拉尔 2012, outside the corpus): a colon spaced out on both sides or one. */
const SPACED_COLON = /^ ?[∶:：] ?$/;

function isRatioJoin(text: string, a: NumberMention, b: NumberMention): boolean {
  if (a.nature !== 'bare' || b.nature !== 'bare') return false;
  if (b.start > a.end + 1) return b.start <= a.end + 3 && SPACED_COLON.test(text.slice(a.end, b.start));
  if (b.start !== a.end + 1) return false;
  // 生铁和钢产量的比例…从1.03比1改为1比1: a ratio written with 比 between two bare numbers, X比1 as X∶1.
  // (Only where a ratio is spoken of: 以3比1战胜 is a score.)
  return text[a.end] === '∶' || text[a.end] === ':' || text[a.end] === '：' || (text[a.end] === '比' && text.slice(b.start, b.end) === '1' && !isDigit(text[b.end]) && RATIO_WORD.test(text.slice(Math.max(0, a.start - 30), a.start)));
}
