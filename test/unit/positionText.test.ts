/**
 * Where a figure stands on a one-line report (session 37, editor38): a report exported with its breaks written out as
 * \r\n escapes is one physical line (src32's 27 escaped 保定 county texts), so the card's “Other mentions … line 1” and
 * the Indicators view's “Line 1” said the same of every figure. On such a line the column is said too, as VS Code's
 * status bar counts it; every other line keeps its wording. The text is src32 徐水区-2018 (outside ../shared/corpus),
 * its opening, a sentence of its review and one of its targets, quoted as the file writes them (escapes included).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, holdsEscapedBreaks, lineText, positionCell, positionText, positionTitle } from '../../src/core';
import { formatOutlineTree } from '../../src/cli/format';
import { formatIndicatorTable } from '../../src/cli/indicators';
import { buildCard } from '../../src/core/indicators/card';
import { renderCardMarkdown } from '../../src/core/indicators/cardMarkdown';

const XUSHUI_2018 = [
  '在保定市徐水区第二届人民代表大会第二次会议上',
  '保定市徐水区人民政府区长李志永',
  '各位代表：',
  '现在，我代表徐水区人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。',
  '一、2017年工作回顾',
  '----过去的一年，我们致力于抓发展稳增长，综合实力再上新台阶。2017年，完成地方生产总值[1]202亿元，同比增长9%。完成规模以上工业增加值70.1亿元，同比增长12.8%，位居全市第一。实际利用外资7500万美元，同比增长48.2%。城镇和农村居民人均可支配收入分别完成2.9万元、1.6万元，同比分别增长8.7%、9.8%。全部财政收入完成47.3亿元，同比增长53.6%。一般公共预算收入完成13.6亿元，同比增长32.3%，总量及增速均位居全市第二位。',
  '二、2018年目标任务和重点工作',
  '经济社会发展的预期目标是：生产总值同比增长7%以上，规模以上工业增加值同比增长5%；社会消费品零售总额同比增长10%左右；一般公共预算收入同比增长10%；',
].join('\\r\\n');

// An ordinary report's paragraph (a line of its own, several figures on it): its wording must not change.
const ORDINARY = '2017年，完成地方生产总值202亿元，同比增长9%。完成规模以上工业增加值70.1亿元，同比增长12.8%，位居全市第一。';

describe('holdsEscapedBreaks', () => {
  it('is true of a one-line escaped report, false of an ordinary line or a lone escape', () => {
    expect(holdsEscapedBreaks(XUSHUI_2018)).toBe(true);
    expect(holdsEscapedBreaks(ORDINARY)).toBe(false);
    // One escape is not yet a report written on one line (escapedBreaks.ts MIN_ESCAPED_BREAKS).
    expect(holdsEscapedBreaks('各位代表：\\r\\n现在，我代表徐水区人民政府向大会报告工作')).toBe(false);
  });
});

describe('positionText', () => {
  const column = XUSHUI_2018.indexOf('32.3%');
  it('says the column on a one-line escaped report, in both languages', () => {
    expect(positionText({ line: 0, character: column }, 'en', XUSHUI_2018)).toBe(`line 1, column ${column + 1}`);
    expect(positionText({ line: 0, character: column }, 'zh-cn', XUSHUI_2018)).toBe(`第 1 行第 ${column + 1} 列`);
  });
  it('keeps lineText’s wording on an ordinary line, and when the caller has no line text', () => {
    const at = { line: 154, character: ORDINARY.indexOf('12.8%') };
    expect(positionText(at, 'en', ORDINARY)).toBe(lineText(154, 'en'));
    expect(positionText(at, 'zh-cn', ORDINARY)).toBe('第 155 行');
    expect(positionText({ line: 0, character: column }, 'en')).toBe('line 1');
  });
});

describe('the card of a figure on a one-line escaped report', () => {
  const model = analyzeReport(XUSHUI_2018);
  const target = model.indicators.find((i) => i.status === 'target' && i.text === '10%' && i.name === '一般公共预算收入');
  const uri = 'file:///ws/徐水区-2018.txt';
  const render = (lineOf?: (u: string, line: number) => string | undefined): string => {
    if (!target) throw new Error('no target 一般公共预算收入 10%');
    const card = buildCard(model, target, { lang: 'en', segmenterAvailable: true, uri });
    return renderCardMarkdown(card, { lang: 'en', links: { uri, reveal: () => 'command:x' }, ...(lineOf ? { lineOf } : {}) });
  };

  it('places last year’s actual by its column, which the report’s figures all share line 1 without', () => {
    const actual = XUSHUI_2018.indexOf('32.3%');
    const md = render((u, line) => (u === uri && line === 0 ? XUSHUI_2018 : undefined));
    expect(md).toContain(`line 1, column ${actual + 1}`);
    // Without the line's text (a report not open), the wording is the old one.
    const plain = render();
    expect(plain).toContain('line 1');
    expect(plain).not.toContain('column');
  });
});

// Session 38 (editor39): the Indicators view, the References, Targets and Terms views and the command line's tables
// still said “line 1” of every place of such a report; they now take the card's words from the same formatter.
describe('positionTitle (tooltips of the Indicators view, the Targets and Terms tabs)', () => {
  const column = XUSHUI_2018.indexOf('53.6%');
  it('says the column and the file on a one-line escaped report, in both languages', () => {
    const at = { line: 0, character: column };
    expect(positionTitle(at, 'en', XUSHUI_2018, '徐水区-2018.txt')).toBe(`Line 1, column ${column + 1} of 徐水区-2018.txt`);
    expect(positionTitle(at, 'zh-cn', XUSHUI_2018, '徐水区-2018.txt')).toBe(`徐水区-2018.txt 第 1 行第 ${column + 1} 列`);
    expect(positionTitle(at, 'en', XUSHUI_2018)).toBe(`Line 1, column ${column + 1}`);
  });
  it('keeps “Line N of FILE” on an ordinary line and without the line’s text (a report not open)', () => {
    const at = { line: 154, character: ORDINARY.indexOf('12.8%') };
    expect(positionTitle(at, 'en', ORDINARY, '2018.txt')).toBe('Line 155 of 2018.txt');
    expect(positionTitle(at, 'zh-cn', ORDINARY, '2018.txt')).toBe('2018.txt 第 155 行');
    expect(positionTitle({ line: 0, character: column }, 'en', undefined, '徐水区-2018.txt')).toBe('Line 1 of 徐水区-2018.txt');
    expect(positionTitle(at, 'en', ORDINARY)).toBe('Line 155');
  });
});

describe('the command line’s tables on a one-line escaped report', () => {
  const model = analyzeReport(XUSHUI_2018);
  const lineOf = (line: number): string | undefined => (line === 0 ? XUSHUI_2018 : undefined);

  it('positionCell is line:column there, the line alone elsewhere', () => {
    expect(positionCell({ line: 0, character: 9 }, XUSHUI_2018)).toBe('1:10');
    expect(positionCell({ line: 154, character: 9 }, ORDINARY)).toBe('155');
    expect(positionCell({ line: 0, character: 9 })).toBe('1');
  });

  it('govreport indicators: each figure by its column (202亿元 and 32.3% no longer both “1”), with a note saying so', () => {
    const table = formatIndicatorTable('徐水区-2018.txt', model.indicators, 'en', lineOf);
    const rowOf = (text: string): string | undefined => table.find((row) => row.includes(` ${text} `));
    expect(rowOf('202亿元')).toMatch(new RegExp(`^1:${XUSHUI_2018.indexOf('202亿元') + 1} `));
    expect(rowOf('32.3%')).toMatch(new RegExp(`^1:${XUSHUI_2018.indexOf('32.3%') + 1} `));
    expect(table).toContain('Positions are line:column, both 1-based: the report is one line, its breaks written as \\r\\n.');
    // Without the text (or on an ordinary report) the table is as before: line numbers, no note.
    const plain = formatIndicatorTable('徐水区-2018.txt', model.indicators, 'en');
    expect(plain.find((row) => row.includes(' 202亿元 '))).toMatch(/^1 /u);
    expect(plain.some((row) => row.startsWith('Positions are'))).toBe(false);
  });

  it('govreport outline: each heading by its column', () => {
    const tree = formatOutlineTree(model.outline, lineOf);
    const part = XUSHUI_2018.indexOf('一、2017年工作回顾');
    expect(tree[0]).toMatch(new RegExp(`^L1:${part + 1} +一、2017年工作回顾$`));
    expect(tree.find((row) => row.includes('二、2018年目标任务和重点工作'))).toMatch(new RegExp(`^L1:${XUSHUI_2018.indexOf('二、2018年') + 1} `));
  });
});
