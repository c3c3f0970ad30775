import type { OutlineNode } from '../../src/core';
import { describe, expect, it } from 'vitest';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * Outline rules found by reading reports outside the corpus (issue 9, session 28): the Shenzhen city and district
 * reports of Jianzi270/zizhengLLM @61a35a3 (data/gov_work_reports_sz_txt_cleaned/), free texts named in
 * /work/outside/src27/SOURCES.md. Each test carries a short real excerpt (long lines cut after a whole sentence).
 */

const at = nodeAtLine;

/** Titles of every node under the node on the line that starts with `start`. */
function titlesUnder(text: string, start: string): string[] {
  const walk = (n: OutlineNode): string[] => n.children.flatMap((c) => [c.title, ...walk(c)]);
  const node = at(text, start);
  if (!node) throw new Error(`no node on ${start}`);
  return walk(node);
}

// 罗湖区 2014, the last section of part 二, the closing and the glossary (lines 64–71, U+3000 indents).
const LUOHU_2014_END = [
  '各位代表：',
  '现在，我代表罗湖区人民政府，向大会报告工作，请予审议。',
  '一、2013年工作回顾',
  '　　一年来，我们坚持稳中求进，经济社会发展保持良好态势。',
  '二、2014年的发展目标和主要任务',
  '　　（六）突出治理，增强“法治罗湖”公信力',
  '　　善用法治“金钥匙”，转变政府职能，提升治理能力，践行群众路线，改进工作作风。',
  '　　让法治成为城区鲜明特质。用法治解决政府职能越位、错位和缺位问题。',
  '　　把权力关进制度笼子。改革政务监督，建立“权力清单”制度。',
  '　　抓作风打造廉洁政府。开展群众路线教育实践活动，严格落实中央八项规定。',
  '　　各位代表，时代有新要求，群众有新期待。',
  '　　《政府工作报告》名词解释',
  '　　1.九大类重点民生支出：指公共财政预算支出中占比重较大的教育、文化体育与传媒、社会保障和就业、医疗卫生等九大类支出。',
  '　　2.十大民生领域项目：指教育领域、文化体育领域、环保及环境工程、住房保障工程、交通改善工程等十大领域的项目。',
].join('\n');

// 盐田区 2021, the end of part “2021年发展形势和总体要求” and the glossary (lines 62–72).
const YANTIAN_2021_END = [
  '各位代表：',
  '现在，我代表盐田区人民政府，向大会报告工作，请予审议。',
  '一、2020年工作回顾',
  '　　一年来，我们统筹推进疫情防控和经济社会发展。',
  '二、2021年工作安排',
  '　　八是坚定不移全面从严治党，持之以恒加强政府自身建设。',
  '　　把政治建设摆在首位。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，严格落实第一议题制度。',
  '　　全面推进依法行政。自觉接受区人大及其常委会的法律监督、工作监督和区政协的民主监督。',
  '　　各位代表，奋斗创造历史，实干成就未来。',
  '政府工作报告名词、术语注释',
  '　　1.四个口子：中英街、沙头角口岸、盐田国际码头、盐田渔港。',
  '　　2.一核四区：以中英街、沙头角口岸、田心工业区等为核心，联动盐田港片区、海鲜街片区。',
  '　　3.工改保：工业用地改保障性住房项目。',
].join('\n');

describe('a glossary heading that names what it explains, without 附件', () => {
  it('opens a glossary block on “《政府工作报告》名词解释” (罗湖区 2014): its entries are no leads of the last section', () => {
    expect(at(LUOHU_2014_END, '《政府工作报告》名词解释')).toMatchObject({ kind: 'glossary', level: 1, title: '《政府工作报告》名词解释' });
    expect(titlesUnder(LUOHU_2014_END, '二、2014年')).not.toContain('九大类重点民生支出：指公共财政预算支出中占比重较大的教育、文化体育与传媒、社会保障和就业、医疗卫生等九大类支出');
    expect(titlesUnder(LUOHU_2014_END, '二、2014年').filter((t) => /^\d/.test(t))).toEqual([]);
  });

  it('opens a glossary block on “政府工作报告名词、术语注释” (盐田区 2016–2022): its 1. 2. 3. entries are no sections', () => {
    expect(at(YANTIAN_2021_END, '政府工作报告名词、术语注释')).toMatchObject({ kind: 'glossary', level: 1 });
    expect(outlineNodes(YANTIAN_2021_END).filter((n) => n.kind === 'part').map((n) => n.title)).toEqual(['2020年工作回顾', '2021年工作安排']);
    expect(titlesUnder(YANTIAN_2021_END, '二、2021年').filter((t) => t.startsWith('四个口子') || t.startsWith('一核四区'))).toEqual([]);
  });

  it('leaves a numbered annex list that names the glossary to its annex block (福田区 2016 “附件：/1. …名词、术语注释”)', () => {
    const text = [
      '各位代表：',
      '现在，我代表福田区人民政府，向大会报告工作，请予审议。',
      '一、2015年工作回顾',
      '　　一年来，我们坚持稳中求进。',
      '附件：',
      '1. 2016年区政府工作报告名词、术语注释',
      '2. 2015年区政府民生实事完成清单',
    ].join('\n');
    expect(outlineNodes(text).filter((n) => n.kind === 'glossary')).toEqual([]);
  });
});
