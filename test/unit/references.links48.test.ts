/**
 * Session 37's links48 round (issue 13), read on free texts outside ../shared/corpus (src32 保定 and 河北 reports, the
 * national reports): quoted rhetoric and quoted policy phrases that are no terms, a kind said after a quoted name that is
 * that name's, and short names everyone uses of a policy (医改, 新农合) said after the full one. Real lines, cut short.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import entityTypes from '../../src/core/lexicon/entityTypes.json';

const report = (...paragraphs: string[]): string => ['各位代表：', ...paragraphs.map((p) => `\u3000\u3000${p}`)].join('\n');
const links = (text: string, kind?: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind !== 'indicator' && (kind === undefined || r.kind === kind))
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('quoted rhetoric is no term (lexicon/figuresOfSpeech.json)', () => {
  it('过“紧日子” said twice (src32 涞水县-2020, outside)', () => {
    const text = report(
      '同时，牢固树立过“紧日子”思想，把有限的财力用在“三保”上,用在“刀刃”上。',
      '厉行勤俭节约，反对铺张浪费，严格控制一般性支出，进一步压缩“三公”经费，以政府的“紧日子”换取群众的好日子。',
    );
    expect(links(text).filter((l) => l.includes('紧日子'))).toEqual([]);
  });

  it('the “硬支撑” a sentence ends on (src32 涞源县-2025, outside)', () => {
    const text = report(
      '坚持供需协同发力，全面夯实稳增长的硬支撑。强化政府投资引领带动。',
      '制定问题收集和解决管理办法，为各类经营主体发展提供“硬支撑”。坚决维护企业合法权益。',
    );
    expect(links(text).filter((l) => l.includes('硬支撑'))).toEqual([]);
  });
});

describe('a policy phrase said bare before the report quotes it is no term (terms.ts)', () => {
  it('着力推动高质量发展 … 紧紧把握“高质量发展”首要任务 (src32 高阳县-2023, outside)', () => {
    const text = report(
      '完整、准确、全面贯彻新发展理念，积极服务和融入新发展格局，着力推动高质量发展，紧紧围绕激情奋进工作主线。',
      '工作中，紧紧把握“高质量发展”首要任务，坚持目标年度化、工作项目化、任务具体化。',
    );
    expect(links(text).filter((l) => l.includes('高质量发展'))).toEqual([]);
  });

  it('宜居宜业和美乡村 … 创建8个省级“和美乡村” (src32 徐水区-2024, outside)', () => {
    const text = report(
      '学习“千万工程”经验，加快建设宜居宜业和美乡村，推动农业农村现代化。',
      '强化典型示范，创建8个省级“和美乡村”，打造“容易线”“安大线”、107国道沿线“和美乡村”示范带，修建农村道路20公里以上。',
    );
    expect(links(text).filter((l) => l.includes('和美乡村'))).toEqual([]);
  });

  it('a coinage quoted first still links its repeats (src32 涞源县-2025: “两养一种”)', () => {
    const text = report('整合衔接资金3.91亿元，实施产业类项目47个。“两养一种”产业效益持续放大，生猪养殖、食用菌种植产业稳步发展。', '加快推进衔接资金产业类项目建设，推动“两养一种”特色产业更上一层楼。');
    expect(links(text, 'term')).toEqual(['“两养一种” → “两养一种”']);
  });
});

describe('a quoted run of phrases said again without its 、 is the same term (terms.ts joinWithoutSeparators)', () => {
  it('“两不愁、三保障” … “两不愁三保障” (src32 顺平县-2020, outside)', () => {
    const text = report('我们按照“四个不摘”要求，聚焦“两不愁、三保障”，积极探索扶贫新路径。', '紧紧围绕“两不愁三保障”，严格落实“四个不摘”要求，坚决高质量打赢脱贫攻坚战。');
    expect(links(text, 'term')).toContain('“两不愁三保障” → “两不愁、三保障”');
  });

  it('"巩固、增强、提升、畅通"八字方针 … "巩固增强提升畅通"要求, in straight quotes (src32 保定市-2019, outside)', () => {
    const text = report('坚持以供给侧结构性改革为主线，落实"巩固、增强、提升、畅通"八字方针，坚持深化市场化改革。', '（一）强力落实"巩固增强提升畅通"要求，千方百计稳增长。');
    expect(links(text, 'term')).toEqual(['"巩固增强提升畅通" → "巩固、增强、提升、畅通"']);
  });
});

describe('a kind said right after a quoted name is that name’s (entities.ts quotedBefore)', () => {
  it('ten 奋进行动, each of its own quoted name, link nowhere (src32 高阳县-2023, outside)', () => {
    const text = report(
      '（一）实施“经济开发区提级”奋进行动，建强高质量发展“主阵地”。',
      '实施开发区“三年行动计划”，与时俱进提升开发区能级水平。',
      '（二）实施“产业发展提能”奋进行动，蓄积高质量发展“强动能”。',
      '（三）实施“科技创新提量”奋进行动，厚植高质量发展“新增量”。',
    );
    expect(links(text, 'entity').filter((l) => l.includes('奋进行动'))).toEqual([]);
  });

  it('“引马入林”水利工程 is not the works of a list before it (src32 高唐县-2025, outside)', () => {
    const text = report('七里河、唐公沟中小河流治理等水利工程完工。小麦玉米实现面积、单产、总产“三提升”。', '完成“引马入林”水利工程，薛王引河创建为省级美丽河湖。');
    expect(links(text, 'entity').filter((l) => l.includes('水利工程'))).toEqual([]);
  });

  it('the same quoted name said again, past a note’s marker, still links (src32 满城区-2020, outside)', () => {
    const text = report(
      '启动了投资2.8亿元、总长66公里的“南延北伸”[1]供水管网暨城乡（园区）智慧供水工程。完成4个老旧小区改造。',
      '完成“南延北伸”供水管网暨城乡（园区）智慧供水工程建设，跟进关闭自备井。',
    );
    expect(links(text, 'entity').some((l) => l.startsWith('供水管网暨城乡'))).toBe(true);
  });
});

describe('医改 and 新农合 are short names of the policy said in full before them (entityTypes.json shortOnly)', () => {
  it('医改 after 医药卫生体制改革, and the full name said again links nowhere (src32 河北省-2010, outside)', () => {
    const text = report(
      '集体林权制度改革全面推开，医药卫生体制改革全面启动，文化体制改革取得积极进展。',
      '二是深化医药卫生体制改革。按照国家和省医改方案，加快落实近期医改五项重点工作。实施国家基本药物制度。',
    );
    expect(links(text, 'entity')).toEqual(['医改 → 医药卫生体制改革', '医改 → 医药卫生体制改革']);
  });

  it('新农合 said in the sentence that spells it out (src32 顺平县-2008, outside)', () => {
    const text = report('扩大新型农村合作医疗覆盖面，新农合参合标准提高到90元，切实解决好农民“看病难、看病贵”问题。');
    expect(links(text, 'entity')).toEqual(['新农合 → 新型农村合作医疗']);
  });

  it('said before the full name, a short name links nowhere (src32 顺平县-2008: 新农合工作进展顺利 comes first)', () => {
    const text = report('卫生事业发展坚实有力，完成了县医院综合门诊楼建设；新农合工作进展顺利，累计补偿资金800万元。');
    expect(links(text, 'entity')).toEqual([]);
  });
});

describe('entityTypes.json shortOnly', () => {
  it('lists known names only, each with a short name everyone uses', () => {
    const full = new Set(Object.values(entityTypes.knownShorts as Record<string, string>));
    for (const name of entityTypes.shortOnly) {
      expect(entityTypes.knownNames).toContain(name);
      expect(full.has(name)).toBe(true);
    }
  });
});
