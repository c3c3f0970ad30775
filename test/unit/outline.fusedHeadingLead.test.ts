import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/** The corpus line that starts with `start` (whole, as stored). */
function corpusLine(lines: readonly string[], start: string): string {
  const line = lines.find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`no line starts with ${start}`);
  return line;
}

/**
 * Dev 江西 2026 part 三, lines as stored: （五） is fused with its introduction (“（五）聚焦提高全域发展整体效能，促进区域城乡协调
 * 联动发展。优化重大生产力布局，…”), and its first paragraph after that opens with a title of two clauses' length
 * (“深化构建“一主一副、两翼联动、多点支撑”区域发展格局。”, 26 characters), too long for a lone lead sentence. The excerpt keeps
 * that paragraph as the section's only one, before （六）: the layout of the Hebei archive's 河北 2009 第三， (“建立和完善多层次的
 * 金融市场体系，增强金融对经济发展的支撑作用。”) and 河北 2019 （四） (the archive's 河北省_2018 file: “大力实施开放带动战略，不断拓展合作发展新空间。”), where no
 * lead of the section stands beside it.
 */
const JIANGXI = readCorpus('local/jiangxi-2026.txt').split('\n');
const SECTION = corpusLine(JIANGXI, '（五）聚焦提高全域发展整体效能');
/** Part 三 from its name to （四）'s last paragraph, as stored. */
const PART_OPENING = JIANGXI.slice(JIANGXI.indexOf(corpusLine(JIANGXI, '三、2026年工作安排')), JIANGXI.indexOf(SECTION));
const excerpt = (section: string): string =>
  [
    corpusLine(JIANGXI, '各位代表：'),
    ...PART_OPENING,
    section,
    corpusLine(JIANGXI, '深化构建“一主一副'),
    corpusLine(JIANGXI, '（六）聚焦扎实推进全体人民共同富裕'),
    corpusLine(JIANGXI, '促进就业创业增收。'),
  ].join('\n');

describe('the paragraph after a numbered heading fused with its introduction', () => {
  it('opens with a lead of its section when its first sentence is a title, even with no lead beside it', () => {
    expect(nodeAtLine(excerpt(SECTION), '深化构建“一主一副')).toMatchObject({
      kind: 'lead',
      level: 3,
      title: '深化构建“一主一副、两翼联动、多点支撑”区域发展格局',
    });
  });

  it('is still the only paragraph of a heading that stands alone, titled by it (the rule of dev 2005 part 六)', () => {
    const standalone = SECTION.slice(0, SECTION.indexOf('。') + 1);
    expect(nodeAtLine(excerpt(standalone), '（五）聚焦提高全域发展整体效能')).toMatchObject({ kind: 'section', level: 2 });
    expect(nodeAtLine(excerpt(standalone), '深化构建“一主一副')).toBeUndefined();
  });

  it('leaves the corpus report as it was: the lead stands beside the section’s next leads there', () => {
    expect(nodeAtLine(JIANGXI.join('\n'), '深化构建“一主一副')).toMatchObject({ kind: 'lead', level: 3 });
  });
});
