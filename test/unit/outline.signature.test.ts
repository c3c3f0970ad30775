import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs } from '../../src/core/text/paragraphs';
import { isSignatureLine } from '../../src/core/text/speakerLine';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * 保定 2023 as the gaoyang-towel-resilience repository keeps it (data/government_reports/, from district.ce.cn): a
 * scraper's header, the session line, the speaker's signature, then the first part's name with no salutation and no
 * blank line, and the paragraph that retells the speech. A new user's trial saw the whole review part missing.
 */
const BAODING_2023 = [
  '标题：2023年保定市政府工作报告',
  '发文单位：保定市人民政府',
  '发文时间：未知',
  '来源URL：http://district.ce.cn/newarea/roll/202303/06/t20230306_38427738.shtml',
  '',
  '正文：',
  '',
  '――2023年1月30日在保定市第十六届人民代表大会第四次会议上',
  '保定市人民政府市长 闫继红',
  '2022年政府工作回顾',
  '1月30日，市长闫继红在市十六届人大四次会议上作政府工作报告时说，刚刚过去的一年，是党和国家历史上极为重要的一年。我们与祖国同心同行，在习近平新时代中国特色社会主义思想指引下，在省委省政府和市委的坚强领导下，紧盯“五个走在前列”“两个新样板”目标要求，团结依靠全市人民，解放思想、奋发进取，埋头苦干、激情做事，在应对复杂局面中取得了新成绩，在推动高质量发展中赢得了新主动，现代化品质生活之城建设绽放出新颜值、跑出了加速度。',
  '一是经济运行稳中有进、稳中向好。落实国家、省稳经济政策措施，出台稳经济运行“1＋11＋1”政策体系，精准释放政策红利。全市生产总值增长3.8%，地方一般公共预算收入（扣除留抵退税因素）增长7.2%，规模以上工业增加值增长0.8%。',
  '二是协同发展纵深推进、全新突破。紧紧扭住承接北京非首都功能疏解“牛鼻子”，京雄保一体化发展取得新成效。对接合作更广，央企在保子公司新增25家、达到225家，总数居全省前列。',
].join('\n');

describe('the speaker’s signature ends the title block', () => {
  it('keeps the signature, the part name below it and the body apart (保定 2023)', () => {
    const texts = buildParagraphs(buildDocument(BAODING_2023)).map((p) => p.text);
    expect(texts).toContain('保定市人民政府市长 闫继红');
    expect(texts).toContain('2022年政府工作回顾');
  });

  it('gives the first part and its points (保定 2023)', () => {
    const part = nodeAtLine(BAODING_2023, '2022年政府工作回顾');
    expect(part?.title).toBe('2022年政府工作回顾');
    expect(part?.children.map((c) => c.title)).toEqual(['经济运行稳中有进、稳中向好', '协同发展纵深推进、全新突破']);
    expect(outlineNodes(BAODING_2023).some((n) => n.title.includes('闫继红'))).toBe(false);
  });

  it('reads a signature by its office, a space and a name, and nothing else', () => {
    expect(isSignatureLine('保定市人民政府市长 闫继红')).toBe(true);
    expect(isSignatureLine('武昌区人民政府区长 余 松')).toBe(true);
    expect(isSignatureLine('国务院总理 李克强')).toBe(true);
    // A sentence that names the mayor goes on; no space sets a name apart.
    expect(isSignatureLine('市长闫继红在市十六届人大四次会议上作政府工作报告')).toBe(false);
    expect(isSignatureLine('2022年政府工作回顾')).toBe(false);
  });
});
