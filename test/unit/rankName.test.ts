import { describe, expect, it } from 'vitest';
import { analyzeReport, buildCard, renderCardMarkdown } from '../../src/core';
import { formatIndicatorsMarkdown, indicatorLabel } from '../../src/core/export';
import { rankMeasure, rankMeasureGloss, rankScopeAt, scopeBefore } from '../../src/core/indicators/rankName';
import scopeData from '../../src/core/indicators/rankScopes.json';

/** The ranks (unit 位次) the tool reads in `text`, in order, as “name · measure”. */
function rankNames(text: string): string[] {
  return analyzeReport(text).indicators.filter((i) => i.unit === '位次' && i.kind === 'rank').map((i) => `${i.name ?? ''} · ${i.measure ?? ''}`);
}

describe('rankScopes.json', () => {
  it('holds distinct place words of two characters or more', () => {
    expect(new Set(scopeData.scopes).size).toBe(scopeData.scopes.length);
    for (const s of scopeData.scopes) expect(s).toMatch(/^[\u4e00-\u9fff]{2,6}$/);
  });
  it('glosses only scopes it lists', () => {
    for (const s of Object.keys(scopeData.scopeGlosses)) expect(scopeData.scopes).toContain(s);
  });
});

describe('scopeBefore', () => {
  it('reads the place word right before the ordinal, the longest listed', () => {
    const t = '科创板上市企业数量位居全国城市第三。';
    expect(scopeBefore(t, t.indexOf('第三'))).toBe('全国城市');
    const w = '唐山港沿海货物吞吐量稳居世界第二，';
    expect(scopeBefore(w, w.indexOf('第二'))).toBe('世界');
  });
  it('reads a province by name after the rank verb', () => {
    const t = '品牌拥有量居河北省第3位；';
    expect(scopeBefore(t, t.indexOf('第3位'))).toBe('河北省');
  });
  it('reads no scope where a share or a count stands before the ordinal', () => {
    const t = '我们再来分析一下占全国人口第二位的职工的生活状况。';
    expect(scopeBefore(t, t.indexOf('第二位'))).toBe('');
  });
});

describe('rankScopeAt and rankMeasure', () => {
  it('gives a later rank of the same clause the scope of the one before', () => {
    const t = '宁波舟山国际航运中心发展指数从全球第11位跃升至第7位。';
    const first = t.indexOf('第11位');
    const scope = rankScopeAt(t, first, null);
    expect(scope).toBe('全球');
    expect(rankScopeAt(t, t.indexOf('第7位'), { scope, tail: first + 4, item: '', base: '' })).toBe('全球');
  });
  it('measures a tier by 档次 and leaves a rank said with no scope nor rank verb', () => {
    const t = '垃圾分类工作稳居全国第一档。';
    expect(rankMeasure('垃圾分类工作', t, t.indexOf('第一档'), t.indexOf('第一档') + 3, '全国')).toEqual({ name: '垃圾分类工作', measure: '全国档次' });
    const u = '服务业成为第一大产业，';
    expect(rankMeasure('服务业', u, u.indexOf('第一'), u.indexOf('第一') + 2, '')).toBeNull();
  });
});

describe('ranks named by their indicator and measured by scope + 位次 in real text', () => {
  it('names each rank with its scope (dev 河北省-2026 lines 19 and 20)', () => {
    expect(rankNames('高端装备成长为万亿级产业，钢铁产品由原料级向材料级转变，综合算力指数全国第一，13个大模型通过国家备案。')).toContain('综合算力指数 · 全国位次');
    expect(rankNames('融入高质量共建“一带一路”取得新突破，唐山港沿海货物吞吐量稳居世界第二，石家庄国际陆港实现多式联运。')).toContain('唐山港沿海货物吞吐量 · 世界位次');
  });
  it('ranks a growth said right before by its speed, and a count by its number (dev baoding-2022 line 13, 湖南省-2026 line 27)', () => {
    expect(rankNames('2021年，全市生产总值完成3725亿元，增长7.2%、全省第一；一般公共预算收入完成312.5亿元，增长11.3%、全省第一。')).toEqual(['生产总值增速 · 全省位次', '一般公共预算收入增速 · 全省位次']);
    expect(rankNames('提升了先进制造能力。创建了5个国家先进制造业集群、居中部第1，新增2家千亿级园区。')).toContain('国家先进制造业集群数量 · 中部位次');
  });

  it('keeps two attributes said together before the rank (src32 保定市-2023 line 12, 保定市-2009 line 19, outside)', () => {
    expect(rankNames('新增政府专项债券限额468.8亿元，增长102%，总量、增幅全省第一。')).toEqual(['政府专项债券限额总量、增幅 · 全省位次']);
    expect(rankNames('组建了3个专业招商中心，大规模开展招商引资活动，外商直接投资5.3亿美元，增长两倍多，总量、增速全省第二。')).toEqual(['外商直接投资总量、增速 · 全省位次']);
  });

  it('reads a scope said before 排名 (src32 满城区-2020 line 17, outside)', () => {
    const t = '全年实施省、市重点项目19个，完成投资47亿元，投资完成率全市排名第二，重点项目考核综合排名全市第三。';
    expect(scopeBefore(t, t.indexOf('第二'))).toBe('全市');
    expect(rankNames(t)).toContain('投资完成率 · 全市位次');
  });

  it('adds no 数量 for a group counted before 中 nor after a count of livestock out (src32 涞水县-2020 line 15, 徐水县-2015)', () => {
    expect(rankNames('全年线上零售额达11.42亿元，在全省62个贫困县中排名第五;建成14个电商服务站。').some((n) => n.includes('数量'))).toBe(false);
    expect(rankNames('全县奶牛存栏3.8万头，生猪存栏49.2万头、出栏70.6万头，居全市第一。')).toContain('生猪出栏 · 全市位次');
  });
});


describe("a rank's card and group", () => {
  // dev baoding-2022 line 13 and 河北省-2026 line 20: the card heads the indicator, then what of it is measured.
  const text = '2021年，全市生产总值完成3725亿元，增长7.2%、全省第一；一般公共预算收入完成312.5亿元，增长11.3%、全省第一。\n融入高质量共建“一带一路”取得新突破，唐山港沿海货物吞吐量稳居世界第二，石家庄国际陆港实现多式联运。\n';
  const model = analyzeReport(text);
  const links = { uri: 'file:///r.txt', reveal: () => 'command:x', describe: () => 'r.txt' };
  const head = (figure: string): string => {
    const ind = model.indicators.find((i) => i.text === figure && i.kind === 'rank')!;
    return renderCardMarkdown(buildCard(model, ind, { lang: 'zh', segmenterAvailable: true }), { lang: 'zh', links }).split('  \n')[0] ?? '';
  };

  it('reads indicator, scope + 位次, place', () => {
    expect(head('第二')).toBe('**唐山港沿海货物吞吐量** 世界位次 **第二 = 第 2 位**');
    expect(model.indicators.filter((i) => i.kind === 'rank').map((i) => `${i.name ?? ''} ${i.measure ?? ''}`)).toEqual(['生产总值增速 全省位次', '一般公共预算收入增速 全省位次', '唐山港沿海货物吞吐量 世界位次']);
  });

  it('glosses scope + 位次 on an English card (world rank), a scope it does not know as rank', () => {
    const rank = model.indicators.find((i) => i.text === '第二' && i.kind === 'rank')!;
    const row = buildCard(model, rank, { lang: 'en', segmenterAvailable: true }).rows.find((r) => r.key === 'measure');
    expect(row?.value).toBe('世界位次 (world rank)');
    expect(rankMeasureGloss('中部六省位次')).toBe('rank');
    expect(rankMeasureGloss('档次')).toBe('tier');
    expect(rankMeasureGloss('增长')).toBeNull();
  });

  it('says scope + 位次 in the Indicators view and the Markdown export too', () => {
    const rank = model.indicators.find((i) => i.text === '第二' && i.kind === 'rank')!;
    expect(indicatorLabel(rank)).toBe('唐山港沿海货物吞吐量 世界位次 第二');
    expect(formatIndicatorsMarkdown([rank])).toContain('| 唐山港沿海货物吞吐量 | 第二 | 世界位次 |');
  });

  it('keys a rank apart from the level and growth of its indicator', () => {
    const revenue = model.indicators.filter((i) => i.name?.startsWith('一般公共预算收入'));
    expect(revenue.map((i) => i.kind)).toEqual(['level', 'growth', 'rank']);
    expect(revenue[0]?.groupKey).toBe(revenue[1]?.groupKey);
    expect(revenue[2]?.groupKey).not.toBe(revenue[0]?.groupKey);
  });
});
