/**
 * Kinds of names read from the report itself (src/core/references/ownHeads.ts): a head of two characters ending in a
 * kind's last character (区, 园, 会, 城) that the report says only where a name ends. Written to make entity links less
 * dependent on the list of type words (issue 13, session 28's links34: leaving out, for each dev report, the type words
 * only its own links use, dev entity recall read .811); asserted on dev corpus text and short real lines of outside
 * reports (深圳 districts, outside the labelled set).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { ownHeads } from '../../src/core/references/ownHeads';
import { WordTrie } from '../../src/core/references/wordTrie';
import data from '../../src/core/lexicon/entityTypes.json';
import { readCorpus } from '../support/corpus';

const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

const TYPES = new WordTrie(data.types);
const heads = (...texts: string[]): ReadonlySet<string> => ownHeads(texts.map((text) => ({ text, matches: TYPES.matches(text) })));

/** 南山区 2021 (outside): 科教城 is no listed type word; 城 ends 科学城, 科技城, 名城 of other reports. */
const NANSHAN = [
  '各位代表：',
  '　　西丽湖国际科教城上升为部省市共建重大战略平台，成为深圳建设综合性国家科学中心的重要承载区，哈尔滨工业大学（深圳）、清华大学深圳国际研究生院等高校相继落地。',
  '　　实施调准工程，将11平方公里二级水源保护区调整为准水源保护区，为西丽湖国际科教城建设提供坚实支撑。',
  '　　推进部省市共建西丽湖国际科教城，全力服务保障鹏城实验室建设，加快国家重点实验室等高端科研平台建设，打造一流实验室体系。',
].join('\n');

describe("the report's own heads", () => {
  it('a name ending in a head no list holds links its repeats (南山 2021: 西丽湖国际科教城)', () => {
    expect(heads(NANSHAN).has('教城')).toBe(true);
    const links = entityLinks(NANSHAN);
    expect(links.filter((l) => l === '西丽湖国际科教城 → 西丽湖国际科教城')).toHaveLength(2);
  });

  it('a head the report also says before another noun is an ordinary word (地区|生产总值, 社会|主义)', () => {
    // national 2005: 民族地区 recurs, and so does 地区农村; 小康社会 and 社会主义.
    const text = readCorpus('national/2005.txt');
    const found = heads(...text.split('\n'));
    expect(text).toContain('地区农村');
    expect(text).toContain('全面建设小康社会');
    expect(found.has('地区')).toBe(false);
    expect(found.has('社会')).toBe(false);
  });

  it('two characters before such a head make an ordinary word, no name (盐田 2020: 花漾街区, 街心花园)', () => {
    // Kinds of small parks a district builds many of, said twice each; 辽宁 2026's 老旧小区 and 完整社区 are the same shape.
    const text = [
      '各位代表：',
      '　　高品质建成花漾街区、街心花园等10个项目，迅速推进大梅沙海滨公园及海滨栈道升级重建等工程。',
      '　　精心打造一批花景大道、花漾街区、街心花园、立体花廊，新建1万平方米立体绿化、5个口袋花园。',
    ].join('\n');
    expect(heads(text).has('街区')).toBe(true);
    expect(entityLinks(text).filter((l) => /街区|花园/.test(l))).toEqual([]);
  });

  it('a counted class is no name (广东 2026: 改造提升24个高速公路服务区; 辽宁 2026: 改造老旧小区300个)', () => {
    expect(entityLinks(readCorpus('local/guangdong-2026.txt')).filter((l) => l.includes('服务区'))).toEqual([]);
  });

  it('a class said only after a particle or a preposition is no name (national 2005: 特别是|粮食主产区, 向|粮食主产区)', () => {
    expect(entityLinks(readCorpus('national/2005.txt')).filter((l) => l.includes('主产区'))).toEqual([]);
  });

  it('a listed type word that ends with a head is still the listed one (湖南 2026: 第十六届全运会 … 全运会)', () => {
    // 湖南 says 省运会-like words too, so 运会 is a head of its own; 第十六届全运会 stays the listed 全运会's name.
    expect(entityLinks(readCorpus('local/湖南省-2026.txt'))).toContain('全运会 → 第十六届全运会');
  });

  it('items of a list never share a head the report taught (坪山 2022: 建设创新坪山、打造未来之城)', () => {
    const text = ['各位代表：', '　　奋力跑好建设创新坪山、打造未来之城“第一程”。', '　　努力建设“创新坪山、未来之城”，为深圳建设贡献力量。', '　　未来之城建设全面提速，未来之城的框架基本形成。'].join('\n');
    expect(entityLinks(text).filter((l) => l.startsWith('坪山 →'))).toEqual([]);
  });
});
