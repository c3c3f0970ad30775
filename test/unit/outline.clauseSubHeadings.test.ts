import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A part with no numbered sections set out in groups of fused leads, each group under an unnumbered line of clauses
 * with no stop (leadReader.ts headsLeadParagraphs): the line is the group's sub-heading, not a sentence the page cut,
 * so the lead right after it is found as its siblings are. Free outside text of /work/outside/src27/SOURCES.md
 * (Jianzi270/zizhengLLM @61a35a3): 南山区 2021 lines 0–13, paragraphs cut after two sentences. 罗湖区 2017 part 一 sets
 * the same groups under ——X lines, which were read already.
 */
const NANSHAN_2021 = [
  '各位代表：',
  '　　现在，我代表南山区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。　　',
  '过去五年工作回顾',
  '　　过去五年，南山区坚定沿着习近平总书记指引的方向奋勇前进。五年来，我们始终牢记嘱托、勇担使命，在市委市政府和区委的坚强领导下，在区人大、区政协的监督支持下，城区综合实力连续四年居全国百强区榜首，荣获三次国务院督查激励、两次通报表扬，连续三年上榜入围“中国最具幸福感城区”，荣获两项国家级生态文明殊荣、“2020年度地方政府责任创新”奖，较好实现了党中央提出的“更高质量、更有效率、更加公平、更可持续、更为安全的发展”。',
  '　　过去五年，我们坚定不移走创新发展之路，城区发展更高质量',
  '　　经济体量更大。本地生产总值高位竞进，超过6500亿元，超额完成“十三五”规划目标，总量稳居全省区（县）第一。',
  '　　经济结构更优。二三产比例从2015年的46.95:53.03调整至30.8:69.2。',
  '　　经济活力更强。创新活力方面，国家战略科技力量鹏城实验室落地南山，初步建成了以“鹏城云脑”为代表的大科学基础设施。',
  '　　过去五年，我们全面深化改革扩大开放，城区发展更有效率',
  '　　以改革提效能。着力提升生态治理效能，创造性开挖丽水河、燕清溪，铁桶般保护西丽水库，释放土地空间超过4平方公里。',
  '　　以开放提效率。努力让更多高端资源走进来，成为发展新动力。',
  '　　过去五年，我们始终坚持以人民为中心，城区发展更加公平',
  '　　发展更加平衡。高标准编制国土空间分区规划，产业谋划、城区规划一体推进。',
  '　　发展机会更加均等。实施优质均衡教育，让孩子们拥有更多梦想成真的机会。',
].join('\n');

describe('unnumbered clause lines over groups of fused leads', () => {
  // Since outline35 (topicLines.ts) the lines are the part's topics and the leads of their groups stand under them, as
  // the leads under 1988's standalone “五年来，…” lines do (test/fixtures/expected/national__1988.outline.tsv); they
  // stood beside the lines before.
  it('are sub-headings, and the first lead under each is found (南山区 2021 过去五年工作回顾)', () => {
    const part = analyzeReport(NANSHAN_2021).outline[0];
    const tree = (nodes: NonNullable<typeof part>['children']): string[] =>
      nodes.flatMap((c) => [`${c.selectionRange.start.line} ${c.level} ${c.title}`, ...tree(c.children)]);
    expect(tree(part?.children ?? [])).toEqual([
      '4 2 过去五年，我们坚定不移走创新发展之路，城区发展更高质量',
      '5 3 经济体量更大',
      '6 3 经济结构更优',
      '7 3 经济活力更强',
      '8 2 过去五年，我们全面深化改革扩大开放，城区发展更有效率',
      '9 3 以改革提效能',
      '10 3 以开放提效率',
      '11 2 过去五年，我们始终坚持以人民为中心，城区发展更加公平',
      '12 3 发展更加平衡',
      '13 3 发展机会更加均等',
    ]);
    expect(part?.children[1]?.children.map((c) => c.kind)).toEqual(['lead', 'lead']);
  });
});
