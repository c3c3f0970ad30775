import { describe, expect, it } from 'vitest';
import { MAX_FIGURE_CHARS } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { cancelled, never, testService, textDocument } from '../support/inMemoryWorkspace';

/** A short report whose footnote [3] has no glossary entry and whose entry [2] no marker points at. */
const FOOTNOTES = [
  '政府工作报告', '', '各位代表：', '', '一、过去一年的工作', '',
  '过去一年，我们坚持“六稳”[1]工作，推进“放管服”[3]改革。', '',
  '名词解释', '', '[1]“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '', '[2]“六保”：保居民就业、保基本民生、保市场主体。', '',
].join('\n');

const ALL = { footnotes: true, indicatorConflicts: true };

describe('diagnostics', () => {
  it('points at a footnote marker without an entry and an entry without a marker, both listed in Problems (information, not a hint)', async () => {
    const problems = await testService().getDiagnostics(textDocument('file:///r.txt', FOOTNOTES), ALL, never);
    expect(problems?.map((p) => [p.code, p.severity, p.range.start.line, p.message])).toEqual([
      ['footnote-missing', 'information', 6, 'Footnote marker [3] has no matching glossary entry'],
      ['footnote-unused', 'information', 12, 'Glossary entry [2] is not referenced by any footnote marker'],
    ]);
  });

  // trial17: 保定 2021, a page copied without its notes, showed 54 problems, one per [n] marker.
  it('says once, at the first marker, that a report’s markers have no glossary at all', async () => {
    const body = ['政府工作报告', '', '各位代表：', '', '一、过去一年的工作', '', '过去一年，我们坚持“六稳”[1]工作，推进“放管服”[2]改革。', '', '落实“六保”[3]任务，实施“双减”[4]。', ''].join('\n');
    const problems = await testService().getDiagnostics(textDocument('file:///notes.txt', body), ALL, never);
    expect(problems?.map((p) => [p.code, p.severity, p.range.start.line, p.message])).toEqual([
      ['footnotes-without-glossary', 'information', 6, 'The report has 4 footnote markers ([1] … [4]) and no glossary they point to: its notes were not copied with the text.'],
    ]);
    const zh = await testService({ language: 'zh-cn' }).getDiagnostics(textDocument('file:///notes.txt', body), ALL, never);
    expect(zh?.[0]?.message).toBe('报告中有 4 个脚注标记（[1] … [4]），但没有它们指向的名词解释：注释未随正文一同复制。');
    expect(await testService().getDiagnostics(textDocument('file:///notes.txt', body), { footnotes: false, indicatorConflicts: true }, never)).toEqual([]);
    // Markers out of order in the text: the range is still lowest … highest, at the first marker in the text.
    const backwards = body.replace('[1]', '[5]').replace('[4]', '[2]').replace('[2]改革', '[1]改革');
    const out = await testService().getDiagnostics(textDocument('file:///backwards.txt', backwards), ALL, never);
    expect(out?.map((p) => [p.range.start.line, p.message])).toEqual([[6, 'The report has 4 footnote markers ([1] … [5]) and no glossary they point to: its notes were not copied with the text.']]);
  });

  it('words the problems in the display language', async () => {
    const problems = await testService({ language: 'zh-cn' }).getDiagnostics(textDocument('file:///r.txt', FOOTNOTES), ALL, never);
    expect(problems?.[0]?.message).toBe('脚注标记 [3] 没有对应的名词解释条目');
  });

  it('reports one standard indicator given two values for one year only when that check is on, pointing at the other figure', async () => {
    const text = ['2026年政府工作报告', '', '一、2025年工作回顾', '', '2025年，全省地区生产总值增长5.4%。', '', '经济运行稳中有进，全年地区生产总值增长5.2%。', ''].join('\n');
    const document = textDocument('file:///r3.txt', text);
    const on = await testService().getDiagnostics(document, ALL, never);
    const conflict = on?.find((p) => p.code === 'indicator-conflict');
    expect([conflict?.range.start.line, conflict?.related?.range.start.line]).toEqual([6, 4]);
    expect(conflict?.related?.message).toMatch(/^The other figure: /u);
    expect(await testService().getDiagnostics(document, { footnotes: true, indicatorConflicts: false }, never)).toEqual([]);
  });

  it('sets no part beside its whole: national 1982’s light and heavy industry grew 5.1% and 9% in 1982, neither is 工业总产值’s', async () => {
    // (national 2015's 城市、农村低保标准分别提高9.97%和14.1% likewise: a scope word keeps a part from its whole — lexicon/scope.ts.)
    const text = readCorpus('national/1982.txt');
    const on = await testService().getDiagnostics(textDocument('file:///1982.txt', text), ALL, never);
    expect(on?.filter((p) => p.code === 'indicator-conflict')).toEqual([]);
  });

  it('checks nothing when both checks are off or the document is too large, and keeps what is shown when cancelled', async () => {
    const service = testService();
    expect(await service.getDiagnostics(textDocument('file:///r.txt', FOOTNOTES), { footnotes: false, indicatorConflicts: false }, never)).toEqual([]);
    const huge = `${FOOTNOTES}\n${'。'.repeat(MAX_FIGURE_CHARS)}`;
    expect(await service.getDiagnostics(textDocument('file:///huge.txt', huge), ALL, never)).toEqual([]);
    expect(await service.getDiagnostics(textDocument('file:///r2.txt', FOOTNOTES), ALL, cancelled)).toBeUndefined();
  });
});
