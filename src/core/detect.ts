import { foldWidth } from './text/normalize';
import { isChromeLine } from './text/chrome';

export interface Detection {
  readonly isReport: boolean;
  /** Why, in a few words (shown in logs and the CLI). */
  readonly reason: string;
}

const OPENING_LINES = 60;
const OPENING_CHARS = 16_384;

/**
 * Is this plain text a government work report? Looks only at the opening (past ads and page chrome): a report
 * title, the 各位代表 salutation, or the 一、/（一） heading pattern together with report vocabulary.
 * Cheap enough to run on every plaintext document that opens.
 */
export function detectReport(text: string): Detection {
  const head = text.length > OPENING_CHARS ? text.slice(0, OPENING_CHARS) : text;
  const lines: string[] = [];
  for (const raw of head.split('\n')) {
    const line = foldWidth(raw).trim();
    if (!line || isChromeLine(line)) continue;
    lines.push(line);
    if (lines.length >= OPENING_LINES) break;
  }
  const opening = lines.join('\n');
  const flat = opening.replace(/\s+/g, '');
  if (/政府工作报告/.test(flat.slice(0, 600))) return { isReport: true, reason: 'report title' };
  if (lines.slice(0, 25).some((l) => /^各位代表\s*[:!]/.test(l))) return { isReport: true, reason: '各位代表 salutation' };
  const parts = lines.filter((l) => /^[一二三四五六七八九十]{1,2}、/.test(l)).length;
  const vocabulary = /(?:人民代表大会|政府工作|国民经济和社会发展|预期目标|工作回顾)/.test(opening);
  if (parts >= 2 && vocabulary) return { isReport: true, reason: 'heading pattern and report vocabulary' };
  return { isReport: false, reason: 'no report title, salutation or heading pattern in the opening' };
}
