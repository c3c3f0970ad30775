import { describe, expect, it } from 'vitest';
import { isAnnouncement, isLeadSentence, isStatement, opensWithCouplet } from '../../src/core/outline/leads';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

// Session 27: the national 1994, 2000 and 2009 and 贵州/北京 2026 reports some tests below read are sealed for the figures
// but dev for the outline (test/fixtures/expected/split.json seals none of them), whose rules these tests witness; they
// stay, as outline-dev text. No outline test reads a report sealed for the outline.

/**
 * False nodes found by reading reports outside the corpus (issue 9, fifth round): the national reports of
 * aldohemsn/chinese-political-corpora (government_work_reports.jsonl) and the provincial 2026 reports of
 * johncodes404/china-provincial-gov-reports-2026 (`full_text`) that test/fixtures/corpus does not hold. Each test
 * carries the excerpt it reads (paragraphs cut after a whole sentence) and checks a corpus report where one has the
 * layout the rule must leave alone.
 */

const at = nodeAtLine;

// National 2014 (government_work_reports.jsonl), lines 0, 2 and 211–223: the salutation, the opening, section （八） of
// part 三 and the section's first paragraphs, a blank line between paragraphs as in the source. A list starts at its
// first item, so the excerpt, which leaves out the part and the sections before （八）, numbers it （一）.
const NATIONAL_2014_EXCERPT = [
  '各位代表：',
  '现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。',
  '（一）统筹做好保障和改善民生工作。',
  '民惟邦本，本固邦宁。政府工作的根本目的，是让全体人民过上好日子。要坚持建机制、补短板、兜底线，保障群众基本生活，不断提高人民生活水平和质量。',
  '就业是民生之本。坚持实施就业优先战略和更加积极的就业政策，优化就业创业环境，以创新引领创业，以创业带动就业。今年高校毕业生将达727万人，要开发更多就业岗位，实施不间断的就业创业服务，提高大学生就业创业比例。',
  '收入是民生之源。要深化收入分配体制改革，努力缩小收入差距。健全企业职工工资决定和正常增长机制，推进工资集体协商，构建和谐劳动关系。',
  '社保是民生之基。重点是推进社会救助制度改革，继续提高城乡低保水平，全面实施临时救助制度，为特殊困难群众基本生活提供保障，为人们创业奋斗解除后顾之忧。建立统一的城乡居民基本养老保险制度，完善与职工养老保险的衔接办法，改革机关事业单位养老保险制度，鼓励发展企业年金、职业年金和商业保险。',
  '完善住房保障机制。以全体人民住有所居为目标，坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，其中各类棚户区470万套以上，加强配套设施建设。提高大城市保障房比例。',
].join('\n\n');

describe('maxims are no leads', () => {
  it('reads “X是…之Y” (a 之-noun predicate) as a maxim like “X是…的Y”, not a lead (2014 （八）)', () => {
    expect(isStatement('就业是民生之本')).toBe(true);
    expect(isStatement('社保是民生之基')).toBe(true);
    expect(at(NATIONAL_2014_EXCERPT, '就业是民生之本。')).toBeUndefined();
    expect(at(NATIONAL_2014_EXCERPT, '收入是民生之源。')).toBeUndefined();
    expect(at(NATIONAL_2014_EXCERPT, '社保是民生之基。')).toBeUndefined();
    // The series runs on past the maxims: the lead after them stays one.
    expect(at(NATIONAL_2014_EXCERPT, '完善住房保障机制。')).toMatchObject({ kind: 'lead', level: 2, title: '完善住房保障机制' });
  });

  it('reads a maxim of how two things arise together (X与Y相伴而生) as a statement, like 相辅相成 (2014 （二）)', () => {
    // National 2014 (government_work_reports.jsonl), line 131, the introduction of section （二）, cut after two sentences.
    const p2014 = '开放与改革相伴而生、相互促进。要构建开放型经济新体制，推动新一轮对外开放，在国际市场汪洋大海中搏击风浪，倒逼深层次改革和结构调整，加快培育国际竞争新优势。';
    expect(isStatement('开放与改革相伴而生、相互促进')).toBe(true);
    expect(isStatement('推动城乡相互促进、共同发展')).toBe(false);
    expect(isLeadSentence(p2014) > 0 && !isStatement(p2014.slice(0, isLeadSentence(p2014)))).toBe(false);
  });

  it('keeps a lead whose 之 is no predicate of a copula (2009 “加快社会保障体系建设。”; “…之路” as a title)', () => {
    expect(isStatement('走中国特色新型工业化之路')).toBe(false);
    expect(at(readCorpus('national/2005.txt'), '加快社会保障体系建设。')).toMatchObject({ kind: 'lead', level: 3 });
  });
});

// National 2012 (government_work_reports.jsonl), lines 0, 2 and 202–211: the salutation, the opening, section （三） of part
// 三 and its first paragraphs, cut after a whole sentence. Numbered （一） as the list starts at its first item.
const NATIONAL_2012_EXCERPT = [
  '各位代表：',
  '　　现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见。',
  '（一）促进农业稳定发展和农民持续增收',
  '　　在工业化和城镇化发展进程中，要更加重视农业现代化。必须坚持把解决好“三农”问题作为各项工作的重中之重，进一步加大强农惠农富农政策力度，巩固和发展农业农村好形势。',
  '　　稳定发展农业生产，多渠道增加农民收入。继续开展粮食稳定增产行动，稳定粮食种植面积，着力提高单产。引导农民调整结构，扩大紧缺、优质农产品生产，支持蔬菜、肉蛋奶、水产品等生产。农业补贴要继续增加总量，提高标准，扩大范围，完善机制，新增补贴重点向种养大户、农民专业合作社及各种生产服务组织倾斜。',
  '　　加快农业科技进步。农业的根本出路在科技。要大力推动农业科技创新，加大对良种繁育、疫病防控、农产品质量安全等关键技术研发和应用的支持力度。加快推进基层农技推广服务体系改革和建设，健全乡镇或区域性农业公共服务机构。',
].join('\n\n');

describe('a requirement argued in a frame is no lead', () => {
  it('reads “在…中，要…” / “同…相配合，要…” / “对…，要…” as a statement (2012 （三）, 1987 part 三 第一，, 2004 （八）)', () => {
    expect(isStatement('在工业化和城镇化发展进程中，要更加重视农业现代化')).toBe(true);
    expect(isStatement('同推行企业承包经营责任制相配合，要加快企业内部领导体制的改革')).toBe(true);
    expect(isStatement('对城乡特殊困难群众，要给予更多的关爱')).toBe(true);
    // The section's introduction stays prose; the leads after it are the section's topics.
    expect(at(NATIONAL_2012_EXCERPT, '在工业化和城镇化发展进程中')).toBeUndefined();
    expect(at(NATIONAL_2012_EXCERPT, '稳定发展农业生产，')).toMatchObject({ kind: 'lead', level: 2, title: '稳定发展农业生产，多渠道增加农民收入' });
    expect(at(NATIONAL_2012_EXCERPT, '加快农业科技进步。')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('keeps a lead whose first clause is a statement of its own and the 要-clause its short aim (2018 “积极的财政政策取向不变，要聚力增效”)', () => {
    expect(isStatement('积极的财政政策取向不变，要聚力增效')).toBe(false);
    expect(isStatement('要素市场化配置改革，稳步推进')).toBe(false);
    expect(at(readCorpus('national/2018.txt'), '积极的财政政策取向不变，要聚力增效。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

// National 1981 (government_work_reports.jsonl), lines 0, 2 and 103–110: the salutation, the opening and the start of
// section 二、 of part （二）, each paragraph cut after its first sentences; numbered 一、 as a list starts at its first item.
const NATIONAL_1981_EXCERPT = [
  '各位代表：',
  '　　从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。根据人大常委会的决定，本次会议的主要议题是讨论经济工作。',
  '一、把消费品工业的发展放到重要地位，进一步调整重工业的服务方向',
  '　　农村形势越来越好，农业向轻工业提供的原料愈来愈多，城乡人民的货币收入年年增加，这对于消费品工业的发展是一个极大的推动力量。在今后相当长的时间内，必须把着重发展消费品工业放到重要地位。',
  '　　消费品工业生产的发展具有广阔的领域和很大的潜力。目前，城乡人民迫切需要的是耐用消费品、纺织品、食品（包括饮料）、民用建筑材料、日用化工产品、文化保健用品、旅游和其他服务业所需产品等等。对这些行业的发展，有关部门正在进行规划。',
  '　　在我国现实条件下，加快发展消费品工业生产，不仅不会妨碍而且会促进重工业的发展。消费品工业的增长，对重工业的发展提出了更多、更高的要求。',
].join('\n\n');

// 河北 2019 report (yver-sun/gaoyang-towel-resilience data/government_reports/河北省_2018_report.txt), lines 10, 11 and
// 103–106: section （十） of part 三 and its first paragraphs, each cut after whole sentences; numbered （一） as a list
// starts at its first item. Its paragraphs open with maxims (就业是最大的民生。 / 没有全民健康就没有全面小康。), none a title.
const HEBEI_2019_EXCERPT = [
  '各位代表：',
  '现在，我代表河北省人民政府向大会作政府工作报告，请予审议，并请各位省政协委员提出意见。',
  '（一）切实保障改善民生，持续办好利民惠民实事。时刻把群众的安危冷暖放在心上，从人民群众关心的事情做起，着力实施20项民心工程，实实在在为群众解难题、增福祉。',
  '就业是最大的民生。落实就业优先政策，重点抓好高校毕业生、农民工、退役军人、下岗转岗职工等群体就业，城镇新增就业85万人，确保零就业家庭动态清零。',
  '社保是民生之依。强化兜底保障，深入推进全民参保计划，深化企业养老保险制度改革。提高低保最低指导标准。',
  '没有全民健康就没有全面小康。贯彻实施“健康中国人”行动计划，加快基层医疗机构标准化建设，推进300家乡镇卫生院与村卫生室一体化管理试点，推行分级诊疗和家庭医生签约服务，让群众在家门口享受良好医疗服务。',
].join('\n');

describe('maxims of the Hebei archive are no leads', () => {
  it('reads a copula with a two-character subject as a statement (河北 2001 “环境是第一竞争点。”, 2002 “发展是硬道理。”)', () => {
    expect(isStatement('环境是第一竞争点')).toBe(true);
    expect(isStatement('发展是硬道理')).toBe(true);
    // A one-character subject is no subject (这是…), and titles with no copula stay titles.
    expect(isStatement('这是极不平凡的一年')).toBe(false);
    expect(isStatement('就业形势总体稳定')).toBe(false);
  });

  it('reads “没有X就没有Y” and “X无小事” as maxims (河北 2019 （十）, 河北 2004 第六，)', () => {
    expect(isStatement('没有全民健康就没有全面小康')).toBe(true);
    expect(isStatement('群众利益无小事')).toBe(true);
    expect(isStatement('办好民生小事')).toBe(false);
    expect(at(HEBEI_2019_EXCERPT, '没有全民健康就没有全面小康。')).toBeUndefined();
    expect(at(HEBEI_2019_EXCERPT, '就业是最大的民生。')).toBeUndefined();
  });

  it('leaves the dev reports’ short leads alone (national 2008 “在教育方面。”, 2005 “加快社会保障体系建设。”)', () => {
    expect(at(readCorpus('national/2008.txt'), '在教育方面。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(readCorpus('national/2005.txt'), '加快社会保障体系建设。')).toMatchObject({ kind: 'lead', level: 3 });
  });
});

describe('statements of what a thing is, has or needs are no leads', () => {
  it('reads a possession predicate, a purpose copula, a parallel 靠 maxim, a negation and 是…的 as statements (1981, 1958, 1964)', () => {
    expect(isStatement('消费品工业生产的发展具有广阔的领域和很大的潜力')).toBe(true);
    expect(isStatement('试制新产品，是为了增加新产品')).toBe(true);
    expect(isStatement('发展农业靠政策、靠科学')).toBe(true);
    expect(isStatement('伟大的中国人民，并没有被严重的困难吓倒')).toBe(true);
    expect(isStatement('文化革命是不破不立，有破有立的')).toBe(true);
    expect(at(NATIONAL_1981_EXCERPT, '消费品工业生产的发展具有')).toBeUndefined();
  });

  it('reads a short copula between a subject and a noun as a statement (2015 part 四 “新兴产业和新兴业态是竞争高地。”; 河北 2004, 1984)', () => {
    expect(isStatement('新兴产业和新兴业态是竞争高地')).toBe(true);
    expect(isStatement('经济结构的核心是产业结构')).toBe(true);
    expect(isStatement('维护世界和平是人心所向')).toBe(true);
    // The predicate may name its items with 、 (河北 2008 part 二, over “…努力实现以下主要目标:”).
    expect(isStatement('今后五年的中心任务是科学发展、富民强省')).toBe(true);
    // A one-character subject and a 的-predicate are read as before.
    expect(isStatement('这是人民生活品质不断提高的五年')).toBe(false);
    const text = readCorpus('national/2015.txt');
    expect(at(text, '新兴产业和新兴业态是竞争高地')).toBeUndefined();
    // The lead before it and the one after it stay.
    expect(at(text, '推动产业结构迈向中高端')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(text, '以体制创新推动科技创新')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('keeps titles that name what to build or rely on (打造具有…的, 依靠…)', () => {
    expect(isStatement('打造具有全球影响力的产业科技创新中心')).toBe(false);
    expect(isStatement('依靠创新引领产业升级')).toBe(false);
    expect(isStatement('坚持优先发展教育')).toBe(false);
    expect(at(readCorpus('national/2024.txt'), '二是依靠创新引领产业升级')).toMatchObject({ kind: 'point', level: 2 });
  });

  it('reads a sentence reporting who speaks as the frame of a summary, not a lead (1964 as published)', () => {
    expect(isLeadSentence('周总理接着讲到国防建设。他说，近几年我们的军队工作和国防建设，在革命化、现代化的道路上前进了一步。')).toBe(-1);
    expect(isLeadSentence('周总理还谈到了坚持实行勤俭建国方针的问题。他说，实行这个方针，不仅是当前的需要，而且是长远的需要。')).toBe(-1);
    expect(isLeadSentence('加强国防建设。近几年我们的军队工作和国防建设，在革命化、现代化的道路上前进了一步。')).toBeGreaterThan(0);
  });
});

describe('the demands laid on the government announce what follows', () => {
  it('reads “…，对政府工作提出新的更高要求。” as an announcement, not a lead (national 2025 before 加强法治政府建设。, 2024)', () => {
    // National 2025 (government_work_reports.jsonl), line 153, cut after its second sentence.
    const p2025 = '应对新挑战、完成新任务，对政府工作提出新的更高要求。各级政府及其工作人员要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。';
    expect(isAnnouncement('应对新挑战、完成新任务，对政府工作提出新的更高要求')).toBe(true);
    expect(isLeadSentence(p2025)).toBe(-1);
    expect(isLeadSentence(p2025, true)).toBe(-1);
    expect(at(readCorpus('national/2024.txt'), '新征程新使命，对政府工作提出了新的更高要求。')).toBeUndefined();
    // A title that names a requirement is no announcement of one.
    expect(isAnnouncement('坚持以人民为中心的发展思想')).toBe(false);
  });
});

describe('a one-sentence paragraph over a run of 一是/二是 paragraphs', () => {
  const n2009 = (): string => readCorpus('national/2009.txt');

  it('is the lead of the run, which titles the points below it (2009 （四）)', () => {
    const lead = at(n2009(), '今年要围绕保增长、促升级，重点抓好工业结构调整。');
    expect(lead).toMatchObject({ kind: 'lead', level: 3, title: '今年要围绕保增长、促升级，重点抓好工业结构调整' });
    expect(lead?.children.map((c) => c.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    // The section's next topic after the run is the lead's sibling, not a sixth child.
    expect(at(n2009(), '大力推进科技创新。')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('leaves an announcement over such a run out (2009 “从今年开始，重点抓好以下五项工作。”, national 2024 “…主要做了以下工作。”)', () => {
    expect(at(n2009(), '从今年开始，重点抓好以下五项工作。')).toBeUndefined();
    expect(at(readCorpus('national/2024.txt'), '一年来，我们深入学习贯彻党的二十大')).toBeUndefined();
  });
});

/**
 * 保定市 2014 政府工作报告 (yver-sun/gaoyang-towel-resilience @a1caada, data/government_reports/保定市_2014_report.txt),
 * lines 12–15, each part heading 一、…八、 with its first paragraph (lines 16–19, 38–41, 48–51, 60–63, 70–73, 82–85, 92–95, 102–105) and lines 116–127: part 九
 * titles its four paragraphs with leads of two four-character clauses each.
 */
const BAODING_2014_PART_9 = [
  '各位代表：',
  '',
  '现在，我代表保定市人民政府向大会作工作报告，请予审议，并请市政协委员和列席会议的同志提出意见。',
  '',
  '一、2013年工作回顾',
  '',
  '刚刚过去的2013年，是本届政府的开局之年，也是全市经济社会发展迈出新步伐的一年。在省委、省政府和市委的坚强领导下，全市上下紧紧围绕打造环京津地区新的发展增长极，以解放思想、改革开放、创新驱动、科学发展为统揽，扎实推进稳增长、调结构、攻重点、抓改革、惠民生、优环境各项工作，较好地完成了市十四届人大一次会议确定的目标任务。',
  '',
  '二、2014年工作总体要求',
  '',
  '今年是落实党的十八届三中全会精神、全面深化改革的第一年，是发力崛起、跨越发展的重要一年，是关系长远、决定未来的关键一年。全面深化改革的系列政策陆续出台，必将释放巨大的改革红利；京津冀协同发展上升为国家战略，受到高层关注，京津保三角格局得到认同；我市的区位、资源、产业优势日益凸显，正在成为承接首都功能疏解和产业转移的首选地，为我们融入京津冀城市群、打造环京津新的增长极提供了前所未有的重大机遇。特别是全市上下政通人和、人心思进，其势已成、其力已聚，只要我们坚定信心、乘势而上，必将激发巨大的正能量，开创保定发展的新辉煌。',
  '',
  '三、聚力打造环京津增长极，做强跨越发展的支撑',
  '',
  '紧紧围绕服务京津、承接京津、融入京津，突出"开放、高端、创新、统筹、效率"，推进重点区域、重点产业、重点项目率先突破，提升保定在京津保三角中的地位和份量。',
  '',
  '四、扎实做好"三农"工作，强农富民做美农村',
  '',
  '保定要强，农业必须强；保定要富，农民必须富；保定要美，农村必须美。促进农业现代化与工业化、信息化、城镇化同步，夯实保定跨越发展的基础。',
  '',
  '五、加快新型城镇化进程，促进城乡一体化发展',
  '',
  '把城镇化作为跨越发展的重要载体和实现现代化的战略任务，着眼融入京津冀城市群，推进城镇组团发展、集群发展，努力走出一条以人为本、优化布局、生态文明、传承文化的新型城镇化道路。',
  '',
  '六、铁腕治理环境污染，全方位加强生态建设',
  '',
  '以更大力度抓好污染治理、环境保护和生态建设，让人们在更好的环境中生活，增强保定在京津冀城市群中的生态魅力。',
  '',
  '七、深入推进改革开放，增强发展的动力和活力',
  '',
  '把改革开放作为保定跨越发展的动力之源、活力之本，坚定不移推进，努力取得突破。',
  '',
  '八、加快发展社会事业，倾力保障和改善民生',
  '',
  '把民之所望作为施政所向，优先保障民生投入，优先安排民生项目，优先解决民生问题，让发展成果更多更公平惠及全市人民。',
  '',
  '九、认真改进工作作风，建设为民务实清廉政府',
  '',
  '对人民负责、让人民满意，建设为民、务实、清廉政府，是我们的不懈追求。做好今年的政府工作，我们要高扬"实干兴市、清正为民"主旋律，大兴实干之风，大兴创新之风，大兴清廉之风，以改革创新精神加强政府自身建设，提振精气神、全面转作风，汇集正能量、聚力抓落实。',
  '',
  '深入群众，改进作风。扎实开展教育实践活动，聚焦"四风"问题，敞开大门，广泛听取意见。坚持从市政府领导班子做起，带头深入基层调查研究，带头坚持为民服务在一线，带头廉洁自律，带头改进会风文风。抓好问题整改，坚持从小事抓起，从具体问题做起，从群众最关心的事情干起，着力解决发生在群众身边、损害群众利益的问题，让群众看到实实在在的成效，努力建设人民满意的服务型政府。',
  '',
  '优化环境，提高效能。进一步转变政府职能，着力为各类市场主体创造公平公正、竞争有序的市场环境。支持各类行业协会、异地商会开展工作，建立政府与企业沟通联络、主动服务的有效机制。深化效能提升行动，健全市县乡行政服务中心、村服务代办点等实体平台，谋划启动市民服务中心，真正建成"办事处"、不搞"传达室"。严格落实企业宁静日等制度，推行"限时限次办结制"、"承诺审批制"、"两不见面代办制"、企业和项目环境综合治理机制，努力建设环京津地区行政成本最低、商务成本最低、生活品质最高、服务品质最高的城市。',
  '',
  '科学行政，依法行政。畅通民情民意渠道，整合22条政务热线，开通办好961890为民服务热线，政府系统全面开通政务微博，并实现衔接互动。成立政府决策咨询委员会，健全重大行政决策专家咨询、风险评估、合法性审查和民生事项听证会等制度，重大规划尊重专家意见，重要决策会议邀请人大、政协参加。推行政府工作部门权力清单制度，建设政务服务电子监察平台，让权力在阳光下规范运行。自觉接受人大及其常委会的法律监督和工作监督，自觉接受人民政协的民主监督，重视发挥新闻媒体和社会公众的监督作用，切实把政府工作纳入法制轨道，努力建设法治政府。',
  '',
  '干净干事，清正廉洁。严格执行"八项规定"和廉洁自律各项规定，正确行使党和人民赋予的权力，严守官商两道、清水之交，做到敬畏社会舆论、敬畏人民群众、敬畏党纪国法。厉行勤俭节约，反对铺张浪费；严格规范会议、文件、接待、用房、公车、出差、出国等方面的管理；严格财务预算、核准、审计，从餐桌不上烟和酒、开会不发本和笔等小事做起，严控"三公"经费支出，自觉过紧日子，把纳税人的钱更多地用在事业发展和民生改善上。把权力关进制度的笼子，以公开促公正，以透明保廉洁，增强主动公开、主动接受监督的意识，让暗箱操作没有空间，让腐败行为无法藏身。做到干部清正、政府清廉、政治清明。',
  ''
].join('\n');

describe('couplet sentences in a row', () => {
  it('are a series of leads, not proverbs (保定 2014 part 九: “深入群众，改进作风。” … “干净干事，清正廉洁。”)', () => {
    const part = nodeAtLine(BAODING_2014_PART_9, '九、认真改进工作作风');
    expect(part?.children.map((c) => c.title)).toEqual(['深入群众，改进作风', '优化环境，提高效能', '科学行政，依法行政', '干净干事，清正廉洁']);
  });

  it('leaves a proverb quoted once a statement (2017 “人命关天，安全至上。”)', () => {
    expect(opensWithCouplet('人命关天，安全至上。')).toBe(true);
    expect(isStatement('人命关天，安全至上')).toBe(true);
  });
});
