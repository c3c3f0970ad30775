import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { buildDocument, contentOf } from '../../src/core/text/document';
import { nodeAtLine } from '../support/outlineNodes';
import { ZHENGLAN_2019 } from '../support/pages';

/** 佛山 2017 from the same site (pages/022): “bhg”, and an unnumbered part name. */
const FOSHAN_2017 = [
  '政府工作报告bhg',
  '2017年1月10日在佛山市第十五届人民代表大会第一次会议上bhg',
  '佛山市市长 朱伟bhg',
  '各位代表:bhg',
  '现在,我代表市人民政府,向大会报告政府工作,请予审议,并请各位政协委员和',
  '其他列席人员提出意见。bhg',
  '过去五年和2016年工作回顾bhg',
  '本届政府任期的五年,是佛山适应和引领经济发展新常态、转型发展开启新局面、',
  '城市综合竞争力不断提升的五年。面对复杂的经济形势和艰巨的改革发展任务,市政府',
  '在省委、省政府和市委的坚强领导下,在市人大、市政协的监督支持下,奋发有为、攻',
  '坚克难,扎实推进稳增长、调结构、促改革、惠民生、防风险各项工作,顺利完成各项',
  '目标任务,经济社会发展实现新跨越。bhg',
  '五年来,我们大力推进产业转型升级,经济综合实力不断迈上新台阶。地区生产总',
  '值从2011年6580.28亿元预计提高到2016年8600亿元,五年跨越两个千亿元台阶,年均增',
  '长8.5%;规模以上工业总产值从1.44万亿元提高到2.06万亿元,年均增长9.9%;全社会固',
  '定资产投资从1933.96亿元提高到3490.85亿元,年均增长12.5%; 社会消费品零售总额',
  '从1810.27亿元提高到3024.43亿元,年均增长10.8%;地方一般公共预算收入从341.73亿',
  '元提高到602亿元,年均增长12%。经济结构持续优化,三次产业比重由2011年1.9:62.',
].join('\n');

describe('a page watermark after many line ends', () => {
  it('is left out of the lines’ content (正蓝旗 2019: vfO)', () => {
    const doc = buildDocument(ZHENGLAN_2019);
    expect(contentOf(doc.lines[6]!)).toBe('一、2018年工作回顾');
    expect(contentOf(doc.lines[5]!)).toBe('同志们提出意见。');
    // A line that goes on keeps its last word.
    expect(contentOf(doc.lines[4]!)).toBe('现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的');
  });

  it('leaves the part title clean and a part name on its own line a heading (正蓝旗 2019, 佛山 2017)', () => {
    expect(nodeAtLine(ZHENGLAN_2019, '一、2018年工作回顾')).toMatchObject({ kind: 'part', title: '2018年工作回顾' });
    expect(nodeAtLine(FOSHAN_2017, '过去五年和2016年工作回顾')).toMatchObject({ kind: 'part', level: 1, title: '过去五年和2016年工作回顾' });
    expect(analyzeReport(FOSHAN_2017).meta).toMatchObject({ speaker: '朱伟', year: 2017, place: '佛山市' });
  });

  it('leaves a line that is only the token as it is: counted as no mark, it is stripped as none (review14)', () => {
    const lines = ZHENGLAN_2019.split('\n');
    const doc = buildDocument([...lines.slice(0, 6), 'vfO', ...lines.slice(6)].join('\n'));
    // Emptied, the line would read as a blank and split the paragraph around it.
    expect(contentOf(doc.lines[6]!)).toBe('vfO');
    expect(contentOf(doc.lines[7]!)).toBe('一、2018年工作回顾');
  });

  it('is no watermark when few lines end with it (a line ending in GDP)', () => {
    const doc = buildDocument('各位代表:\n全市生产总值增长6%,高于全国GDP\n增速。\n');
    expect(contentOf(doc.lines[1]!)).toBe('全市生产总值增长6%,高于全国GDP');
  });
});
