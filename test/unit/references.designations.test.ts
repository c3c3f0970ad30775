/**
 * Two conventions of the hand-marked links (test/fixtures/links/README.md), on dev corpus text:
 * - a national designation said bare (国家实验室, 国家区域医疗中心) names a class of institutions the report counts
 *   (9个国家区域医疗中心), not one named thing: its repeats link nowhere, in a local report or the national one;
 * - a short name everyone uses of a national programme (新基建 → 新型基础设施建设) links once the full name is said.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { isCountedDesignation } from '../../src/core/references/countedKinds';

const linkedFrom = (path: string, text: string): string[] =>
  analyzeReport(readCorpus(path))
    .references.filter((r) => r.to.uri === undefined && r.from.text === text)
    .map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('a national designation said bare is a class, not a name', () => {
  it('安徽 2026 (9个国家区域医疗中心开诊运营 … 高质量运营国家区域医疗中心; 国家实验室 ×2) and 江西 2026 (7家国家区域医疗中心) link none', () => {
    expect(linkedFrom('local/安徽省-2026.txt', '国家区域医疗中心')).toEqual([]);
    expect(linkedFrom('local/安徽省-2026.txt', '国家实验室')).toEqual([]);
    expect(linkedFrom('local/jiangxi-2026.txt', '国家区域医疗中心')).toEqual([]);
  });

  it('nor does the national report (2022: 加强国家实验室建设 … 加强国家实验室和全国重点实验室建设)', () => {
    expect(linkedFrom('national/2022.txt', '国家实验室')).toEqual([]);
  });
});

describe('a short name everyone uses of a national programme (entityTypes.json knownShorts)', () => {
  it('新基建 goes to 新型基础设施建设 said before it (the seed report, 苏州 2021)', () => {
    expect(linkedFrom('000_4ff7010d533e2b03.txt', '新基建')).toEqual(['L166 → L70 新型基础设施建设']);
  });
});

describe('a designation of institutions the report counts (countedKinds.ts)', () => {
  // Sentences of dev reports: 安徽 2026, 江西 2026, 辽宁 2026, and the programmes that stay names (安徽, national 2022).
  it('is counted before or after its name: a class, not one named thing', () => {
    const at = (text: string, name: string): boolean => isCountedDesignation(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('9个国家区域医疗中心开诊运营、居全国第2位', '国家区域医疗中心')).toBe(true);
    expect(at('7家国家区域医疗中心基本建成', '国家区域医疗中心')).toBe(true);
    expect(at('新建省级区域医疗中心14个、紧密型县域医共体33个', '省级区域医疗中心')).toBe(true);
  });

  it('not a centre said without a count, a counted pilot or a quoted programme', () => {
    const at = (text: string, name: string): boolean => isCountedDesignation(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('高质量运营国家区域医疗中心、省级区域（专科）医疗中心', '国家区域医疗中心')).toBe(false);
    expect(at('新增4个服务业扩大开放综合试点', '服务业扩大开放综合试点')).toBe(false);
    expect(at('新开工建设“两重”项目178个', '“两重”项目')).toBe(false);
  });
});
