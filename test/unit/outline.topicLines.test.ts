import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineNode } from '../../src/core/types';

/**
 * A part without numbered sections set out in groups, each under a clause line standing alone with no blank line
 * around it, the lines opening alike; the paragraphs of each group open with lead sentences (free outside texts of src32,
 * yver-sun/gaoyang-towel-resilience @a1caada, /work/outside/src32/SOURCES.md): 米易 2023 (filed as 易县-2023) lines 13–27
 * and 高唐 2025 (filed as 唐县-2025) lines 13–22, 27, paragraphs cut after one to three sentences. The lines are the part's
 * topics (level 2), as 1988's standalone “五年来，…” lines between blank lines are (test/fixtures/expected/national__1988),
 * and the leads are theirs (level 3). The first line of 米易's series was missed (its group opens with figures, no lead)
 * and every lead stood beside the lines at level 2; 高唐's part had no children at all.
 */
const OPENING = ['各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。'];
const MIYI_2023 = [
  ...OPENING,
  '2022年工作回顾',
  '刚刚过去的2022年，是党和国家发展史上具有里程碑意义的一年，也是米易发展史上不寻常、不平凡的一年。',
  '一年来，我们坚持事不避难、真抓实干，发展质量稳步提升',
  '全年实现地区生产总值183.7亿元、增长3.8%，规上工业增加值增长7.2%，全社会固定资产投资增长10.7%，社会消费品零售总额增长0.8%，城乡居民人均可支配收入分别达44999元、24102元，分别增长4.6%、6.3%；完成县级一般公共预算收入13.5亿元、增长9.9%，争取到位上级资金16.7亿元、增长9.3%。',
  '工业经济提质扩面。东方钛业智能制造升级等12个重点工业项目建成投产，工业投资、技改投资分别增长25.2%、18.6%，居全市第1位、第3位，为近五年最好水平。',
  '现代农业稳产增效。扎实推进“天府第二粮仓”建设，落实最严格的耕地保护制度，新建高标准农田1.62万亩，成为全省27个耕地净流入的县（市、区）之一。',
  '文旅商贸聚势蓄能。米易傈僳梯田升级国家4A级景区，新山傈僳族乡入选全国乡村旅游重点乡镇，中山村、海塔村获评省级乡村旅游重点村。',
  '一年来，我们坚持精明增长、协同发展，城乡建设提质增速',
  '内外交通极大改观。成昆铁路复线全线通车运营，到成都仅需4小时，米易正式迈入“动车时代”。',
  '城市品质持续提升。国土空间规划“三区三线”划定成果获批启用，县城区开发边界拓展至10.73平方公里。',
  '一年来，我们坚持改革创新、扩大开放，发展动能更加强劲',
  '重点改革攻坚破题。“放管服”改革持续深化，9528项政务服务事项纳入清单化管理，“全程网办”事项占比提升至90%，群众满意率达100%，网上开证明被评为全省优秀创新案例。',
  '创新创造态势活跃。全面对接落实一揽子稳经济政策措施，出台稳增长26条，制定“转企升规”6条支持政策，减免税费7.64亿元，市场主体净增623户、总量突破2万户。',
].join('\n');
const GAOTANG_2025 = [
  ...OPENING,
  '2024年工作回顾',
  '2024年是实现“十四五”规划目标任务的关键一年。',
  '我们始终保持发展定力，经济运行跑出新速度',
  '主要经济指标保持向上向好势头，经济运行稳中有进、进中提质。地区生产总值增长6.5%，全体居民人均可支配收入增长5.6%。',
  '我们始终坚持提质增效，产业发展取得新突破',
  '工业经济运行稳健。精准高效推动大规模设备更新，加力推进新型工业化。工业技改投资增长4.7%。',
  '我们始终强化投资开放，经济发展注入新动能',
  '项目投资效能提升。成立重点项目挂图作战和要素保障指挥部，创新建立“1432”工作机制。成功承办全省春季高质量发展重大项目建设现场推进会聊城分会场活动。',
  '我们始终聚焦融合发展，城乡建设实现新变化',
  '城市功能稳步提升。县级国土空间总体规划获批实施。德郓高速德城至高唐段、济临高速高唐段开工建设。',
  '各位代表!惟其磨砺，始得玉成。',
].join('\n');

/** 南山区 2021 (src27) part 过去五年工作回顾, lines 2–13 and 24–28 cut: three of its five groups, the address and the lessons. */
const NANSHAN_2021 = [
  ...OPENING,
  '过去五年工作回顾',
  '过去五年，南山区坚定沿着习近平总书记指引的方向奋勇前进。',
  '过去五年，我们坚定不移走创新发展之路，城区发展更高质量',
  '经济体量更大。本地生产总值高位竞进，超过6500亿元，超额完成“十三五”规划目标，总量稳居全省区（县）第一。',
  '经济结构更优。二三产比例从2015年的46.95:53.03调整至30.8:69.2。',
  '过去五年，我们全面深化改革扩大开放，城区发展更有效率',
  '以改革提效能。着力提升生态治理效能，创造性开挖丽水河、燕清溪，铁桶般保护西丽水库，释放土地空间超过4平方公里。',
  '以开放提效率。努力让更多高端资源走进来，成为发展新动力。',
  '过去五年，我们始终坚持以人民为中心，城区发展更加公平',
  '发展更加平衡。高标准编制国土空间分区规划，产业谋划、城区规划一体推进。',
  '发展机会更加均等。实施优质均衡教育，让孩子们拥有更多梦想成真的机会。',
  '各位代表！过去五年，南山发展取得的成绩，是习近平新时代中国特色社会主义思想科学指引的结果，是中央和省、市、区委坚强领导的结果，是全区人民拼搏奋斗的结果。',
  '回首五年来经济社会发展，回首五年来走过的奋斗历程，我们深深感悟到，只有始终保持对党的忠诚心，旗帜鲜明讲政治，才能在危机中育先机、于变局中开新局。',
  '我们深深感悟到，只有始终保持对人民的感恩心，用心用情惠民生，才能人才聚事业兴、形成发展的强磁场。我们坚持发展为民、发展惠民，持续优化教育、医疗、文体等公共配套，九大类民生支出占每年财政支出的比重，始终超过七成。',
  '我们深深感悟到，只有始终保持对事业的进取心，创新思路解难题，才能巩固发展的好势头、开创发展的新天地。我们始终保持“闯”的精神、“创”的劲头、“干”的作风，紧紧围绕区委谋划的目标任务，心往一处想、劲往一处使，全力以赴推进“3+3”战略示范工程，创造性破解了水源保护区调非调准等一系列难题，推动西丽湖国际科教城、西丽高铁新城从无到有，干成了南头古城保护与利用等多年想干而没有干成的大事，连续荣获全市绩效考核最高等次。',
  '我们深深感悟到，只有始终保持对法纪的敬畏心，清正廉洁作表率，才能营造风清气正的好生态、提振干事创业的精气神。我们自觉把纪律和规矩挺在前面，严肃教育、严明纪律、严格管理，紧盯公共资金、关键环节和重点领域，切实加强行政监督、审计监督、财政监督，推动全面从严治党全面加强、正风肃纪成效明显、务实作风持续优化。',
].join('\n');

/**
 * 高唐县 2025 (src32 高唐县-2025, outside ../shared/corpus) lines 11–20 (bodies cut after one or two sentences), then the
 * next part's name (line 29) and its opening (line 30, cut), then the review's last topic line and its body (lines 25–26,
 * cut) moved under it: a line of the next part opening like the series (我们始终…), within reach of its last line.
 */
const GAOTANG_2025_NEXT_PART = [
  "各位代表：",
  "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席会议的同志提出意见。",
  "2024年工作回顾",
  "2024年是实现“十四五”规划目标任务的关键一年。",
  "我们始终保持发展定力，经济运行跑出新速度",
  "主要经济指标保持向上向好势头，经济运行稳中有进、进中提质。地区生产总值增长6.5%，全体居民人均可支配收入增长5.6%。",
  "我们始终坚持提质增效，产业发展取得新突破",
  "工业经济运行稳健。精准高效推动大规模设备更新，加力推进新型工业化。",
  "我们始终强化投资开放，经济发展注入新动能",
  "项目投资效能提升。成立重点项目挂图作战和要素保障指挥部，创新建立“1432”工作机制。",
  "2025年工作目标任务",
  "各位代表，今年是“十四五”规划收官之年，也是“十五五”规划谋篇布局之年。",
  "我们始终注重自身建设，行政效能实现新提高",
  "坚持把党的领导贯穿政府工作全过程，巩固拓展主题教育成果，扎实开展党纪学习教育，严格落实意识形态工作责任制。政府系统群众身边不正之风和腐败问题整治工作取得明显实效。",
].join('\n');

const tree = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.level} ${n.title}`, ...tree(n.children)]);
const under = (text: string, part: string): string[] => tree(analyzeReport(text).outline.find((n) => n.title === part)?.children ?? []);

describe('clause lines standing alone over groups of leads are the part’s topics', () => {
  it('nests 米易 2023’s leads under its three “一年来，我们坚持…” lines', () => {
    expect(under(MIYI_2023, '2022年工作回顾')).toEqual([
      '2 一年来，我们坚持事不避难、真抓实干，发展质量稳步提升',
      '3 工业经济提质扩面',
      '3 现代农业稳产增效',
      '3 文旅商贸聚势蓄能',
      '2 一年来，我们坚持精明增长、协同发展，城乡建设提质增速',
      '3 内外交通极大改观',
      '3 城市品质持续提升',
      '2 一年来，我们坚持改革创新、扩大开放，发展动能更加强劲',
      '3 重点改革攻坚破题',
      '3 创新创造态势活跃',
    ]);
  });

  it('reads 高唐 2025’s four “我们始终…” lines as topics, the leads of their paragraphs under them', () => {
    expect(under(GAOTANG_2025, '2024年工作回顾')).toEqual([
      '2 我们始终保持发展定力，经济运行跑出新速度',
      '2 我们始终坚持提质增效，产业发展取得新突破',
      '3 工业经济运行稳健',
      '2 我们始终强化投资开放，经济发展注入新动能',
      '3 项目投资效能提升',
      '2 我们始终聚焦融合发展，城乡建设实现新变化',
      '3 城市功能稳步提升',
    ]);
  });

  it('needs three lines opening alike: two make no series (the 米易 excerpt without its third group)', () => {
    const two = MIYI_2023.split('\n').slice(0, -3).join('\n');
    expect(under(two, '2022年工作回顾').filter((t) => t.startsWith('2 一年来'))).not.toContain('2 一年来，我们坚持事不避难、真抓实干，发展质量稳步提升');
  });

  it('goes on by its head only inside its part: the next part’s line opening alike is no topic (高唐 2025 rearranged)', () => {
    expect(under(GAOTANG_2025_NEXT_PART, '2024年工作回顾').filter((t) => t.startsWith('2 '))).toHaveLength(3);
    expect(under(GAOTANG_2025_NEXT_PART, '2025年工作目标任务')).toEqual([]);
  });

  it('ends the last group at an address to the deputies: the lessons after it are the part’s (南山区 2021)', () => {
    const nodes = under(NANSHAN_2021, '过去五年工作回顾');
    expect(nodes.slice(0, 9)).toEqual([
      '2 过去五年，我们坚定不移走创新发展之路，城区发展更高质量',
      '3 经济体量更大',
      '3 经济结构更优',
      '2 过去五年，我们全面深化改革扩大开放，城区发展更有效率',
      '3 以改革提效能',
      '3 以开放提效率',
      '2 过去五年，我们始终坚持以人民为中心，城区发展更加公平',
      '3 发展更加平衡',
      '3 发展机会更加均等',
    ]);
    expect(nodes.slice(9).every((t) => t.startsWith('2 '))).toBe(true);
  });
});
