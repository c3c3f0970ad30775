/**
 * Names said with a different scope, head or form each time (src/core/references/qualified.ts, nameStart.ts,
 * entities.ts): rules written from reports outside the labelled set and checked on the corpus's real text.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { nameStarts } from '../../src/core/references/nameStart';
import { readCorpus } from '../support/corpus';

const names = (path: string): Reference[] => analyzeReport(readCorpus(path)).references.filter((r) => r.kind === 'entity' || r.kind === 'short');
const linksTo = (refs: readonly Reference[], end: string): string[] =>
  refs.filter((r) => r.from.text.endsWith(end)).map((r) => `L${r.from.range.start.line} ${r.from.text} → L${r.to.range.start.line} ${r.to.text}`);

describe('one long name said each time with another scope before it', () => {
  it('is the long end both readings share (安徽 2026: 合肥都市圈入选国家|要素… … 合肥都市圈|要素…; 湖南 2026: 长株潭全域纳入国家|要素… … 长株潭|要素…)', () => {
    expect(linksTo(names('local/安徽省-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L74 要素市场化配置综合改革试点 → L22 要素市场化配置综合改革试点']);
    expect(linksTo(names('local/湖南省-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L75 要素市场化配置综合改革试点 → L22 要素市场化配置综合改革试点']);
  });

  it('links a scoped reading said after the plain one to it (广东 2026: 要素… … 大湾区内地九市要素…)', () => {
    expect(linksTo(names('local/guangdong-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L97 大湾区内地九市要素市场化配置综合改革试点 → L28 要素市场化配置综合改革试点']);
  });

  it('not for a shared end made of ordinary words (国家级先进制造业集群 is a kind of thing)', () => {
    expect(names('local/江苏省-2026.txt').some((r) => r.from.text === '国家级先进制造业集群')).toBe(false);
  });
});

/** A small report of real sentences (the public 2026 provincial reports outside the corpus, verbatim), one a paragraph. */
const report = (...paragraphs: string[]): Reference[] =>
  analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).references.filter((r) => r.kind === 'entity');
const said = (refs: readonly Reference[]): string[] => refs.map((r) => `${r.from.text} → ${r.to.text}`);
/** The quoted terms of the same small report. */
const quotedTerms = (...paragraphs: string[]): Reference[] =>
  analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).references.filter((r) => r.kind === 'term');

describe('where a name starts: after "ours" and after a round', () => {
  it('a name starts after 我国/我省, never with it (云南 2026: 民族团结进步示范区 … 深化我国民族团结进步示范区)', () => {
    const refs = report('这五年，我们有形有感有效铸牢中华民族共同体意识，民族团结进步示范区建设结出新硕果。', '坚持把贯彻落实党中央决策部署同云南实际结合起来，不断深化我国民族团结进步示范区、生态文明建设排头兵建设。');
    expect(said(refs)).toEqual(['民族团结进步示范区 → 民族团结进步示范区']);
  });

  it('a round (新一轮, 第五轮) is which time, not the name (河南 2026: 增强郑州航空港区开放功能 … 编制好新一轮郑州航空港区高质量发展规划)', () => {
    const refs = report('完成新郑综保区扩区，增强郑州航空港区开放功能。', '编制好新一轮郑州航空港区高质量发展规划，完善综合服务功能。');
    expect(said(refs)).toEqual(['郑州航空港区 → 郑州航空港区']);
  });

  it('a name may start after a quoted piece, and after a round (云南 2026: 接续实施“十百千万”示范引领工程 … 推进第五轮示范引领工程)', () => {
    const refs = report('接续实施“十百千万”示范引领工程，民族自治地方年均经济增速高于全省平均水平。', '深化民族团结进步创建，推进第五轮示范引领工程，拓展促“三交”载体。');
    expect(said(refs)).toEqual(['示范引领工程 → 示范引领工程']);
  });

  it('leaves the round out of every reading (national 2016: 启动新一轮国家服务业综合改革试点)', () => {
    const text = readCorpus('national/2016.txt');
    const at = text.indexOf('启动新一轮国家服务业综合改革试点') + '启动新一轮国家服务业综合改革试点'.length - 2;
    const readings = nameStarts(text, at).map((s) => text.slice(s, at + 2));
    expect(readings).toContain('国家服务业综合改革试点');
    expect(readings.some((r) => r.includes('轮'))).toBe(false);
  });
});

describe('type words of irrigation districts, ceremonies, agricultural high-tech zones', () => {
  it('灌区, 大典, 农高区, 农谷 end names (甘肃 2026: 榆安大型灌区, 公祭伏羲大典; 河南 2026: 周口国家农高区)', () => {
    const gansu = report(
      '阿克塞生态保护及城乡供水一体化、景电灌区现代化改造、榆安大型灌区、黄河甘肃段河道防洪治理等工程开工建设。兰洽会、文博会、公祭伏羲大典影响力不断提升。',
      '抓好黄河甘肃段河道防洪治理，推动榆安大型灌区建设和景电灌区、靖会灌区现代化改造。办好公祭伏羲大典。',
    );
    expect(said(gansu)).toEqual(expect.arrayContaining(['景电灌区 → 景电灌区', '榆安大型灌区 → 榆安大型灌区', '公祭伏羲大典 → 公祭伏羲大典']));
    const henan = report('农作物综合机械化率90%。中原农谷、周口国家农高区加快建设。', '推动中原农谷、周口国家农高区协同发展。');
    expect(said(henan)).toEqual(['中原农谷 → 中原农谷', '周口国家农高区 → 周口国家农高区']);
  });

  it('an industry valley (电谷, 智谷, 数谷 … as 光谷, 农谷) ends a name (保定 2011: 中国电谷; 保定 2018: 深安智谷 — outside)', () => {
    const baoding2011 = report(
      '努力转方式、促发展，全国低碳城市试点、中国电谷、太阳能之城建设迈出新步伐。',
      '把新能源和能源设备、汽车及零部件等先进制造业做成全市的支柱产业，提高规模、速度和效益，加快建设中国电谷和华北轻型汽车城。',
    );
    expect(said(baoding2011)).toEqual(['中国电谷 → 中国电谷']);
    const baoding2018 = report(
      '深保科创产业园开工建设，签约入园企业43家、意向入园企业96家，深安智谷、深圳光启、华讯方舟等一批"深字头"高科技平台和企业落户我市。',
      '抓好与深圳合作，加快深保科创产业园、深安智谷、华讯方舟、深圳光启等重大项目建设。',
    );
    expect(said(baoding2018)).toContain('深安智谷 → 深安智谷');
  });

  it('straight quotes: one without its partner opens the quote a name starts after, a pair inside a name is stepped over (保定 2010, 高阳 2017, 保定 2014 — outside)', () => {
    const baoding2010Paragraphs = [
      '"中国电谷"建设迈出新步伐，新能源企业增加到175家，实现工业总产值318亿元，增长30%；汽车工业实现较快增长，整车生产突破50万辆，销售收入380亿元，增长48.2%；纺织服装业整合升级步伐加快，引进了京棉、中纺、恒天等战略合作者。',
      '加快培育城市产业，把高新区"中国电谷"、保定工业园、长城汽车工业园、定州长安汽车工业园等重点园区打造成聚集产业、聚集项目的增长极。',
    ];
    const baoding2010 = report(...baoding2010Paragraphs);
    const baoding2010Terms = quotedTerms(...baoding2010Paragraphs);
    // A name quoted whole is a quoted term too (terms.ts reads straight quotes in pairs since links15), and the term's
    // link from the whole quoted piece takes the name's place, as with curly quotes (index.ts withoutTerms): the link is
    // the same, and no name reads over a stray quote.
    expect(said(baoding2010)).toEqual([]);
    expect(said(baoding2010Terms)).toContain('"中国电谷" → "中国电谷"');
    const gaoyang2017 = report('全国第一家农机零配件线上交易平台——"好农机商城"建成运营，300多家企业和商户上传产品3万余种。', '推动"好农机商城"等线上交易平台发展壮大。');
    expect(said(gaoyang2017)).toEqual([]);
    expect(said(quotedTerms('全国第一家农机零配件线上交易平台——"好农机商城"建成运营，300多家企业和商户上传产品3万余种。', '推动"好农机商城"等线上交易平台发展壮大。'))).toEqual(['"好农机商城" → "好农机商城"']);
    const baoding2014 = report(
      '开展城市管理"6S"行动，向违法建设、垃圾死角、马路市场、露天烧烤等城市顽疾全面宣战，声势之大、范围之广、措施之硬前所未有，市容市貌明显改观。',
      '深化城市管理"6S"行动，由突击性治理向长效性管理转变、由靠部门执法监管向全民自觉行动转变、由政府包办向市场化运作转变；由市区向县城和乡村延伸，由城市主干街道向小街小巷和社区延伸，真正做到无缝隙、全覆盖、零死角，让城市净起来、亮起来、美起来。',
    );
    expect(said(baoding2014)).toContain('城市管理"6S"行动 → 城市管理"6S"行动');
  });

  it('but 大型灌区 alone is a kind of district (四川-style 抓紧实施大型灌区 is no name)', () => {
    expect(said(report('抓紧实施大型灌区建设。', '抓紧实施大型灌区续建配套。'))).toEqual([]);
  });
});

describe('a list of names that shares a counted type word', () => {
  it('each item is the name with the type word (湖南 2026: 长赣高铁 … 加快邵永、铜吉、长赣、宜常、永清广、黔吉等6条高铁)', () => {
    const hunan = names('local/湖南省-2026.txt');
    expect(hunan.filter((r) => r.from.range.start.line === 58 && r.to.text.endsWith('高铁')).map((r) => `${r.from.text} → L${r.to.range.start.line} ${r.to.text}`)).toEqual(['长赣 → L19 长赣高铁', '宜常 → L19 宜常高铁']);
  });

  it('not items made of ordinary words (教育、医疗等3个中心)', () => {
    expect(said(report('建设教育、医疗等3个中心。', '推进教育、医疗等3个中心建设。'))).toEqual([]);
  });
});

describe('a project’s phase said without its kind', () => {
  it('is the phase’s name (江苏 2026: 淮河入海水道二期工程 … 淮河入海水道二期、…)', () => {
    expect(linksTo(names('local/江苏省-2026.txt'), '淮河入海水道二期')).toEqual(['L51 淮河入海水道二期 → L24 淮河入海水道二期工程']);
  });

  it('but not where the words go on into another (粮食产能提升灌溉二期建设)', () => {
    const refs = report('粮食产能提升灌溉二期工程获批。', '推进粮食产能提升灌溉二期建设，开工建设粮食产能提升灌溉二期、牡敦高铁等重大项目。');
    const second = '推进粮食产能提升灌溉二期建设，开工建设粮食产能提升灌溉二期、';
    expect(refs.map((r) => r.from.range.end.character)).toEqual([second.length - 1]);
  });
});

describe('heads a name is said without', () => {
  it('a zone’s country and province in brackets (安徽 2026: 中国（安徽）自贸试验区 … 自贸试验区)', () => {
    expect(linksTo(names('local/安徽省-2026.txt'), '自贸试验区')).toContain('L81 自贸试验区 → L32 中国(安徽)自贸试验区');
  });

  it('a zone’s kind said in full and clipped (national 2015: 福建自由贸易试验区 … 福建自贸试验区; hebei 2021: 中国（河北）自由贸易试验区 … 自贸试验区)', () => {
    expect(linksTo(names('national/2015.txt'), '福建自贸试验区')).toEqual(['L133 福建自贸试验区 → L27 福建自由贸易试验区']);
    expect(linksTo(names('local/hebei-2021.txt'), '自贸试验区')).toEqual(['L103 自贸试验区 → L39 中国(河北)自由贸易试验区', 'L103 自贸试验区 → L39 中国(河北)自由贸易试验区']);
  });

  it('an adverb of effort before a name (山西 2026: 晋北采煤沉陷区新能源基地 … 力争晋北采煤沉陷区新能源基地)', () => {
    const refs = report('总投资超500亿元的晋北采煤沉陷区新能源基地加快建设。', '新能源规模化基地化开发方面，力争晋北采煤沉陷区新能源基地建成投产。');
    expect(said(refs)).toEqual(['晋北采煤沉陷区新能源基地 → 晋北采煤沉陷区新能源基地']);
  });
});

describe('a quoted numbered pair', () => {
  it('is a programme the report follows (湖南 2026: “三保” … “三保”)', () => {
    const hunan = analyzeReport(readCorpus('local/湖南省-2026.txt')).references.filter((r) => r.from.text === '“三保”');
    expect(hunan.map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line}`)).toEqual(['L39 → L24', 'L109 → L24']);
  });

  it('but a standing formula is rhetoric (national 2005: “三农” three times, never linked)', () => {
    expect(readCorpus('national/2005.txt').split('“三农”')).toHaveLength(4);
    expect(analyzeReport(readCorpus('national/2005.txt')).references.some((r) => r.from.text === '“三农”')).toBe(false);
  });
});

describe('a grade before a type word', () => {
  it('names a class of places, not one (山西 2026: 国家5A级旅游景区达到12家 … 创建国家5A级旅游景区)', () => {
    const refs = report(
      '文旅融合态势强劲，国家5A级旅游景区达到12家，“悟空热”带动山西游持续升温。',
      '实施旅游景区“强基焕新”行动，推动关公故里、北岳恒山景区等创建国家5A级旅游景区，守护、利用好文物资源。',
    );
    expect(said(refs)).toEqual([]);
  });
});

describe('one verb alone before a type word', () => {
  it('says what is done, not which programme (宁夏 2026: “五健”促进行动计划 … 医养结合促进行动)', () => {
    const refs = report(
      '实施早孕关爱行动、孕育和出生缺陷防治能力提升计划，启动儿童青少年体重、视力、心理、骨骼、口腔等“五健”促进行动计划。',
      '实施医养结合促进行动和康复护理扩容提升工程，加强对独居老人、失能失智等困难群体的关爱帮扶。',
    );
    expect(said(refs)).toEqual([]);
  });
});
