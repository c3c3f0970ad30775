/**
 * A cooperation zone said by its type word alone (entityTypes.json saidAlone: 合作区): once a report has named its
 * zone in full (河套深港科技创新合作区, 沙头角深港国际消费合作区), it goes on to say 合作区 of it (推动出台合作区条例; 合作区
 * 建设高位推进), as 大湾区 after 粤港澳大湾区. Seen on outside free texts: 福田 2019/2021/2022 (河套), 盐田 2019/2020/
 * 2023/2024/2025 (沙头角), 深圳 2026 (深汕特别合作区 … 合作区地区生产总值). Short real lines of two of them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const report = (review: readonly string[], tasks: readonly string[]): string =>
  ['某区政府工作报告', '各位代表：', '一、2020年工作回顾', ...review, '二、2021年工作安排', ...tasks].join('\n');
const bareLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity' && r.from.text === '合作区')
    .map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('合作区 said alone', () => {
  it('福田 2021: links to the one cooperation zone named before it', () => {
    const text = report(
      ['河套深港科技创新合作区“一年大变样”。'],
      ['高标准规划建设好河套深港科技创新合作区。积极推动出台深圳园区总体规划，全面落实“1+N”规划体系，推动出台合作区条例。'],
    );
    expect(bareLinks(text)).toEqual(['L5 → L3 河套深港科技创新合作区']);
  });

  it('盐田 2023: said in the review, after the zone’s heading', () => {
    const text = report(
      ['（二）全球海洋中心城市核心区和沙头角深港国际消费合作区建设正式扬帆起航', '以区政府一、二号文形式全球发布核心区、合作区建设方案，合作区建设高位推进。'],
      ['推动沙头角深港国际消费合作区建设。'],
    );
    expect(bareLinks(text)).toEqual(['L4 → L3 沙头角深港国际消费合作区', 'L4 → L3 沙头角深港国际消费合作区']);
  });
});
