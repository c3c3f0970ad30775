/**
 * Session 39's links58 round (issue 13): a paragraph that quotes in straight and curly quotes at once, as web copies of
 * the 河北 archive do, read on src32 河北省-2006 (outside ../shared/corpus). Real lines, cut short.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const report = (...paragraphs: string[]): string => ['各位代表：', ...paragraphs.map((p) => `\u3000\u3000${p}`)].join('\n');
const links = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind !== 'indicator')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('straight quotes beside curly ones (terms.ts)', () => {
  // src32 河北省-2006 lines 56 and 58 (1-based): the first mention quoted straight in a paragraph that quotes “三农” curly.
  it('a term first quoted straight, said again curly', () => {
    const text = report(
      '把解决“三农”问题摆在突出位置，加大支农力度；加快发展社会事业，精心组织实施"十项民心工程"，正确处理改革发展稳定的关系。',
      '同时，更加自觉地把社会事业摆在重要位置，组织实施“十项民心工程”，制定科技教育发展的规划。',
    );
    expect(links(text)).toContain('“十项民心工程” → "十项民心工程"');
  });

  // src32 河北省-2006 lines 49 and 74, 56 and 70 (1-based): said again straight beside a curly “十一五”.
  it('a term said again straight in a paragraph that also quotes curly', () => {
    const text = report(
      '全省生产总值提前实现“翻两番、三步走”第一步战略目标。大力推进城市化和“一线两厢”区域发展，促进了城乡、地区的良性互动。',
      '实施好“十一五”规划，必须转变发展观念。五是坚持促进区域协调发展，深入落实"一线两厢"区域发展布局。',
      '既反映了“十一五”时期发展的阶段性特征，又体现了为2020年实现"翻两番、三步走"奋斗目标打好基础的要求。',
    );
    const found = links(text);
    expect(found).toContain('"一线两厢" → “一线两厢”');
    expect(found).toContain('"翻两番、三步走" → “翻两番、三步走”');
  });

  // A stray straight quote in a mixed paragraph (an odd count, as src32 河北省-2004's 惩治" … "等邪教组织 split over
  // lines) leaves its straight pieces unread, as in a straight-only one: paired from the start, the words between the
  // stray quote and the next would become a term (偷盗抢劫行为和) that links wherever it is said again.
  it('an odd number of straight quotes reads none of them, the curly pieces still', () => {
    const text = report(
      '惩治"偷盗抢劫行为和"十项民心工程"，大力推进城市化和“一线两厢”区域发展。',
      '严厉打击偷盗抢劫行为和刑事犯罪，实施“一线两厢”区域发展布局。',
    );
    const found = links(text);
    expect(found).toContain('“一线两厢” → “一线两厢”');
    expect(found.filter((l) => l.includes('偷盗'))).toEqual([]);
  });
});

const BAODING = '标题：2022年保定市政府工作报告\n发文单位：保定市人民政府\n\n正文：\n\n';
const HEBEI = '标题：政府工作报告——2026年1月在河北省第十四届人民代表大会第四次会议上\n发文单位：河北省人民政府\n\n正文：\n\n';
const regionLinks = (title: string, body: string): string[] =>
  analyzeReport(title + body)
    .references.filter((r: Reference) => r.kind === 'entity' && r.from.text === '京津冀')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a region said bare in a report of its own strategy (strategyRegions.ts)', () => {
  // dev baoding-2022 lines 15, 35, 36 and 44 (1-based), cut short: the first mention opens 京津冀协同发展, which a 保定
  // report keeps as a name of its own; the bare repeats go to it, not to the first bare one.
  it('links bare repeats to the region inside the first 京津冀协同发展, and past a sibling reading (立足京津冀、链接大湾区)', () => {
    const body = [
      '大兴机场涿州航站楼等一大批重大项目成功落地，京津冀协同发展、雄安新区规划建设的政策红利，正加快转变为保定发展的强劲动能。',
      '加快推进文化产业综合体项目建设，打造一批面向京津冀区域的少年儿童文化聚集地。',
      '深度融入“一带一路”，着力打造立足京津冀、链接大湾区、通达长三角、联动成渝的综合交通体系。加快交通路网建设，助力打造轨道上的京津冀。',
      '把发展成果落实在老百姓的衣食住行上，打造京津冀最具生活成本竞争力的民生幸福标杆城市。',
    ].join('\n');
    expect(regionLinks(BAODING, body)).toEqual(['6:京津冀 → 5:京津冀', '7:京津冀 → 5:京津冀', '7:京津冀 → 5:京津冀', '8:京津冀 → 5:京津冀']);
  });

  // dev 河北省-2026 line 39 (1-based), cut short: 北京（京津冀）国际科技创新中心 is a name the region lies in.
  it('not a region in brackets inside a name', () => {
    const body = ['这五年，雄安新区拔节生长，京津冀协同发展成果丰硕。', '积极参与北京（京津冀）国际科技创新中心建设，实施京津冀协同创新专项。'].join('\n');
    expect(regionLinks(HEBEI, body).filter((l) => l.startsWith('6:'))).toEqual([]);
  });
});
