import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';

/**
 * 高阳县 2021 政府工作报告（节选） as scraped from gaoyang.gov.cn (yver-sun/gaoyang-towel-resilience,
 * data/government_reports/高阳县_2021_report.txt, lines 1–4, 7 and 15–41): a summary whose sections' leads are short
 * sentences over short bodies; those of （五） are cast alike by their head, “让高阳的…”.
 */
const GAOYANG_2021 = [
  '标题：高阳县2021年政府工作报告（节选）',
  '发文单位：高阳县人民政府',
  '发文时间：2021-08-17（在高阳县第十八届人民代表大会第一次会议上）',
  '报告人：高阳县人民政府县长 蒋东方',
  '',
  '正文：',
  '',
  '重点工作方向：',
  '',
  '（一）融入雄安新区建设，高质量谱写协同发展新篇章。',
  '推进基础设施互联互通。加快推进G336、G230、S603道路改建工程；实施6条道路与雄安连通。',
  '推进产业发展相补相促。推动传统产业提质升级；打造环雄安现代产业承载地。',
  '推进生态环境联防联建。重点开展孝义河和潴龙河湿地建设、修复工程、生态廊道以及水系连通等8项工程；构筑雄安新区南部绿色生态屏障。',
  '推进公共服务共惠共享。打造雄安新区"菜篮子""后花园""会客厅"；建设京雄保区域性消费节点城市。',
  '',
  '（二）构建现代产业体系，高质量谱写创新发展新篇章。',
  '提质升级纺织特色产业。2025年形成年产值达500亿元的纺织产业集群，建设全国纺织商贸名城，整合规范印染企业入园，实现集约集聚绿色发展；建设数字化工厂、智能化车间，选拔3—5个品牌企业进军全国纺织行业前十名，打造"世界纺客目的地"。',
  '壮大提升两个优势产业。抓好庞口农机装备制造交易中心、中国农机检测鉴定中心、保税物流中心（B型）"三大中心"项目；2025年形成年市场交易额达400亿元的现代汽车农机配件城。',
  '培育发展四个新兴产业。全面发展节能环保、电子信息、智能制造、生物科技四个新兴产业。',
  '',
  '（三）增蓄县域经济动力，高质量谱写跨越发展新篇章。',
  '聚力攻坚项目建设。五年内亿元以上项目达到100个以上；计划总投资达到500亿元以上。',
  '做优做强平台支撑。经济开发区规划总面积达到25平方公里以上。',
  '全面优化营商环境。积极争取全国行政备案规范管理改革试点；打造"四最"营商环境品牌；每年新增市场主体3500家以上。',
  '',
  '（四）统筹城乡深度融合，高质量谱写协调发展新篇章。',
  '实施城市更新行动。实施25条道路新改建工程；构建县城区"六横七纵"路网体系；实施县城20个片区城中村改造。',
  '实施乡村振兴战略。新型经营主体经济规模占比达到50%以上；美丽乡村数量达到85个。',
  '实施以产兴城计划。将庞口镇建设成为国家级特色小城镇；将庞佐乡建设成为全国知名的电力电气小镇。',
  '',
  '（五）深化生态环境治理，高质量谱写绿色发展新篇章。',
  '让高阳的空气常新。基本消除重污染天气。',
  '让高阳的碧水长流。实现河流断面水质达到三类水质标准。',
  '让高阳的土壤常净。实现垃圾、固废、危废、医废收集转运处置"零污染"。',
].join('\n');

describe('short first sentences in a row cast alike by their head', () => {
  it('are a series of leads though their bodies are shorter than they are (高阳 2021 （五）: “让高阳的空气常新。” ×3)', () => {
    for (const title of ['让高阳的空气常新', '让高阳的碧水长流', '让高阳的土壤常净']) {
      const node = nodeAtLine(GAOYANG_2021, title);
      expect(node?.kind).toBe('lead');
      expect(node?.title).toBe(title);
      expect(node?.level).toBe(2);
    }
  });

  it('leaves a pair alike no series (two paragraphs of （五） are no run of three)', () => {
    const pair = GAOYANG_2021.split('\n').slice(0, -1).join('\n');
    expect(nodeAtLine(pair, '让高阳的空气常新')).toBeUndefined();
  });
});
