/**
 * Session 39's links56 round (issue 13's precision, from dev baoding-2022's false links): quoted rhetoric seen on it and
 * on free texts outside ../shared/corpus (src32) is no term. Real lines, cut short.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const report = (...paragraphs: string[]): string => ['各位代表：', ...paragraphs.map((p) => `\u3000\u3000${p}`)].join('\n');
const links = (text: string, word: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind !== 'indicator' && r.from.text.includes(word))
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('quoted rhetoric of baoding-2022 that free texts say too', () => {
  it('the tale of two cities a pair of cities sings, “双城记” (src32 保定市-2024, outside; figuresOfSpeech.json)', () => {
    const text = report(
      '新颜值，就是按照“三步走”战略目标要求，把新颜值贯穿“十四五”始终，以保定全域全面新颜值，唱响新时代雄保“双城记”。',
      '谋划建设雄安自贸创新联动区，加强与雄安承接单位对接合作，推进雄保高校联盟建设，促进产业链与创新链相互配合、有机融合，唱响新时代雄保“双城记”。',
    );
    expect(links(text, '双城记')).toEqual([]);
  });

  it('the epidemic-control strategy “外防输入、内防反弹”, quoted then said bare (src32 博野县-2022, outside; standingFormulae)', () => {
    const text = report(
      '坚持“外防输入、内防反弹”，严格落实十个常态化30项疫情防控措施，累计接种新冠肺炎疫苗44.3万剂次，做到应接尽接。',
      '坚持外防输入、内防反弹，充分利用大数据、网格化管理手段，发挥乡镇卫生院、村卫生室、药店等基层哨点作用。',
    );
    expect(links(text, '内防反弹')).toEqual([]);
  });

  it('and said bare first, quoted later (src32 河北省-2022, outside)', () => {
    const text = report(
      '我们外防输入、内防反弹，创新实施“十个常态化”30项措施，健全7套信息化系统，建成“八支队伍”。',
      '坚持“外防输入、内防反弹”总策略，“动态清零”总方针，压实“四方责任”。',
    );
    expect(links(text, '内防反弹')).toEqual([]);
  });

  it('a quoted programme of the report said again still links (保定市-2024’s “三步走”战略目标, said twice)', () => {
    const text = report('新颜值，就是按照“三步走”战略目标要求，把新颜值贯穿“十四五”始终。', '今年，我们要落实“三步走”战略目标，唱响新时代雄保“双城记”。');
    expect(links(text, '三步走')).toEqual(['“三步走” → “三步走”']);
  });
});

describe('a run of phrases said bare before the report quotes it is no term (terms.ts)', () => {
  it('绽放新颜值、跑出加速度, the year’s goal said in its clause, then quoted as the 总抓手 (dev baoding-2022 lines 29 and 32)', () => {
    const text = report(
      '坚定不移以习近平新时代中国特色社会主义思想为指导，奋力推动现代化品质生活之城绽放新颜值、跑出加速度，全力构建京雄保一体化发展新格局。',
      '今年，我们要把“绽放新颜值、跑出加速度”作为总抓手。这是市第十二次党代会确定的现代化品质生活之城建设“三步走”目标。',
    );
    expect(links(text, '跑出加速度')).toEqual([]);
  });

  it('乘势而上、勇争一流 (src32 高唐县-2021, outside)', () => {
    const text = report(
      '五年的艰苦奋斗，五年的开拓创新，积累了应对挑战、战胜困难的发展经验，奠定了乘势而上、勇争一流的坚实基础。',
      '做好今年政府工作，必须在统筹疫情防控和经济社会发展的基础上，紧紧围绕“乘势而上、勇争一流”的目标定位。',
    );
    expect(links(text, '勇争一流')).toEqual([]);
  });

  it('and the names inside such a run link as names (src32 满城区-2022, outside: 善美活力满城)', () => {
    const text = report(
      '经受住了世纪疫情、经济下行带来的重重考验，品质生活新区、善美活力满城建设迈出第一步、见到新气象，实现了新一届政府工作的良好开局。',
      '按照区委“1135”发展思路，聚焦一个“干”字，奋力推动“品质生活新区、善美活力满城”跑出加速度、拼出新精彩，激情奋进“十四五”。',
    );
    // (The whole report links 活力满城, which it says alone first; these two lines say the brand name whole.)
    expect(links(text, '满城')).toEqual(['善美活力满城 → 善美活力满城']);
  });

  it('a run quoted first stays a term, quoted again later (src32 保定市-2009, outside: "打基础、增后劲")', () => {
    // (review42: this case quoted 保定市-2006/2007 before, whose text is the sealed 保定市-2007 — SOURCES.md.)
    const text = report(
      '在国内外经济环境突变、安全稳定压力巨大的情况下，我们始终咬定发展不放松，继续坚持"打基础、增后劲"不动摇，千方百计加快发展。',
      '从自身发展看，经过近年来持续"打基础、增后劲"，一批立市大项目陆续建成并产生效益，具备了较强的内生发展能力。',
    );
    expect(links(text, '增后劲')).toEqual(['"打基础、增后劲" → "打基础、增后劲"']);
  });
});
