import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionTitleEnd } from '../../src/core/outline/actionTitles';
import { nodeAtLine } from '../support/outlineNodes';
import { CORPUS } from '../support/expectedOutline';

/**
 * National 1992 as published online (aldohemsn/chinese-political-corpora, government_work_reports.jsonl; lines 1–4 and
 * 40–62): part 二 titles its topics with bold leads the page lost, each a sentence of two action clauses over two to
 * four body paragraphs (“继续下大力气抓农业，争取农村经济更快发展。”, “努力搞好国营大中型企业，大力调整经济结构和提高经济
 * 效益。”, “积极发展科技和教育事业，提高国民经济的整体素质。”).
 */
const NATIONAL_1992 = [
  "各位代表：",
  "",
  "　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。",
  "",
  "二、抓紧有利时机，加快经济发展",
  "",
  "",
  "　　现在，我国国内条件具备，国际环境有利，再加上发挥社会主义制度能够集中力量办大事的优势，在今后现代化建设的长过程中，出现若干个发展速度比较快、效益比较好的阶段，是必要的，也是能够办到的。机不可失，时不我待。我们要抓紧时机，集中力量，进一步加快国民经济的发展。１９９２年经济工作的重点，是抓紧调整结构和提高效益，特别是要在搞好农业和国营大中型企业方面取得更大的成绩。",
  "",
  "　　今年计划要求，在保持社会总需求与总供给基本平衡的基础上，国民生产总值增长百分之六，全社会固定资产投资增长百分之八。投资要符合产业政策，避免盲目发展和重复建设。社会商品零售总额增长百分之十二点三，货币发行和新增信贷规模与去年大体持平，零售物价上涨幅度控制在百分之六以内。考虑到治理整顿刚刚结束，经济发展中还存在着一些不稳定因素，当前经济工作的重点是调整结构和提高效益，因此在今年经济增长速度的计划安排上，是留有余地的。我们要努力做好工作，力争实际执行的结果更好一些。有条件的地区，能够快的一定要搞得快一些。如果今年各方面的工作都能够做得更好一些，“八五”计划后三年经济的加快发展就有了更为坚实的基础。",
  "",
  "　　继续下大力气抓农业，争取农村经济更快发展。今年的农村工作，要全面贯彻落实党的十三届八中全会的决定，继续稳定以家庭联产承包为主的责任制，不断完善统分结合的双层经营体制，积极发展农业社会化服务体系，逐步壮大集体经济实力。采取坚决有力的措施，把科技、教育兴农的战略落到实处。要有计划地改造中低产田，在保持农产品总量稳定增加的基础上，逐步调整农业生产结构，大力发展高产优质高效农业。有效地控制农业生产资料价格，坚决制止乱摊派、乱收费，切实减轻农民负担。继续发挥各方面的积极性，努力搞好扶贫工作。",
  "",
  "　　深化农产品价格和流通体制改革，是进一步发展农村商品经济的关键。要积极推进粮食购销价格体制改革，进一步建立和完善粮食、棉花、食油等重要农产品的储备调节制度，发展批发市场和期货市场。实行多渠道流通，在发挥国营和合作社商业主渠道作用的同时，支持农民从事商品流通活动，积极发展第三产业。",
  "",
  "　　乡镇企业在农村经济中具有十分重要的作用，并已成为整个国民经济的重要组成部分。要根据国家的产业政策、市场需求和资源条件，鼓励它们继续发展。国家和地方都要大力帮助中西部地区和经济不发达地区、贫困地区发展乡镇企业，以尽快改变落后面貌，改善农民生活。",
  "",
  "　　大灾之后，应当更加重视水利建设。当前的重点是加快淮河、太湖的综合治理。各地要加强中小河流的治理，开展农田水利基本建设。去冬今春以来部分地区旱情严重，必须认真加强抗旱工作，同时也要注意做好防汛准备。搞好城乡节水，缓解水资源紧张的矛盾。改革土地使用制度，合理利用土地，切实保护耕地，有步骤地开发宜农荒地、宜牧荒原和滩涂。进一步搞好水土保持，保护森林和草原植被。全民植树造林活动，功在当代，福及子孙，要长期不懈地坚持下去。",
  "",
  "　　努力搞好国营大中型企业，大力调整经济结构和提高经济效益。我国经济要上一个新的台阶，必须加快调整经济结构，不断促进科技进步和提高经济效益，切实增强国营大中型企业的活力。去年提出的关于搞好国营大中型企业的２０条措施，正在逐步落实，已经收到初步效果，继续扎扎实实抓下去是大有希望的。所有的企业，特别是国营大中型企业，都要深化改革，严格管理，挖掘内部潜力，加速资金周转，提高产品质量，降低生产成本，并且十分注意安全生产，努力增加盈利，使企业经济效益状况在今年有一个明显的好转。",
  "",
  "　　近年来市场供求关系和消费结构发生了很大变化，调整结构势在必行。第一、第二、第三产业的结构以及各产业的内部结构都需要调整。今年调整的重点，要紧紧围绕企业产品结构和企业组织结构进行。对那些生产能力过剩、产成品积压、技术落后、长期亏损的企业，逐步实行关停并转。继续开展质量、品种、效益年活动，鼓励企业通过技术革新，开发新产品，提高产品质量档次和增加花色品种，以适应市场需求。今年要继续清理三角债，认真解决前清后欠的问题，继续限制滞销积压产品的生产，压缩不合理库存，大力扭亏增盈。努力开拓国际国内两个市场。要积极开拓新的国际市场，更多地开拓农村市场。要继续组建企业集团，增强自我发展能力和市场竞争能力，以发挥企业更大的综合经济效益。要把产品结构和企业结构的调整结合起来，提倡多并转少关停，以利于职工队伍的稳定。",
  "",
  "　　固定资产投资，主要用于能源、交通、通信、原材料和农业、水利等基础产业，支持高新技术产业的发展，加快居民住宅的建设。积极开发中、西部地区的丰富资源，促进这些地区的经济发展。基本建设和技术改造都要抓住重点，集中投资，形成规模经济。加工工业主要是通过技术改造来求得发展。对于目前已经出现的盲目争投资、上项目的现象，必须通过严格执行国家产业政策，加强项目的科学论证和管理，控制信贷规模，切实加以制止，否则势必造成严重浪费，破坏整个国民经济的总量平衡，给今后的经济发展带来困难。今年全国固定资产投资总规模为５７００亿元。要千方百计多渠道筹集资金，努力提高建设的速度和效益。在全国各地，都要十分注意积极保护和合理利用矿产资源。",
  "",
  "　　积极发展科技和教育事业，提高国民经济的整体素质。我们要认真贯彻邓小平同志提出的科学技术是第一生产力的指导思想，依靠科技进步和提高劳动者素质来促进经济的发展。必须坚持经济建设依靠科学技术，科技工作面向经济建设的方针，促进科技与经济有机结合。",
  "",
].join('\n');

const LEADS = ['继续下大力气抓农业，争取农村经济更快发展', '努力搞好国营大中型企业，大力调整经济结构和提高经济效益', '积极发展科技和教育事业，提高国民经济的整体素质'];

describe('action titles a few paragraphs apart directly under a part', () => {
  it('are leads of the part (1992 part 二)', () => {
    for (const title of LEADS) {
      expect(nodeAtLine(NATIONAL_1992, title)).toMatchObject({ kind: 'lead', level: 2, title });
    }
    // Body paragraphs between them open with statements or frames, not two action clauses.
    expect(nodeAtLine(NATIONAL_1992, '深化农产品价格和流通体制改革')).toBeUndefined();
    expect(nodeAtLine(NATIONAL_1992, '大灾之后')).toBeUndefined();
  });

  it('leave one alone prose (the part cut before the second)', () => {
    const lines = NATIONAL_1992.split('\n');
    const cut = lines.findIndex((l) => l.includes('努力搞好国营大中型企业'));
    expect(nodeAtLine(lines.slice(0, cut).join('\n'), LEADS[0] as string)).toBeUndefined();
  });

  it('read a frame clause before the action as a title too (1992 part 四, first sentences quoted)', () => {
    expect(actionTitleEnd('按照政企职责分开的原则，积极推进政府机构改革。随着经济体制改革的深化、对外开放的扩大和现代化建设的发展，必须积极而又稳步地推进政府机构改革。')).toBe(22);
  });

  it('read two clauses that each open with what is done, and no statement (1992 part 三 and part 二, first sentences quoted)', () => {
    expect(actionTitleEnd('积极推进企业改革，转换和完善经营机制。企业改革是今年经济体制改革的重点。所有国营大中型企业都要在转换和完善经营机制上下硬功夫。')).toBe(18);
    expect(actionTitleEnd('深化农产品价格和流通体制改革，是进一步发展农村商品经济的关键。要积极推进粮食购销价格体制改革，进一步建立和完善粮食、棉花、食油等重要农产品的储备调节制度，发展批发市场和期货市场。')).toBe(-1);
  });
});

/**
 * Dev national 2005 part 一 to its section （四） (corpus lines 8–55): the section's topics are titled by first sentences, and
 * “推进文化体制改革和文化事业发展，加强文化市场管理。” (two action clauses, 23 characters with a comma, too long for a plain
 * lead with one) stands right before the lead “加强国土资源、环境保护和生态建设工作。”.
 */
const NATIONAL_2005 = readFileSync(join(CORPUS, 'national/2005.txt'), 'utf8').split('\n');
const SECTION_4 = ['各位代表：', '', ...NATIONAL_2005.slice(8, 56)].join('\n');

describe('an action title under a section', () => {
  it('is a lead beside a lead of the section (2005 （四）)', () => {
    expect(nodeAtLine(SECTION_4, '推进文化体制改革和文化事业发展')).toMatchObject({ kind: 'lead', level: 3, title: '推进文化体制改革和文化事业发展，加强文化市场管理' });
  });

  it('stays prose with no lead or other action title beside it (the lead after it left out)', () => {
    const lines = SECTION_4.split('\n');
    const next = lines.findIndex((l) => l.startsWith('加强国土资源'));
    expect(nodeAtLine([...lines.slice(0, next), ...lines.slice(next + 2)].join('\n'), '推进文化体制改革和文化事业发展')).toBeUndefined();
  });
});

/**
 * Dev national 1980, part 三's section 第一， (corpus lines 131–160): six leads, the last a paragraph that is only its title
 * (“制订法规，规定各种能耗标准以及有关的奖惩办法。”), right before the next section 第二，. The whole report is read: its parts
 * 一、 and 二、 come first.
 */
const NATIONAL_1980 = readFileSync(join(CORPUS, 'national/1980.txt'), 'utf8');

describe('a paragraph that is only its title, last of a series of leads', () => {
  it('is a lead of the series before the next section (1980 第一，)', () => {
    expect(nodeAtLine(NATIONAL_1980, '制订法规')).toMatchObject({ kind: 'lead', level: 3, title: '制订法规，规定各种能耗标准以及有关的奖惩办法' });
    expect(nodeAtLine(NATIONAL_1980, '继续搞好烧油改烧煤的工作')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAtLine(NATIONAL_1980, '第二，进一步调整重工业')).toMatchObject({ kind: 'section', level: 2 });
  });
});

/**
 * Dev national 2005 read whole: in part 五's section （三） the first paragraph after the heading opens with an action
 * title (“积极稳妥地推进政治体制改革，加强社会主义民主政治建设。”), a body paragraph follows, then the section's lead
 * “高度重视社会稳定工作。”. In part 一's （三） the first paragraph opens with one too (“深化粮食流通体制改革，全面放开粮食收购
 * 市场。”), but no lead of that section follows: a run of feats, not a title.
 */
const WHOLE_2005 = NATIONAL_2005.join('\n');

describe('an action title first after its section\'s heading', () => {
  it('is a lead when a lead of the section follows a few paragraphs on (2005 part 五 （三）)', () => {
    expect(nodeAtLine(WHOLE_2005, '积极稳妥地推进政治体制改革')).toMatchObject({ kind: 'lead', level: 3, title: '积极稳妥地推进政治体制改革，加强社会主义民主政治建设' });
  });

  it('stays prose with no lead of the section ahead (2005 part 一 （三）; part 五 （三） with its lead left out)', () => {
    expect(nodeAtLine(WHOLE_2005, '深化粮食流通体制改革')).toBeUndefined();
    const at = NATIONAL_2005.findIndex((l) => l.startsWith('高度重视社会稳定工作'));
    const cut = [...NATIONAL_2005.slice(0, at), ...NATIONAL_2005.slice(at + 4)].join('\n');
    expect(nodeAtLine(cut, '积极稳妥地推进政治体制改革')).toBeUndefined();
  });
});

/**
 * National 2004 as published online (aldohemsn/chinese-political-corpora, outside the corpus; lines 0, 133, 269–276): part
 * 二's section （九） opens with an action title of three clauses, 31 characters, over the leads “继续做好民族、宗教、侨务工作。”
 * and “加强政府立法工作。”.
 */
const NATIONAL_2004_SECTION_9 = [
  "各位代表：",
  "",
  "二、2004年主要任务",
  "",
  "（九）加强民主法制建设，维护国家安全和社会稳定",
  "",
  "积极稳妥地推进政治体制改革，发展社会主义民主，健全社会主义法制。进一步扩大基层民主，完善村民自治和城市居民自治，尊重基层和群众的民主权利。坚持和完善职工代表大会和其他形式的企事业单位民主管理制度，保障职工的合法权益。",
  "",
  "继续做好民族、宗教、侨务工作。全面贯彻党的民族政策，巩固和发展平等、团结、互助的社会主义民族关系。加大对民族地区经济社会发展的支持力度，加强少数民族各类人才培养，促进各民族共同繁荣发展。全面贯彻党的宗教信仰自由政策，依法管理宗教事务，坚持独立自主自办的原则，积极引导宗教与社会主义社会相适应。进一步做好海外侨胞和归侨、侨眷的工作，充分发挥他们在促进祖国统一和民族振兴中的独特作用。",
  "",
  "加强政府立法工作。要重视社会管理和公共服务方面的立法。重点做好应对各种突发事件、保障农民权益、劳动就业和社会保障，以及社会事业发展方面的立法。要努力提高政府立法工作质量。研究拟定涉及人民群众切身利益的重要法律草案和制定行政法规，要广泛征求社会各方面的意见。加强律师、公证等法律服务，做好法律援助工作。依法保障妇女、未成年人和残疾人的合法权益。加强普法宣传教育，在全社会营造学法、懂法、守法的良好环境。",
  "",
].join('\n');

describe('an action title of three clauses', () => {
  it('is read as one title, a little longer than one of two (2004 （九）)', () => {
    expect(actionTitleEnd(NATIONAL_2004_SECTION_9.split('\n')[6] as string)).toBe(31);
    expect(nodeAtLine(NATIONAL_2004_SECTION_9, '积极稳妥地推进政治体制改革')).toMatchObject({ kind: 'lead', level: 3, title: '积极稳妥地推进政治体制改革，发展社会主义民主，健全社会主义法制' });
  });

  it('leaves two clauses over 30 characters no action title (2005 （四）: a frame of 31 characters)', () => {
    const line = NATIONAL_2005.find((l) => l.startsWith('以建设全国疾病预防控制体系')) as string;
    expect(actionTitleEnd(line)).toBe(-1);
  });
});
