import type { MeetingMention, ReportMeta } from '../types';
import { smallChineseNumber } from '../outline/numerals';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import { anchoredMatches, anchoredPattern } from '../text/anchoredMatches';

const MEETING = /(第?([一二三四五六七八九十]{1,3})届(?:全国)?(?:人大|人民代表大会)第?([一二三四五六七八九十]{1,3})次(?:会议|全体会议))/g;
/** Found from each 届 (anchoredMatches.ts says why): 第 and up to three numerals stand before it. */
export const MEETING_SCAN = anchoredPattern(MEETING, '届', 4);

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
  for (const p of bodyParagraphs(ctx)) {
    for (const m of anchoredMatches(p.text, MEETING_SCAN)) {
      const term = smallChineseNumber(m[2] as string);
      const sess = smallChineseNumber(m[3] as string);
      const previous = own !== null && ((term === own.term && sess === own.session - 1) || (term === own.term - 1 && own.session === 1));
      out.push({ range: rangeIn(p, m.index, m.index + m[0].length), text: m[0], term, session: sess, previous });
    }
  }
  return out;
}

