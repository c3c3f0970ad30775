import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';

/**
 * Bold lines that lost their bold (a line holding only the indent “\u3000\u3000” above them), in the national reports as
 * published online: what such a line is when it is not a lead. Excerpts of reports outside the corpus, as published.
 */

// 1979年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–2,
// 51–60 and 68–99; long paragraphs cut after a whole sentence.
const NATIONAL_1979_EXCERPT = [
  '各位代表：',
  '',
  '\u3000\u3000现在，我受国务院的委托，向全国人民代表大会报告政府工作。',
  '二、打好四个现代化的第一个战役',
  '',
  '',
  '\u3000\u3000中共十一届三中全会以后，国务院全面地分析了我国经济建设的现状，认为必须在前两年多经济恢复和发展取得巨大成就的基础上，从今年起集中三年的时间，认真搞好国民经济的调整、改革、整顿、提高，把它逐步纳入持久的按比例的高速度发展的轨道。',
  '',
  '\u3000\u3000在我国这样一个九亿多人口的大国实现四个现代化，是一件非常艰巨复杂的工作，进一步打好基础是今后顺利发展的重要前提。我们在建国以后的长时期努力中，已经为工业打下了重要的基础；农业的发展，在我国人口多耕地少的条件下，同样取得了很大的成绩。',
  '',
  '\u3000\u3000我们讲调整，就是要针对林彪、“四人帮”长期干扰破坏所造成的经济比例严重失调的状况，自觉调整比例关系，使农轻重和工业各部门能够比较协调地向前发展，使积累和消费之间保持合理的比例。',
  '',
  '（一）要使粮食生产和其他农副产品生产的发展同人口的增长和工业的发展比较适应。',
  '（五）在发展生产的基础上，要使全国农民从集体分得的平均收入和全国职工的平均工资继续有所提高。',
  '',
  '\u3000\u3000我们讲改革，就是要对现行经济管理体制坚决地有步骤地实行全面改革。目前我们经济管理体制的要害问题，就是在不少方面程度不等地违背了客观经济规律，在生产和流通领域中忽视了商品生产的价值法则，在分配领域中不能很好地体现按劳分配的原则。',
  '',
  '\u3000\u3000我们讲整顿，就是要把现有企业特别是一部分目前管理混乱的企业坚决整顿好。我们要实现四个现代化，当然要建设一批必要的新企业，但是主要必须依靠对大量的现有企业实行挖潜、革新、改造，使它们逐步接近或达到现代化的水平。',
  '',
  '\u3000\u3000我们讲提高，就是要大大提高生产水平、技术水平和管理水平。要使那些各项工作已经走上正轨的企业、包括工业、建筑业、交通运输业、农林牧渔业、商业和各项服务业，在改进产品质量和劳务质量、创造新产品和增加品种规格、降低物资消耗、提高劳动生产率和资金利用率等方面，都能努力按照现代化的要求，向前大大迈进一步。',
  '',
  '\u3000\u3000由此可见，调整、改革、整顿、提高的方针，是一个保证我国现代化事业真正能够脚踏实地地向前发展所必须采取的完全积极的方针。',
  '',
  '\u3000\u3000',
  '国务院认为，根据上述方针，当前我们发展国民经济的主要任务，是要着重抓好以下的十项工作。',
  '',
  '',
  '\u3000\u3000',
  '第一、',
  '坚持贯彻以农业为基础的指导思想，集中力量把农业搞上去。农业是整个国民经济的基础。农业在适合我国的条件下逐步实现现代化，将为我国的城镇和厂矿人口提供丰富的商品粮、肉食品和其他副食品，为轻纺工业和国内外市场提供越来越多的经济作物和其他原料，为整个工业提供日益繁荣的广阔市场，并且使农业、工业和科学技术日益相互依赖、相互融合地向前发展。',
  '',
  '\u3000\u3000目前我国亿万农民的生产积极性空前高涨，我们要不失时机地加强组织领导，搞好全国人民公社和公社以上各级的农业发展规划。国务院已经着手进行全国农业自然资源的普查和研究制定发展农业的区域规划。',
  '',
  '\u3000\u3000',
  '农村人民公社工作条例（试行草案）',
  '在经过试行以后，将在明年提请本届全国人民代表大会第三次会议审议通过。',
  '',
  '\u3000\u3000',
  '第二、',
  '采取坚决有力的措施，加快轻纺工业的发展。轻纺工业投资少，积累快。多发展轻纺工业，既能满足人民生活和对外贸易的需要，又能为现代化建设积累资金。',
  '',
  '\u3000\u3000',
  '第三、',
  '切实加强煤炭、石油、电力、交通运输和建筑材料工业，努力克服国民经济中的这些薄弱环节。为了尽快改变燃料动力严重不足的状况，我们必须一手抓增产，一手抓节约。',
  '',
].join('\n');

const nodes = (text: string): OutlineNode[] => flattenOutline(analyzeReport(text).outline).map(({ node }) => node);
const at = (text: string, start: string): OutlineNode | undefined => {
  const line = text.split('\n').findIndex((l) => l.replace(/^[\s\u3000]+/, '').startsWith(start));
  if (line < 0) throw new Error(`no line starts with ${start}`);
  return nodes(text).find((n) => n.selectionRange.start.line === line);
};

describe('bold lines that are no leads', () => {
  it('takes a bold line announcing a list (“…以下的十项工作。”) for no lead (1979 part 二)', () => {
    expect(at(NATIONAL_1979_EXCERPT, '国务院认为，根据上述方针')).toBeUndefined();
    // The part and its sections are still read.
    expect(at(NATIONAL_1979_EXCERPT, '二、打好四个现代化的第一个战役')).toMatchObject({ kind: 'part', level: 1 });
    expect(at(NATIONAL_1979_EXCERPT, '（一）要使粮食生产')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('takes a bold line that ends at no sentence end and no comma for a fragment cut out by a link, not a lead (1979)', () => {
    // “《农村人民公社工作条例（试行草案）》” lost its link: the title stands alone, its sentence going on on the next line.
    expect(at(NATIONAL_1979_EXCERPT, '农村人民公社工作条例（试行草案）')).toBeUndefined();
    expect(at(NATIONAL_1979_EXCERPT, '在经过试行以后')).toBeUndefined();
  });
});
