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
