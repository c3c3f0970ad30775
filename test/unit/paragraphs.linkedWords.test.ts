import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs } from '../../src/core/text/paragraphs';

/**
 * 河北省 2001 and 2003 政府工作报告 as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience,
 * data/government_reports/河北省_2001_report.txt lines 145–153, 259–265, 622–630; 河北省_2003_report.txt lines 237–241):
 * the page linked words of its text (法制, 经济和社会发, 全面建设小康社会) and the scrape set each between blank lines.
 */
function paragraphs(lines: readonly string[]): string[] {
  return buildParagraphs(buildDocument(lines.join('\n'))).map((p) => p.text);
}

describe('a word a page linked, set between blank lines in the middle of a sentence', () => {
  it('joins a numbered heading cut in three (河北 2001: “5、民主” / “法制” / “建设得到加强，…”)', () => {
    const out = paragraphs([
      '国防建设和民兵预备役工作成效明显，驻冀部队在抗洪抢险、抗震救灾和支援地方建设、维护社会稳定等方面作出了重大贡献，涌现出许多英雄模范人物，军地军民团结进一步巩固和发展。',
      '',
      '5、民主',
      '',
      '法制',
      '',
      '建设得到加强，安定团结的局面进一步巩固',
      '',
      '村务、政务、厂务、校务公开进一步深入。第五届村委会换届选举工作顺利完成。',
    ]);
    expect(out).toContain('5、民主法制建设得到加强,安定团结的局面进一步巩固');
    expect(out).toHaveLength(3);
  });

  it('joins a lead cut in three after a whole sentence, which stays apart (河北 2001: “优化” / “法制” / “政策环境。…”)', () => {
    const out = paragraphs([
      '环境是第一竞争点。要真正把环境建设摆在经济建设的突出位置。',
      '',
      '优化',
      '',
      '法制',
      '',
      '政策环境。进一步发展社会主义民主政治。坚持依法行政，推进依法治省。',
    ]);
    expect(out).toEqual(['环境是第一竞争点。要真正把环境建设摆在经济建设的突出位置。', '优化法制政策环境。进一步发展社会主义民主政治。坚持依法行政,推进依法治省。']);
  });

  it('does not join a title to the dateline above it (河北 2001: “2001年01月08日” / “关于河北省国民” / “经济和社会发” / “展…”)', () => {
    const out = paragraphs(['政府工作报告', '', '2001年01月08日', '', '关于河北省国民', '', '经济和社会发', '', '展第十个五年计划纲要的报告']);
    expect(out).toEqual(['政府工作报告', '2001年01月08日', '关于河北省国民经济和社会发展第十个五年计划纲要的报告']);
  });

  it('leaves a heading whole when the words open a clause of their own (河北 2003: “二、…增加农民收入” / “全面建设小康社会” / “，重点在农村…”)', () => {
    const out = paragraphs([
      '二、促进农业和农村经济全面发展，千方百计增加农民收入',
      '',
      '全面建设小康社会',
      '',
      '，重点在农村，难点也在农村。必须统筹城乡经济社会发展，更多地关注农村，关心农民，支持农业，把农业和农村经济作为经济工作的重中之重切实抓好。',
    ]);
    expect(out[0]).toBe('二、促进农业和农村经济全面发展,千方百计增加农民收入');
    expect(out[1]?.startsWith('全面建设小康社会,重点在农村,难点也在农村。')).toBe(true);
    expect(out).toHaveLength(2);
  });
});
