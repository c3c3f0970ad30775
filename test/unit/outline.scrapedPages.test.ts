import { describe, expect, it } from 'vitest';
import { ownsUpToProblems } from '../../src/core/outline/leads';
import { foldWidth } from '../../src/core/text/normalize';
import { outlineNodes } from '../support/outlineNodes';
import { analyzeReport, flattenOutline } from '../../src/core';

/** Escaped line breaks as the src32 xlsx texts write them: backslash-r backslash-n (outline.escapedBreaks.test.ts). */
const ESCAPED = '\\r\\n';
const titles = (text: string): string[] => outlineNodes(text).map((n) => `${n.level} ${n.title}`);

/**
 * 安新县 2024 (src32 安新县-2024.txt, outside ../shared/corpus; yver-sun/gaoyang-towel-resilience @a1caada, the xlsx column
 * H), pieces 0–12, 17, 19, 21–24 of its escaped lines, each cut after its first sentence: half its headings open with the
 * entity “&nbsp; &nbsp; ” the page's markup left written out, so their marker did not open the line.
 */
const ANXIN_2024 = [
  "各位代表：",
  "&nbsp; 现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。",
  "一、2023年工作回顾",
  "",
  "2023年是全面贯彻党的二十大精神的开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。",
  "&nbsp; &nbsp; （一）经济发展稳中向好。",
  "&nbsp; &nbsp; （二）产业转型提能升级。",
  "（三）城市功能持续完善。",
  "&nbsp; &nbsp; （四）乡村振兴提质增效。",
  "（五）文旅文创融合发展。",
  "（六）深化改革纵深推进。",
  "（七）民生福祉不断改善。",
  "（八）社会大局安全稳定。",
  "二、2024年政府工作安排",
  "各位代表！",
  "&nbsp; &nbsp; 今年将重点抓好八个方面工作：",
  "（一）突出“项目为王”，持续扩大有效投资",
  "&nbsp; &nbsp; 齐心协力招引项目。",
  "千方百计争取资金。",
].join(ESCAPED);

/**
 * 徐水区 2019 (src32 徐水区-2019.txt, outside ../shared/corpus), pieces 0–22 and 25–27 of its escaped lines, bodies cut
 * after two or three sentences (pieces 1, 4 and 20 whole): part 一 is a series of seven lines “2018年，我们坚持…，致力于…，….” each
 * over its body, the first ending on “。&nbsp;”; piece 20 owns up to the year's problems (清醒的看到, 一是…四是).
 */
const XUSHUI_2019 = [
  "2019年1月29日保定市徐水区第二届人民代表大会第三次会议",
  "保定市徐水区人民政府区长&nbsp; 李志永",
  "一、2018年工作回顾",
  "2018年，在上级党委、政府和区委的正确领导下，在人大依法监督、政协民主监督和大力支持下，全区上下深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，抢抓京津冀协同发展和雄安新区规划建设的重大历史机遇，紧紧围绕打造雄安绿色服务桥头堡、保定高端发展先行区，积极践行高质量发展理念，统筹推进稳增长、促改革、调结构、惠民生、防风险等各项工作，较好完成了区二届人大二次会议确定的目标任务，向全面建成小康社会迈出了新步伐。预计2018年，地方生产总值预计完成285亿元，同比增长8.6%。",
  "2018年，我们坚持扩大产业集聚效应不动摇，致力于要素集中、能级提升，开发区建设进一步加强。&nbsp;",
  "徐水经济开发区地表水厂、污水处理厂实现正常运营。大王店110kv变电站第三台主变增容项目投入使用，220kv变电站正在进行主体施工。双源无轨电车实现试通行，工信部自动驾驶封闭测试场建成并挂牌。",
  "2018年，我们坚持高水平大视野开放不止步，致力于拓展合作发展新空间，产业升级进一步加快。",
  "依托开发区最好的区位优势、最好的政策环境、最好的招商团队，围绕产业链条、产业集群、产业目录，实施精准招商和跟踪招商，下广东、赴新疆、到重庆、进山西，全年完成项目签约18个，总投资150亿元。特变电工创新科技产业基地、百度人工智能云计算中心、贝尔智慧城市等一批大体量、高质量项目落户徐水。抓好土地供给，成立五个指挥部，组织最精干力量、落实最惠民举措，勠力同心、昼夜奋战，利用20天时间，完成了釜山文化新村、健康产业基地、中小企业园等片区土地收储，共收储土地近万亩，再次创造了征地拆迁工作的徐水速度，为承接开放成果打下了坚实基础。",
  "2018年，我们坚持抓创新就是抓未来、抓创业就是抓发展，致力于科技创新、大众创业，发展动力进一步增强。",
  "提升企业创新能力。全年新增高新技术企业7家、院士工作站1家、省级重点实验室1家，科技型中小企业81家。高新技术企业、省级科技小巨人企业、科技型中小企业分别达24家、25家、440家，总量位居全市前列。",
  "2018年，我们坚持全方位释放市场主体活力，致力于抓改革强服务，营商环境进一步优化。",
  "深化行政审批制度改革。加快推进“互联网政务服务”事项网上办理，办理率达85.4%，位居全市第二位。实施“落地即批、拿地即建、一月办清”审批模式，大幅度提高审批服务效率。",
  "2018年，我们坚持打造生态宜居的百年城市，致力于强基础补短板，形象品位进一步提高。",
  "完善城市功能。占地一千亩的徐水植物园完成土地征收，高庄村片区改造开始启动。城西集中供热站正常运行，新增供热面积25万平米，集中供热总面积达286万平米。",
  "2018年，我们坚持绿水青山就是金山银山理念，致力于生态优先、绿色发展，环境质量进一步改善。",
  "开展“散乱污”企业治理。取缔“散乱污”企业22家，全区64家VOCs排放企业全部治理达标。开展白洋淀上游流域综合整治。",
  "2018年，我们坚持以人民为中心的发展思想，致力于保障和改善民生，和谐稳定的社会局面进一步巩固。",
  "2018年实施的46项惠民工程，除政策调整取消一项外，其他均已完成或正在推进。强力推进扶贫脱贫攻坚。财政投入1400余万元，结合实际，提高危房改造、医疗救助和教育资助标准，创新产业就业扶贫举措。",
  "各位代表，过去的一年，我们不忘初心、牢记使命，大力加强政府自身建设，转变政府职能，提高行政效能。严格执行人大及其常委会的各项决议、决定，主动接受人大依法监督、政协民主监督和社会各界监督。",
  "各位代表，这些成绩的取得，是区委总揽全局、正确领导的结果，是区人大、区政协有效监督和大力支持的结果，是广大干部群众团结协作、不懈奋斗的结果。在此，我代表区人民政府，向全区人民，向人大代表、政协委员，向各民主党派、工商联、各人民团体和社会各界人士，向老干部，向驻徐人民解放军、武警官兵、民兵预备役和政法干警，向关心支持徐水发展的各界朋友表示崇高的敬意和衷心的感谢！",
  "各位代表，安不忘危、稳不忘忧。在看到成绩的同时，我们也要清醒的看到，全区经济和社会发展还面临一些不容忽视的困难和问题：一是经济内生增长动力依然不强。固定资产投资依然不足，新旧动能转换任务繁重，推进高质量发展还有不少制约因素。二是城乡一体化发展不够均衡。基础设施和公共服务不够完善，乡村振兴战略刚刚起步，统筹推进力度还需加大。三是大气污染防治形势依然严峻。生态建设任务十分艰巨。四是政府职能转变还不够到位。体制机制还不能适应新形势，一些党员干部作风建设还不能适应新要求。针对这些问题，我们将高度重视，坚持问题导向，更加自觉主动的认真研究解决。",
  "二、2019年目标任务和重点工作",
  "今年，是新中国成立70周年，是全面贯彻党的十九大精神、全面建成小康社会的关键之年，是京津冀协同发展国家战略深入实施的重要一年。",
  "今年政府工作的主要任务是：",
  "（一）持续推进主导产业发展，加快动能转换，全力构建多领域支撑的现代产业体系。",
  "聚焦聚力，打造好产业集群。",
].join(ESCAPED);

describe('pages scraped from their markup (src32)', () => {
  it('reads the entity &nbsp; as the space it stands for, offsets kept', () => {
    expect(foldWidth('加强。&nbsp;')).toBe('加强。      ');
    expect(foldWidth('&nbsp; &nbsp; （一）经济').indexOf('(一)')).toBe(14);
    const nodes = titles(ANXIN_2024);
    for (const t of ['2 经济发展稳中向好', '2 产业转型提能升级', '2 乡村振兴提质增效', '2 社会大局安全稳定', '2 突出“项目为王”，持续扩大有效投资']) expect(nodes, t).toContain(t);
  });

  it('reads lines opened by the year under review, alternating with their bodies, as a series of leads', () => {
    const nodes = titles(XUSHUI_2019);
    expect(nodes).toContain('2 2018年，我们坚持扩大产业集聚效应不动摇，致力于要素集中、能级提升，开发区建设进一步加强');
    expect(nodes).toContain('2 2018年，我们坚持以人民为中心的发展思想，致力于保障和改善民生，和谐稳定的社会局面进一步巩固');
    expect(nodes.filter((n) => n.startsWith('2 2018年，我们坚持'))).toHaveLength(7);
    // The review's first paragraph opens with the year too, but is no line of the series: prose.
    expect(nodes.some((n) => n.includes('在上级党委'))).toBe(false);
  });

  it('lists none of the problems a review owns up to with 清醒的看到 / 清醒的认识到', () => {
    expect(titles(XUSHUI_2019).some((n) => n.includes('经济内生增长动力依然不强'))).toBe(false);
    // 曲阳县 2020 line 27 and 唐县 2020 line 23 (src32), their opening words.
    expect(ownsUpToProblems('在肯定成绩的同时，我们也清醒的认识到，我们的工作还有很多不足，还存在一些问题和困难。')).toBe(true);
    expect(ownsUpToProblems('各位代表!我们也清醒的认识到，唐县经济社会发展还存在不少问题和困难。')).toBe(true);
  });
});

/**
 * 顺平县 2023 (src32 顺平县-2023.txt, outside ../shared/corpus), pieces 0–3 and the part 二 pieces of its “1357”, cut after
 * its second sentence: ——贯穿“一条主线”。 / ——把握“三个着力点”。 / ——做实“五篇文章”。 over its 一是…五是 (two of them
 * here), then ——打造“7N系列场景”。 over （一）…（七）.
 */
const SHUNPING_2023 = [
  "各位代表：",
  "现在，我代表顺平县人民政府向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。",
  "&nbsp;",
  "一、2022年工作回顾",
  "二、2023年工作安排",
  "今年是贯彻落实党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键一年，也是我们迈上后疫情时代、打造中国式现代化顺平场景的第一年，做好各项工作事关全局、事关长远，尤为重要。",
  "做好今年工作，关键要进一步细化、实化中国式现代化顺平场景，突出抓好“1357”，即“贯穿一条主线、把握三个着力点、做实五篇文章、打造7N系列场景”。",
  "——贯穿“一条主线”。紧紧围绕贯彻落实党的二十大精神这一条主线，紧盯“一年开好局、三年大变化、五年县域综合实力大幅进位”和“五个顺平”战略部署，一步一个脚印推动中国式现代化顺平场景变为现实。",
  "——把握“三个着力点”。把“高质量发展、高效能治理、高品质生活”作为工作的根本着力点。",
  "——做实“五篇文章”。在“协同发展、创新驱动、乡村振兴、城市更新、安全发展”五个方面做文章、见成效，扎实推动各项工作落实落地、争先进位。",
  "一是在推进京津冀协同发展上做文章、见成效。进一步增强“谋”的意识,加密“跑”的频次，加大“争”的力度,努力在服务首都、对接北京、联动雄安中加快发展。",
  "二是在实施创新驱动发展上做文章、见成效。综合运用政策、法律、金融、服务等多元化的支持方式，大力引导各类创新要素向企业集聚，促进科技成果转化和知识产权应用。",
  "——打造“7N系列场景”。锚定“7N”中国式现代化顺平场景，逐一制定实施方案，明确具体路径和项目支撑，确保可操作、能落地、如期实现。",
  "（一）锚定农业强县，打造和美共富的乡村振兴场景。始终坚持农业农村优先发展，把实施乡村振兴战略作为新时代“三农”工作总抓手，加快推进农业高质高效、农村宜居宜业、农民富裕富足。",
  "（二）锚定工业强县，打造创新驱动的产业集群场景。把实体经济牢牢抓在手上，坚持集群化发展、园区化承载、大项目带动、大企业引领，进一步优化产业格局、厚植发展优势。",
].join(ESCAPED);

describe('a dash series that goes on after the points of its last lead', () => {
  it('reads the dash paragraph after them as a lead beside the series, its figure no target', () => {
    const nodes = titles(SHUNPING_2023);
    expect(nodes).toContain('2 贯穿“一条主线”');
    expect(nodes).toContain('2 做实“五篇文章”');
    expect(nodes).toContain('2 打造“7N系列场景”');
  });

  it('nests the points a dash lead counts (“五篇文章”) under it', () => {
    const nodes = titles(SHUNPING_2023);
    expect(nodes).toContain('3 在推进京津冀协同发展上做文章、见成效');
    expect(nodes).toContain('3 在实施创新驱动发展上做文章、见成效');
    // A dash lead that counts nothing titles its paragraph only: the sections after “7N” stay the part's.
    expect(nodes).toContain('2 锚定农业强县，打造和美共富的乡村振兴场景');
  });
});

/**
 * 徐水区 2018 (src32 徐水区-2018.txt, outside ../shared/corpus), pieces 0–22 of its escaped lines, each cut after two
 * sentences: part 一 is seven “----过去的一年，我们致力于…” leads, each one line with its body, then the deputies addressed
 * and the year's problems.
 */
const XUSHUI_2018 = [
  "在保定市徐水区第二届人民代表大会第二次会议上",
  "保定市徐水区人民政府区长李志永",
  "各位代表：",
  "现在，我代表徐水区人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。",
  "一、2017年工作回顾",
  "2017年，在上级党委、政府和区委的正确领导下，在区人大依法监督、区政协民主监督和大力支持下，区政府团结带领全区人民，全面贯彻中央、省、市各项重大部署，紧紧抓住京津冀协同发展和雄安新区建设的重大历史机遇，坚定不移狠抓项目建设、产业升级、环境优化、改革开放、民生保障，圆满完成了各项工作任务。",
  "----过去的一年，我们致力于抓发展稳增长，综合实力再上新台阶。2017年，完成地方生产总值[1]202亿元，同比增长9%。",
  "——过去的一年，我们致力于调结构增效益，产业升级迈出新步伐。农业上，在稳定粮食生产的基础上，加快畜牧业转型升级，标准化、产业化水平位居全市第一、全省前列。",
  "----过去的一年，我们致力于建园区上项目，发展后劲得到新增强。开发区建设加快推进，2017年，徐水经济开发区新增投资2.6亿元，新建扩建道路七条，地表水厂投入使用，市政管网、供电、供热、通信等基础设施进一步完善，主营业务收入位居全省第9位、全市第一位。",
  "----过去的一年，我们致力于打基础严管理，城乡建设呈现新面貌。南外环高架桥、朝阳大街北延项目按计划推进。",
  "----过去的一年，我们致力于除顽疾保生态，环境治理实现新突破。全面落实大气污染防治118工作方案及环保风暴行动方案，坚持“科学治霾、协同治霾、铁腕治霾”，通过开展控煤、抑尘、尾气油烟治理等工作，努力改善大气质量。",
  "----过去的一年，我们致力于强保障促和谐，民生福祉取得新改善。办好人民满意教育，师昌绪学校完成主体建设，投资8000余万元实施了一批薄弱学校改造工程，大力加强校长和教师队伍建设，加强学校规范化管理，提升教育综合服务水平，我区乡村教师队伍建设工作机制被教育部作为优秀案例向全国推广。",
  "----过去的一年，我们致力于抓改革优服务，政务环境开创新格局。深化审批制度改革和行政执法改革，成立了行政审批局，城市管理综合执法改革基本完成，组建不动产中心并正式运营，文体旅游领域综合执法改革顺利推进。",
  "各位代表，过去的一年，我们不忘初心、牢记使命，徐水广大干部职工干事创业、无私奉献，徐水经济实力全市领先，徐水发展环境更加优化，徐水天更蓝、水更清、山更秀，徐水人民群众的获得感更加充实。这些成绩的取得，是上级党委、政府和区委正确领导的结果，是各位代表、各位委员支持、监督、参政议政的结果，是全区人民戮力同心、砥砺奋进的结果。",
  "各位代表，过去的一年，我们面对雄安新区成立后的发展定位调整，面对新旧动能转换的关键节点，面对环保整治的巨大压力，认真按照上级安排部署、紧跟形势转变，及时调整工作重心，以服务雄安、对接雄安为主线，围绕打造雄安绿色服务桥头堡、保定高端发展先行区，在配套设施上规划衔接，在产业发展上优化布局，在环境改善上持续用力，在项目用地上严格管控，做了一系列打基础、利长远的工作，解决了一大批历史遗留、疑难问题，为服务雄安做出了应有的贡献，为经济转型奠定了坚实的基础，但也在客观上影响了年初部分目标任务的实施。",
  "我们要清醒的看到，全区经济和社会事业发展还面临一些不容忽视的困难和问题：一是经济运行尚处在调整爬坡阶段。受国内外经济环境等多种因素影响，产业转型升级任重而道远。",
  "二、2018年目标任务和重点工作",
  "2018年是全面贯彻党的十九大精神的开局之年，是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。新的一年，我们正处于历史性的窗口期和战略性的机遇期，雄安新区建设即将全面启动，北京非首都功能疏解、京津产业转移、南资北移步伐不断加快，为徐水强势起步、实现高质量发展提供了良好条件，徐水开放崛起其势已成、徐水跨越腾飞其时已至。",
  "今年政府工作的总体要求是：坚持全面贯彻党的十九大精神，全面落实省委九届六次全会、市委十一届四次全会、区委二届四次全会精神，牢牢把握高质量发展这一根本要求，突出创新发展、协同融合、改革开放、转型升级、提质增效、改善民生、优化环境，确保经济发展提档不失速，社会进步量增质更优，努力建设富裕文明新区、美丽幸福徐水，努力开创新时代徐水高质量发展的新局面！",
  "经济社会发展的预期目标是：生产总值同比增长7%以上，规模以上工业增加值同比增长5%；社会消费品零售总额同比增长10%左右；一般公共预算收入同比增长10%；城镇居民人均可支配收入增长8%左右；农村居民人均可支配收入增长9%左右；固定资产投资同比增长8%。",
  "为实现上述目标，重点抓好以下七个方面工作：",
  "（一）持续推进协同创新，借势雄安建设，推进率先联动发展。一是明确对接目标。",
  "（二）突出项目园区建设，围绕高质量发展，提高经济发展持久能力。一是狠抓重点项目建设。",
].join(ESCAPED);

describe('the ranges of a text whose breaks are escaped', () => {
  /** A node's range as offsets into the escaped text; for the text with real breaks each line's break counts as the escape. */
  const offsets = (text: string, breakLength: number): string[] => {
    const starts: number[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      starts.push(at);
      at += line.length + breakLength;
    }
    return flattenOutline(analyzeReport(text).outline).map(({ node }) => {
      const r = node.range;
      return `${node.title} ${(starts[r.start.line] as number) + r.start.character}-${(starts[r.end.line] as number) + r.end.character}`;
    });
  };

  it('end where the same text with real line breaks ends them', () => {
    const real = XUSHUI_2018.split(ESCAPED).join('\n');
    expect(offsets(XUSHUI_2018, 0)).toEqual(offsets(real, ESCAPED.length));
  });

  it('end the last lead of a series of one-line leads at its own piece, not at its part’s end', () => {
    const last = flattenOutline(analyzeReport(XUSHUI_2018).outline).find(({ node }) => node.title.includes('抓改革优服务'));
    const piece = XUSHUI_2018.indexOf('----过去的一年，我们致力于抓改革优服务');
    expect(last?.node.range.end.character).toBe(XUSHUI_2018.indexOf(ESCAPED, piece));
  });
});

/**
 * 容城县 2015 (src32 容城县-2015.txt, outside ../shared/corpus), pieces 0–3, 5–6, 12 and 14–16 of its escaped lines, each cut
 * after its first sentence: no title block, so its year comes from its text — “一、 2014年工作回顾” and “二、 2015年工作总体要求”.
 */
const RONGCHENG_2015 = [
  "一、 2014年工作回顾 ",
  "2014年，在市委、市政府和县委的坚强领导下，县政府牢牢把握“稳增长、调结构、促改革、惠民生”主基调，抢抓京津冀协同发展机遇，围绕实现“绿色崛起、高端发展，打造环京津地区新的发展增长极”宏伟目标，强化大局意识、责任意识，主动作为，奋勇争先，较好完成了县十五届人大三次会议确定的各项任务目标。",
  "经济保持平稳增长，地区生产总值预计完成 60.7亿元，可比增长6.5%；固定资产投资完成53.7亿元，同比增长19.6%。",
  "一年来，我们主要做了以下六个方面的工作： ",
  "（一）加快工业转型升级步伐，产业结构更趋合理。",
  "（二）加强园区和项目建设，发展后劲持续增强。",
  "各位代表，成绩来之不易，这是市委、市政府和县委科学决策、正确领导的结果，是县人大、县政协有效监督、大力支持的结果，是全县人民团结一心、艰苦奋斗的结果。",
  "二、 2015年工作总体要求 ",
  "2015年是贯彻落实党的十八届三中、四中全会精神，全面深化改革的关键之年，京津冀协同发展上升为国家重大战略，已经进入实质性实施阶段。",
  "今年政府工作的总体思路是： 全面贯彻落实中央和省、市系列会议精神，以开放、高端、创新、统筹、效率为统领，以协同发展、创新发展总揽全局，发挥京津保“黄金三角”区位优势，加大园区和项目建设力度，加快服装产业转型升级步伐，做大做强装备制造产业，促进现代农业提质增效，强化生态环境建设，加大污染防控治理力度，全力争创省级园林县城，加强民生保障，努力建设生态容城、富强容城、和谐容城。",
].join(ESCAPED);

describe('the year of a text whose breaks are escaped', () => {
  it('is read from its pieces as from the same text with real breaks', () => {
    expect(analyzeReport(RONGCHENG_2015.split(ESCAPED).join('\n')).meta.year).toBe(2015);
    expect(analyzeReport(RONGCHENG_2015).meta.year).toBe(2015);
  });
});
