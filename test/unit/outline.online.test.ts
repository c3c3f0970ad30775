import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * Outline rules found by reading national reports outside the corpus as published online (bold lines that lost their
 * bold, enumerations inside sections): each test carries the excerpt it reads, and checks a corpus report where one
 * has the layout the rule must leave alone.
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

const at = nodeAtLine;
const nodeAt = (file: string, start: string): OutlineNode | undefined => at(readCorpus(file), start);

describe('bold lines that are no leads', () => {
  it('takes a bold line announcing a list (“…以下的十项工作。”) for no lead (1979 part 二)', () => {
    expect(at(NATIONAL_1979_EXCERPT, '国务院认为，根据上述方针')).toBeUndefined();
    // The part and its sections are still read.
    expect(at(NATIONAL_1979_EXCERPT, '二、打好四个现代化的第一个战役')).toMatchObject({ kind: 'part', level: 1 });
    expect(at(NATIONAL_1979_EXCERPT, '（一）要使粮食生产')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('takes bold ordinals alone on their lines after a paragraph announcing the tasks for the part’s sections (1979 part 二)', () => {
    // “…着重抓好以下的十项工作。” announces tasks: its 第一、…第十、 close the （一）…（五） of the 调整 paragraphs above.
    expect(at(NATIONAL_1979_EXCERPT, '第一、')).toMatchObject({ kind: 'section', level: 2, marker: '第一、', title: '坚持贯彻以农业为基础的指导思想，集中力量把农业搞上去' });
    expect(at(NATIONAL_1979_EXCERPT, '第三、')).toMatchObject({ kind: 'section', level: 2, marker: '第三、' });
    expect(at(NATIONAL_1979_EXCERPT, '（一）要使粮食生产')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('leaves bold ordinals alone on their lines after an announcement of points an enumeration (1988 part 二, 1955)', () => {
    // “…着重考虑了以下几点。” / “…概括为如下几点：” announce points of an argument, not the part's tasks.
    const lines1988 = readCorpus('national/1988.txt').split('\n');
    const points1988 = lines1988.findIndex((l) => l === '第一，');
    expect(lines1988[points1988 - 3]).toMatch(/以下几点。$/);
    expect(outlineNodes(readCorpus('national/1988.txt')).find((n) => n.selectionRange.start.line === points1988)).toBeUndefined();
    const lines1955 = readCorpus('national/1955.txt').split('\n');
    const points1955 = lines1955.findIndex((l) => l === '第一，');
    expect(lines1955[points1955 - 3]).toMatch(/如下几点：$/);
    expect(outlineNodes(readCorpus('national/1955.txt')).find((n) => n.selectionRange.start.line === points1955)).toBeUndefined();
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

// 1981年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–13,
// 65–81, 103–105, 116–118 and 133–154; long paragraphs cut after a whole sentence.
const NATIONAL_1981_EXCERPT = [
  '各位代表：',
  '',
  '\u3000\u3000从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。在这段时间里，政府对于内政、外交各方面的工作，先后向全国人民代表大会常务委员会作过六次报告。',
  '',
  '\u3000\u3000现在，我代表国务院，就当前的经济形势，今后经济建设的方针，以及我国经济发展的前景，向大会作以下报告，请予审议。',
  '',
  '',
  '',
  '',
  '',
  '（一）当前的经济形势',
  '',
  '',
  '\u3000\u3000过去的一年，我们的经济工作是在巩固已有的成绩、克服面临的困难中前进的，是在进一步总结经验、提高认识的过程中前进的。',
  '（二）今后经济建设的方针',
  '',
  '',
  '\u3000\u3000我们对国民经济进行进一步调整，不仅要努力解决大量财政赤字的问题，控制市场物价的上涨，消除潜在着的危险，迅速达到经济全局的稳定，而且要在此基础上，求得国民经济的稳步前进、健康发展。',
  '',
  '\u3000\u3000千方百计地提高生产、建设、流通等各个领域的经济效益，这是一个核心问题。建国以来，我国经济建设发生过几次重大的曲折，但是总的来说，成绩是巨大的。',
  '',
  '\u3000\u3000我国经济建设效益不高，有客观原因，也有主观原因。我国经济文化解放前十分落后，解放后又长期受到国外敌对势力的威胁甚至侵略，因而需要集中财力物力，迅速发展重工业，奠定工业化的基础，增强国防力量。',
  '',
  '\u3000\u3000围绕着提高经济效益，走出一条经济建设的新路子，必须认真贯彻执行下列十条方针。这些方针，是调整、改革、整顿、提高方针的具体体现，是建国三十二年来的经验积累，特别是近三年来的经验积累。',
  '',
  '',
  '',
  '一、依靠政策和科学，加快农业的发展',
  '',
  '',
  '\u3000\u3000农业是国民经济的基础。全面发展农村经济，是保证国民经济全面增长的关键。今后国家对农业的投资虽将逐步增加，但不可能很多。',
  '二、把消费品工业的发展放到重要地位，进一步调整重工业的服务方向',
  '',
  '',
  '三、提高能源的利用效率，加强能源工业和交通运输业的建设',
  '',
  '',
  '四、有重点有步骤地进行技术改造，充分发挥现有企业的作用',
  '',
  '',
  '\u3000\u3000对现有工交企业进行技术改造和设备更新，既能改变重工业任务不足的状况，使当前的经济发展保持一定的速度，并且增加新的生产能力；又能使我国的工业生产技术达到一个新的水平，为今后整个国民经济的现代化，创造条件，储备力量，这是使我国经济走向顺利发展的一个关键。',
  '',
  '\u3000\u3000对现有企业进行技术改造，要根据我国的国情，走自己的路。由于我国人力资源丰富而又资金不足，在相当长的时期内，不能统统要求最新技术，片面追求自动化。',
  '',
  '\u3000\u3000',
  '一、节约能源，节约原材料，降低消耗，降低生产成本；',
  '',
  '',
  '\u3000\u3000',
  '二、改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要；',
  '',
  '',
  '\u3000\u3000',
  '三、合理地利用资源，提高综合利用水平。',
  '',
  '',
  '\u3000\u3000进行技术改造要有总体规划和各行业的具体要求，首先抓好工业发达的中心城市和一批骨干企业，分批分期地进行，决不能不作研究，不讲效果，一哄而起，各行其是。',
  '',
  '\u3000\u3000我国一部分重点企业，设备陈旧，效率很低，耗能很高，应该有计划地代之以效能更高的设备。但是，这项工作要量力而行，在目前条件下，绝大多数企业主要是增添或更新个别的关键设备，改进生产工艺和运行流程，加强新产品的设计和试制。',
].join('\n');

describe('the items of an enumeration inside a section', () => {
  it('takes the last item “三、…。” of 一、…；二、…； for the section’s text, not for a lead (1981 （二） 四、)', () => {
    expect(at(NATIONAL_1981_EXCERPT, '四、有重点有步骤地进行技术改造')).toMatchObject({ kind: 'section', level: 2 });
    for (const item of ['一、节约能源', '二、改革产品结构', '三、合理地利用资源']) expect(at(NATIONAL_1981_EXCERPT, item), item).toBeUndefined();
  });
});

// 2010年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–9,
// 145–146, 188–189 and 227–253; long paragraphs cut after a whole sentence.
const NATIONAL_2010_EXCERPT = [
  '各位代表：',
  '',
  '\u3000\u3000现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。',
  '',
  '',
  '',
  '',
  '',
  '一、2009年工作回顾',
  '',
  '二、2010年主要任务',
  '',
  '（一）提高宏观调控水平，保持经济平稳较快发展',
  '',
  '（二）加快转变经济发展方式，调整优化经济结构',
  '',
  '',
  '\u3000\u3000转变经济发展方式刻不容缓。要大力推动经济进入创新驱动、内生增长的发展轨道。',
  '',
  '\u3000\u3000继续推进重点产业调整振兴。一是加大技术改造力度。用好技改专项资金，引导企业开发新产品和节能降耗。二是促进企业兼并重组。',
  '',
  '\u3000\u3000大力培育战略性新兴产业。国际金融危机正在催生新的科技革命和产业革命。发展战略性新兴产业，抢占经济科技制高点，决定国家的未来，必须抓住机遇，明确重点，有所作为。',
  '',
  '\u3000\u3000进一步促进中小企业发展。一是建立和完善中小企业服务体系。抓紧修订中小企业划分标准，加快中小企业公共服务平台、信息服务网络和小企业创业基地建设，进一步减少、简化行政审批，坚决清理和取消不合理收费。',
  '',
  '\u3000\u3000三是加强对中小企业的金融支持。完善小企业信贷考核体系。鼓励建立小企业贷款风险补偿基金。中小企业贷款税前全额拨备损失准备金。',
  '',
  '\u3000\u3000加快发展服务业。进一步提高服务业发展水平和在国民经济中的比重。大力发展金融、物流、信息、研发、工业设计、商务、节能环保服务等面向生产的服务业，促进服务业与现代制造业有机融合。',
  '',
  '\u3000\u3000农村服务业基础薄弱、发展潜力大，要加快构建和完善以生产销售、科技信息和金融服务为主体的农村生产生活服务体系。',
  '',
  '\u3000\u3000打好节能减排攻坚战和持久战。一要以工业、交通、建筑为重点，大力推进节能，提高能源效率。扎实推进十大重点节能工程、千家企业节能行动和节能产品惠民工程，形成全社会节能的良好风尚。',
  '',
  '\u3000\u3000二要加强环境保护。积极推进重点流域区域环境治理及城镇污水垃圾处理、农业面源污染治理、重金属污染综合整治等工作。',
  '',
  '\u3000\u3000三要积极发展循环经济和节能环保产业。支持循环经济技术研发、示范推广和能力建设。抓好节能、节水、节地、节材工作。',
  '',
  '\u3000\u3000四要积极应对气候变化。大力开发低碳技术，推广高效节能技术，积极发展新能源和可再生能源，加强智能电网建设。',
  '',
  '\u3000\u3000推进区域经济协调发展。继续深入推进西部大开发，全面振兴东北地区等老工业基地，大力促进中部地区崛起，积极支持东部地区率先发展。',
  '',
].join('\n');

describe('points that go on an enumeration begun inline', () => {
  it('takes “二要…。” “三要…。” “四要…。” after an inline 一要 for items of the lead above, not for leads (2010 （二）)', () => {
    expect(at(NATIONAL_2010_EXCERPT, '打好节能减排攻坚战和持久战。')).toMatchObject({ kind: 'lead', level: 3 });
    for (const item of ['二要加强环境保护。', '三要积极发展循环经济和节能环保产业。', '四要积极应对气候变化。']) {
      expect(at(NATIONAL_2010_EXCERPT, item), item).toBeUndefined();
    }
    expect(at(NATIONAL_2010_EXCERPT, '推进区域经济协调发展。')).toMatchObject({ kind: 'lead', level: 3 });
  });
});

// 1958年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–29; long
// paragraphs cut after their first sentence.
const NATIONAL_1958_EXCERPT = [
  '各位代表：',
  '',
  '\u3000\u3000我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。',
  '',
  '',
  '',
  '',
  '',
  '（一）一九五七年经济战线上的胜利',
  '',
  '',
  '\u3000\u3000一九五七年是我国在各个战线上取得伟大胜利的一年。',
  '',
  '\u3000\u3000一九五七年各个战线上大胜利的结果是：进一步地巩固了全国人民在工人阶级领导下的团结，巩固了社会主义的政治制度和经济制度，并且由于第一个五年计划的完成和超额完成，增强了社会主义制度的物质基础。',
  '',
  '\u3000\u3000过去的一年中，我国在各个战线上取得的伟大胜利，最基本的推动力量是中共中央和毛主席倡导的全民性的整风运动，以及在这个运动中所进行的反对资产阶级右派的斗争。',
  '',
  '\u3000\u3000整风运动的本来的目的，是要消除国家机关内部和共产党内部的官僚主义、宗派主义和主观主义等不良作风，提高思想，改进工作，以迎接今后更加重大的社会主义建设的任务，加快社会主义建设的进程。',
  '',
  '\u3000\u3000',
  '现在来说我国一九五七年度国民经济计划的执行结果。',
  '',
  '',
  '',
  '',
  '先说工业战线上的情况',
  '',
  '',
  '\u3000\u3000根据预计数字（实际完成的统计数字，要在以后才能作出），一九五七年国民经济各部门基本建设总投资额完成了一百二十三亿七千万元，比原定的年度计划大大地超过了。',
  '',
].join('\n');

// 1960年国务院政府工作报告 (same source), lines 25–36: a bare numeral part 二 and its first, bold, line.
const NATIONAL_1960_EXCERPT = [
  '各位代表：',
  '',
  '',
  '二',
  '',
  '',
  '\u3000\u3000',
  '下面我首先说一下农业发展纲要在过去四年中执行的情况。',
  '',
  '',
  '\u3000\u3000全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。',
  '',
  '\u3000\u3000全国农业发展纲要要求：棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。',
].join('\n');

describe('bold sentences of the speech’s frame', () => {
  it('takes a bold line announcing what the speaker turns to next for no lead (1958, 1960)', () => {
    expect(at(NATIONAL_1958_EXCERPT, '现在来说我国一九五七年度')).toBeUndefined();
    expect(at(NATIONAL_1960_EXCERPT, '下面我首先说一下')).toBeUndefined();
    // The cross-head below it, a phrase with no stop, still titles its paragraphs.
    expect(at(NATIONAL_1958_EXCERPT, '（一）一九五七年经济战线上的胜利')).toMatchObject({ level: 1 });
    expect(at(NATIONAL_1958_EXCERPT, '先说工业战线上的情况')).toMatchObject({ level: 2, title: '先说工业战线上的情况' });
  });
});
