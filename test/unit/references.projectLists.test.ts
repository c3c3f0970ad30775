/**
 * Projects named in lists (projectLists.ts): an item of …、…等(重点|重大)项目 names one project though no type word ends
 * it, and a project reviewed and set to work again links to its first mention. Read by hand on unseen text first
 * (陕西 2025: 陕煤煤炭分质利用、国能聚乙醇酸等重大项目开工建设 … 加快陕煤煤炭分质利用、环氧树脂一期等项目建设); asserted on
 * the dev text.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { addProjectItems } from '../../src/core/references/projectLists';
import type { Mention } from '../../src/core/references/mention';

const entities = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('a project named in a list of projects', () => {
  it('辽宁 2026: 华锦阿美精细化工, in the review’s 等重点项目 and the tasks’ 等项目, links to the review', () => {
    expect(linksOf(entities(readCorpus('local/辽宁省-2026.txt')), '华锦阿美精细化工')).toEqual(['L45 → L20 华锦阿美精细化工']);
  });

  it('辽宁 2026: an item with a type word of its own (大连金州湾国际机场) is the type-word scan’s, linked once', () => {
    expect(linksOf(entities(readCorpus('local/辽宁省-2026.txt')), '大连金州湾国际机场')).toHaveLength(1);
  });

  it('陕西 2026: a list of one (陕煤榆林化学二期等项目) and the first item after the verb (推进|国能煤炭综合利用)', () => {
    const refs = entities(readCorpus('local/陕西省-2026.txt'));
    expect(linksOf(refs, '陕煤榆林化学二期')).toEqual(['L53 → L23 陕煤榆林化学二期']);
    expect(linksOf(refs, '国能煤炭综合利用')).toEqual(['L53 → L23 国能煤炭综合利用']);
  });

  it('items of ordinary works (保障性住房, 城中村改造) and words said in prose name no project', () => {
    const text = [
      '某省政府工作报告',
      '各位代表：',
      '一、2024年工作回顾',
      '保障性住房、城中村改造等项目加快推进，老旧小区改造等重点项目完工。',
      '二、2025年工作安排',
      '推进保障性住房、城中村改造等项目建设，持续推进老旧小区改造等重点项目。',
    ].join('\n');
    expect(entities(text)).toEqual([]);
  });
});

describe('the first item of a list of projects', () => {
  const paragraph = (text: string) => ({ text, raw: text, segments: [{ line: 0, start: 0, end: text.length, offset: 0 }] }) as never;
  const itemsOf = (text: string): string[] => {
    const mentions = new Map<string, Mention[]>();
    addProjectItems(paragraph(text), text.indexOf('等项目') + 1, mentions);
    return [...mentions.keys()];
  };
  it('陕西 2026 (dev): is no piece of a word cut after a figure’s measure (8英寸|半导体)', () => {
    const sentence = readCorpus('local/陕西省-2026.txt').split('\n').find((l) => l.includes('芯业时代8英寸半导体')) as string;
    const from = sentence.indexOf('芯业时代');
    const items = itemsOf(sentence.slice(from - 1, sentence.indexOf('等项目', from) + 3));
    expect(items).toContain('华天科技芯片技改');
    expect(items).not.toContain('寸半导体');
  });
  it('starts after the verb that leads into the list (加快|陕煤煤炭分质利用)', () => {
    expect(itemsOf('加快陕煤煤炭分质利用、环氧树脂一期等项目建设。')).toEqual(['环氧树脂一期', '陕煤煤炭分质利用']);
  });

  const projectsOf = (path: string, list: string, end: string): string[] => {
    const sentence = readCorpus(path).split('\n').find((l) => l.includes(list)) as string;
    const mentions = new Map<string, Mention[]>();
    addProjectItems(paragraph(sentence), sentence.indexOf(end) + end.length - 2, mentions);
    return [...mentions.keys()];
  };
  it('national 2015 and 2022 (dev): a list holding a kind of the policy dictionary (集成电路, 新型基础设施) names no project', () => {
    expect(projectsOf('national/2015.txt', '信息网络、集成电路、新能源', '燃气轮机等重大项目')).toEqual([]);
    expect(projectsOf('national/2022.txt', '新型基础设施、老旧公用设施改造', '老旧公用设施改造等建设项目')).toEqual([]);
    // The lists of projects with names are still read (辽宁 2026, dev).
    expect(projectsOf('local/辽宁省-2026.txt', '华锦阿美精细化工、亿纬锂能沈阳工厂', '亿纬锂能沈阳工厂等项目')).toEqual(['亿纬锂能沈阳工厂', '华锦阿美精细化工']);
  });
});
