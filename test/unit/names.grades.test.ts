/**
 * A size grade alone after a count (千亿级, 百亿级) takes the noun after the list of graded counts (gradeNames.ts).
 * Sentence quoted from outside text (保定 2023, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, thisYearWork } from '../support/names';

describe('a grade alone after a count', () => {
  it('gives each graded count the noun after the list (outside: 保定 2023)', () => {
    const line = '持续实施“开发区实力倍增计划”，力争打造5个千亿级、12个百亿级开发区，全市开发区营业收入同比增长15%以上。';
    expect(namesOf(line, ['5个', '12个'], thisYearWork(2023))).toEqual(['千亿级开发区', '百亿级开发区']);
  });
});

describe('a level of government as a grade (grades in nameWords.json)', () => {
  it('names each count of a list sharing one noun by its level and the noun (outside: 河北 2024, 山西 2026)', () => {
    const hebei = '打造健康河北。推进8个国家级、4个省级区域医疗中心建设，开展省级中医药传承创新中心建设。';
    expect(namesOf(hebei, ['8个', '4个'], thisYearWork(2024))).toEqual(['国家级区域医疗中心', '省级区域医疗中心']);
    const shanxi = '实施省级区域医疗中心扩容行动，新建6个国家级、20个省级临床重点专科，打造名医名科名院。';
    expect(namesOf(shanxi, ['6个', '20个'], thisYearWork(2026))).toEqual(['国家级临床重点专科', '省级临床重点专科']);
  });

  it('reads a regional level in a list of three, and an autonomous region’s (辽宁 2026; outside: 新疆 2026)', () => {
    const liaoning = '推动产业集群与实验室群、中试平台、制造业创新中心等深度对接，着力培育6个世界级、7个国家级、9个区域级产业集群。';
    expect(namesOf(liaoning, ['6个', '7个', '9个'], thisYearWork(2026))).toEqual(['世界级产业集群', '国家级产业集群', '区域级产业集群']);
    const xinjiang = '医疗卫生服务水平稳步提升，建成4个国家级、4个自治区级区域医疗中心，86个县市区开展县域医共体建设。';
    expect(namesOf(xinjiang, ['4个'])).toEqual(['国家级区域医疗中心']);
  });

  it('keeps the noun a 和 opens after a level (outside: 甘肃 2026)', () => {
    expect(namesOf('新建高标准农田1417万亩。建成300个省级和美乡村。', ['300个'])).toEqual(['省级和美乡村']);
  });
});

describe('a grade alone before a count', () => {
  it('takes the noun the list of graded counts ends with (outside: 河北 2018)', () => {
    const line = '推进省级400个、市级3000个重点项目建设，完成投资7000亿元左右。';
    expect(namesOf(line, ['400个', '3000个'], thisYearWork(2018))).toEqual(['省级重点项目', '市级重点项目']);
  });
});
