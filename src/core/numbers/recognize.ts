import { isCnNumeralChar } from './chineseNumerals';
import { markRankMoves } from './rankMoves';
import { markReachedLevels } from './reachedLevels';
import type { NumberMention } from './types';
import { blockedSpans, isBlocked, isExcludedContext } from './exclusions';
import { bareMagnitudeAt, chineseFractionAt, digitFractionAt, doublingAt, halfAt, streakWordAt, tenthsAt } from './forms';
import { isDigit } from './numberCore';
import { arabicAt } from './finish';
import { chineseAt, percentWordsAt } from './chineseFigures';
import { rankAt, streakAt } from './ranks';
import { markRatios } from './ratios';
import { markListUnits } from './listUnits';
import { markPlacePairs } from './placePairs';
import { markSingleCounts } from './singleCounts';
import { charSetIndex } from '../text/charSet';

/**
 * Characters where a figure can start: the scan jumps between them by a table lookup per character (charSet.ts), not a
 * regex exec per hop — an exec made a match array for each of a paragraph's hundreds of 一, 十, 第 … (the profile's
 * hottest line of the recognizer).
 */
const nextCandidate = charSetIndex('0123456789〇○零一二两三四五六七八九十百千万亿第前首连翻');

/**
 * Every figure in a paragraph's (width-folded) text: Arabic, full-width (already folded), Chinese numerals,
 * magnitudes, units, percentages, 个百分点, ranges, ratios, ranks and qualifiers. One left-to-right scan with
 * bounded look-ahead: linear in the paragraph length whatever the input. The readers live in numberCore.ts (the
 * number), magnitudes.ts (magnitude and unit), finish.ts (ranges, bare numbers), chineseFigures.ts, forms.ts and
 * ranks.ts; the passes after the scan (ratios, list units, reached levels, rank moves) each in their own file.
 */
export function recognizeNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const blocked = blockedSpans(text);
  let i = 0;
  while (i < text.length) {
    const found = nextCandidate(text, i);
    if (found < 0) break;
    i = found;
    const ch = text[i] as string;
    let mention: NumberMention | null = null;
    if (isDigit(ch) && !isDigit(text[i - 1]) && text[i - 1] !== '.') mention = (text[i + 1] === '/' || text[i + 2] === '/' ? digitFractionAt(text, i) : text[i + 1] === '成' ? tenthsAt(text, i) : /^\d{1,2}连/.test(text.slice(i, i + 3)) ? streakWordAt(text, i) : null) ?? arabicAt(text, i);
    else if ((ch === '百' && text.startsWith('百分之', i)) || (ch === '千' && text.startsWith('千分之', i))) mention = percentWordsAt(text, i);
    else if (ch === '第' || ch === '前' || (ch === '首' && text[i + 1] === '位')) mention = rankAt(text, i);
    else if (ch === '连' && text[i + 1] === '续' && isCnNumeralChar(text[i + 2])) mention = streakAt(text, i + 2);
    else if (isCnNumeralChar(ch) && !isCnNumeralChar(text[i - 1])) mention = otherFormAt(text, i) ?? chineseAt(text, i);
    else if (ch === '翻' && /^翻(?:了?(?:(?:将|接)?近)?(?:一|两|二)番|番)/.test(text.slice(i, i + 6))) mention = doublingAt(text, i);
    // A figure's value must be a finite number (the contract's `value`); the digit limit above keeps it so, this is
    // the guarantee for every other path (magnitudes, ranges).
    if (mention && !isFiniteMention(mention)) mention = null;
    // A quoted streak (“十二连增”) is a figure all the same; other quoted numbers are names (“263”专项行动).
    const quotedStreak = mention !== null && mention.unit !== null && mention.unit.startsWith('连') && text[mention.start - 1] === '“';
    // And so is a quoted medal tally (获“3金、4银、4铜”好成绩 — 南山 2018; 收获“两金一银” — 坪山 2020; both outside): its
    // parts count medals, they name nothing.
    const quotedTally = mention !== null && mention.unit === '枚' && /[金银铜]$/.test(text.slice(mention.start, mention.end));
    if (mention && (quotedStreak || quotedTally || !isBlocked(blocked, mention.start, mention.end)) && !isExcludedContext(text, mention)) {
      out.push(mention);
      i = mention.end;
    } else if (mention) {
      i = Math.max(mention.end, i + 1);
    } else i++;
  }
  return markRankMoves(text, markReachedLevels(text, markSingleCounts(text, markListUnits(text, markPlacePairs(text, markRatios(text, out))))));
}

function isFiniteMention(m: NumberMention): boolean {
  return Number.isFinite(m.value) && (m.valueMax === undefined || Number.isFinite(m.valueMax));
}

/** The forms of forms.ts that start with a Chinese numeral: one look at the next characters picks the reader. */
function otherFormAt(text: string, at: number): NumberMention | null {
  const next = text.slice(at + 1, at + 4);
  if (next.includes('分之') && !text.startsWith('百分之', at) && !text.startsWith('千分之', at)) return chineseFractionAt(text, at);
  if (text[at] === '一' && next[0] === '半') return halfAt(text, at);
  if (next.includes('连')) return streakWordAt(text, at);
  if (next[0] === '成') return tenthsAt(text, at);
  if ('十百千万亿'.includes(text[at] as string)) return bareMagnitudeAt(text, at);
  return null;
}
