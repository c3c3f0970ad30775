import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport } from '../../src/core';

/**
 * 南山区 2015 (Jianzi270/zizhengLLM @61a35a3, a free outside text of /work/outside/src27/SOURCES.md), lines 0–3, 35–36
 * and 41–55, long paragraphs cut after their second sentence. The year's targets are a ；-list of dash items, one a line;
 * the one item without a figure (——居民人均可支配收入与经济保持同步增长；) titles no body: it is an item of the list, not a
 * dash lead of the part. 南山区 2014 lists the same target in the same list.
 */
const NANSHAN_2015 = [
  '各位代表：',
  '　　现在，我代表南山区人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　2014年工作回顾',
  '　　2014年，面对复杂多变的外部经济环境和艰巨繁重的改革发展任务，在市委市政府和区委的坚强领导下，我们始终坚持质量引领、创新驱动，着力提升民生福利、环境品质，全面推进改革攻坚、作风转变，基本完成了区六届人大三次会议确定的主要目标任务。',
  '　　2015年工作安排',
  '　　2015年，是全面完成“十二五”规划的收官之年，是全面深化改革的关键之年，也是全面推进法治建设的开局之年，做好今年工作意义重大。前不久召开的区第六届党代会第二次会议，全面贯彻落实习近平总书记对深圳工作的重要批示和李克强总理视察深圳时的重要讲话精神，提出要在“四个全面”上下功夫，顺应新常态，增创新优势，全面建设宜居宜业的国际化海滨城区。',
  '　　综合研判国内外形势，统筹考虑稳增长、促改革、调结构、惠民生、防风险等各方面因素，今年全区经济社会发展主要目标是：',
  '　　——本地生产总值3800亿元，增长9.5%左右；',
  '　　——规模以上工业增加值2150亿元，增长8.5%；',
  '　　——第三产业增加值1650亿元，增长10%；',
  '　　——社会消费品零售总额616亿元，下降5%；',
  '　　——固定资产投资总额457亿元，增长10%；',
  '　　——进出口总额430亿美元，增长5%；',
  '　　——公共财政预算收入125亿元，增长9.7%；辖区税收610亿元，增长9.7%；',
  '　　——万元GDP能耗和水耗分别下降4.36%和5.6%；',
  '　　——居民人均可支配收入与经济保持同步增长；',
  '　　——居民登记失业率控制在3%以内。',
  '　　我们将重点抓好以下六方面工作：',
  '　　一、坚持创新驱动、标准支撑，加速迈进“质量时代”',
  '　　创建国家自主创新示范区核心区。提高基础创新能力，力争全社会研发投入占GDP比重达6%。',
  '　　打造国际创客中心。集聚高端创新资源，加快国际知识创新村建设，办好中科史太白国际创客学院。',
].join('\n');

const titles = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.title, ...titles(n.children)]);

describe('a dash item that is only a clause of a ；-list', () => {
  it('is no dash lead (南山区 2015 targets)', () => {
    const outline = analyzeReport(NANSHAN_2015).outline;
    expect(titles(outline)).not.toContain('居民人均可支配收入与经济保持同步增长');
    // The part and its first numbered section are read as before.
    expect(outline.map((n) => n.title)).toEqual(['2014年工作回顾', '2015年工作安排']);
    expect(outline[1]?.children.some((c) => c.marker === '一、')).toBe(true);
  });
});
