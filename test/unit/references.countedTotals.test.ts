/**
 * A name counted by a count that closes its clause (新认定创业孵化基地13家；) is what the clause counts — a class of
 * things, not one named thing — and its repeats link nowhere (src/core/references/countedKinds.ts isCountedTotal).
 * Real lines of 宝安 2017 and 深圳 2024 (outside src27 free texts); the guards are dev lines (guangdong 2026's count
 * that goes on into another noun, national 2022's count before a programme) whose links the dev labels mark.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { isCountedTotal } from '../../src/core/references/countedKinds';

const HEAD = '深圳市宝安区2017年政府工作报告\n各位代表：\n一、2016年工作回顾\n';

const entityLinks = (body: string): string[] =>
  analyzeReport(HEAD + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('a name counted where its clause closes is a class', () => {
  it('宝安 2017: 新认定创业孵化基地13家； … 推进创业孵化基地建设 links nothing', () => {
    const body = ['出台新一轮创业带动就业政策，新认定创业孵化基地13家；', '二、2017年工作安排', '推进创业孵化基地建设，新认定5家区级创业孵化基地，为自主创业人员提供更多一体化发展空间和专业化创业服务。'].join('\n');
    expect(entityLinks(body).filter((l) => l.includes('孵化基地'))).toEqual([]);
  });

  it('深圳 2024: 新增全国重点实验室3家、国家企业技术中心8家、中小试基地23个。 … 中小试基地20个 links nothing', () => {
    const body = ['新增全国重点实验室3家、国家企业技术中心8家、中小试基地23个。', '二、2024年工作安排', '推动高新区新一轮扩容提质，新增国家高新技术企业1000家、概念验证中心和中小试基地20个。'].join('\n');
    expect(entityLinks(body).filter((l) => l.includes('中小试基地'))).toEqual([]);
  });

  it('not a count going on into another noun, nor a count before the name (guangdong 2026, national 2022, dev)', () => {
    const guangdong = '创造型、引领型改革全面推进，深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国推广。';
    const at = guangdong.indexOf('深圳综合改革试点');
    expect(isCountedTotal(guangdong, at, at + '深圳综合改革试点'.length)).toBe(false);
    const national = '新增4个服务业扩大开放综合试点，推出海南自由贸易港开放新举措。';
    const pilot = national.indexOf('服务业扩大开放综合试点');
    expect(isCountedTotal(national, pilot, pilot + '服务业扩大开放综合试点'.length)).toBe(false);
    const body = [guangdong, '二、2026年工作安排', '推动深圳综合改革试点第二批授权事项加快实施，创造更多可复制、可推广的新鲜经验。'].join('\n');
    expect(entityLinks(body)).toContain('深圳综合改革试点 → 深圳综合改革试点');
  });
});
