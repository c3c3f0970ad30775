import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';
import { readCorpus } from '../support/corpus';

/** Rules of issue 9 (an outline right on every layout), each on the real text that shows it. */
const nodes = (file: string): OutlineNode[] => flattenOutline(analyzeReport(readCorpus(file)).outline).map(({ node }) => node);
const lineOf = (file: string, start: string): number => {
  const at = readCorpus(file)
    .split('\n')
    .findIndex((l) => l.replace(/^[\s\u3000]+/, '').startsWith(start));
  if (at < 0) throw new Error(`${file}: no line starts with ${start}`);
  return at;
};
/** The node whose heading opens the line that starts with `start` (inline 一是 points further on are not it). */
const nodeAt = (file: string, start: string): OutlineNode | undefined => {
  const line = lineOf(file, start);
  const indent = (readCorpus(file).split('\n')[line] ?? '').indexOf(start);
  return nodes(file).find((n) => n.selectionRange.start.line === line && n.selectionRange.start.character === indent);
};

describe('statements are not leads', () => {
  it('takes the maxims that introduce a block for prose, while the leads around them stay leads (2015 parts 三, 四, 五)', () => {
    const file = 'national/2015.txt';
    for (const maxim of ['改革开放是推动发展的制胜法宝。', '提高创新效率重在优化科技资源配置。', '立国之道，惟在富民。', '能源生产和消费革命，关乎发展与民生。']) {
      expect(nodeAt(file, maxim), maxim).toBeUndefined();
    }
    expect(nodeAt(file, '多管齐下改革投融资体制。')?.kind).toBe('lead');
    // 166 sits between a body paragraph and two statements: the statements still count for its series.
    expect(nodeAt(file, '推动产业结构迈向中高端。')?.kind).toBe('lead');
  });

  it('takes the maxim closing a section for prose, not for a fifth lead (湖南 2026 （一）)', () => {
    const file = 'local/湖南省-2026.txt';
    expect(nodeAt(file, '市场是最稀缺的资源。')).toBeUndefined();
    expect(nodeAt(file, '持续壮大经营主体。')?.kind).toBe('lead');
  });

  it('takes a “为了…，必须…” sentence for prose (1956 part 三)', () => {
    expect(nodeAt('national/1956.txt', '为了健全财政工作，必须制订必要的制度。')).toBeUndefined();
  });
});

describe('announcements are not leads', () => {
  it('takes “做好今年政府工作，要把握好以下几点。” for the announcement of an inline list, not a lead (2017 part 二)', () => {
    const file = 'national/2017.txt';
    expect(nodeAt(file, '做好今年政府工作，要把握好以下几点。')).toBeUndefined();
    expect(nodeAt(file, '货币政策要保持稳健中性。')?.kind).toBe('lead');
  });
});

describe('the closing words of a part, after its numbered sections', () => {
  it('lists no leads after “各位代表！” once the part has numbered sections (2018 part 一, 天津 2026 part 一)', () => {
    expect(nodeAt('national/2018.txt', '过去五年，港澳台工作取得新进展。')).toBeUndefined();
    expect(nodeAt('national/2018.txt', '全面加强党风廉政建设。')).toBeUndefined();
    expect(nodeAt('local/天津市-2026.txt', '五年来，京津冀协同发展动能不断显现。')).toBeUndefined();
    // The leads of the sections before the address stay.
    expect(nodeAt('national/2018.txt', '强化民生兜底保障。')?.level).toBe(3);
  });

  it('lets the numbered list go on after the address (辽宁 2026 （十） after “各位代表！今年，我们继续安排20件民生实事”)', () => {
    const file = 'local/辽宁省-2026.txt';
    expect(nodeAt(file, '（十）')?.level).toBe(2);
    expect(nodeAt(file, '深化金融化险改革。')?.level).toBe(3);
  });

  it('still lists the series after an address that follows 一是 points, which are no sections (湖南 2026 这五年，…)', () => {
    const file = 'local/湖南省-2026.txt';
    expect(nodeAt(file, '这五年，综合经济实力不断增强。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

describe('a 一是 list right after a lead sentence is the lead’s', () => {
  it('nests 一是…七是 under “努力保持对外贸易稳定增长。…” (2009 （五）), and 一是… under “千方百计促进就业。” (（六）)', () => {
    const file = 'national/2009.txt';
    const trade = nodeAt(file, '努力保持对外贸易稳定增长。');
    expect(trade).toMatchObject({ kind: 'lead', level: 3 });
    expect(trade?.children.filter((c) => c.kind === 'point').map((c) => c.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
    expect(nodeAt(file, '一是把促进高校毕业生就业放在突出位置')?.level).toBe(4);
    // A 一是 list that opens a section with no lead before it stays the section's (（二）).
    expect(nodeAt(file, '一是扩大消费尤其是居民消费。')?.level).toBe(3);
  });
});

describe('a paragraph the page repeats adds no heading', () => {
  it('reads the lead once when the scrape left its paragraph twice, the first copy cut short (2015 part 三)', () => {
    const file = 'national/2015.txt';
    const leads = nodes(file).filter((n) => n.title === '加大简政放权、放管结合改革力度');
    expect(leads).toHaveLength(1);
    expect(leads[0]?.selectionRange.start.line).toBe(lineOf(file, '加大简政放权、放管结合改革力度。'));
  });
});

describe('parallel leads that share their first word and their shape', () => {
  it('reads “坚持X，Y，Z。” ×4 as the leads of 2015 part 六, though each has two commas', () => {
    const file = 'national/2015.txt';
    const part6 = nodes(file).find((n) => n.level === 1 && n.marker === '六、');
    expect(part6?.children.map((c) => `${c.kind} ${c.title}`)).toEqual([
      'lead 坚持依宪施政，依法行政，把政府工作全面纳入法治轨道',
      'lead 坚持创新管理，强化服务，着力提高政府效能',
      'lead 坚持依法用权，倡俭治奢，深入推进党风廉政建设和反腐败工作',
      'lead 坚持主动作为，狠抓落实，切实做到勤政为民',
    ]);
  });

  it('does not take a lone sentence of that shape for a lead (2015 part 六 opens with “我们要全面推进依法治国，…”)', () => {
    expect(nodeAt('national/2015.txt', '我们要全面推进依法治国')).toBeUndefined();
  });
});

describe('a lead titles a body longer than itself', () => {
  it('takes a paragraph of short feats for no lead, and a short lead over a longer sentence for one (2009 part 一)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '全面夺取抗击特大自然灾害的重大胜利。')).toBeUndefined();
    expect(nodeAt(file, '出台养老保险关系转移接续办法。')).toBeUndefined();
    // “就业和社会保障工作进一步加强。完善促进就业、以创业带动就业的政策，落实最低工资制度。”: a body of 27 characters.
    expect(nodeAt(file, '就业和社会保障工作进一步加强。')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('takes a paragraph that is only its title for a lead when leads stand on both sides of it (2009 （五）)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '加快地方政府机构改革，推进事业单位改革。')).toMatchObject({ kind: 'lead', level: 3 });
    // Alone, such a paragraph is prose: “鼓励各地从实际出发，…。” after the regional paragraph that is no lead.
    expect(nodeAt(file, '鼓励各地从实际出发')).toBeUndefined();
  });
});

describe('a bold marker alone on its line, over a whole paragraph, numbers an enumeration', () => {
  it('does not read 第一，…第五， of 1955 （五） and 第一，…第三， of 1988 五、 as sections', () => {
    expect(nodes('national/1955.txt').some((n) => n.title.startsWith('支援工业建设和国防建设'))).toBe(false);
    expect(nodes('national/1988.txt').some((n) => n.title.startsWith('这次机构改革主要着眼于转变职能'))).toBe(false);
    // A whole bold line “第一，基本建设规模的大小问题” is a section (1955 （一）).
    expect(nodes('national/1955.txt').find((n) => n.title === '基本建设规模的大小问题')).toMatchObject({ marker: '第一，', level: 3 });
  });
});

describe('the first lead of a run, after a section’s introduction', () => {
  it('takes a bracketed lead for the first of its series when two leads follow it (天津 2026 （二）)', () => {
    const file = 'local/天津市-2026.txt';
    expect(nodeAt(file, '积极共建北京（京津冀）国际科技创新中心。')).toMatchObject({ kind: 'lead', level: 3, title: '积极共建北京（京津冀）国际科技创新中心' });
    // The introduction itself is no lead.
    expect(nodeAt(file, '发挥教育科技人才比较优势')).toBeUndefined();
  });
});

describe('a paragraph looking back on the leads closes their topics', () => {
  it('gives 一是…三是 after “在切实做好上述工作的同时，…” to the part, not to the lead before it (2000 part 七)', () => {
    const file = 'national/2000.txt';
    expect(nodeAt(file, '一是依法扩大社会保险的覆盖面')).toMatchObject({ kind: 'point', level: 2 });
    expect(nodeAt(file, '大力促进下岗职工再就业。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

describe('a clause sentence standing alone never opens the top level', () => {
  // 2012年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–26:
  // the opening sentence lost its 。, so it stands alone between blank lines like a heading.
  const NATIONAL_2012_OPENING = [
  '各位代表：',
  '',
  '　　现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见',
  '',
  '',
  '',
  '',
  '',
  '一、2011年工作回顾',
  '',
  '',
  '　　过去的一年，面对复杂多变的国际政治经济环境和艰巨繁重的国内改革发展任务，全国各族人民在中国共产党领导下，同心同德，团结奋进，改革开放和社会主义现代化建设取得新的重大成就。',
  '',
  '　　国内生产总值47.2万亿元，比上年增长9.2％；公共财政收入10.37万亿元，增长24.8％；粮食产量1.14万亿斤，再创历史新高；城镇新增就业1221万人，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。我们巩固和扩大了应对国际金融危机冲击成果，实现了“十二五”时期良好开局。',
  '',
  '',
  '',
  '',
  '',
  '　　',
  '一年来，我们主要做了以下工作：',
  '',
  '',
  '',
  '',
  '（一）加强和改善宏观调控，遏制物价过快上涨，实现经济平稳较快发展。',
  '',
  ].join('\n');

  it('keeps “现在，我代表国务院，向大会报告政府工作，…” out of the parts, so 一、 stays a part (2012)', () => {
    const outline = analyzeReport(NATIONAL_2012_OPENING).outline;
    expect(outline.map((n) => `${n.level} ${n.marker}${n.title}`)).toEqual(['1 一、2011年工作回顾']);
    expect(outline[0]?.children.map((c) => c.marker)).toEqual(['（一）']);
  });
});

describe('a part list after an unnumbered part whose leads are said is the next parts', () => {
  // 2002年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–91;
  // long paragraphs cut after a whole sentence.
  const NATIONAL_2002_OPENING = [
  '各位代表：',
  '',
  '　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。',
  '',
  '',
  '',
  '',
  '',
  '首先报告２００１年的工作',
  '',
  '',
  '　　新世纪第一年，全国各族人民在中国共产党领导下，面对复杂多变的国际形势，克服困难，阔步前进，改革开放和社会主义现代化建设取得了新的重大成就。',
  '',
  '　　',
  '国民经济保持良好发展势头。',
  '在世界经济增长明显减速的情况下，我们坚持扩大内需的方针，坚定地实施积极的财政政策和稳健的货币政策，实现了经济较快增长。２００１年国内生产总值达到９５９３３亿元，比上年增长７．３％。经济结构调整取得积极进展。农业结构有所优化，优质、专用农产品增加。信息、生物等高新技术产业快速发展。',
  '',
  '　　',
  '经济体制改革进一步深化。',
  '国有企业改革继续推进，现代企业制度建设加快。国家向重点企业派出的监事会作用加强。企业重组、改组工作积极推进。一批资源枯竭的矿山和严重资不抵债、扭亏无望的企业，通过关闭、破产退出市场。粮食、棉花流通体制改革取得成效。完善城镇社会保障体系和农村税费改革试点进展顺利。',
  '',
  '　　',
  '科技、教育和社会事业全面发展。',
  '新的“８６３计划”、科技攻关计划和重点基础研究计划开始实施。国家创新体系建设继续推进。一批国家高新技术产业化重大项目正式启动。科技体制改革继续深化。基础教育和职业教育进一步加强，素质教育全面推进。全国普通高校招生２６８万人，比上年增加４８万人。高校管理体制和后勤社会化改革进展顺利。资源保护、环境治理和生态建设明显加强。',
  '',
  '　　',
  '城乡人民生活继续改善。',
  '城镇居民人均可支配收入实际增长８．５％。中央财政和地方财政大幅度增加了社会保障支出。国有企业下岗职工基本生活费和离退休人员基本养老金，基本上做到按时足额发放。城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。',
  '',
  '　　去年，我们隆重庆祝了中国共产党成立８０周年，江泽民总书记发表“七一”重要讲话，阐述了“三个代表”思想的科学内涵和重大意义。党的十五届六中全会作出了加强和改进党的作风建设的重要决定。北京赢得了２００８年奥运会举办权。我国成功举办亚太经合组织第九次领导人非正式会议等重要国际会议。经过长期努力，我国正式加入世界贸易组织。',
  '',
  '　　２００１年经济和社会发展的显著成绩，确实来之不易。这是以江泽民同志为核心的党中央统揽全局、审时度势，及时作出正确决策和部署的结果，是全国各族人民锐意进取、团结奋斗的结果。',
  '',
  '　　我们也清醒地看到，当前经济和社会生活中还存在不少亟待解决的问题。主要是：农民收入增长缓慢，一些粮食主产区和严重受灾地方农民收入减少，有些地方拖欠工资严重，部分企业生产和职工生活仍有困难，就业压力加大。',
  '',
  '　　２００２年是我们党和国家发展史上非常重要的一年。做好今年各项工作，具有十分重要的意义。当前国际形势错综复杂，全球经济和贸易增长仍然缓慢，国际市场竞争更加激烈，贸易保护主义加剧。我国加入世贸组织，总体上有利于改革开放和经济发展，但在近期某些竞争力不强的行业、企业会受到较大冲击。我们面临着新的困难和严峻挑战。',
  '',
  '　　根据党中央部署，今年工作的总体要求是：以邓小平理论和党的十五大精神为指导，进一步贯彻落实江泽民同志“七一”重要讲话和党的十五届五中、六中全会精神，按照“三个代表”要求，正确把握复杂多变的国际政治经济形势，抵御和克服前进道路上的各种风险和困难，以保持经济和社会的稳定。',
  '',
  '　　按照这个总体要求，今年要着重做好以下八个方面工作。',
  '',
  '',
  '',
  '一、扩大和培育内需，促进经济较快增长',
  '',
  '',
  '　　保持国民经济较快增长，是扩大就业、改善人民生活和维护社会稳定的基础，也是推进结构调整和深化改革的重要条件。在当前严峻的国际经济形势下，实现经济较快增长的根本之策，是扩大国内需求，进一步形成消费和投资的双重拉动。要继续实施积极的财政政策和稳健的货币政策，并保持必要的力度，同时采取其他配套的宏观经济政策。',
  '',
  '　　扩大国内需求，首先必须增加城乡居民特别是低收入群体的收入，培育和提高居民的购买力。',
  '',
  '　　',
  '一是采取更有力的措施，千方百计增加农民收入，切实减轻农民负担。',
  '',
  '',
  '　　',
  '二是进一步完善城镇社会保障体系。',
  '当务之急仍然是落实“两个确保”，确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放，任何地方都不得发生新的拖欠。完善失业保险制度。同时，强化城市居民最低生活保障制度建设，使所有符合条件的城市贫困居民都能得到最低生活保障，做到应保尽保。',
  '',
  '　　',
  '三是继续适当提高机关事业单位职工基本工资，并相应增加机关事业单位离退休人员离退休金。',
  '各类所有制企业也要在提高经济效益的基础上，适当增加职工收入。对一些地方拖欠干部、政法干警、教师工资的问题，有关地方政府务必采取有力措施，尽快加以解决。地方财政首先要保工资发放，对过去拖欠的工资，也应尽快补发。宁可不上新的建设项目，不办或者少办不是急需的事，也要确保工资按时足额发放。',
  '',
  '　　',
  '四是积极扩大就业和再就业。',
  '这是增加居民收入的重要途径。努力拓宽就业渠道，增加就业岗位。大力发展就业容量大的劳动密集型产业、服务业、中小企业。扩大社区服务就业门路。实行弹性大、灵活性强、多样化的就业形式。发展劳动力市场，完善就业服务体系。认真落实鼓励自谋职业和促进就业的优惠政策措施。对弱势群体给予特殊的就业援助。',
  '',
  '　　',
  '五是拓宽消费领域，改善消费环境。',
  '通过深化改革，调整政策，消除各种限制消费的障碍。鼓励居民扩大住房、旅游、汽车、电信、文化、体育和其他服务性消费，培育新的消费热点。',
  '',
  '　　',
  '保持国债投资的必要规模，带动固定资产投资较快增长。',
  '根据需要和可能，今年拟发行１５００亿元长期建设国债，主要用于在建的国债建设项目、西部开发项目、重点企业技术改造，以及南水北调、京津水资源保护工程、农村基础设施和教育、公检法司等方面设施的建设。１９９８年以来开工建设的大部分国债项目，要在今年内基本完工。',
  '',
  '　　',
  '努力做好财税工作，保持税制稳定，加强税收征管。',
  '严格依法治税，做到应收尽收，堵塞“跑、冒、滴、漏”。认真贯彻“一要吃饭、二要建设”的方针，合理调整财政支出结构，区别轻重缓急，该保的一定要保，该压缩的要坚决压缩。为了进一步规范中央和地方政府之间的分配关系，建立合理的分配机制，支持西部开发，从今年开始，对所得税收入实行中央和地方按比例分享的办法。',
  '',
  '　　',
  '继续实行稳健的货币政策，加强对金融机构的监管。',
  '金融机构要在切实防范和化解金融风险的同时，积极支持经济发展，努力改进服务。银行要调整信贷结构，重点支持国债投资项目、农业结构调整、企业技术改造、中小企业特别是科技型中小企业的发展，尽量满足有市场、有效益、有信用的企业流动资金贷款需求，发展个人住房、助学贷款等消费信贷业务。',
  '',
  '',
  '',
  '二、加快农业和农村经济发展，努力增加农民收入',
  '',
  '',
  '　　发展农业生产力，提高农民购买力，是扩大和培育内需十分重要的方面，关系国民经济发展和社会稳定全局。要把加强农业和增加农民收入，作为整个经济工作的突出任务；把农民是否增加收入和减轻负担，作为检验农业和农村工作的重要标准。',
  '',
  '　　从根本上说，增加农民收入必须加快农业和农村经济结构调整，大力发展农业产业化经营，积极推动传统农业向现代农业转变。大力推广优良品种和先进适用技术，加快发展优质、专用、无公害农产品。继续调整农业内部结构，积极发展畜牧业和水产养殖业。充分发挥区域比较优势，加快农业布局调整和优化。沿海地区和大中城市郊区要大力发展高效农业。',
  '',
  '　　为了使农民收入尽快有较多增长，还必须做好以下工作。',
  ].join('\n');

  it('reads “首先报告２００１年的工作” with its leads as a part, and 一、二、 as parts beside it (2002)', () => {
    const outline = analyzeReport(NATIONAL_2002_OPENING).outline;
    expect(outline.map((n) => `${n.level} ${n.marker}${n.title}`)).toEqual([
      '1 首先报告２００１年的工作',
      '1 一、扩大和培育内需，促进经济较快增长',
      '1 二、加快农业和农村经济发展，努力增加农民收入',
    ]);
    expect(outline[0]?.children.map((c) => c.kind)).toEqual(['lead', 'lead', 'lead', 'lead']);
  });

  it('keeps 一、…五、 under the unnumbered part whose “五年来，…” topics come before them (1988)', () => {
    const part = analyzeReport(readCorpus('national/1988.txt')).outline.find((n) => n.children.some((c) => c.marker === '一、'));
    expect(part?.marker).toBe('');
    expect(part?.children.filter((c) => c.marker).map((c) => c.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });
});

describe('a bare numeral standing alone over body text is an untitled part', () => {
  // 1960年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0, government_work_reports.jsonl), lines 0–35 and
  // 62–69 (the lines between left blank); long paragraphs cut after a whole sentence.
  const NATIONAL_1960 = [
  '各位代表：',
  '',
  '　　我受中共中央和国务院的委托，向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况和争取提前实现这个纲要的报告。',
  '',
  '',
  '',
  '',
  '',
  '一',
  '',
  '',
  '　　一九五六年到一九六七年全国农业发展纲要，是中共中央政治局根据毛泽东同志的倡议提出的，在一九五六年一月以草案形式公布。',
  '',
  '　　全国农业发展纲要是高速度地发展我国社会主义农业生产和建设的纲领，这个纲领规定了在不很长的时间内大大提高我国农、林、牧、副、渔生产的要求，规定了达到这个要求的各种有效措施，制定了在发展生产的基础上，开展农村文化、教育、卫生等各方面建设的规划，它向全国农民和全国人民指出了改变我国农村面貌的伟大目标。在一九五六年一月，这个纲要草案第一次公布以后，得到了广大农民和全体人民的热烈拥护，对于当时的农业合作化的高潮和农业生产的高潮起了极大的促进作用。一九五七年十月，全国农业发展纲要修正草案的公布，再一次推动了农业生产和建设的新高潮，首先是在全国范围内掀起了我国历史上从未有过的大兴水利的群众运动。事实完全证明，这个纲要是一个群众性的纲领，它能够调动最广大群众的积极性来发展我国的农业，建设我国的社会主义新农村。全国人民为实现这个纲领而进行的斗争，不但造成了农业战线上的跃进形势，而且通过农业的跃进，促进了整个国民经济跃进形势的发展。',
  '',
  '　　一九五八年五月，中共第八届全国代表大会第二次会议，在马克思列宁主义普遍真理与中国革命和建设的具体实践相结合的毛泽东思想指导下，制定了鼓足干劲、力争上游、多快好省地建设社会主义的总路线，提出了破除迷信、解放思想、发扬敢想敢做的共产主义风格的号召，从此就开辟了我国社会主义建设大跃进的新局面，在这种新局面下，全国农村在一九五八年下半年普遍地实现了人民公社化。',
  '',
  '　　人民公社是我国人民群众根据实际需要所作出的伟大创举，党中央和毛泽东同志十分重视并且及时抓住了群众的这个创举，把它集中起来，坚持下去，用正确的方针指导它沿着健康的道路向前发展。农村人民公社化的实现，使我国农村发生了巨大、深刻的变化。',
  '',
  '　　农村人民公社是在高级农业生产合作社的基础上发展起来的，它的规模比高级农业生产合作社大得多。',
  '',
  '　　人民公社由于具备了一大二公的优点，就能够在比高级社更大的范围内统一安排生产和分配，能够比高级社更有效地充分动员和合理安排农村劳动力，能够进行大协作，能够举办过去高级社无力举办的建设。',
  '',
  '　　农村人民公社化的实现，为生产力的更大发展开辟了广阔的道路，使我们在一九五八年和一九五九年取得了农业生产的连续大跃进，粮食两年增长百分之四十六，棉花两年增长百分之四十七。',
  '',
  '',
  '',
  '二',
  '',
  '',
  '　　',
  '下面我首先说一下农业发展纲要在过去四年中执行的情况。',
  '',
  '',
  '　　全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。这是四十条纲要的中心。',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '三',
  '',
  '',
  '　　人民公社制度是我们提前实现农业发展纲要的根本保障。我们要贯彻执行中共中央关于人民公社的历次决议，使人民公社不断地健全发展，应当大力发展生产队的经济，特别要加强对穷队的领导和帮助，使它们逐步赶上富队，同时，在坚持三级所有制的前提下，积极发展社有经济。我们的前途是从队基本所有过渡到社基本所有，然后再从社基本所有过渡到全民所有。但是，要实现这个前途，必须具备必要的条件。就实现社基本所有制的条件来说，第一，全社的经济发展达到了每人年平均收入一百五十元至二百元的水平；第二，社有经济部分在全社经济中占了优势；第三，穷队赶上了富队；第四，农村的机械化和半机械化达到了一定程度。为了创造这些条件，我们就必须坚持三级所有制，坚持以按劳分配为主的分配制度，坚持等价交换等制度。坚持这些制度，不仅有利于当前人民公社的生产和建设，也有利于将来的逐步过渡；不仅符合于人民群众当前利益的要求，也符合于人民群众长远利益的要求。',
  '',
  '　　我们要充分利用人民公社统一安排生产的优越性，更好地全面发展农、林、牧、副、渔的多种经营。',
  ].join('\n');

  it('reads “一” “二” “三” as parts without titles, and the sentence under “二” as no title (1960)', () => {
    const outline = analyzeReport(NATIONAL_1960).outline;
    expect(outline.map((n) => `${n.selectionRange.start.line} ${n.marker}|${n.title}`)).toEqual(['8 一|', '27 二|', '64 三|']);
  });
});

describe('prose openers', () => {
  it('takes a sentence that opens on “对于X，” for prose that takes up a topic, not a lead (1957)', () => {
    expect(nodeAt('national/1957.txt', '对于科学规划，有人表示怀疑。')).toBeUndefined();
  });
});
