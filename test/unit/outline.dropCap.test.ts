import { describe, expect, it } from 'vitest';
import { withoutDropCap } from '../../src/core/outline/leads';
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

// src32 河北省-2007 (outside ../shared/corpus), lines 44–45 and 80–97 (0-based; of 第 二，'s part only its heading),
// each paragraph cut after its second or third
// sentence (those of 第三， after 220 characters, the length of a block a lead titles): the two-clause leads of 第一， and 第三， lost their drop cap's character to a space (“抓 住…”), which the
// lead test counted as one more non-ideograph beside the comma, so only the one lead written without it
// (“构筑结构调整的支撑，…”) was read and the others' inline 一是 points stood for them.
const HEBEI_2007_LEADS = [
  '各位代表：',
  '现在，我代表河北省人民政府向大会作工作报告，请予审议，并请省政协委员和列席会议的同志提出意见。',
  '三、促进经济更好更快发展',
  '不断增强综合经济实力，是建设沿海经济社会发展强省的首要任务。要坚持以经济建设为中心，凝神聚力谋发展，抓重点、解难题、破瓶颈，继续保持经济平稳较快发展的良好态势。',
  '第一，加快经济结构战略性调整。坚持存量调强、增量调优，把壮大优势产业、做强龙头企业和创建名牌产品结合起来，提高竞争能力，实现速度质量效益同步增长。',
  '抓 住结构调整的核心，培育壮大主导产业。一是强化三大战略支撑产业。推动钢铁产业整合，落实《河北省钢铁工业结构调整总体实施方案》，抓好产品结构调整和深 加工，分批淘汰落后产能，促进钢铁产业由产能扩张向提升质量转变。',
  '把 握结构调整的关键，促进企业和产品结构优化。以品牌为龙头、技术为核心、资本为纽带，通过市场机制加快企业并购重组，形成一批主业突出、核心竞争力强、带 动作用大的大公司大集团。重点推进钢铁企业联合重组，鼓励民营钢铁企业与国有控股企业联合。',
  '构筑结构调整的支撑，加强重大项目建设。突出抓好重大产业项目的实施，按照“一企一策”的原则重点支持首批10个 战略支撑产业项目建设，抓紧做好后续项目筛选。推动大型船舶制造、重型汽车等一批合作项目取得实质性进展。',
  '第 二，打造新的区域经济增长极。建设沿海经济社会发展强省，是全省的共同奋斗目标，各地都是建设者和受益者。',
  '第三，深入推进社会主义新农村建设。新农村建设关系经济社会发展全局，要按照“一个中心”、“三大保障”、“四个一批”的思路，以统筹城乡发展为基本途径，以县域经济为主要支撑，以创建文明生态村为重要载体，推动新农村建设健康发展。',
  '坚 持以发展农村经济为中心任务，努力增加农民收入。一是加快发展现代农业。按照“稳定粮食、提高菜果、做强畜牧”的既定方针，继续调整农业结构，优化区域布 局。大力发展畜牧、蔬菜、果品三大产业，实施千万吨奶工程，建设优质专用菜果和畜牧生产加工基地。推进农业集约化经营，加强农田水利设施建设，提高粮食综 合生产能力，稳定粮食产量。加快农业科技创新与成果转化，抓住“良种、技术、设施、推广”四个关键环节，深入实施“一县一业一园”科技示范工程，加强农业 引智示范推广基地建设。',
  '建 立健全农村“三大保障”，改善农民生产生活条件。完善农民基本生活保障，着力解决农民衣食住行等方面急需解决的问题，确保基本生活需要。强化农村基础设施 和社会事业保障，财政支农投入的增量继续高于上年，固定资产投资用于农村的增量继续高于上年，加强农村公路、桥涵、水利、电网、信息等设施建设和维护管 理，增加对农村教育、文化、卫生等社会事业投入。健全新农村建设体制保障，加快推进以乡镇机构、农村义务教育和县乡财政体制改革为主要内容的农村综合改 革，协调推进集体林权制度、农村金融等各项改革，深入实施“万村千乡市场工程”。',
  '协 调推进“四个一批”，因地制宜搞好新农村建设。按照城乡统筹的要求，以县域为单元，以经济发展为基础，积极创建文明生态村，探索符合我省实际的新农村建设 方式。一是转变一批。城中村和位于城郊的村庄，要与城镇一体规划、一体建设，加快农村向城市、村组向社区、农民向市民转变。二是提升一批。具有较强产业基 础和带动能力的村庄，着眼于培育区域经济中心，联手周边村庄，集中规划、联片建设，向小城镇发展。三是改善一批。具有一定人口规模的村庄，立足现有基础， 健全公共设施，改善人居环境，逐步发展为中心村。',
].join('\n');

// src32 河北省-2003 (outside ../shared/corpus), lines 84, 88 and 104–118 (0-based; the salutation added), cut after each paragraph's first two
// sentences: the same page's drop cap before the fourth lead of part 二 of the review.
const HEBEI_2003_LEADS = [
  '各位代表：',
  '过去五年回顾和2002年工作情况',
  '一、国民经济持续快速健康发展。贯彻中央扩大内需的一系列方针政策，推动经济持续较快增长。',
  '二、经济体制改革取得重要进展。社会主义市场经济体制初步建立，经济市场化程度提高，市场配置资源的基础性作用增强。',
  '国有企业改革成效明显。73％的国有大中型骨干企业初步建立现代企业制度，改革和脱困三年目标基本如期实现。',
  '社会保障体系框架基本建立。就业再就业工作取得较大进展，累计有86．4万名国有企业下岗职工实现再就业。',
  '市场体系建设进程加快。各类商品市场发展到4800多个，连锁超市等新型业态蓬勃兴起，形成了多种所有制、多种业态并存的商品流通结构。',
  '在 加快上述重点改革的同时，各项改革全面推进。新一轮政府机构改革基本完成，政府职能进一步转变。',
  '三、对内对外开放迈出新步伐。适应经济全球化和我国加入世贸组织的新形势，深入实施两环开放带动战略，加快发展开放型经济和以京津为重点的区域经济技术合作。',
].join('\n\n');

describe('a drop cap the scrape left as a space is no character of a lead', () => {
  it('reads the sentence without the space after its first character, and only that space', () => {
    expect(withoutDropCap('抓 住结构调整的核心，培育壮大主导产业')).toBe('抓住结构调整的核心，培育壮大主导产业');
    // Letter-spaced type sets every character apart: a title, no drop cap (src32 高阳县-2015 and others).
    expect(withoutDropCap('政 府 工 作 报 告')).toBe('政 府 工 作 报 告');
    expect(withoutDropCap('2016 年')).toBe('2016 年');
    expect(withoutDropCap('构筑结构调整的支撑')).toBe('构筑结构调整的支撑');
  });

  it('reads the two-clause leads of 河北 2007 第一， and 第三， as their sections\' leads', () => {
    for (const start of ['抓 住结构调整的核心', '把 握结构调整的关键', '构筑结构调整的支撑', '坚 持以发展农村经济', '建 立健全农村', '协 调推进“四个一批”']) {
      expect(at(HEBEI_2007_LEADS, start)).toMatchObject({ kind: 'lead', level: 3 });
    }
    expect(at(HEBEI_2007_LEADS, '抓 住结构调整的核心')?.title.replace(/\s/g, '')).toBe('抓住结构调整的核心，培育壮大主导产业');
  });

  it('reads 河北 2003\'s fourth review lead of part 二 after its drop cap', () => {
    expect(at(HEBEI_2003_LEADS, '市场体系建设进程加快')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(HEBEI_2003_LEADS, '在 加快上述重点改革的同时')).toMatchObject({ kind: 'lead', level: 3 });
  });
});
