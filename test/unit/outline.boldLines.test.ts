import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';
import { readCorpus } from '../support/corpus';

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
const nodeAt = (file: string, start: string): OutlineNode | undefined => at(readCorpus(file), start);

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

// 1998年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–11 and
// 77–107; long paragraphs cut after a whole sentence.
const NATIONAL_1998_EXCERPT = [
  '各位代表：',
  '',
  '\u3000\u3000本届政府从1 9 9 3 年3 月就职，到现在已经五年了，任期即将结束。我代表国务院向大会报告过去五年的工作，对今年的工作提出建议，请予审议，并请全国政协各位委员提出意见。',
  '',
  '',
  '',
  '',
  '',
  '一、关于过去五年的政府工作',
  '',
  '',
  '\u3000\u3000第八届全国人民代表大会第一次会议以来的五年，我国各族人民在中国共产党领导下，解放思想，开拓进取，社会主义现代化事业取得了举世瞩目的伟大成就。',
  '二、关于1 9 9 8 年政府工作的建议',
  '',
  '',
  '\u3000\u30001 9 9 8 年是全面贯彻中国共产党第十五次全国代表大会精神的第一年，是推进改革开放和现代化建设事业的重要一年。',
  '',
  '\u3000\u3000今年工作的总体要求是：高举邓小平理论伟大旗帜，全面贯彻中国共产党第十五次全国代表大会精神，加强农业基础地位，加快以国有企业为重点的各项改革，加大经济结构调整力度，提高对外开放水平，继续推进经济体制和经济增长方式的根本转变，保持国民经济持续快速健康发展；加强民主法制建设，推进依法治国，坚持不懈地开展反腐败斗争，维护社会稳定；加强精神文明建设，促进教育、科学、文化发展和社会全面进步；加强全国各族人民的团结，为建设有中国特色社会主义事业齐心奋斗。',
  '',
  '',
  '',
  '第一，进一步稳定和加强农业',
  '',
  '',
  '\u3000\u3000农业事关全局，决不能因为连续几年丰收，农产品供给充足而放松农业。今年要继续采取有效措施，确保农业再有一个好收成，力争农民收入增加，保持农村社会安定。',
  '',
  '\u3000\u3000',
  '继续加强农业基础设施建设。',
  '水利建设要因地制宜，突出重点，南方着重防洪，北方着重抗旱。加强大江大河大湖的治理，搞好防洪工程建设，疏浚中小河流，保证安全度汛。',
  '',
  '\u3000\u3000',
  '积极促进乡镇企业、特别是中西部地区乡镇企业的发展。',
  '引导乡镇企业加强经营管理，加快技术进步，提高产品质量，根据市场变化调整产品结构，利用农村劳动力和农副产品资源丰富的优势，发展农副产品加工业。',
  '',
  '\u3000\u3000要稳定以家庭联产承包为主的责任制，落实土地承包期再延长3 0 年的政策；切实减轻农民负担；加强农村基层政权和村民自治组织建设，改善农村干群关系。',
  '',
  '',
  '',
  '第二，国有企业改革要取得新的突破',
  '',
  '',
  '\u3000\u3000',
  '国有企业改革是当前经济体制改革的重点。',
].join('\n');

describe('bold leads under an ordinal that is a section heading', () => {
  it('keeps the bold leads under “第一，进一步稳定和加强农业”, a name standing alone like （一） (1998 part 二)', () => {
    expect(at(NATIONAL_1998_EXCERPT, '第一，进一步稳定和加强农业')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(NATIONAL_1998_EXCERPT, '继续加强农业基础设施建设。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(NATIONAL_1998_EXCERPT, '积极促进乡镇企业、特别是中西部地区乡镇企业的发展。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(NATIONAL_1998_EXCERPT, '第二，国有企业改革要取得新的突破')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('still closes 第一，…第六， ordinals that end in 。 at a bold lead after them (1997 part 二)', () => {
    expect(nodeAt('national/1997.txt', '积极推进社会保障制度改革。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});
