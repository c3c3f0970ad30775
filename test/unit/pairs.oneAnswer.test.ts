/**
 * One target ↔ actual answer per analysis (model.pairs): the hover card, the links, Compare Targets and the Targets
 * year on year view and export read the same pairs. Before, the card paired a figure on its own mentions only and the links on
 * the whole report with the words around each figure, and the two disagreed on 101 of 2,055 targets of the dev
 * reports (national 1956: 粮食产量 shown on the card, never linked; 政策性 3.5万套 ↔ 政策性租赁住房 5.3万套 linked, never
 * on the card).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, buildCard } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import { rangeKey } from '../../src/core/positions';
import { readCorpus, SEED } from '../support/corpus';
import { figureIn as figure } from '../support/figures';

/** Where each figure's target ↔ actual link goes (by the figure's range). */
function linkTargets(model: ReportModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of model.references) if (r.kind === 'indicator') out.set(rangeKey(r.from.range), rangeKey(r.to.range));
  return out;
}

describe('the card and the links', () => {
  // Dev reports of three kinds: a city (the seed), an old budget report with many targets, a province.
  for (const path of [SEED, 'national/1956.txt', 'local/hebei-2021.txt']) {
    it(`show the same pair for every figure (${path})`, () => {
      const model = analyzeReport(readCorpus(path));
      const links = linkTargets(model);
      const sameSentence = new Set(model.pairs.filter((p) => p.sameSentence).map((p) => p.target));
      let paired = 0;
      for (const i of model.indicators) {
        const card = buildCard(model, i, { lang: 'zh-cn', segmenterAvailable: true }).counterpart;
        const link = links.get(rangeKey(i.range));
        if (sameSentence.has(i)) {
          // The level the target's own sentence starts from: on the card, and no link to the same sentence.
          expect([link, card?.range.start.line], i.text).toEqual([undefined, i.range.start.line]);
          continue;
        }
        expect(card ? rangeKey(card.range) : undefined, `${i.name} ${i.text}`).toBe(link);
        if (link) paired++;
      }
      expect(paired).toBeGreaterThan(10);
    });
  }
});

describe('the pairs of one analysis', () => {
  const model = analyzeReport(readCorpus('national/1956.txt'));

  it('give each target the actual its card shows: the first pair of the target', () => {
    const first = new Map<Indicator, Indicator>();
    for (const p of model.pairs) if (!first.has(p.target)) first.set(p.target, p.actual);
    expect(first.size).toBeGreaterThan(10);
    for (const [target, actual] of first) {
      const card = buildCard(model, target, { lang: 'zh-cn', segmenterAvailable: true }).counterpart;
      expect(card?.range, `${target.name} ${target.text}`).toEqual(actual.range);
    }
  });

  // The worker sends the figures and their pairs in one message: a structured clone keeps the pairs' figures the very
  // objects of the cloned indicators, so the host's card finds them as the worker's did.
  it('keep their figures the objects of the model’s indicators through a structured clone', () => {
    const sent = structuredClone({ indicators: model.indicators, pairs: model.pairs });
    const held = new Set(sent.indicators);
    expect(sent.pairs.length).toBe(model.pairs.length);
    expect(sent.pairs.every((p) => held.has(p.target) && held.has(p.actual))).toBe(true);
  });

  // 1956's 粮食产量将要达到３，９８９亿斤 and the first five-year plan's 1957 target (３，８５６亿斤) in the same
  // paragraph: only a target of the same year is a rival for last year's 粮食总产量达到３，６８０亿斤.
  it('pair this year’s target though a later year’s target of the same paragraph is nearer in size (national 1956, dev)', () => {
    const target = figure(model, '３，９８９亿斤');
    const links = linkTargets(model);
    expect(links.get(rangeKey(target.range))).toBe(rangeKey(figure(model, '３，６８０亿斤').range));
  });
});

describe('a year-end report’s plan for next year', () => {
  // National 1964 (outside: the corpus's own source, aldohemsn/chinese-political-corpora), given in December 1964.
  const text = [
    '1964年国务院政府工作报告',
    '一、国民经济的调整任务已经基本完成',
    '工业生产全面增长。一九六四年全国工业总产值，预计比一九六三年增长百分之十五以上，比一九五七年增长百分之六十。',
    '二、一九六五年的国民经济计划',
    '计划草案拟定，工业总产值比一九六四年增长百分之十一左右。',
  ].join('\n');

  it('is judged by the year’s own growth, measured as it is, on the card and in the links alike', () => {
    const model = analyzeReport(text);
    const target = figure(model, '百分之十一');
    expect([target.status, target.period]).toEqual(['target', '1965']);
    const actual = figure(model, '百分之十五');
    expect(linkTargets(model).get(rangeKey(target.range))).toBe(rangeKey(actual.range));
    expect(buildCard(model, target, { lang: 'en', segmenterAvailable: true }).counterpart?.range).toEqual(actual.range);
  });
});
