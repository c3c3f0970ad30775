import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * Sub-level outline rules found by reading reports outside the corpus (session 21): national years of
 * aldohemsn/chinese-political-corpora (government_work_reports.jsonl), provincial 2026 reports of
 * johncodes404/china-provincial-gov-reports-2026 and the Hebei archive of yver-sun/gaoyang-towel-resilience. Each test
 * carries the excerpt it reads and checks a corpus report where one has the layout the rule must leave alone.
 */

const at = nodeAtLine;

// national 2004 (wikisource), lines 8–17, blank lines between paragraphs.
const NATIONAL_2004_EXCERPT = [
  '一、一年来工作回顾',
  '',
  '过去的一年，是我国发展进程中重要而非同寻常的一年，是改革开放和社会主义现代化建设取得显著成就的一年。',
  '',
  '———抗击非典取得重大胜利。',
  '',
  '———经济快速发展。国内生产总值比上年增长9.1%，达到11.67万亿元；按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。',
  '',
  '———国家财力明显增强。全国财政收入达到2.17万亿元，比上年增加2787亿元。',
  '',
].join('\n');

// 河北 2009 (Hebei archive), lines 45–50 (long lines cut after their second sentence): a space after the dash.
const HEBEI_2009_EXCERPT = [
  '一、2008年工作回顾',
  '刚刚过去的一年是很不寻常、很不平凡的一年。面对复杂多变的国内外形势和诸多不利因素，我们在党中央、国务院的坚强领导下，坚持以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观，按照省委的部署，以解放思想为动力，积极应对各种困难和挑战，全力推进经济社会又好又快发展，较好地完成了省十一届人大一次会议确定的目标任务。',
  '——— 经济总体保持平稳较快发展。初步预计，全省生产总值完成16000亿元左右，比上年增长10%以上，全部财政收入完成1820.8亿元，增长19.1%，其中地方一般预算收入完成944.6亿元，增长19.7%。',
  '——— 投资消费较快增长。把扩大投资作为调结构、促发展、增后劲的着力点，加大项目建设协调力度，优化投资结构，保持了投资规模的较快增长。',
  '——— 节能减排和环境保护取得积极进展。围绕重点行业、重点企业和重点领域，大力实施“双三十”示范工程，加快推进十大节能工程建设，严格控制高耗能、高污染项目，淘汰了一批落后产能。',
  '——— 重点领域改革和对外开放扎实推进。针对我省国有资产布局分散的问题，加大省属国有企业整合重组力度，组建了河北钢铁集团、冀中能源集团、高速公路建设集团。',
].join('\n');

describe('dash leads drawn with three em dashes', () => {
  it('takes all three dashes as the marker, none into the title (national 2004, 河北 2009)', () => {
    expect(at(NATIONAL_2004_EXCERPT, '———抗击非典取得重大胜利。')).toMatchObject({ kind: 'lead', level: 2, marker: '———', title: '抗击非典取得重大胜利' });
    expect(at(NATIONAL_2004_EXCERPT, '———经济快速发展。')).toMatchObject({ title: '经济快速发展' });
    expect(at(HEBEI_2009_EXCERPT, '——— 投资消费较快增长。')).toMatchObject({ kind: 'lead', level: 2, title: '投资消费较快增长' });
  });

  it('still reads the two-dash leads of the corpus (national 2005 “——必须坚持树立和落实科学发展观。”)', () => {
    expect(at(readCorpus('national/2005.txt'), '——必须坚持树立和落实科学发展观')).toMatchObject({ kind: 'lead', marker: '——', title: '必须坚持树立和落实科学发展观' });
  });
});
