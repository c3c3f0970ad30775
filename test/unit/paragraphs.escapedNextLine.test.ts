import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs } from '../../src/core/text/paragraphs';
import type { Paragraph } from '../../src/core/text/paragraphs';
import { startsOnNextLine } from '../../src/core/outline/paragraphShape';

/**
 * Whether a paragraph starts on the line right after the one before it ends — what a heading whose title or body is
 * on the next line asks (parseOutline.ts, boldLines.ts) — is read by piece where a line's breaks were written out as
 * \r\n escapes: by physical line two pieces of one line were never “on the next line”, one line after the other in
 * the same text with its breaks real they were. Real openings of two free 保定 county texts (src32, outside
 * ../shared/corpus): 易县-2018 (pieces 0–2, one after the other) and 顺平县-2023 (an &nbsp; piece between each, a
 * blank line as the page wrote it).
 */
const ESCAPED = '\\r\\n';
const YIXIAN_2018 = ['各位代表：', '现在，我代表县人民政府，向大会作工作报告，请予审议，并请政协委员和列席会议的同志提出意见。', '一、2017年工作回顾'];
const SHUNPING_2023 = ['各位代表：', '现在，我代表顺平县人民政府向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。', '&nbsp;', '一、2022年工作回顾', '&nbsp;', '2022年是党和国家历史上具有里程碑意义的一年，也是顺平发展进程中极不平凡的一年。'];

/** Each paragraph's “starts on the next line” answer for the one before it. */
function nextLineAnswers(text: string): boolean[] {
  const ps = buildParagraphs(buildDocument(text));
  return ps.slice(1).map((p, i) => startsOnNextLine(ps[i] as Paragraph, p));
}

describe('a paragraph starting on the next line, where breaks are written out as escapes', () => {
  it('follows the piece before it as it follows the line before it with real breaks (易县 2018)', () => {
    expect(nextLineAnswers(YIXIAN_2018.join('\n'))).toEqual([true, true]);
    expect(nextLineAnswers(YIXIAN_2018.join(ESCAPED))).toEqual([true, true]);
  });

  it('does not follow across a blank piece, as across a blank line (顺平县 2023)', () => {
    expect(nextLineAnswers(SHUNPING_2023.join('\n'))).toEqual([true, false, false]);
    expect(nextLineAnswers(SHUNPING_2023.join(ESCAPED))).toEqual([true, false, false]);
  });
});
