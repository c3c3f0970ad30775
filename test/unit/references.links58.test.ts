/**
 * Session 39's links58 round (issue 13): a paragraph that quotes in straight and curly quotes at once, as web copies of
 * the 河北 archive do, read on src32 河北省-2006 (outside ../shared/corpus). Real lines, cut short.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const report = (...paragraphs: string[]): string => ['各位代表：', ...paragraphs.map((p) => `\u3000\u3000${p}`)].join('\n');
const links = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind !== 'indicator')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('straight quotes beside curly ones (terms.ts)', () => {
  // src32 河北省-2006 lines 56 and 58 (1-based): the first mention quoted straight in a paragraph that quotes “三农” curly.
  it('a term first quoted straight, said again curly', () => {
    const text = report(
      '把解决“三农”问题摆在突出位置，加大支农力度；加快发展社会事业，精心组织实施"十项民心工程"，正确处理改革发展稳定的关系。',
      '同时，更加自觉地把社会事业摆在重要位置，组织实施“十项民心工程”，制定科技教育发展的规划。',
    );
    expect(links(text)).toContain('“十项民心工程” → "十项民心工程"');
  });

  // src32 河北省-2006 lines 49 and 74, 56 and 70 (1-based): said again straight beside a curly “十一五”.
  it('a term said again straight in a paragraph that also quotes curly', () => {
    const text = report(
      '全省生产总值提前实现“翻两番、三步走”第一步战略目标。大力推进城市化和“一线两厢”区域发展，促进了城乡、地区的良性互动。',
      '实施好“十一五”规划，必须转变发展观念。五是坚持促进区域协调发展，深入落实"一线两厢"区域发展布局。',
      '既反映了“十一五”时期发展的阶段性特征，又体现了为2020年实现"翻两番、三步走"奋斗目标打好基础的要求。',
    );
    const found = links(text);
    expect(found).toContain('"一线两厢" → “一线两厢”');
    expect(found).toContain('"翻两番、三步走" → “翻两番、三步走”');
  });

  // A stray straight quote in a mixed paragraph (an odd count, as src32 河北省-2004's 惩治" … "等邪教组织 split over
  // lines) leaves its straight pieces unread, as in a straight-only one: paired from the start, the words between the
  // stray quote and the next would become a term (偷盗抢劫行为和) that links wherever it is said again.
  it('an odd number of straight quotes reads none of them, the curly pieces still', () => {
    const text = report(
      '惩治"偷盗抢劫行为和"十项民心工程"，大力推进城市化和“一线两厢”区域发展。',
      '严厉打击偷盗抢劫行为和刑事犯罪，实施“一线两厢”区域发展布局。',
    );
    const found = links(text);
    expect(found).toContain('“一线两厢” → “一线两厢”');
    expect(found.filter((l) => l.includes('偷盗'))).toEqual([]);
  });
});
