import type { Bound } from './figureNames';
import type { Boundaries } from './boundaries';

/**
 * The subject of a run of figures carried over a full stop (old national prose): a series of levels of one indicator,
 * each said in its own sentence with only a year or a verb before it — 我国的粮食总产量，在…一九三六年，只有二千七百七十四亿斤。
 * 在…一九五二年，也还只有三千零八十八亿斤。…现在我们要在一九五八年增产三千八百亿斤的基础上 (national 1959); a growth said
 * after the levels it compares — 1952年全国职工年平均工资是每人446元，1956年提高到610元。在四年中间，提高了将近37% (national
 * 1957); a mean growth closing a run of yearly rates — 工农业总产值的增长速度，一九八一年计划为…；一九八二年…。两年平均每年
 * 递增百分之五点五 (national 1982). The figure's own sentence names nothing, and the bind left it with no name; the reader
 * carries the subject of the figure just before it over the full stop, as they carry it over a comma.
 *
 * Only a figure with no name; only from the named figure right before it, in the same or the sentence before; only a
 * figure of the same kind of unit (亿斤 after 亿斤, a rate after a rate of the same measure), or a growth or change rate
 * after the level it is of.
 */

/**
 * A name read from the effort made to reach the figure (经过第一个五年计划期间的努力，一九五七年才达到了三千七百亿斤 — national
 * 1959; 虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七 — 1995, dev): a means or a concession, which names no
 * indicator; the figure goes on about the run before it, as an unnamed one does.
 */
const EFFORT = /努力$/;

/** A sentence that opens with its time: a preposition of time, a deictic time word, or a count of years. */
const TIME_OPENING = /^(?:在|现在|目前|今年|去年|当年|同年|[0-9０-９〇零一二三四五六七八九十两]{1,4}年)/;

/** A name that is itself a speed of growth (工农业总产值的增长速度，一九八一年计划为百分之三点七). */
const GROWTH_NAME = /(?:增长速度|增速|增长率|增幅)$/;

/** Whether `b` may take `prev`'s subject: the same unit, or a rate of the same sort, or a growth of a level. */
function sameRun(b: Bound, prev: Bound): boolean {
  const m = b.mention;
  const p = prev.mention;
  if (m.nature === 'percent' || m.nature === 'points') {
    const kind = b.measure?.percentKind ?? null;
    // (A rate said with 为 or 达到 is read as a share; a name that is a speed of growth says it is a growth.)
    const prevKind = prev.name !== null && GROWTH_NAME.test(prev.name) ? 'growth' : (prev.measure?.percentKind ?? null);
    if (p.nature === m.nature) return kind === null || prevKind === null || kind === prevKind;
    // A growth or change after a level is the level's (提高到610元。…提高了将近37%).
    return (kind === 'growth' || kind === 'change') && (p.nature === 'amount' || p.nature === 'physical');
  }
  return m.unit !== null && m.unit === p.unit && m.nature === p.nature;
}

/** Names the unnamed figures of a paragraph's run from the figure before them, over at most one full stop. */
export function nameRunsAcrossSentences(text: string, bound: Bound[], bounds: Boundaries): void {
  for (let i = 1; i < bound.length; i++) {
    const b = bound[i] as Bound;
    if (b.isFrom || (b.name !== null && !EFFORT.test(b.name))) continue;
    const effort = b.name !== null;
    // (The figure of the run right before it, or one before a figure of another kind said after that one: …再增加一千八百
    // 亿斤以上，即增长三分之一以上。…达到了七千二百亿斤.)
    const prev = sameRun(b, bound[i - 1] as Bound) ? (bound[i - 1] as Bound) : i >= 2 && sameRun(b, bound[i - 2] as Bound) ? (bound[i - 2] as Bound) : undefined;
    if (!prev?.name || EFFORT.test(prev.name)) continue;
    // (At most one sentence end between them, and the figure's own sentence holds no other figure before it.)
    const ownStart = bounds.sentenceEndBefore(b.mention.start) + 1;
    if ((bound[i - 1] as Bound).mention.tail > ownStart) continue;
    const prevStart = bounds.sentenceEndBefore(prev.mention.start) + 1;
    if (bounds.sentenceEndBefore(ownStart - 1) + 1 !== prevStart) continue;
    // (The sentence between them ends within the figure before's own sentence: no sentence of other matters between.)
    if (/[；;：:]/.test(text.slice(prev.mention.tail, b.mention.start))) continue;
    // (The figure's sentence opens with when it is — 在…一九五二年, 在四年中间, 两年平均, 现在 — and goes on about the same
    // thing; one that opens with a subject of its own, 居民消费价格涨幅逐步回落，预计全年涨幅6.5% — 河北省 2009, outside — or a
    // verb, 解决500户…渔民 — 广东省 2014, outside, is about something else even when the bind named nothing. A figure named
    // by the effort made to reach it opens with that effort instead.)
    if (!effort && !TIME_OPENING.test(text.slice(ownStart, b.mention.start).trim())) continue;
    b.name = prev.name;
  }
}
