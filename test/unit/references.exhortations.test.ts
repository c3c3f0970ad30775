/**
 * A run of phrases quoted only as the opening of a programme's name (“不忘初心、牢记使命”主题教育) and said again bare in a
 * clause of its own (在市委的坚强领导下，不忘初心、牢记使命，…) is the exhortation there, not the programme
 * (src/core/references/terms.ts). 深圳市 2018 and 坪山区 2021, outside src27 free texts, tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

/** A small report of real sentences, one a paragraph. */
const report = (...paragraphs: string[]): Reference[] =>
  analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).references.filter((r) => r.kind === 'term');
const said = (refs: readonly Reference[]): string[] => refs.map((r) => `${r.from.text} → ${r.to.text}`);

describe('a quoted run of phrases said again bare', () => {
  it('is the exhortation where its quotes only ever open a programme’s name (深圳市 2018)', () => {
    const refs = report(
      '按照市委的部署要求，把深入学习宣传贯彻习近平新时代中国特色社会主义思想和党的十九大精神作为首要政治任务，牢固树立“四个意识”，坚定“四个自信”，开展“不忘初心、牢记使命”主题教育和“大学习、深调研、真落实”活动，以严实作风推动政府工作全面上水平。',
      '让我们更加紧密地团结在以习近平同志为核心的党中央周围，高举习近平新时代中国特色社会主义思想伟大旗帜，在市委的坚强领导下，不忘初心、牢记使命，以永不懈怠的精神状态和一往无前的奋斗姿态，率先建设社会主义现代化先行区。',
    );
    expect(said(refs).filter((s) => s.includes('不忘初心'))).toEqual([]);
  });

  it('but the report’s own goal quoted alone still links where it is said bare (坪山区 2021)', () => {
    const refs = report(
      '按照崭新的发展定位，区第二次党代会提出了“建设创新坪山、打造未来之城”的总体目标，全面谋划了未来五年经济社会发展思路，为区政府做好下一步工作指明了方向、提供了遵循。',
      '紧紧围绕区第二次党代会部署要求，牢记嘱托、感恩奋进、实干争先，加快建设创新坪山、打造未来之城，为深圳建设中国特色社会主义先行示范区作出新的更大贡献。',
    );
    expect(said(refs)).toContain('建设创新坪山、打造未来之城 → “建设创新坪山、打造未来之城”');
  });
});
