/**
 * A term said with its own footnote marker links once, by the marker (references/ownMarker.ts): dev local/baoding-2022
 * (src32 保定市-2022, free outside text) and src32 博野县-2022 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport, relatedAt } from '../../src/core';
import { footnoteNumber, ownMarkerAfter } from '../../src/core/references/ownMarker';
import { readCorpus } from '../support/corpus';

const at = (text: string, word: string): number => text.indexOf(word) + word.length;
const links = (refs: readonly Reference[], line: number): string[] =>
  refs.filter((r) => r.kind !== 'indicator' && r.from.range.start.line === line).map((r) => `${r.kind} ${r.from.text}`);

describe('a term at its own footnote marker', () => {
  it('finds the marker in the term’s own phrase (baoding-2022 lines 34 and 37)', () => {
    const county = '开展县城建设“十个一”攻坚行动^[15]，全方位打造“一街一景';
    expect(ownMarkerAfter(county, at(county, '“十个一”'), '15')).toEqual({ at: county.indexOf('^[15]'), length: 5 });
    const firms = '二是“专精特新”^[18]振兴行动。';
    expect(ownMarkerAfter(firms, at(firms, '“专精特新”'), '18')).toEqual({ at: firms.indexOf('^[18]'), length: 5 });
  });

  it('not across a comma or another quoted term, nor another note’s marker (src32 博野县-2022, 满城区-2020)', () => {
    const bo = '提出要统筹好“两个大局”，处理好“三种关系”，强化好“四个落实”[11]';
    expect(ownMarkerAfter(bo, at(bo, '“三种关系”'), '11')).toBeNull();
    expect(ownMarkerAfter(bo, at(bo, '“四个落实”'), '11')).toEqual({ at: bo.indexOf('[11]'), length: 4 });
    expect(ownMarkerAfter(bo, at(bo, '“四个落实”'), '1')).toBeNull();
    const man = '加快建设“天网”“雪亮”工程[36]，健';
    expect(ownMarkerAfter(man, at(man, '“天网”'), '36')).toBeNull();
  });

  it('reads a note’s number in every bracket a marker has (baoding-2022’s note [1], src32 满城区-2020, 阜平县-2022)', () => {
    expect(footnoteNumber('[1]“三步走”战略目标')).toBe('1');
    expect(footnoteNumber('【25】“水十条”：2015年2月，中央政治局常')).toBe('25');
    expect(footnoteNumber('〔3〕河湖长制：即由各级党政主要负责人担任“')).toBe('3');
    // A numbered note (1.[两不见面]… — 清苑 2020/2021) answers no marker.
    expect(footnoteNumber('1.[两不见面]指')).toBeNull();
  });

  it('links the marker only, and the term said again later to the note (baoding-2022 lines 12, 16 and 32)', () => {
    const refs = analyzeReport(readCorpus('local/baoding-2022.txt')).references;
    // 聚焦“三步走”战略目标^[1]、“三聚焦一加强”战略部署^[2] … 率先开展“揭榜挂帅”^[3]
    expect(links(refs, 12).filter((l) => /三步走|三聚焦|揭榜/.test(l) || l.startsWith('footnote'))).toEqual(['footnote ^[1]', 'footnote ^[2]', 'footnote ^[3]']);
    // “5个1000”行动^[4]累计入库 … “7+18+N”现代产业体系^[5]
    expect(links(refs, 16).filter((l) => !l.startsWith('entity'))).toEqual(['footnote ^[4]', 'footnote ^[5]']);
    // 这是市第十二次党代会确定的现代化品质生活之城建设“三步走”目标: no marker, the term's link to note [1].
    const later = refs.find((r) => r.kind === 'term' && r.from.range.start.line === 32 && r.from.text === '“三步走”');
    expect(later?.to.text.startsWith('[1]“三步走”')).toBe(true);
  });

  it('Find All References on the term still lists the mention at its marker', () => {
    const text = readCorpus('local/baoding-2022.txt');
    const model = analyzeReport(text);
    const later = model.references.find((r) => r.kind === 'term' && r.from.range.start.line === 32 && r.from.text === '“三步走”')!;
    const lines = text.split('\n');
    const related = relatedAt(model, later.from.range.start);
    expect(related?.ranges).toContainEqual({ start: { line: 12, character: lines[12]!.indexOf('“三步走”') }, end: { line: 12, character: lines[12]!.indexOf('“三步走”') + 5 } });
  });
});
