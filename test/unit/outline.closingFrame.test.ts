import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineNode } from '../../src/core';

/**
 * The last paragraph of a section whose first sentence names no action and whose next sentence, after a frame, holds
 * the speaker's resolve in a clause of its own closes the section (leadReader.ts resolvesAfterFrame). Free outside texts
 * of /work/outside/src27/SOURCES.md (Jianzi270/zizhengLLM @61a35a3): 深圳市 2025 lines 0–2, 25 and 69–77 but 72 (the rest
 * of line 71's sentence), from the user's trial in the editor (session 31, finding 8); 广东省 2025 lines 0–1, 22 and
 * 67–73. Paragraphs cut after two sentences; （九）/（十） renumbered （一）/（二）, so that the excerpt's list opens at one.
 */
const SHENZHEN_2025 = [
  '各位代表：',
  '　　现在，我代表深圳市人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　二、2025年工作安排',
  '　　（一）坚持人民至上、注重可感可知，以先行示范标准打造“民生七优”幸福标杆',
  '　　实施健康优先发展战略。深入开展健康深圳行动，统筹推进优质医疗资源扩容、区域均衡布局和向基层下沉，加快构建优质高效的医疗卫生服务体系，大力推进“以治病为中心”向“以人民健康为中心”转变。',
  '　　加快实现住有宜居。坚持稳地价、稳房价、稳预期，强化“人房地钱”要素联动，建立更好满足刚性和改善性住房需求的住房供应体系，加快构建房地产发展新模式。',
  '　　加强社会保障和服务。坚持就业优先，推动先进制造、现代服务、工程建设等领域稳岗扩岗，完善高校毕业生、农民工、退役军人等重点群体就业支持体系，加强灵活就业和新就业形态劳动者权益保障，加快建设新就业群体友好城市。',
  '　　建设更高水平的平安深圳。全面贯彻总体国家安全观，落实国家安全、意识形态、网络安全工作责任制，有效防范化解重点领域风险，严厉打击非法金融活动。',
  '　　中国式现代化，民生为大。群众身边的“关键小事”就是政府要办好的“头等大事”，我们要言必信、行必果，让民生实事落地有声，幸福生活可感可及。',
  '　　（二）毫不动摇坚持和加强党的全面领导，持续提升政府治理效能和服务水平',
  '　　坚持把政治建设摆在首位。旗帜鲜明讲政治、抓政治，坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，更加深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，不断提高政治判断力、政治领悟力、政治执行力，把党的领导贯穿政府工作各方面全过程。',
].join('\n');
const GUANGDONG_2025 = [
  '各位代表：',
  '　　现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　二、2025年工作安排',
  '　　（一）激发文化创新创造活力，建设更高水平文化强省、旅游强省、体育强省。深化文化体制机制改革，涵养向上向善、刚健朴实的文化风尚。',
  '　　加强优秀传统文化传承。深入实施岭南文化“双创”工程，加强文化和自然遗产整体性、系统性保护，推动“海上丝绸之路”、“潮州古城”等项目申报世界文化遗产。',
  '　　完善现代旅游业体系。编制旅游发展总体规划和城市旅游、南部滨海旅游带、北部康养休闲旅游带专项规划。',
  '　　办好十五运会和残特奥会。这是今年的一件大事，我们要秉持“绿色、共享、开放、廉洁”办赛理念，落实“简约、安全、精彩”办赛要求，携手港澳高标准、高质量、高效率做好筹办组织工作，以一流的设施、优美的环境、出色的服务，全力打造一届彰显制度优势、展示湾区特色、体现岭南风格的精彩体育盛会。',
  '　　（二）坚持在发展中保障和改善民生，不断满足人民对美好生活的向往。坚持尽力而为、量力而行，深入实施“民生十大工程”，解决好群众急难愁盼问题，促进共同富裕。',
].join('\n');

const leadsOf = (section: OutlineNode | undefined): string[] => (section?.children ?? []).map((c) => c.title);

describe('a section closed by a maxim and, after a frame, the speaker’s resolve', () => {
  it('shows no lead for the closing maxim (深圳市 2025 （九）: “中国式现代化，民生为大。…，我们要…”)', () => {
    const part = analyzeReport(SHENZHEN_2025).outline[0];
    expect(leadsOf(part?.children[0])).toEqual(['实施健康优先发展战略', '加快实现住有宜居', '加强社会保障和服务', '建设更高水平的平安深圳']);
  });

  it('keeps a last lead that names what is done (广东省 2025 （九）: “办好十五运会和残特奥会。这是今年的一件大事，我们要…”)', () => {
    const part = analyzeReport(GUANGDONG_2025).outline[0];
    expect(leadsOf(part?.children[0])).toEqual(['加强优秀传统文化传承', '完善现代旅游业体系', '办好十五运会和残特奥会']);
  });
});
