/**
 * Names said short or with another scope (src/core/references/tails.ts), and verbs that lead into names
 * (nameStart.ts): each rule on the real text it was written for.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const entities = (path: string): Reference[] => analyzeReport(readCorpus(path)).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);
const guangdong = entities('local/guangdong-2026.txt');
const liaoning = entities('local/辽宁省-2026.txt');

describe('a region said by its type word alone', () => {
  it('is the one region of that kind said before (广东 2026: 粤港澳大湾区 … 国家创业投资引导基金在大湾区设立…)', () => {
    const links = linksOf(guangdong, '大湾区');
    expect(links).toContain('L11 → L9 粤港澳大湾区');
    expect(links).toContain('L64 → L9 粤港澳大湾区');
  });

  it('not where it opens a longer name (大湾区国际科技创新中心) or sits inside one (广州南沙大湾区文化体育中心)', () => {
    const line13 = guangdong.filter((r) => r.from.text === '大湾区' && r.from.range.start.line === 13);
    // 加快建设大湾区国际科技创新中心 … 加快大湾区高水平人才高地建设: only the second is the region said short.
    expect(line13).toHaveLength(1);
    const text = readCorpus('local/guangdong-2026.txt').split('\n')[13] as string;
    expect(line13[0]?.from.range.start.character).toBe(text.indexOf('大湾区高水平'));
  });

  it('is the region of that kind the report says far most often, where others were said too (河北 2023, outside: 雄安新区 … 渤海新区 … 落户新区)', () => {
    // Real sentences of the 河北 2023 report (yver-sun/gaoyang-towel-resilience), one a paragraph.
    const text = [
      '各位代表：',
      '一、过去五年工作回顾',
      '最具里程碑意义的是，习近平总书记亲自谋划推动的京津冀协同发展硕果累累，雄安新区拔地而起，冬奥盛会载入史册，脱贫攻坚全面胜利，河北与全国同步全面建成小康社会。',
      '雄安新区建设提速。高标准高质量建设雄安新区，积极承接北京非首都功能疏解，打造贯彻新发展理念的创新发展示范区。',
      '积极承接京津产业转移，抓好曹妃甸区、渤海新区、北戴河生命健康产业创新示范区等重点平台建设，推动一批疏解项目落地，廊坊临空经济区完成投资360亿元以上。',
      '高标准高质量推进雄安新区建设。全面落实中央疏解清单，推动4家央企总部、4所高校、2所医院加快建设，争取30家央企二三级子公司落户新区。',
    ].join('\n\n');
    const refs = analyzeReport(text).references.filter((r) => r.kind === 'entity');
    expect(linksOf(refs, '新区')).toEqual(['L10 → L4 雄安新区']);
  });

  it('never a type word that names a kind of thing (四川 2026: 实验室, 博物馆 said alone stay words)', () => {
    // Asserts on sealed text (四川 2026, sealed for links and figures): no dev report was found that names an X实验室 or an
    // X博物馆 and then says the bare word, so no dev line can take its place (session 27).
    const sichuan = entities('local/四川省-2026.txt');
    expect(sichuan.some((r) => r.from.text === '实验室' || r.from.text === '博物馆')).toBe(false);
  });
});

describe('one name said with two scopes', () => {
  it('joins when each scope is a batch, ordinary words or the report’s own place (辽宁 2026: 国家首批|数据要素综合试验区 … 辽宁|数据要素综合试验区)', () => {
    expect(linksOf(liaoning, '辽宁数据要素综合试验区')).toEqual(['L50 → L21 国家首批数据要素综合试验区']);
  });

  it('never across a level that names a class of things (浙江 2026: 零碳园区 … 省级零碳园区)', () => {
    expect(linksOf(entities('local/zhejiang-2026.txt'), '省级零碳园区')).toEqual([]);
  });
});

describe('verbs the dictionary lacks that lead into names', () => {
  it('优化, 落户, 建强 … stand before a name (辽宁 2026: 优化辽宁实验室体系布局, 14个项目落户沈抚科创园)', () => {
    expect(linksOf(liaoning, '辽宁实验室')).toContain('L53 → L22 辽宁实验室');
    expect(linksOf(liaoning, '沈抚科创园')).toEqual(['L53 → L22 沈抚科创园']);
  });
});

describe('more type words: zones, granaries, facilities, hotlines, organisations', () => {
  it('name zones and programmes by what they are (辽宁 2026: 辽西先导区, 辽东绿色经济区; 安徽 2026: 江淮粮仓, 紧凑型聚变能实验装置)', () => {
    expect(linksOf(liaoning, '辽西先导区')).toEqual(['L66 → L25 辽西先导区']);
    expect(linksOf(liaoning, '辽东绿色经济区')).toEqual(['L66 → L25 辽东绿色经济区']);
    const anhui = entities('local/安徽省-2026.txt');
    expect(linksOf(anhui, '江淮粮仓')).toEqual(['L83 → L24 江淮粮仓']);
    expect(linksOf(anhui, '紧凑型聚变能实验装置')).toEqual(['L60 → L20 紧凑型聚变能实验装置']);
  });

  it('an organisation by its name (national 2005: 世贸组织), never a kind of one (national 2016: 国际组织; hebei 2010: 精心组织)', () => {
    expect(linksOf(entities('national/2005.txt'), '世贸组织')).toEqual(['L222 → L39 世贸组织', 'L222 → L39 世贸组织']);
    expect(entities('national/2016.txt').some((r) => r.from.text.endsWith('组织'))).toBe(false);
    expect(entities('local/hebei-2010.txt').some((r) => r.from.text.endsWith('组织'))).toBe(false);
  });
});

describe('a verb that opens a noun of the dictionary', () => {
  it('is no name’s start (national 2005: 增值税转型试点 is not 增值 | 税转型试点)', () => {
    expect(entities('national/2005.txt').some((r) => r.from.text.startsWith('税'))).toBe(false);
  });
});

describe('a count in words before a name', () => {
  it('is no part of it (广东 2026: 两届广交会 … 办好用好广交会), while an edition is (hailar 2019: 第十四届全国冬运会) and so is a name’s own count (中央八项规定)', () => {
    expect(linksOf(guangdong, '广交会')).toEqual(['L101 → L11 广交会']);
    expect(linksOf(entities('local/hailar-2019.txt'), '全国第十四届冬运会')).toEqual(['L59 → L23 第十四届全国冬运会']);
    expect(linksOf(liaoning, '中央八项规定精神学习教育')).toEqual(['L100 → L29 中央八项规定精神学习教育']);
  });

  it('and a verb the dictionary lacks leads into a name (江苏 2026: 加密中欧（亚）班列)', () => {
    expect(linksOf(entities('local/江苏省-2026.txt'), '中欧(亚)班列')).toEqual(['L49 → L22 中欧(亚)班列']);
  });
});

describe('an annex', () => {
  it('says the body’s names again, and they link (广东 2026, 2026年省十件民生实事: 深入实施“百万英才汇南粤”行动计划)', () => {
    expect(linksOf(guangdong, '“百万英才汇南粤”行动')).toContain('L169 → L13 “百万英才汇南粤”行动');
  });
});

describe('a name said again in the paragraph that first says it', () => {
  it('is in view: no link (辽宁 2026: 秦沈高速一期 … 秦沈高速 in one paragraph)', () => {
    expect(liaoning.filter((r) => r.from.range.start.line === r.to.range.start.line && r.from.text === r.to.text)).toEqual([]);
    expect(linksOf(liaoning, '秦沈高速')).toEqual(['L45 → L20 秦沈高速']);
  });
});

describe('a known name’s short name everyone uses', () => {
  it('links to the full name (national 2005: 抓紧建立西部开发长期稳定的专项资金渠道 → 西部大开发)', () => {
    expect(linksOf(entities('national/2005.txt'), '西部开发')).toEqual(['L177 → L31 西部大开发']);
  });

  it('said before the full name, goes forward to it rather than the full name back to it (national 2018: 促进西部开发、东北振兴 … 制定西部大开发新的指导意见)', () => {
    const national2018 = entities('national/2018.txt');
    expect(linksOf(national2018, '西部开发')).toEqual(['L47 → L157 西部大开发']);
    expect(linksOf(national2018, '西部大开发')).toEqual([]);
  });

  it('in a local report, links to the full name the report spelled out, while the strategy said again stays unlinked (河北 2018, outside)', () => {
    // Real sentences of the 河北 2018 report (yver-sun/gaoyang-towel-resilience), one a paragraph; “双创双服” is a
    // campaign of the province's own, which opens with the short name but is not it.
    const text = [
      '各位代表：',
      '二、2018年工作安排',
      '深入开展县域科技创新跃升计划，加快农业科技园区建设。提高大众创业万众创新水平。继续实施孵化器和众创空间倍增计划。',
      '加强知识产权保护，扩大知识产权质押融资，用好双创专项金融债券和孵化专项债券。加快公立医院综合改革，推进医联体建设。',
      '要以企业需求为导向，进一步营造稳定公平透明可预期的营商环境，深化“双创双服”活动，坚决落实惠企强企政策。',
      '推动京津冀协同发展向纵深拓展。深化“双创双服”活动。落实京津冀协同发展规划纲要。',
    ].join('\n\n');
    const refs = analyzeReport(text).references;
    const lines = text.split('\n');
    const named = (r: Reference): string => `${r.kind} ${r.from.text} L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`;
    expect(refs.filter((r) => r.kind === 'entity').map(named)).toEqual([`entity 双创 L${lines.findIndex((l) => l.includes('用好双创'))} → L${lines.findIndex((l) => l.includes('提高大众'))} 大众创业万众创新`]);
    expect(refs.filter((r) => r.from.text.includes('双创双服')).map((r) => r.kind)).toEqual(['term']);
    // The same campaign typed with straight quotes is no mention of 双创 either (review15).
    const straight = analyzeReport(text.replace(/“双创双服”/gu, '"双创双服"')).references;
    expect(straight.filter((r) => r.kind === 'entity').map(named)).toEqual(refs.filter((r) => r.kind === 'entity').map(named));
  });
});

describe('the year’s education campaign said by its kind alone', () => {
  it('is the one campaign named before (national 2024: 深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育 … 巩固拓展主题教育成果)', () => {
    const national2024 = analyzeReport(readCorpus('national/2024.txt')).references.filter((r) => r.from.text === '主题教育');
    expect(national2024.map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`)).toEqual(['L184 → L55 习近平新时代中国特色社会主义思想主题教育']);
  });
});

describe('a name said later by its end alone', () => {
  /** A small report of real sentences, one a paragraph; its entity links as `from → to`. */
  const said = (...paragraphs: string[]): string[] =>
    analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))
      .references.filter((r) => r.kind === 'entity')
      .map((r) => `${r.from.text} → ${r.to.text}`);

  it('is that name where the full name says which one: an owner, a province, an edition (保定 2025, 高阳 2018, 河北 2018: outside)', () => {
    expect(said('华北电力大学燕赵电力实验室开始筹建，环高校创新知识圈建设持续深化。', '发挥涿州国家模式动物科学中心作用，推进国家油气地球物理勘探技术创新中心、固态电池研究院、燕赵电力实验室等平台机构在保定落地，谋划打造燕赵食品实验室、燕赵生物制造实验室。')).toContain(
      '燕赵电力实验室 → 华北电力大学燕赵电力实验室',
    );
    expect(said('河北高阳经济开发区改革有力有序推进，园区投融资平台——高阳县兴嘉建设发展有限公司组建成立，园区主营业务收入完成116亿元，同比增长34%；', '加快高阳经济开发区、庞口汽车农机配件产业园区、庞佐电器电料产业园区建设，完善配套设施，做好土地储备，提升承载能力；')).toContain(
      '高阳经济开发区 → 河北高阳经济开发区',
    );
    expect(said('强化开放意识，广泛开展国际交往，组织2473家企业参加首届中国国际进口博览会，借势博鳌亚洲论坛、夏季达沃斯论坛等高端开放平台，推介河北、扩大影响、深化合作。', '用好博鳌亚洲论坛、达沃斯论坛、中国国际进口博览会等平台，办好保定第23届国际被动房大会、廊坊经洽会、石家庄数博会、崇礼论坛、第3届冀商大会等活动。')).toEqual(
      expect.arrayContaining(['达沃斯论坛 → 夏季达沃斯论坛', '中国国际进口博览会 → 首届中国国际进口博览会']),
    );
  });

  it('is that edition where an event named on its own is said after one edition of it (湖南 2026: 第十六届全运会 … 全运会)', () => {
    const links = said('成功申办第十六届全运会。', '支持长沙实施好全运会专项规划，加快奥体中心、体育训练基地等项目建设，实现办会兴城。');
    expect(links).toEqual(['全运会 → 第十六届全运会']);
  });

  it('is the class, not the one, where the full name drops only a scope or the end follows 等 (江苏 2026: 国家历史文化名城 … 历史文化名城; 安徽 2026: 双墩遗址博物馆 … 武王墩等遗址博物馆)', () => {
    expect(said('文化事业和文化产业蓬勃发展，全国文明城市、国家历史文化名城分别增至37座、14座，6部作品获文华奖，优质文化资源直达基层系列活动覆盖城乡，无锡创成全国首个“世界音乐之都”，扬州中国大运河博物馆成为“闪亮名片”，入选联合国教科文组织非遗项目、5A级旅游景区数量保持全国首位。', '推动文化遗产系统性保护和利用，建好长江、大运河国家文化公园江苏段，加强历史文化名城、街区、村镇有效保护和活态传承，开展“读城”系列行动，打造更多有影响力的文化IP。')).toEqual([]);
    expect(said('实施“五大文化”研究工程，举办徽学学术大会，徽州文化研究院揭牌成立，武王墩一号墓入选“全国十大考古新发现”，凌家滩、双墩遗址博物馆建成开放。', '加强文化遗产系统性保护，推进武王墩等遗址博物馆建设，加强传统村落、传统建筑、非遗民俗保护传承利用。')).toEqual([]);
  });
});

describe('an event’s clip with its own place in brackets', () => {
  it('names that place’s event, not another one the clip fits (河北 2010, outside: 河北(香港)投资贸易洽谈会 … 中国(厦门)投洽会)', () => {
    const text = [
      '各位代表：',
      '',
      '一、工作回顾',
      '',
      '三是加强招商引资。突出日韩、港台、欧美等重点区域和国内特别是京津地区，放眼各个国家和地区，开展多种形式的招商活动，提高招商实效。继续办好河北(香港)投资贸易洽谈会、中国廊坊国际经贸洽谈会，精心组织参加上海世博会、中国(厦门)投洽会、中国(深圳)高交会等重大活动，加强与世界500强等国内外大企业的合作，积极引进战略投资者。',
    ].join('\n');
    const shorts = analyzeReport(text).references.filter((r) => r.kind === 'short');
    expect(shorts.map((r) => r.from.text)).not.toContain('投洽会');
  });

  it('while a clip with no place of its own still names the event said before (河北 2022, outside: 举办省园林博览会 … 办好省第6届园博会)', () => {
    const text = ['各位代表：', '', '一、工作回顾', '', '举办省园林博览会，唐山入选全国城市更新、城市体检双试点。', '', '深入开展文明城市、卫生城市、森林城市创建活动，支持沧州办好省第6届园博会。'].join('\n');
    const shorts = analyzeReport(text).references.filter((r) => r.kind === 'short');
    expect(shorts.map((r) => `${r.from.text} → ${r.to.text}`)).toEqual(['园博会 → 省园林博览会']);
  });
});
