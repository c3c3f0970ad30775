import { describe, expect, it } from 'vitest';
import { nodeAtLine as at, outlineNodes } from '../support/outlineNodes';

/**
 * 高阳县 2019 from gaoyang.gov.cn (yver-sun/gaoyang-towel-resilience data/government_reports/高阳县_2019_report.txt,
 * outside the corpus), lines 15, 17, 19, 25, 27, 29, 39 and 41, paragraphs cut after their second sentence, a blank
 * line between paragraphs: part 一's leads “一年来，我们…。”, then the problems it owns up to, 一是…八是 inline.
 */
const GAOYANG_2019_EXCERPT = [
  '各位代表：',
  '现在，我代表高阳县人民政府，向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。',
  '一、2018年工作回顾',
  '一年来，我们认真落实市委、市政府"四个坚决"要求，为对接服务雄安新区规划建设提供了有力保障。①加强房地产管控。',
  '一年来，我们坚持以供给侧结构性改革为主线，抓技改，建园区，上项目，产业转型升级步伐不断加快。①强力支持企业加快技术改造和设备更新，依靠先进技术和设备更新提升产品质量、促进产品转型。',
  '一年来，我们狠抓大气污染综合防治，强力攻坚，持续整治，全县空气环境质量得到进一步改善。①坚决打赢农村气代煤改造攻坚战。',
  '在肯定成绩的同时，我们也清醒地看到，全县经济社会发展中依然存在一些深层次矛盾和问题。一是经济发展的质量和效益还不够高，传统产业转型升级步伐需要全面加快；二是高科技、高精尖、高质量发展的大项目少，发展的后续支撑力不足；三是抢抓雄安新区重大机遇，引进高新高端项目，培育战略性新兴产业，调整优化产业结构依然任重道远；四是生态环境保护形势越来越严峻，标准要求越来越高，执法监管工作需要更深更细更实更严；五是财政收入结构不尽合理，非税收入占比较高，财政收支矛盾较为突出、压力加大；六是城乡发展、民生社会领域还有许多短板要补；七是防风守险、保安全保稳定的任务繁重；八是政府部门办事效率、工作人员服务态度需要进一步改善和提升。',
  '二、2019年发展目标和重点工作',
].join('\n\n');

describe('the problems a review owns up to are no structure of its part', () => {
  it('gives the inline 一是… of “在肯定成绩的同时，我们也清醒地看到…” no node (高阳 2019 part 一, a part of leads)', () => {
    const points = outlineNodes(GAOYANG_2019_EXCERPT).filter((n) => n.kind === 'point');
    expect(points).toEqual([]);
    // The part's leads stay.
    expect(at(GAOYANG_2019_EXCERPT, '一年来，我们坚持以供给侧结构性改革为主线')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(GAOYANG_2019_EXCERPT, '二、2019年发展目标和重点工作')).toMatchObject({ kind: 'part', level: 1 });
  });

  it('keeps the inline points of a paragraph that owns up to nothing', () => {
    const text = GAOYANG_2019_EXCERPT.replace('在肯定成绩的同时，我们也清醒地看到，全县经济社会发展中依然存在一些深层次矛盾和问题。', '过去一年，我们重点抓了八件事。');
    expect(outlineNodes(text).filter((n) => n.kind === 'point').length).toBeGreaterThan(0);
  });
});
