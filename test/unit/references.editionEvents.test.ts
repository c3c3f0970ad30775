/**
 * An event named with its edition (首届, 第N届) is an event held again, whatever word its name ends with
 * (editionEvents.ts): said again with another edition or none, it links to its first mention. Unseen witness: 河北 2025
 * 首届未来之城场景汇备受瞩目 … 办好第二届未来之城场景汇 (no type word ends 场景汇). The sentences below were chosen for the
 * edition before the name; another component renaming their figures does not touch them (none holds a figure).
 */
import { expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const entityLinks = (path: string, name: string): string[] =>
  analyzeReport(readCorpus(path))
    .references.filter((r) => r.kind === 'entity' && r.from.text.endsWith(name))
    .map((r) => `L${r.from.range.start.line} ${r.from.text} → L${r.to.range.start.line} ${r.to.text}`);

it('第二届冰雪运动会 of the review … 办好第三届冰雪运动会 of the year\'s work (河北 2021)', () => {
  // The file prints the report twice; the references read the first copy, the body.
  expect(entityLinks('local/hebei-2021.txt', '冰雪运动会')).toEqual(['L96 冰雪运动会 → L24 冰雪运动会']);
});

it('第八届数字中国建设峰会 … 办好第九届数字中国建设峰会 (福建 2026), the brand 数字中国 inside it no link of its own there', () => {
  expect(entityLinks('local/福建省-2026.txt', '数字中国建设峰会')).toEqual(['L80 数字中国建设峰会 → L26 数字中国建设峰会']);
});

it('a body said with its term (第十四届人民代表大会, 十一届三中全会) is no event held again', () => {
  const text = [
    '2025年某省政府工作报告',
    '2025年1月在某省第十四届人民代表大会第三次会议上。',
    '一、2024年工作回顾',
    '党的十一届三中全会以来，第十四届人民代表大会各次会议顺利召开，首届消博会等重大展会成功举办。',
    '二、2025年工作安排',
    '开好第十四届人民代表大会第四次会议。办好第二届消博会等重大展会。',
  ].join('\n');
  const names = analyzeReport(text).references.filter((r) => r.kind === 'entity').map((r) => r.from.text);
  expect(names.filter((n) => n.includes('人民代表大会') || n.includes('全会') || n.includes('展会'))).toEqual([]);
});
