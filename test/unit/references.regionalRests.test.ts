/**
 * A regional strategy said again without its region's name in a report of that region (src/core/references/
 * regionalRests.ts): 京津冀协同发展 … 协同发展. Real lines of 保定市 2018 and 2021 (outside, src32 free texts); the guards
 * are real lines of 保定市 2021 and 徐水区 2024 where the words are another name's or a place's, and ordinary phrases.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const TITLE = '标题：政府工作报告——2018年2月10日在保定市第十五届人民代表大会第三次会议上\n发文单位：保定市人民政府\n\n正文：\n\n';
/** 保定市 2018: the strategy named in full in the review's opening. */
const FULL = '一年来，我们抓住京津冀协同发展和设立雄安新区的重大历史机遇，高起点定位、深层次谋划、全方位推进工作。';

const links = (body: string): string[] =>
  analyzeReport(TITLE + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('a regional strategy said without its region', () => {
  it('links to the full name in the region’s own report (保定市 2018)', () => {
    const body = [FULL, '以协同发展为统揽，全力服务雄安，主动对接京津，京津保率先联动发展势头更加强劲。', '紧紧抓住协同发展这条主线，打造北京非首都功能疏解的支撑点、京津产业转移的承接地。'].join('\n');
    expect(links(body).filter((l) => l === '协同发展 → 京津冀协同发展')).toHaveLength(2);
  });

  it('not where it opens another name or a place says whose it is (保定市 2021, 徐水区 2024), nor in ordinary phrases', () => {
    const body = [
      FULL,
      '成立了协同发展研究院、民营经济研究院。',
      '抓好雄安周边协同发展区管理，打造环雄安高品质生态衔接带。',
      '全面加强雄安新区周边协同发展区域高效管控。',
      '坚持推进改革，推动高质量发展，实现城乡协同发展。',
    ].join('\n');
    expect(links(body).filter((l) => l.startsWith('协同发展'))).toEqual([]);
  });

  it('not before the full name is said, nor in a report of another region', () => {
    const before = ['以协同发展为统揽，全力服务雄安。', FULL].join('\n');
    expect(links(before).filter((l) => l.startsWith('协同发展'))).toEqual([]);
    const elsewhere = TITLE.replace(/保定市/g, '苏州市') + [FULL, '以协同发展为统揽，全力服务雄安。'].join('\n');
    expect(
      analyzeReport(elsewhere)
        .references.filter((r: Reference) => r.from.text === '协同发展')
        .map((r) => r.to.text),
    ).toEqual([]);
  });

  it('in a district’s report named with its city (保定市清苑区 2021, outside src32: the region lists its cities only)', () => {
    const head = '工作报告\n保定市清苑区2021年政府工作报告\n2021年2月5日\n各位代表、同志们：\n一、“十三五”时期经济社会发展回顾\n';
    const body = [
      '面对艰巨繁重的发展改革稳定任务，以及京津冀协同发展和雄安新区规划建设重大机遇，我们在市委、市政府和区委的坚强领导下，攻坚克难。',
      '二、“十四五”时期发展目标',
      '从清苑自身来看，随着京津冀协同发展向纵深推进，清苑的地缘优势和枢纽作用更加凸显。',
      '(一)在协同发展上开新局，融入京雄保一体化。',
    ].join('\n');
    const found = analyzeReport(head + body)
      .references.filter((r: Reference) => r.kind === 'entity')
      .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.text}`);
    expect(found).toEqual(['7:京津冀协同发展 → 京津冀协同发展', '8:协同发展 → 京津冀协同发展']);
  });

  it('the city read where the title names it before the place, year first or not: the place itself is the district', () => {
    const body = '\n2021年2月5日\n各位代表、同志们：\n一、“十三五”时期经济社会发展回顾\n面对京津冀协同发展和雄安新区规划建设重大机遇，我们攻坚克难。\n二、“十四五”时期发展目标\n随着京津冀协同发展向纵深推进，清苑的地缘优势更加凸显。\n';
    for (const title of ['工作报告\n2021年保定市清苑区政府工作报告', '工作报告\n保定市清苑区2021年政府工作报告']) {
      const report = analyzeReport(title + body);
      expect(report.meta.place).toBe('清苑区');
      expect(report.references.filter((r: Reference) => r.kind === 'entity').map((r) => r.to.text)).toEqual(['京津冀协同发展']);
    }
    // Another city's district does not follow 保定's region's strategy (its region, 京津冀, is a named thing in every
    // report since session 37: strategyRegions.ts, test/fixtures/links/README.md).
    const other = analyzeReport('工作报告\n2021年南阳市宛城区政府工作报告' + body);
    expect(other.references.filter((r: Reference) => r.kind === 'entity' && r.from.text !== '京津冀')).toEqual([]);
  });
});
