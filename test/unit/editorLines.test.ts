import { describe, expect, it } from 'vitest';
import { analyzeReport, editorLines } from '../../src/core';

describe('editorLines', () => {
  it('breaks where VS Code does (\\r\\n, \\n, a lone \\r) and keeps no break character', () => {
    // A CRLF report with an old-Mac line in it: line 2 must be the third line, without a trailing \r.
    const text = '政府工作报告\r\n各位代表：\r现在，我代表市人民政府\n向大会报告工作。';
    expect(editorLines(text)).toEqual(['政府工作报告', '各位代表：', '现在，我代表市人民政府', '向大会报告工作。']);
  });

  it("quotes a figure's own line by its position on a CRLF report", () => {
    const text = '一、2020年工作回顾\r\n地区生产总值增长6.1%。\r\n';
    const figure = analyzeReport(text).indicators.find((i) => i.text.startsWith('6.1'));
    expect(figure).toBeDefined();
    const line = editorLines(text)[figure!.range.start.line] ?? '';
    expect(line).toBe('地区生产总值增长6.1%。');
    expect(line.slice(figure!.range.start.character, figure!.range.end.character)).toContain('6.1');
  });
});
