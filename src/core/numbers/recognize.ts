import { isCnNumeralChar } from './chineseNumerals';
import { markRankMoves } from './rankMoves';
import { markReachedLevels } from './reachedLevels';
import type { NumberMention } from './types';
import { blockedSpans, isBlocked, isExcludedContext } from './exclusions';
import { bareMagnitudeAt, chineseFractionAt, digitFractionAt, doublingAt, halfAt, streakWordAt, tenthsAt } from './forms';
import { isDigit } from './numberCore';
import { arabicAt } from './finish';
import { chineseAt, percentWordsAt } from './chineseFigures';
import { bottomBandAt, rankAt, streakAt } from './ranks';
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
const nextCandidate = charSetIndex('0123456789〇○零一二两三四五六七八九十百千万亿第前后倒首连翻');

/**
 * Every figure in a paragraph's (width-folded) text: Arabic, full-width (already folded), Chinese numerals,
 * magnitudes, units, percentages, 个百分点, ranges, ratios, ranks and qualifiers. One left-to-right scan with
 * bounded look-ahead: linear in the paragraph length whatever the input. The readers live in numberCore.ts (the
 * number), magnitudes.ts (magnitude and unit), finish.ts (ranges, bare numbers), chineseFigures.ts, forms.ts and
 * ranks.ts; the passes after the scan (ratios, list units, reached levels, rank moves) each in their own file.
 */
/**
 * A numbered item's marker fused with the count that opens it: 8.8个“在全省率先”：… / 9.6个“在全市率先”：… (唐县 2023),
 * 4.7个100%：… (罗湖 2020), 18.8所1中心：… (龙华 2021), 46.2所新校、8所改扩建学校投入使用 (宝安 2017; all outside) are
 * items 8, 9, 4, 18 and 46 of a numbered list, not 8.8 of a thing: a count of discrete things in a decimal never opens a
 * paragraph. The marker is skipped and the count read after it (a glossary term's count is then no figure, exclusions.ts).
 * Only before a count's classifier (not 个百分点, 个月), with no magnitude: 2.5万人 or 5.6% opening a line stay figures.
 */
// (And only where the item's text goes on after the classifier — a term, a quote or a number; a paragraph cut by a line
// break before 3.2个，or 2.5个以上 is a figure closing its clause.)
const FUSED_ITEM_MARKER = /^[\s\u3000]*\d{1,3}\.(?=\d{1,3}(?:个(?!百分点|月)|所|项|条|家|名|座|大)(?!以|左右)[“"\d\u4e00-\u9fff])/;

export function recognizeNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const blocked = blockedSpans(text);
  const marker = FUSED_ITEM_MARKER.exec(text);
  const markerEnd = marker ? marker[0].length : -1;
  let i = Math.max(0, markerEnd);
  while (i < text.length) {
    const found = nextCandidate(text, i);
    if (found < 0) break;
    i = found;
    const ch = text[i] as string;
    let mention: NumberMention | null = null;
    if (isDigit(ch) && !isDigit(text[i - 1]) && (text[i - 1] !== '.' || i === markerEnd)) mention = (text[i + 1] === '/' || text[i + 2] === '/' ? digitFractionAt(text, i) : text[i + 1] === '成' ? tenthsAt(text, i) : /^\d{1,2}连/.test(text.slice(i, i + 3)) ? streakWordAt(text, i) : null) ?? arabicAt(text, i);
    else if ((ch === '百' && text.startsWith('百分之', i)) || (ch === '千' && text.startsWith('千分之', i))) mention = percentWordsAt(text, i);
    else if (ch === '第' || ch === '前' || (ch === '首' && text[i + 1] === '位')) mention = rankAt(text, i);
    else if (ch === '后' || ch === '倒') mention = bottomBandAt(text, i);
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
    // And so is a quoted bottom band (退出全省“后二十” — 清苑区-2025, dev; “后十” — src32 河北省-2022/2023, outside): the quotes
    // hold the band alone, a place in a ranking, not a name (bottomBandAt asks that a ranking be spoken of before it).
    const quotedBand = mention !== null && mention.unit === '位次' && text[mention.start] === '后' && /^[“"]$/.test(text[mention.start - 1] ?? '') && /^[”"]$/.test(text[mention.end] ?? '');
    if (mention && (quotedStreak || quotedTally || quotedBand || !isBlocked(blocked, mention.start, mention.end)) && !isExcludedContext(text, mention)) {
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
