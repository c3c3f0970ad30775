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

  it('joins a word cut after 、 (河北 2001 line 295: “…新华集贸中心、安” / “国国” / “际中药材商贸中心…”), so the lead has its body', () => {
    const out = paragraphs([
      '健全市场体系。重点抓好石家庄新华集贸中心、安',
      '',
      '国国',
      '',
      '际中药材商贸中心等一批示范市场建设。培育和发展一批生产要素市场。整顿和规范市场经济秩序，是今年经济工作的一项重要任务。要坚决按照国务院的部署，深入开展严厉打击制售假冒伪劣商品和走私贩私等犯罪活动，严肃财经纪律，堵塞各种漏洞。',
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('安国国际中药材商贸中心');
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

describe('a linked word that recurs as a line of its own, in a file without blank lines between paragraphs', () => {
  // 河北 2004 (same source, 河北省_2004_report.txt lines 109–111, 136–139 and 384–386, the last in the page's second copy
  // of the report): “经济和社会发” stands on a line of its own four times, cut out of 经济和社会发展.
  const lines = [
    '各位代表！去年我省的各项工作都取得了较好成绩，这是党中央、国务院和中共河北省委正确领导的结果，是全省各族人民共同努力的结果。在此，我代表省人民政府，向广大工人、农民、知识分子、各级干部和社会各阶层的建设者，向人大代表、政协委员，向各民主党派、工商联、无党派爱国人士和人民团体，向驻冀人民解放军、武警官兵、政法干警和民兵预备役人员，向中直机关驻冀各单位，向关心支持我省发展的香港特别行政区和澳门特别行政区同胞、台湾同胞、海外侨胞、国内外朋友，致以崇高的敬意和衷心的感谢！',
    '经济和社会发',
    '展的好形势，增强了我们继续前进的信心和勇气。但我们也清醒地认识到，加快发展，仅仅是有了一个良好的开端，有些想做的工作还没有来得及做，有些工作部署了还没有深入展开，有些工作做得还不好，与人民群众的要求有较大差距。我省发展快，其他省市发展也快，有的比我省更快。不进则退，小进亦退。当前，经济社会生活中仍存在不少困难和问题。城乡居民收入不高，特别是农民收入增长不快的状况没有明显改变，农村贫困人口和城镇低收入人口还较多，部分群众的生活比较困难；经济结构性矛盾突出，工业经济产业集中度不高，高附加值产品较少，现代服务业发展也不充分；国有企业改革任务十分艰巨，对外开放程度与所处区位还不相称；就业再就业形势严峻，目前，全省城镇下岗失业人员和每年新增劳动力、大中专毕业生130万人，农村富余劳动力700多万人，养老、医疗、失业保险和城镇居民最低生活保障也面临很大压力；公共事业欠账较多，',
    '（四）统筹城乡经济社会发展，加快城镇化进程',
    '城镇是',
    '经济和社会发',
    '展的主要载体。实施城镇化战略，是实现工业化和现代化的必然选择，是改变城乡二元经济结构、促进经济社会协调发展的根本途径。今年要继续加大力度，迈出更大步伐。',
    '各位代表！去年我省的各项工作都取得了较好成绩，这是党中央、国务院和中共河北省委正确领导的结果，是全省各族人民共同努力的结果。在此，我代表省人民政府，向广大工人、农民、知识分子、各级干部和社会各阶层的建设者，向人大代表、政协委员，向各民主党派、工商联、无党派爱国人士和人民团体，向驻冀人民解放军、武警官兵、政法干警和民兵预备役人员，向中直机关驻冀各单位，向关心支持我省发展的香港特别行政区和澳门特别行政区同胞、台湾同胞、海外侨胞、国内外朋友，致以崇高的敬意和衷心的感谢！',
    '经济和社会发',
    '展的好形势，增强了我们继续前进的信心和勇气。但我们也清醒地认识到，加快发展，仅仅是有了一个良好的开端，有些想做的工作还没有来得及做，有些工作部署了还没有深入展开，有些工作做得还不好，与人民群众的要求有较大差距。我省发展快，其他省市发展也快，有的比我省更快。不进则退，小进亦退。当前，经济社会生活中仍存在不少困难和问题。城乡居民收入不高，特别是农民收入增长不快的状况没有明显改变，农村贫困人口和城镇低收入人口还较多，部分群众的生活比较困难；经济结构性矛盾突出，工业经济产业集中度不高，高附加值产品较少，现代服务业发展也不充分；国有企业改革任务十分艰巨，对外开放程度与所处区位还不相称；就业再就业形势严峻，目前，全省城镇下岗失业人员和每年新增劳动力、大中专毕业生130万人，农村富余劳动力700多万人，养老、医疗、失业保险和城镇居民最低生活保障也面临很大压力；公共事业欠账较多，',
  ];

  it('goes on the open line before it and takes the rest of its sentence (“城镇是” / “经济和社会发” / “展的主要载体。…”)', () => {
    const out = paragraphs(lines);
    expect(out.some((p) => p.startsWith('城镇是经济和社会发展的主要载体。'))).toBe(true);
  });

  it('after a whole sentence opens a paragraph of body text, not a heading line (“…致以崇高的敬意和衷心的感谢!” / “经济和社会发” / “展的好形势,…”)', () => {
    const out = paragraphs(lines);
    expect(out.filter((p) => p.startsWith('经济和社会发展的好形势,增强了我们继续前进的信心和勇气。'))).toHaveLength(2);
    expect(out).not.toContain('经济和社会发');
  });

  it('is no linked word when it recurs fewer than three times', () => {
    const out = paragraphs(lines.slice(0, 3));
    expect(out).toContain('经济和社会发');
  });
});
