import { describe, expect, it } from 'vitest';
import { watchwordEnd } from '../../src/core/outline/labelLeads';
import { nodeAtLine } from '../support/outlineNodes';

/**
 * 易县 2025 (src32 易县-2025.txt, outside ../shared/corpus; yver-sun/gaoyang-towel-resilience @a1caada, the xlsx column H),
 * lines 8–13, 14 (first sentence), 24–25, 29–43 (bodies cut after two sentences) and 51–52 (cut): part 二 is laid out by five
 * counted watchwords, “一条主线”即… / “一个目标”即… / “两项行动”即… / “五条赛道”即… / “十个持续推进”即…, the last three each
 * over a numbered list that starts again from (一). Before, only “两项行动” was a lead, its (一)(二) stood at level 2 beside
 * it, and the (一) after (二) (“五条赛道”'s first item) was rejected with everything after it.
 */
const YIXIAN_2025 = [
  "政府工作报告",
  "——2025年1月14日在易县第十八届人民代表大会第五次会议上",
  "易县人民政府代县长 丁 磊",
  "各位代表：",
  "现在，我代表易县人民政府向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。",
  "二〇二四年工作回顾",
  "过去的一年，是易县发展历程中极其重要、极不平凡的一年，也是我们坚定信心、砥砺奋进的一年。",
  "二〇二五年主要目标任务",
  "今年是“十四五”规划收官之年，做好各项工作至关重要。中央、省委、市委和县委经济工作会议，为我们指明了方向、规划了重点。审视自身发展，我们拥有宝贵的潜力优势：一是机遇更大。今年京津冀协同发展进入第二个十年，将迎来更加积极的财政政策和适度宽松的货币政策，我们要抢抓机遇、向上争取，让利好政策转化为易县发展的“硬核支撑”。二是动力更强。当前，我县项目建设多点开花，省市重点项目投资率连续三年保持全市前列，成为县域经济发展的重要增长极，我们要加强项目谋划和储备，为高质量发展注入“源头活水”。三是后劲更足。各类资源要素高效汇聚，专业化、链条化、集群化的产业体系正加速扩围提质，经济发展的支撑作用愈发凸显，我们要进一步强链补链延链，激活更强劲的“经济引擎”。今天的易县完全有信心、有机会、有能力让脚下的土地更丰盈、更富饶，完全有信心、有机会、有能力让群众的生活更幸福、更美好，完全有信心、有机会、有能力让未来的发展更稳健、更高效。",
  "“一条主线”即把高质量发展的要求贯彻各项工作始终，加快推进易县“由大县向强县转变，向全省重点生态功能区县第一方阵进军”。",
  "“一个目标”即进一步全面深化改革扩大开放，着力扩大有效需求，全力建设现代化产业体系，确保“十四五”收好官，“十五五”谋好篇。",
  "“两项行动”即开展贯彻全年的“全域和美城乡建设年”和“县域经济提质年”行动。",
  "(一)“全域和美城乡建设年”行动。以承办全省和美乡村建设现场推进会为契机，全域统筹、城乡一体，推动宜居宜业和美乡村建设取得新成效。",
  "(二)“县域经济提质年”行动。因地制宜发展新质生产力，完善产业链条，培育产业集群成势，能级持续提升，推动兴业、强县、富民一体发展。",
  "“五条赛道”即“科创平台”“未来能源”“农副产品”“绿色建材”“文旅康养”五条新赛道。",
  "(一)探索“科创平台”新赛道。推动科技创新和产业创新融合发展，搭建“政产学研用”[13]一体化合作平台。",
  "(二)布局“未来能源”新赛道。利用丰富的风、光、水、氢资源优势，探索符合县域实际的“发电+储能+售电+智算”一体化商业模式，推进新能源产业集群发展。",
  "(三)提速“农副产品”新赛道。发展“共享化”商业模式，建设“共享工厂”“共享冷库”和“共享生产线”，推进农产品加工产业集群发展。",
  "(四)完善“绿色建材”新赛道。发展“临矿产业”，打造矿产资源“在地化生产”“共享化加工”“数智化供销”，探索“废石综合利用”新模式，推动绿色建材产业集群纳入省级重点产业集群。",
  "(五)做强“文旅康养”新赛道。依托深厚历史底蕴、优质文旅资源、中医文化传承，打造业态丰富、近悦远闻的文旅康养产业体系。",
  "“十个持续推进”即重点抓好十方面工作：",
  "(一)持续推进协同发展。牢牢扭住北京非首都功能疏解“牛鼻子”，全域对接、全面承接。",
  "(二)持续推进改革创新。坚持在改革中破立并举，在创新中做强支撑，在开放中激发活力，释放高质量发展动能。",
  "(三)持续推进投资消费。牢牢把握扩大内需这一战略基点，开展“县域经济提质年”行动，推动消费和投资相互促进，形成良性循环。",
  "同时，全力支持国防和后备力量建设，强化退役军人服务保障，充分发挥工会、共青团、妇联、工商联等人民团体桥梁纽带作用。",
  "各位代表!",
].join('\n');

/**
 * 涞水县 2021 (src32 涞水县-2021.txt, outside ../shared/corpus), lines 11–12, 34, 38–39, 47–48, 51–57 and 61 (first sentences): part 三
 * sets out its year by four counted watchwords with a colon (一个必须： / 两个站位： / 三个关键： / 四个重点：), then its
 * sections (一)…(八) after “做好2021年工作，重点抓好以下八方面：”.
 */
const LAISHUI_2021 = [
  "各位代表：",
  "现在，我代表涞水县人民政府，向大会报告工作，请连同《涞水县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》一并审议，并请各位县政协委员和列席同志提出意见。",
  "二、“十四五”时期的主要目标任务",
  "（一）坚持“四个不摘”[24]，在推动脱贫攻坚与乡村振兴有机衔接上求突破。",
  "（二）坚持生态优先，在依法铁腕治污和加快生态治理修复上求突破。",
  "三、2021年主要工作",
  "2021年是“十四五”规划开局之年，也是乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的关键之年。",
  "一个必须：必须慎终如始地抓好常态化疫情防控，以“万无一失”防止“一失万无”，决不能让来之不易的防疫成果前功尽弃，决不能因防疫处置不当影响涞水的发展机遇。",
  "两个站位：一是强势开局，集聚起“势”。",
  "三个关键：一是抓机遇。",
  "四个重点：一是聚焦发展。",
  "做好2021年工作，重点抓好以下八方面：",
  "（一）着力巩固脱贫成果，统筹脱贫攻坚与乡村振兴有效衔接",
  "严格落实“四个不摘”和中央“五年过渡期”[32]部署，保持帮扶政策总体稳定，巩固拓展脱贫攻坚成果。",
  "（二）着力推动绿色发展，促进生态环境持续改善",
].join('\n');

describe('counted watchwords (“五条赛道”即…, 一个必须：…) as the leads of their part', () => {
  it('reads each watchword as a lead of the part, titled by the watchword', () => {
    for (const w of ['“一条主线”', '“一个目标”', '“两项行动”', '“五条赛道”', '“十个持续推进”']) {
      expect(nodeAtLine(YIXIAN_2025, w), w).toMatchObject({ kind: 'lead', level: 2, title: w });
    }
  });

  it('nests the list right below a watchword under it, each list again from (一)', () => {
    expect(nodeAtLine(YIXIAN_2025, '(一)“全域和美城乡建设年”行动')).toMatchObject({ level: 3 });
    expect(nodeAtLine(YIXIAN_2025, '(一)探索“科创平台”新赛道')).toMatchObject({ level: 3, title: '探索“科创平台”新赛道' });
    expect(nodeAtLine(YIXIAN_2025, '(五)做强“文旅康养”新赛道')).toMatchObject({ level: 3 });
    expect(nodeAtLine(YIXIAN_2025, '(一)持续推进协同发展')).toMatchObject({ level: 3 });
    expect(nodeAtLine(YIXIAN_2025, '(三)持续推进投资消费')).toMatchObject({ level: 3 });
  });

  it('lists no inline points of the part’s opening paragraph beside the watchwords’ lists', () => {
    const part = nodeAtLine(YIXIAN_2025, '二〇二五年主要目标任务');
    expect(part?.children.map((c) => c.title)).toEqual(['“一条主线”', '“一个目标”', '“两项行动”', '“五条赛道”', '“十个持续推进”']);
  });

  it('reads the colon form as before, the part’s sections after it at level 2', () => {
    for (const w of ['一个必须', '两个站位', '三个关键', '四个重点']) expect(nodeAtLine(LAISHUI_2021, w), w).toMatchObject({ kind: 'lead', level: 2, title: w });
    expect(nodeAtLine(LAISHUI_2021, '（一）着力巩固脱贫成果')).toMatchObject({ kind: 'section', level: 2 });
    expect(nodeAtLine(LAISHUI_2021, '（二）着力推动绿色发展')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('takes a count and its measure word only: a quoted name defined by 即 is no watchword', () => {
    expect(watchwordEnd('“五条赛道”即“科创平台”“未来能源”五条新赛道。')).toBe(6);
    expect(watchwordEnd('“两不愁三保障”即不愁吃、不愁穿。')).toBe(-1);
    expect(watchwordEnd('“双千工程”即每年招商引资入库1000个以上。')).toBe(-1);
  });
});
