/**
 * A counted short name after its list (src/core/references/countedLists.ts; test/fixtures/links/README.md, `short`):
 * the short form links to the list's first mention when its count is the list's length and its head ends every item.
 * Real sentences: dev 海拉尔 2019 (line 55), src32 徐水-2011, 涞水县-2020, 河北省-2024 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { listsEndingWith } from '../../src/core/references/countedLists';

const shorts = (body: readonly string[]): string[] =>
  analyzeReport(['某县政府工作报告', '各位代表：', '一、2018年工作回顾', '过去一年，各项工作稳步推进。', '二、2019年工作安排', ...body].join('\n'))
    .references.filter((r) => r.kind === 'short')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a counted short name said after its list', () => {
  it('海拉尔 2019: “双城” goes to 全国文明城、国家卫生城 said two sentences before', () => {
    const line = '坚持中心城区优先发展战略，以创建全国文明城、国家卫生城为目标，补短板、精管理、塑文明，进一步提升城市建管水平。以“智慧城市”建设为导向，发挥“双城”同创的带动作用，用“绣花”功夫抓好城市管理。';
    expect(shorts([line])).toEqual(['5:双城 → 5:全国文明城、国家卫生城']);
  });

  it('徐水-2011: 两大园区 goes to 县城工业园区和大王店产业园区 of an earlier paragraph', () => {
    expect(
      shorts([
        '建好大园区。加快县城工业园区和大王店产业园区基础设施建设，坚持资金向园区投放，政策向园区倾斜。',
        '（二）全力建设两大园区，不断提高承载能力。一是加快园区基础设施建设。',
      ]),
    ).toEqual(['6:两大园区 → 5:县城工业园区和大王店产业园区']);
  });

  it('涞水县-2020: “四城” said right after its four cities is their label, in view: no link', () => {
    expect(shorts(['推进文明城、卫生城、园林城、森林城“四城”同创，坚持规划、建设、管理齐抓并重。'])).toEqual([]);
  });

  it('河北省-2024: 首都“两区” is the capital’s designation, not 先行区、示范区 said before it', () => {
    const before = '坚持服从服务大局，全域对接、全面承接，为打造中国式现代化建设的先行区、示范区贡献河北力量。';
    const after = '加强潮白河、滦河等跨界河流综合治理，实施北方防沙带等重点工程，推动张家口首都“两区”建设取得更大进展。';
    expect(shorts([before, after])).toEqual([]);
  });

  it('河北省-2024: “三大工程” labels the list of its own clause, not 民心工程、优质工程、廉洁工程 said before', () => {
    const before = '确保今年主汛期前涿州城市防洪主体工程、白沟河治理工程全部完工，把每一项工程都建成民心工程、优质工程、廉洁工程。';
    const after = '推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造“三大工程”，构建房地产发展新模式。';
    expect(shorts([before, after])).toEqual([]);
  });

  it('a count that is no list’s length links nowhere (three cities, “双城”)', () => {
    expect(shorts(['推进文明城、卫生城、园林城建设。', '发挥“双城”同创的带动作用。'])).toEqual([]);
  });
});

describe('listsEndingWith', () => {
  it('reads a list whose items end with the head, from after the verb that leads into it', () => {
    const text = '以创建全国文明城、国家卫生城为目标';
    expect(listsEndingWith(text, '城').map((l) => text.slice(l.start, l.end))).toEqual(['全国文明城、国家卫生城']);
  });
  it('leaves a list that goes on with other items or with 等 (the count is not its length)', () => {
    expect(listsEndingWith('推进文明城、卫生城、园林建设', '城')).toEqual([]);
    expect(listsEndingWith('推进文明城、卫生城等创建', '城')).toEqual([]);
  });
});
