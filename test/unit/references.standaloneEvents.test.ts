/**
 * A type word that is a whole name on its own (冬奥会, entityTypes.json standaloneNames) names its event after words
 * that make no reading of it (entities.ts fallback): 河北 2021 扎扎实实做好冬奥会筹办工作 is the 冬奥会 of 冬奥会筹办 before.
 */
import { expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

it('冬奥会 after 做好 links to its first mention (河北 2021), as after 推进 (same report)', () => {
  const links = analyzeReport(readCorpus('local/hebei-2021.txt'))
    .references.filter((r) => r.kind === 'entity' && r.from.text === '冬奥会')
    .map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line}`);
  expect(links).toContain('L96 → L38');
  expect(links).toContain('L76 → L38');
});

it('a counted clipped kind of zone stays a name: 设立11个自贸试验区 … 复制推广自贸试验区经验 (national 2018, 2017)', () => {
  const links = (path: string): string[] =>
    analyzeReport(readCorpus(path))
      .references.filter((r) => r.kind === 'entity' && r.from.text === '自贸试验区')
      .map((r) => `${r.to.text}`);
  expect(links('national/2018.txt')).toEqual(['自贸试验区']);
  expect(links('national/2017.txt')).toEqual(['自贸试验区']);
});

it('杨凌农高会, a national fair said by its clip as 进博会 is, links its repeat (陕西 2026; 陕西 2025 says 农高会 twice too)', () => {
  const links = analyzeReport(readCorpus('local/陕西省-2026.txt'))
    .references.filter((r) => r.kind === 'entity' && r.from.text === '杨凌农高会')
    .map((r) => r.to.text);
  expect(links).toEqual(['杨凌农高会']);
});

it('the counties the State Council designates for its own support are its programme (national 2005, 2022)', () => {
  const links = (path: string, name: string): number =>
    analyzeReport(readCorpus(path)).references.filter((r) => r.kind === 'entity' && r.from.text === name && r.to.text === name).length;
  // 2005: 592个国家扶贫开发工作重点县免征农业税 … 免除国家扶贫开发工作重点县农村义务教育阶段贫困家庭学生的书本费
  expect(links('national/2005.txt', '国家扶贫开发工作重点县')).toBe(1);
  // 2022: 确定160个国家乡村振兴重点帮扶县 … 强化国家乡村振兴重点帮扶县帮扶措施
  expect(links('national/2022.txt', '国家乡村振兴重点帮扶县')).toBe(1);
});

it('三大攻坚战 is the State Council\'s own campaign in its report (national 2018: its money, its own part 坚决打好三大攻坚战)', () => {
  const links = analyzeReport(readCorpus('national/2018.txt'))
    .references.filter((r) => r.kind === 'entity' && r.from.text === '三大攻坚战')
    .map((r) => r.to.text);
  expect(links).toEqual(['三大攻坚战', '三大攻坚战']);
});

it('三大攻坚战 is a local government\'s own campaign too, carried out under headings of its own (海拉尔 2019: （一）三大攻坚战强力突破 … 全力打好三大攻坚战)', () => {
  const links = analyzeReport(readCorpus('local/hailar-2019.txt'))
    .references.filter((r) => r.kind === 'entity' && r.from.text.includes('三大攻坚战'))
    .map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line}`);
  // The review's heading is its first mention; the quoted “三大攻坚战” on the same line is the standing formula's, no link.
  expect(links).toEqual(['L49 → L19', 'L51 → L19']);
});
