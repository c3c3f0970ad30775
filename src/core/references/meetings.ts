import type { Paragraph } from '../text/paragraphs';
import type { MeetingMention, ReportMeta } from '../types';
import { smallChineseNumber } from '../outline/numerals';
import type { RefContext } from './context';
import { rangeIn } from './context';

const MEETING = /(第?([一二三四五六七八九十]{1,3})届(?:全国)?(?:人大|人民代表大会)第?([一二三四五六七八九十]{1,3})次(?:会议|全体会议))/g;
/** The same, tried only where a mention may start (`y`: at lastIndex, not searched for). */
const MEETING_AT = new RegExp(MEETING.source, 'y');
/** The numerals of a term: at most MAX_TERM_NUMERALS before 届. */
const TERM_NUMERALS = '一二三四五六七八九十';
const MAX_TERM_NUMERALS = 3;

function session(text: string | null): { term: number; session: number } | null {
  if (!text) return null;
  MEETING.lastIndex = 0;
  const m = MEETING.exec(text);
  MEETING.lastIndex = 0;
  return m ? { term: smallChineseNumber(m[2] as string), session: smallChineseNumber(m[3] as string) } : null;
}

/** Mentions of a people's congress session in the body (“市十六届人大四次会议确定的目标任务”). */
export function findMeetingMentions(ctx: RefContext, meta: ReportMeta): MeetingMention[] {
  const own = session(meta.meeting);
  const out: MeetingMention[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    for (const m of mentionsIn(p.text)) {
      const term = smallChineseNumber(m[2] as string);
      const sess = smallChineseNumber(m[3] as string);
      const previous = own !== null && ((term === own.term && sess === own.session - 1) || (term === own.term - 1 && own.session === 1));
      out.push({ range: rangeIn(p, m.index, m.index + m[0].length), text: m[0], term, session: sess, previous });
    }
  }
  return out;
}

/**
 * The matches of MEETING in a text, found from each 届 backwards: a pattern that opens with a numeral is otherwise
 * tried at every 一 of a long paragraph, and right after a garbage collection V8 runs it in its slow interpreter. The
 * match starts where the global search would (the earliest of up to three numerals, and 第 before them); each holds
 * one 届, so none overlap.
 */
function mentionsIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let k = text.indexOf('届'); k >= 0; k = text.indexOf('届', k + 1)) {
    let start = k;
    while (start > 0 && k - start < MAX_TERM_NUMERALS && TERM_NUMERALS.includes(text[start - 1] as string)) start--;
    if (start === k) continue;
    if (text[start - 1] === '第') start--;
    MEETING_AT.lastIndex = start;
    const m = MEETING_AT.exec(text);
    if (m) out.push(m);
  }
  return out;
}
