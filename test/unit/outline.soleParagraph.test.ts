import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

// 河北 2007 (yver-sun/gaoyang-towel-resilience data/government_reports/河北省_2007_report.txt), lines 111–124 as the page
// set them (a space after the first character of most paragraphs, no blank lines), each paragraph cut after a whole
// sentence, with the opening before them: part 四's ordinals 第一，…第三， stand alone on their lines; 第二， is over one
// paragraph, 第一， over three that open with leads.
const HEBEI_2007_EXCERPT = [
  '各位代表：',
  '现在，我代表省人民政府，向大会作政府工作报告，请予审议，并请省政协委员和列席会议的同志提出意见。',
  '四、推进改革开放和科技创新',
  '实现经济社会更好更快发展，根本途径在于改革开放、科技创新。要加强对改革开放的总体指导和综合协调，加大科技创新力度，努力在一些重要领域和关键环节取得突破。',
  '第一，着力推进重点领域改革，为科学发展提供体制机制保障',
  '以产权制度改革为重点，加快推进国有企业改革。突出抓好国有大型企业战略重组和产权制度改革，完成石钢整体公司制改造，推进华药集团合作重组。',
  '以 转变政府职能为重点，积极推进行政管理体制改革。',
  '以 提高要素利用效能为重点，大力推进现代市场体系建设。积极发展土地、技术和劳动力等要素市场，切实加强资本市场建设。',
  '第二，进一步优化发展环境，推进民营经济快速健康发展',
  '毫 不动摇地鼓励支持和引导民营经济发展。中小企业是民营经济的主体，要着力抓好政策落实，推动制定我省中小企业促进条例，制定实施中小企业成长工程若干意 见。支持千家成长型民营企业加快发展，支持百家规模型民营企业做大做强。',
  '第三，加强科技创新，推进创新型河北建设',
  '科学技术是提升综合竞争力的决定性因素。要深入实施“十一五”科技发展规划，加快建立以企业为主体、市场为导向、产学研相结合的技术创新体系。',
].join('\n');

describe('the one paragraph of a section whose heading stands alone', () => {
  it('opens with no lead: the heading titles it (dev national 2005 part 六, 第三， and 第六，)', () => {
    const text = readCorpus('national/2005.txt');
    expect(nodeAtLine(text, '第三，改进经济管理方式方法。')).toMatchObject({ kind: 'section', level: 2 });
    expect(nodeAtLine(text, '要彻底改变计划经济的传统观念和做法。')).toBeUndefined();
    // The last section's paragraph is closed by the deputies addressed.
    expect(nodeAtLine(text, '坚持以人为本、执政为民。')).toBeUndefined();
  });

  it('reads the same layout outside the corpus (河北 2007 第二，)', () => {
    expect(nodeAtLine(HEBEI_2007_EXCERPT, '毫 不动摇地鼓励支持')).toBeUndefined();
  });

  it('keeps the leads of a standalone section with several paragraphs, and the lead after a fused heading (dev 2008 （一）, 2018 （一）)', () => {
    expect(nodeAtLine(readCorpus('national/2008.txt'), '合理安排财政超收收入。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAtLine(readCorpus('national/2018.txt'), '坚持实施积极的财政政策和稳健的货币政策。')).toMatchObject({ kind: 'lead', level: 3 });
  });
});
