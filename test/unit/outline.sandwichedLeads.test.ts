import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLeadSentence } from '../../src/core/outline/leads';

/**
 * A lead of a parallel series has no length limit of its own (test/fixtures/expected/README.md, Depth-3 files): sandwiched
 * between a lead (or its section's heading) and the next lead, a block of MIN_TITLED_BLOCK characters opens with a title
 * of up to three clauses, however long (leads.ts MAX_SANDWICHED_LEAD). The fourth argument says it is sandwiched so;
 * leadReader.ts sentenceLead decides that from the paragraphs around it.
 */
const lineOf = (file: string, line: number): string =>
  (readFileSync(join(__dirname, '../fixtures/corpus/national', file), 'utf8').split('\n')[line] as string).trim();

describe('a long lead sandwiched in its series', () => {
  it('2008 （三）: a 54-character title of three clauses after the heading, before the lead 坚持把推进自主创新…', () => {
    const text = lineOf('2008.txt', 196);
    expect(text.startsWith('坚持扩大内需方针，调整投资和消费关系，促进经济增长由主要依靠投资')).toBe(true);
    const end = text.indexOf('。');
    expect(end).toBe(54);
    expect(isLeadSentence(text, true, false, true)).toBe(end);
    // Beside a lead only, it is too long and has too many clauses.
    expect(isLeadSentence(text, true, false)).toBe(-1);
  });

  it('2008 （六）: a title of three short clauses, the whole paragraph, between two leads', () => {
    const text = lineOf('2008.txt', 249);
    expect(text).toBe('重视发展老龄事业，切实保障妇女和未成年人权益，关心和支持残疾人事业。');
    expect(isLeadSentence(text, true, true, true)).toBe(text.length - 1);
    expect(isLeadSentence(text, true, true)).toBe(-1);
  });

  it('src32 高阳县-2018 line 29 (outside ../shared/corpus): a three-clause title after the lead 依靠先进技术和设备更新…', () => {
    const text = '坚持线下传统门店与线上电子商务一起抓，国内市场与国外市场并重，全面拓宽产品销售渠道。支持企业参加中国家纺展、中国针棉织品交易会、广交会和法兰克福展会等国内外展销活动，推动移联网信集团与柏立信公司对接合作，邦辰众创空间入驻电商企业60余家，三利毛巾线上销售额突破1亿元，上海今迈网上销售额在5000万元以上，龙化乡北龙化村和小王果庄乡李果庄村入围2017年中国淘宝村，新增外贸出口企业45家，全县外贸出口总额达到2.99亿美元，同比增长12.9%。';
    expect(isLeadSentence(text, true, true, true)).toBe(text.indexOf('。'));
  });

  it('a long paragraph that is only its sentence stays no lead (2008 L80, between 在教育方面。 and 在卫生方面。)', () => {
    const text = lineOf('2008.txt', 80);
    expect(text.startsWith('深入实施人才强国战略，大力培养、积极引进和合理使用各类人才')).toBe(true);
    expect(isLeadSentence(text, true, true, true)).toBe(-1);
  });

  it('a long sentence of the speaker’s requirement is his, not a title (free national 2007 line 137, （四）)', () => {
    const text = '要围绕建设创新型国家，认真落实国家中长期科学和技术发展规划纲要提出的目标任务。实施国家重大科技专项，努力攻克一批事关国计民生和国家安全的核心关键技术，依托重点工程推进重大装备自主化建设，力争在重点优势领域取得突破。加强基础研究、前沿技术研究和社会公益研究。深化科技体制改革。加快建立以企业为主体、市场为导向、产学研相结合的技术创新体系。完善自主创新激励机制，落实鼓励和支持自主创新的财税政策、金融政策和政府采购制度。积极发展创业风险投资。抓紧制定并实施国家知识产权战略，切实加强知识产权保护。继续实施全民科学素质行动计划。';
    expect(text.indexOf('。')).toBeGreaterThan(34);
    expect(isLeadSentence(text, true, true, true)).toBe(-1);
  });
});
