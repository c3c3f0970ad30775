import { describe, expect, it } from 'vitest';
import { matchMarker } from '../../src/core/outline/markers';
import { nodeAtLine as at } from '../support/outlineNodes';

// 河北 2007 from hebei.gov.cn (yver-sun/gaoyang-towel-resilience data/government_reports/, outside the corpus), lines
// 46–47, 81–83, 89, 95 and 136–139, paragraphs cut after their second sentence: the page set the first character of most
// paragraphs apart, and the scrape left a space after it (“第 二，…”, “刚 刚过去的一年”).
const HEBEI_2007_EXCERPT = [
  '各位代表：',
  '现在，我代表河北省人民政府向大会作工作报告，请予审议，并请省政协委员和列席会议的同志提出意见。',
  '三、促进经济更好更快发展',
  '不断增强综合经济实力，是建设沿海经济社会发展强省的首要任务。要坚持以经济建设为中心，凝神聚力谋发展，抓重点、解难题、破瓶颈，继续保持经济平稳较快发展的良好态势。',
  '第一，加快经济结构战略性调整。坚持存量调强、增量调优，把壮大优势产业、做强龙头企业和创建名牌产品结合起来，提高竞争能力，实现速度质量效益同步增长。',
  '第 二，打造新的区域经济增长极。建设沿海经济社会发展强省，是全省的共同奋斗目标，各地都是建设者和受益者。',
  '第三，深入推进社会主义新农村建设。新农村建设关系经济社会发展全局，要按照“一个中心”、“三大保障”、“四个一批”的思路，以统筹城乡发展为基本途径，以县域经济为主要支撑，以创建文明生态村为重要载体，推动新农村建设健康发展。',
  '五、加快和谐河北建设',
  '发展靠的是人民群众，发展的成果理应惠及广大群众。要把建设和谐河北摆在更加突出的位置，围绕“关注民生、发扬民主、保障民安、塑造民魂、促进民和”，继续实施“十项民心工程”，着力解决群众最关心、最直接、最现实的利益问题。',
  '第 一，把扩大就业作为重民生的头等大事来抓。就业是民生之本。',
  '第 二，把加强社会保障作为解民忧的关键环节来抓。社会保障是调节分配关系的重要机制，是社会和谐的稳定器。',
].join('\n\n');

describe('a drop cap the scrape left as a space splits no marker', () => {
  it('reads “第 二，” and “三 是” as the markers 第二， and 三是', () => {
    // matchMarker reads folded text (full-width commas half-width).
    expect(matchMarker('第 二,打造新的区域经济增长极。')).toMatchObject({ style: 'di', value: 2 });
    expect(matchMarker('三 是改革开放取得重要进展,发展的活力增强。')).toMatchObject({ style: 'shi', value: 3 });
    // Only one space right after the first character: 第二十 is still one numeral, a space elsewhere makes no marker.
    expect(matchMarker('第 二十,')).toMatchObject({ style: 'di', value: 20 });
    expect(matchMarker('第二 ,')).toBeNull();
    expect(matchMarker('第  二,')).toBeNull();
  });

  it('keeps the sections of 河北 2007 parts 三 and 五 in order (第 二， was missed and 第三， after it)', () => {
    expect(at(HEBEI_2007_EXCERPT, '第一，加快经济结构战略性调整')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(HEBEI_2007_EXCERPT, '第 二，打造新的区域经济增长极')).toMatchObject({ kind: 'section', level: 2, title: '打造新的区域经济增长极' });
    expect(at(HEBEI_2007_EXCERPT, '第三，深入推进社会主义新农村建设')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(HEBEI_2007_EXCERPT, '第 一，把扩大就业作为重民生的头等大事来抓')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(HEBEI_2007_EXCERPT, '第 二，把加强社会保障作为解民忧的关键环节来抓')).toMatchObject({ kind: 'section', level: 2 });
  });
});
