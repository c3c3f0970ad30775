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

describe('sizes in digits and village or township levels (outside: 山西 2025)', () => {
  it('reads a size written in digits, which the noun after the figure cannot hold', () => {
    const line = '新增6个省级特色专业镇、8个公共服务平台，培育1个400亿级、3个100亿级产业名镇。';
    // (Before, both counts took the neighbour's noun, 公共服务平台.)
    expect(namesOf(line, ['1个', '3个'], thisYearWork(2025))).toEqual(['400亿级产业名镇', '100亿级产业名镇']);
    const chinese = '加快培育1个万亿级主导产业集群、2个五千亿级支柱产业集群、7个千亿级特色产业集群。';
    expect(namesOf(chinese, ['2个'], thisYearWork(2025))).toEqual(['五千亿级支柱产业集群']);
  });

  it('names a township level like the levels of government', () => {
    const line = '十二是建设50个乡镇级、650个村级标准化饮用水源地。';
    expect(namesOf(line, ['50个', '650个'], thisYearWork(2025))).toEqual(['乡镇级标准化饮用水源地', '村级标准化饮用水源地']);
  });
});

describe('a grade alone before a count', () => {
  it('takes the noun the list of graded counts ends with (outside: 河北 2018)', () => {
    const line = '推进省级400个、市级3000个重点项目建设，完成投资7000亿元左右。';
    expect(namesOf(line, ['400个', '3000个'], thisYearWork(2018))).toEqual(['省级重点项目', '市级重点项目']);
  });
});
