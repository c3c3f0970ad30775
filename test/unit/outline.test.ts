import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';
import { isChromeLine } from '../../src/core/text/chrome';
import { SEED, readCorpus } from '../support/corpus';
import { corpusFiles } from '../support/expectedOutline';

// Session 27: the national 1994, 2000 and 2009 and 贵州/北京 2026 reports some tests below read are sealed for the figures
// but dev for the outline (test/fixtures/expected/split.json seals none of them), whose rules these tests witness; they
// stay, as outline-dev text. No outline test reads a report sealed for the outline.

describe('outline grammar on the seed (苏州 2021)', () => {
  const text = readCorpus(SEED);
  const lines = text.split('\n');
  const { outline, chromeLines } = analyzeReport(text);

  it('reads the three 一、 parts with 1. sections directly under them', () => {
    expect(outline.map((n) => `${n.marker}${n.title}`)).toEqual(['一、“十三五”时期和2020年工作回顾', '二、“十四五”时期的总体思路与目标任务', '三、2021年主要工作']);
    expect((outline[0] as OutlineNode).children.filter((c) => c.kind === 'section').map((c) => c.marker)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('titles a heading fused with its paragraph by its first sentence, without 。', () => {
    const s1 = sectionsOf(outline[0])[0] as OutlineNode;
    expect(s1.title).toBe('疫情防控展现新担当');
    expect(lines[s1.selectionRange.start.line]?.slice(s1.selectionRange.start.character, s1.selectionRange.end.character)).toBe('1.疫情防控展现新担当');
  });

  it('makes the bold-style lead sentence “创新动能持续增强。” a sub-heading of section 2', () => {
    const s2 = sectionsOf(outline[0])[1] as OutlineNode;
    const lead = s2.children.find((c) => c.kind === 'lead');
    expect(lead?.title).toBe('创新动能持续增强');
    expect(lead?.level).toBe(3);
    expect(lines[lead?.selectionRange.start.line ?? -1]?.startsWith('创新动能持续增强。')).toBe(true);
  });

  // Every section of the review opens a later paragraph with an outcome of the same shape (subject + how it went): each
  // is a lead, the long ones too. A session-25 rule that a lone lead must name an action dropped 对内对外开放进一步深化
  // while its shorter siblings stayed (review27); the rule was reverted.
  it('keeps the review sections\' outcome leads, long and short alike', () => {
    const leadsOf = (i: number): string[] => (sectionsOf(outline[0])[i] as OutlineNode).children.filter((c) => c.kind === 'lead').map((c) => c.title);
    expect(leadsOf(1)).toEqual(['创新动能持续增强']);
    expect(leadsOf(2)).toEqual(['对内对外开放进一步深化']);
    expect(leadsOf(3)).toEqual(['乡村振兴纵深推进']);
  });

  it('makes the four parallel “五年来，A，B，C。” sentences leads of part 一, before its sections', () => {
    const leads = (outline[0] as OutlineNode).children.filter((c) => c.kind === 'lead');
    expect(leads.map((c) => `${c.level} ${c.title}`)).toEqual([
      '2 五年来，经济发展量质齐升，创新转型持续深化，综合实力显著增强',
      '2 五年来，城乡统筹步伐加快，民生福祉持续增进，百姓生活日益康富',
      '2 五年来，污染防治成效明显，生态建设持续加强，人居环境更加优美',
      '2 五年来，社会治理深入推进，安全稳定持续巩固，文明程度显著提高',
    ]);
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

describe('page chrome', () => {
  it('drops a site’s credits (版权所有:河北省人民政府) but never a body sentence that mentions 技术支持 or 主办单位', () => {
    const hebei = readCorpus('local/hebei-2010.txt').split('\n');
    expect(analyzeReport(hebei.join('\n')).chromeLines).toContain(hebei.findIndex((l) => l.includes('版权所有')));
    expect(isChromeLine('版权所有 © 2021 某市人民政府办公室')).toBe(true);
    expect(isChromeLine('二要加快技术进步。为传统产业升级提供技术支持。')).toBe(false);
    expect(isChromeLine('各承办单位要认真办理代表建议和政协提案，主办单位要负总责。')).toBe(false);
  });
});

describe('page chrome split over lines', () => {
  // A thirteenth trial: 河北省 2022 from the Hebei archive ends in the page's credits with label and value on two lines
  // (责任编辑 / ：吴丽芳 … 技术支持： / 长城新媒体集团); 长城新媒体集团 read as a lead heading under （十）. The same site's
  // 2021 page (dev) with that ending, as the 2022 page writes it:
  it('drops a credit whose value stands on the line after its label, and nothing of the report', () => {
    const report = readCorpus('local/hebei-2021.txt').trimEnd();
    const credits = ['责任编辑', '：吴丽芳', '相关新闻', '网站地图', '技术支持：', '长城新媒体集团'];
    const text = `${report}\n${credits.join('\n')}\n`;
    const titles = (t: string): string[] => flattenOutline(analyzeReport(t).outline).map(({ node }) => node.title);
    expect(titles(text)).toEqual(titles(report));
    const lines = text.split('\n');
    expect(analyzeReport(text).chromeLines).toEqual(expect.arrayContaining([lines.lastIndexOf('技术支持：'), lines.lastIndexOf('长城新媒体集团'), lines.lastIndexOf('：吴丽芳')]));
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

  it('nests 一、 under unnumbered part headings, and keeps 结束语 out of the parts (national 1982)', () => {
    const { outline } = analyzeReport(readCorpus('national/1982.txt'));
    expect(outline.map((n) => n.title)).toEqual(['第六个五年计划的基本任务', '六五计划前两年的执行情况', '全面实现六五计划的主要措施']);
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

  // trial18: the copy's own title block (政府工作报告 / 2021年02月19日 / ——…会议上 / 省长 … / a photo caption), worded
  // otherwise than the first copy's, stood outside the copy: coloured as headings, above the copy's fold.
  it('starts the second copy at its own title block (hebei-2010, hebei-2021)', () => {
    for (const file of ['local/hebei-2010.txt', 'local/hebei-2021.txt']) {
      const text = readCorpus(file);
      const lines = text.split(/\r?\n/u);
      const copy = analyzeReport(text).duplicateFromLine as number;
      expect(lines[copy]?.trim(), file).toBe('政府工作报告');
      // The block runs from there to the copy's 各位代表 in a few lines, and the line before it is no title.
      const salutation = lines.findIndex((l, i) => i > copy && l.trim().startsWith('各位代表'));
      expect(salutation - copy, file).toBeGreaterThan(3);
      expect(salutation - copy, file).toBeLessThan(10);
      expect(lines[copy - 1]?.trim(), file).not.toMatch(/政府工作报告|会议上/u);
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

/**
 * Excerpts of real corpus reports (whole lines, so line numbers stay the report's own): the layouts of issue 9.
 * Every excerpt keeps the report's salutation line (line 0) so the body starts as in the report.
 */
describe('older national layouts, lead series and list items (issue 9)', () => {
  const excerpt = (file: string, ...ranges: Array<[number, number]>): string => {
    const lines = readCorpus(file).split('\n');
    // Lines outside the ranges become blank lines, so every kept line keeps its own number.
    const keep = (i: number): boolean => i === 0 || ranges.some(([a, b]) => i >= a && i < b);
    return lines.map((l, i) => (keep(i) ? l : '')).join('\n');
  };
  const show = (n: OutlineNode): string => `${n.selectionRange.start.line} ${n.level} ${n.marker}${n.title}`;
  const all = (text: string): string[] => flattenOutline(analyzeReport(text).outline).map(({ node }) => show(node));

  it('reads a bold lead left on its own line after an indent-only line; the body line below is not its title (1994)', () => {
    const text = excerpt('national/1994.txt', [8, 37]);
    const part = analyzeReport(text).outline[0] as OutlineNode;
    expect(part.children.map(show)).toEqual(['14 2 国民经济快速增长', '18 2 改革开放取得新的进展', '22 2 各项社会事业进一步发展', '26 2 城乡人民生活继续改善']);
    expect(part.children.every((c) => c.selectionRange.end.line === c.selectionRange.start.line)).toBe(true);
    // “科技事业在深化改革中取得新的进步。” opens the body of lead 22: not a lead of its own.
    expect(all(text).some((n) => n.includes('科技事业'))).toBe(false);
  });

  it('still reads those leads when the indent-only lines are gone: a one-sentence line right above a longer body (1994)', () => {
    const text = excerpt('national/1994.txt', [8, 37])
      .split('\n')
      .map((l) => (/^\u3000+$/.test(l) ? '' : l))
      .join('\n');
    expect((analyzeReport(text).outline[0] as OutlineNode).children.map((c) => c.title)).toEqual(['国民经济快速增长', '改革开放取得新的进展', '各项社会事业进一步发展', '城乡人民生活继续改善']);
  });

  it('titles a bold 一是 left alone on its line by the next line, and nests the list under the lead it follows (2000)', () => {
    const part = analyzeReport(excerpt('national/2000.txt', [43, 82])).outline[0] as OutlineNode;
    expect(part.children.map(show)).toEqual(['49 2 继续实施积极的财政政策', '69 2 进一步发挥货币政策的作用']);
    const points = (part.children[0] as OutlineNode).children;
    expect(points.map((c) => `${c.level} ${c.marker}`)).toEqual(['3 一是', '3 二是', '3 三是']);
    expect(points[0]?.title.startsWith('发行1000亿元长期国债')).toBe(true);
    expect(points[0]?.selectionRange.start.line).toBe(55);
  });

  it('keeps 第一，…第六， beside the 一是 points before them, and a bold lead after them beside both (1997 part 三)', () => {
    const part = analyzeReport(excerpt('national/1997.txt', [100, 157])).outline[0] as OutlineNode;
    expect(part.children.map((c) => `${c.level} ${c.marker || c.title}`)).toEqual([
      '2 一是', '2 二是', '2 三是', '2 第一，', '2 第二，', '2 第三，', '2 第四，', '2 第五，', '2 第六，', '2 积极推进社会保障制度改革', '2 其他方面的改革也要积极进行',
    ]);
    expect(part.children[1]?.title).toBe('结构调整不适应市场需求的变化');
  });

  it('reads “五年来，…” lines as topics of the unnumbered part, flush lead lines under them, and a ；-list as no sections (1988)', () => {
    const outline = analyzeReport(excerpt('national/1988.txt', [8, 161])).outline;
    expect(outline.map(show)).toEqual(['8 1 过去五年国内工作的基本总结']);
    const part = outline[0] as OutlineNode;
    const topic = part.children[0] as OutlineNode;
    expect(show(topic)).toBe('15 2 五年来，在改革开放的推动下，我国国民经济持续发展，总的形势是很好的');
    expect(topic.children.map(show)).toEqual(['18 3 国家经济实力继续得到显著增强', '22 3 国民经济的重大比例关系进一步趋于协调，宏观经济效益有了提高', '26 3 城乡人民生活进一步改善']);
    // The indented “一、继续坚持…；” … “五、…” (lines 107-115) are price measures inside a paragraph run; 一、…五、 from line 126 are sections.
    expect(part.children.filter((c) => c.marker).map((c) => `${c.selectionRange.start.line} ${c.level} ${c.marker}`)).toEqual(['126 2 一、', '133 2 二、', '140 2 三、', '147 2 四、', '154 2 五、']);
  });

  it('does not read the items 四、 of lists inside a section as the next part, but finds the real part 四、 (1955)', () => {
    const outline = analyzeReport(excerpt('national/1955.txt', [20, 35], [51, 53], [222, 330], [738, 745])).outline;
    expect(outline.map(show)).toEqual(['20 1 一、国家在过渡时期的总任务', '51 1 二、第一个五年计划概要', '222 1 三、第一個五年計劃的若幹問題', '740 1 四、为完成和超额完成第一个五年计划而奋斗']);
    const s1 = (outline[2] as OutlineNode).children[0] as OutlineNode;
    expect(s1.children.map((c) => c.marker)).toEqual(['第一，', '第二，', '第三，', '第四，', '第五，', '第六，']);
  });

  it('takes a lone lead-like first sentence directly under a part for prose, a series of them for leads (1955, 2011)', () => {
    // 1955 line 33 “大工业是建立社会主义社会的物质基础。…” stands alone among the prose of part 一.
    expect((analyzeReport(excerpt('national/1955.txt', [20, 51])).outline[0] as OutlineNode).children).toEqual([]);
    // 2011 lines 13-19 “这五年，X。…” open four paragraphs in a row.
    const part = analyzeReport(excerpt('national/2011.txt', [8, 23])).outline[0] as OutlineNode;
    expect(part.children.map(show)).toEqual(['13 2 这五年，我国社会生产力、综合国力显着提高', '15 2 这五年，各项社会事业加快发展、人民生活明显改善', '17 2 这五年，改革开放取得重大进展', '19 2 这五年，我国国际地位和影响力显着提高']);
  });

  it('keeps 结束语 and the closing remarks out of the outline (1994)', () => {
    const text = excerpt('national/1994.txt', [236, 262]);
    expect(all(text)).toEqual(['236 1 七、关于外交工作']);
  });
});

/** Round 2 of issue 9: point runs, lead pairs, announcements, compact layouts (real corpus lines, as above). */
describe('point runs, lead pairs, bold announcements and compact layouts (issue 9)', () => {
  const excerpt = (file: string, ...ranges: Array<[number, number]>): string => {
    const lines = readCorpus(file).split('\n');
    const keep = (i: number): boolean => i === 0 || ranges.some(([a, b]) => i >= a && i < b);
    return lines.map((l, i) => (keep(i) ? l : '')).join('\n');
  };
  const show = (n: OutlineNode): string => `${n.selectionRange.start.line} ${n.level} ${n.marker}${n.title}`;
  const section = (text: string, line: number): OutlineNode | undefined =>
    flattenOutline(analyzeReport(text).outline).find(({ node }) => node.selectionRange.start.line === line)?.node;

  it('closes a 一是 list with the lead after its last point, and keeps leads between points under the point (2009, 2015)', () => {
    // 2009 （四）: 一是…五是 are one paragraph each, under the one-sentence lead over them (listLeads.ts); “大力推进科技
    // 创新。…” after 五是 is the section's next topic.
    const s4 = section(excerpt('national/2009.txt', [102, 103], [125, 126], [134, 135], [155, 156], [182, 183], [225, 270]), 225) as OutlineNode;
    expect(s4.children.filter((c) => c.kind === 'lead').map(show)).toEqual(['228 3 今年要围绕保增长、促升级，重点抓好工业结构调整', '240 3 大力推进科技创新', '252 3 毫不松懈地加强节能减排和生态环保工作', '262 3 全面提高产品质量和安全生产水平']);
    // 2009 （六）: “加快完善社会保障体系。” after 一是…五是 of the 就业 lead; a two-clause lead of 20 characters.
    const s6 = section(excerpt('national/2009.txt', [102, 103], [125, 126], [134, 135], [155, 156], [182, 183], [225, 226], [278, 279], [315, 400]), 315) as OutlineNode;
    expect(s6.children.filter((c) => c.kind === 'lead').map(show)).toEqual(
      expect.arrayContaining(['320 3 千方百计促进就业', '336 3 加快完善社会保障体系', '350 3 坚持优先发展教育事业', '364 3 推进医药卫生事业改革发展', '384 3 做好人口和计划生育工作，稳定低生育水平']),
    );
    // 2015 part 一: 二是 follows the lead, so the lead is 一是's.
    const part = analyzeReport(excerpt('national/2015.txt', [8, 30])).outline[0] as OutlineNode;
    expect(part.children.map(show)).toEqual(['17 2 一是在区间调控基础上实施定向调控，保持经济稳定增长', '21 2 二是深化改革开放，激发经济社会发展活力', '29 2 三是加大结构调整力度，增强发展后劲']);
    expect((part.children[0] as OutlineNode).children.map(show)).toEqual(['19 3 有效实施积极的财政政策和稳健的货币政策']);
  });

  it('reads 一要…五要 opening paragraphs as points, after a 一是 list that they restart (2009 （三）)', () => {
    const s3 = section(excerpt('national/2009.txt', [102, 103], [125, 126], [134, 135], [155, 156], [182, 223]), 182) as OutlineNode;
    expect(s3.children.filter((c) => c.kind === 'point').map((c) => `${c.level} ${c.marker}`)).toEqual([
      '3 一是', '3 二是', '3 三是', '3 四是', '3 五是', '3 一要', '3 二要', '3 三要', '3 四要', '3 五要',
    ]);
    expect(s3.children.find((c) => c.marker === '二要')?.title).toBe('较大幅度提高粮食最低收购价，保持农产品价格合理水平，提高种粮农民积极性');
  });

  it('takes a pair of long lead-like statements under a part for prose, a pair of short ones for leads (1955, 2011)', () => {
    // 1955 lines 212/214 and 783/785: two statements in a row, 23–25 characters, in parts without leads.
    const outline = analyzeReport(excerpt('national/1955.txt', [51, 222], [740, 800])).outline;
    expect(outline.map((n) => `${n.marker} ${n.children.length}`)).toEqual(['二、 0', '四、 0']);
    // 2011 part 三: “继续实施积极的财政政策。” / “实施稳健的货币政策。” before the sections.
    const part = analyzeReport(excerpt('national/2011.txt', [162, 163], [191, 224])).outline[1] as OutlineNode;
    expect(part.children.map(show)).toEqual(['210 2 继续实施积极的财政政策', '212 2 实施稳健的货币政策']);
  });

  // Two-clause leads run to 20 characters now (“做好人口和计划生育工作，稳定低生育水平。”); 最近， opens news, not a lead.
  it('does not read news sentences of the foreign-affairs part, one opening with 最近，, as a lead series (1988)', () => {
    const part = analyzeReport(excerpt('national/1988.txt', [370, 392])).outline[0] as OutlineNode;
    expect(show(part)).toBe('370 1 关于外交工作');
    expect(part.children).toEqual([]);
  });

  it('gives the 一是 points announced by a bold line after the sections to the part, not to the last section (2011)', () => {
    const part = analyzeReport(excerpt('national/2011.txt', [8, 9], [33, 34], [50, 51], [63, 64], [82, 83], [97, 161])).outline[0] as OutlineNode;
    expect(part.children.slice(4).map(show)).toEqual([
      '97 2 （五）加快发展社会事业，切实保障和改善民生',
      '139 2 一是必须坚持科学发展',
      '145 2 二是必须坚持政府调控与市场机制有机统一',
      '151 2 三是必须坚持统筹国内国际两个大局',
      '155 2 四是必须坚持把改革开放作为经济社会发展的根本动力',
    ]);
  });

  it('does not take the body line under a bold “三是X。” line for a lead (2000 part 八)', () => {
    const part = analyzeReport(excerpt('national/2000.txt', [0, 300])).outline.find((n) => n.marker === '八、') as OutlineNode;
    expect(part.children.map(show)).toEqual(['281 2 进一步加强廉政建设和反腐败斗争', '297 2 厉行勤俭节约，反对奢侈浪费']);
    expect((part.children[0] as OutlineNode).children.map((c) => c.marker)).toEqual(['一是', '二是', '三是']);
    // Line 294 “重点解决群众关心和反映强烈的突出问题。…” is the body of 三是 (line 293), at no level a lead.
    expect(flattenOutline([part]).some(({ node }) => node.title.startsWith('重点解决'))).toBe(false);
  });

  it('reads unnumbered parts on lines of their own when the report has no blank lines, 一、 nested under them (1982)', () => {
    // The same report scraped one paragraph per line, as the provincial 2026 reports are: no blank line sets a heading apart.
    const text = readCorpus('national/1982.txt')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n');
    const { outline } = analyzeReport(text);
    expect(outline.map((n) => `${n.level} ${n.title}`)).toEqual(['1 第六个五年计划的基本任务', '1 六五计划前两年的执行情况', '1 全面实现六五计划的主要措施']);
    expect((outline[0] as OutlineNode).children.filter((c) => c.marker).map((c) => `${c.level} ${c.marker}`)).toEqual(['2 一、', '2 二、', '2 三、', '2 四、', '2 五、', '2 六、']);
    expect((outline[2] as OutlineNode).children.filter((c) => c.marker).map((c) => `${c.level} ${c.marker}`)).toEqual(['2 第一、', '2 第二、', '2 第三、', '2 第四、']);
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
          // A marker the page broke over two lines (“（” / “三）…”, a portal text of the src32 source) is still the start of
          // its selection: the selection spans the break, so the selected text is read with its line breaks taken out.
          const selected = lines
            .slice(n.selectionRange.start.line, n.selectionRange.end.line + 1)
            .map((l) => l.replace(/\r$/, ''))
            .join('')
            .slice(n.selectionRange.start.character);
          if (n.marker) expect((n.selectionRange.end.line > n.selectionRange.start.line ? selected : line.slice(n.selectionRange.start.character)).startsWith(n.marker), `${file}:${n.selectionRange.start.line} ${n.marker}`).toBe(true);
          check(n.children, n);
        });
      };
      check(analyzeReport(text).outline, null);
    });
  }
});

describe('leads that vary inside their series (issue 9)', () => {
  const nodes = (file: string) => flattenOutline(analyzeReport(readCorpus(file)).outline).map(({ node }) => node);
  const lineOf = (file: string, start: string): number => readCorpus(file).split('\n').findIndex((l) => l.startsWith(start));

  it('takes standalone lines that alternate with body paragraphs and open alike as a series of sub-headings (guangdong 这是…的五年。)', () => {
    const file = 'local/guangdong-2026.txt';
    const leads = nodes(file).filter((n) => n.kind === 'lead' && n.title.startsWith('这是') && n.title.endsWith('的五年'));
    expect(leads.length).toBeGreaterThanOrEqual(6);
    // Each title is its own line, and the body line after it is not part of any title.
    for (const l of leads) expect(readCorpus(file).split('\n')[l.selectionRange.start.line]?.trim()).toBe(`${l.title}。`);
    expect(new Set(leads.map((l) => l.level)).size).toBe(1);
  });

  it('beside leads, takes a longer lead with one comma or a bracketed word, but not an arguing sentence', () => {
    const anhui = 'local/安徽省-2026.txt';
    const long = nodes(anhui).find((n) => n.selectionRange.start.line === lineOf(anhui, '以深入推进长三角一体化发展为牵引'));
    expect(long?.kind).toBe('lead');
    const guizhou = 'local/贵州省-2026.txt';
    const bracketed = nodes(guizhou).find((n) => n.selectionRange.start.line === lineOf(guizhou, '大力培育规上（限上）企业和上市公司'));
    expect(bracketed?.title).toBe('大力培育规上（限上）企业和上市公司');
    const hunan = 'local/湖南省-2026.txt';
    const argued = lineOf(hunan, '促进“两个融合”是彰显文化身份');
    expect(argued).toBeGreaterThan(0);
    expect(nodes(hunan).some((n) => n.selectionRange.start.line === argued)).toBe(false);
  });

  it('takes a lead whose items are joined by 、 (加快促进重点产业、重点产品、重点集群、重点企业跨越式发展)', () => {
    const file = 'local/guangdong-2026.txt';
    const at = lineOf(file, '加快促进重点产业、重点产品');
    expect(nodes(file).find((n) => n.selectionRange.start.line === at)?.kind).toBe('lead');
  });
});

/** The numbered sections of a part (its leads and points left out). */
function sectionsOf(part: OutlineNode | undefined): OutlineNode[] {
  return (part?.children ?? []).filter((c) => c.kind === 'section');
}

function cmp(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
