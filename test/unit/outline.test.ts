import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';
import { SEED, readCorpus } from '../support/corpus';
import { corpusFiles } from '../support/expectedOutline';

describe('outline grammar on the seed (苏州 2021)', () => {
  const text = readCorpus(SEED);
  const lines = text.split('\n');
  const { outline, chromeLines } = analyzeReport(text);

  it('reads the three 一、 parts with 1. sections directly under them', () => {
    expect(outline.map((n) => `${n.marker}${n.title}`)).toEqual(['一、“十三五”时期和2020年工作回顾', '二、“十四五”时期的总体思路与目标任务', '三、2021年主要工作']);
    expect((outline[0] as OutlineNode).children.filter((c) => c.kind === 'section').map((c) => c.marker)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('titles a heading fused with its paragraph by its first sentence, without 。', () => {
    const s1 = (outline[0] as OutlineNode).children[0] as OutlineNode;
    expect(s1.title).toBe('疫情防控展现新担当');
    expect(lines[s1.selectionRange.start.line]?.slice(s1.selectionRange.start.character, s1.selectionRange.end.character)).toBe('1.疫情防控展现新担当');
  });

  it('makes the bold-style lead sentence “创新动能持续增强。” a sub-heading of section 2', () => {
    const s2 = (outline[0] as OutlineNode).children[1] as OutlineNode;
    const lead = s2.children.find((c) => c.kind === 'lead');
    expect(lead?.title).toBe('创新动能持续增强');
    expect(lead?.level).toBe(3);
    expect(lines[lead?.selectionRange.start.line ?? -1]?.startsWith('创新动能持续增强。')).toBe(true);
  });

  it('finds inline 一是…二是… inside a paragraph as points of that section', () => {
    const s = ((outline[2] as OutlineNode).children[0] as OutlineNode);
    expect(s.title).toBe('聚焦科技创新，奋力激发内生增长动力');
    expect(s.children.map((c) => `${c.marker}${c.title}`)).toEqual(['一是集聚优质创新资源', '二是搭建高端创新平台', '三是打造创新型企业集群', '四是优化创新生态环境']);
    const [p1, p2] = s.children as [OutlineNode, OutlineNode];
    expect(p1.range.start.line).toBe(p2.range.start.line);
    expect(p1.range.end).toEqual(p2.range.start);
  });

  it('keeps the three ad lines, the source line and the title block out of the outline', () => {
    expect(chromeLines).toEqual(expect.arrayContaining([0, 2, 4, 8]));
    expect(flattenOutline(outline).every(({ node }) => node.range.start.line >= 22)).toBe(true);
  });
});

describe('heading styles across real reports', () => {
  it('joins a heading split over three lines (hebei-2021 二、“ / 十四五 / ”时期…)', () => {
    const { outline } = analyzeReport(readCorpus('local/hebei-2021.txt'));
    const part2 = outline[1] as OutlineNode;
    expect(part2.title).toBe('“十四五”时期发展的总体思路和重点任务');
    expect(part2.selectionRange.start.line).toBe(50);
    expect(part2.selectionRange.end.line).toBe(52);
  });

  it('reads half-width (一) and a marker alone on its line whose title continues below (hebei-2010 (五))', () => {
    const { outline } = analyzeReport(readCorpus('local/hebei-2010.txt'));
    const s5 = (outline[0] as OutlineNode).children.find((c) => c.marker === '(五)');
    expect(s5?.title).toBe('改革开放不断深化');
  });

  it('reads 第一，ordinals opening paragraphs as sections (national 2015, part 二)', () => {
    const { outline } = analyzeReport(readCorpus('national/2015.txt'));
    expect((outline[1] as OutlineNode).children.filter((c) => c.marker.startsWith('第')).map((c) => c.marker)).toEqual(['第一，', '第二，', '第三，']);
  });

  it('nests 一、 under unnumbered part headings (national 1982)', () => {
    const { outline } = analyzeReport(readCorpus('national/1982.txt'));
    expect(outline.map((n) => n.title)).toEqual(['第六个五年计划的基本任务', '六五计划前两年的执行情况', '全面实现六五计划的主要措施', '结束语']);
    expect((outline[0] as OutlineNode).children.filter((c) => c.marker).map((c) => c.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
  });

  it('keeps an annex that restarts 一、 and a glossary out of the parts (guangdong-2026)', () => {
    const { outline } = analyzeReport(readCorpus('local/guangdong-2026.txt'));
    expect(outline.map((n) => n.kind)).toEqual(['part', 'part', 'part', 'annex', 'glossary']);
    const annex = outline[3] as OutlineNode;
    expect(annex.children.map((c) => c.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
  });

  it('shows one outline when the page holds the report twice (hebei-2010, hebei-2021)', () => {
    for (const file of ['local/hebei-2010.txt', 'local/hebei-2021.txt']) {
      const model = analyzeReport(readCorpus(file));
      expect(model.duplicateFromLine, file).not.toBeNull();
      const last = flattenOutline(model.outline).reduce((m, { node }) => Math.max(m, node.range.end.line), 0);
      expect(last, file).toBeLessThan(model.duplicateFromLine as number);
    }
  });

  it('reads a bare numeral line followed by its heading, and 1. under （一）', () => {
    const text = ['各位代表：', '', '一', '过去一年工作回顾', '', '（一）经济运行稳中有进。全年地区生产总值增长5%。', '1.工业生产回升。规模以上工业增加值增长6%。', '2.消费持续恢复。社会消费品零售总额增长7%。', '', '二', '今年工作安排', '', '今年要重点做好以下工作。'].join('\n');
    const { outline } = analyzeReport(text);
    expect(outline.map((n) => [n.marker, n.title, n.level])).toEqual([['一', '过去一年工作回顾', 1], ['二', '今年工作安排', 1]]);
    const sec = (outline[0] as OutlineNode).children[0] as OutlineNode;
    expect([sec.marker, sec.title, sec.kind]).toEqual(['（一）', '经济运行稳中有进', 'section']);
    expect(sec.children.map((c) => [c.marker, c.title, c.kind, c.level])).toEqual([['1.', '工业生产回升', 'subsection', 3], ['2.', '消费持续恢复', 'subsection', 3]]);
  });

  it('reads a paragraph that is one 一是…二是… list as points of the heading above, not as a lead', () => {
    const body = '今年以来，我们坚持稳中求进工作总基调，全区经济社会发展取得了新的成绩。';
    const text = ['各位代表：', '', '一、今年工作安排', '', `一是稳增长。${body}二是调结构。${body}`].join('\n');
    const part = analyzeReport(text).outline[0] as OutlineNode;
    expect(part.children.map((c) => [c.kind, c.marker, c.title, c.level])).toEqual([
      ['point', '一是', '稳增长', 2],
      ['point', '二是', '调结构', 2],
    ]);
  });

  it('reads （一） as the top level with 第一、 ordinals below it, and 第一部分 parts', () => {
    const body = '全区经济社会发展取得了新的成绩，地区生产总值增长6.5%。';
    const a = analyzeReport(['各位代表：', '（一）2019年工作回顾', body, `第一，经济发展稳中有进。${body}`, `第二，改革开放持续深化。${body}`, '（二）2020年工作安排', body].join('\n')).outline;
    expect(a.map((n) => [n.marker, n.level, n.children.map((c) => c.marker)])).toEqual([
      ['（一）', 1, ['第一，', '第二，']],
      ['（二）', 1, []],
    ]);
    const b = analyzeReport(['各位代表：', '第一部分 过去五年工作回顾', body, `1. 经济实力明显增强。${body}`, '第二部分 今后五年目标任务', body].join('\n')).outline;
    expect(b.map((n) => [n.marker, n.title, n.children.map((c) => c.title)])).toEqual([
      ['第一部分', '过去五年工作回顾', ['经济实力明显增强']],
      ['第二部分', '今后五年目标任务', []],
    ]);
  });

  it('does not take a list that breaks its sequence (more than one number lost), or a lone “2.5” line, for headings', () => {
    const text = ['各位代表：', '', '一、工作回顾', '', '3.这一行不是标题，因为序号没有从1开始。', 'PM', '2.5', '年平均浓度下降。', '', '二、工作安排', '', '五、这也不是部分标题，因为跳过了三和四。'].join('\n');
    const { outline } = analyzeReport(text);
    expect(outline.map((n) => n.marker)).toEqual(['一、', '二、']);
    expect(flattenOutline(outline).map(({ node }) => node.marker)).not.toContain('3.');
  });
});

describe('ranges on every corpus report', () => {
  for (const file of corpusFiles().filter((f) => !f.endsWith('.gbk.txt'))) {
    it(`${file}: ranges nest, siblings do not overlap, and each selection is the heading text`, () => {
      const text = readCorpus(file);
      const lines = text.split('\n');
      const check = (nodes: readonly OutlineNode[], parent: OutlineNode | null): void => {
        nodes.forEach((n, i) => {
          expect(cmp(n.range.start, n.range.end)).toBeLessThanOrEqual(0);
          expect(cmp(n.range.start, n.selectionRange.start)).toBeLessThanOrEqual(0);
          expect(cmp(n.selectionRange.end, n.range.end)).toBeLessThanOrEqual(0);
          if (parent) {
            expect(cmp(parent.range.start, n.range.start)).toBeLessThanOrEqual(0);
            expect(cmp(n.range.end, parent.range.end)).toBeLessThanOrEqual(0);
          }
          const next = nodes[i + 1];
          if (next) expect(cmp(n.range.end, next.range.start)).toBeLessThanOrEqual(0);
          const line = lines[n.selectionRange.start.line] ?? '';
          expect(n.selectionRange.end.character).toBeLessThanOrEqual((lines[n.selectionRange.end.line] ?? '').replace(/\r$/, '').length);
          if (n.marker) expect(line.slice(n.selectionRange.start.character).startsWith(n.marker), `${file}:${n.selectionRange.start.line} ${n.marker}`).toBe(true);
          check(n.children, n);
        });
      };
      check(analyzeReport(text).outline, null);
    });
  }
});

function cmp(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
