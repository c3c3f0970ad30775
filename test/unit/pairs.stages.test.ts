/**
 * A count of works started (新开工) is judged by last year's count started, a count finished (基本建成) by last year's
 * count finished — never the other (references/stages.ts). The review says both stages of one programme side by side,
 * and names the works now 保障性安居工程, now 保障性住房 or 保障房 (pairs39, unseen national 2012 and 2014).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import { readCorpus } from '../support/corpus';
import { figureIn as figure } from '../support/figures';
import { stagesOf } from '../../src/core/references/stages';

/** The text of the actual a target's links go to, and the card's counterpart, which must be the same figure. */
function judgedBy(model: ReportModel, targetText: string): { link: string[]; card: string | undefined } {
  const target = figure(model, targetText);
  expect(target.status).toBe('target');
  const link = model.references
    .filter((r) => r.kind === 'indicator' && r.from.range.start.line === target.range.start.line && r.from.range.start.character === target.range.start.character)
    .map((r) => r.to.text);
  return { link, card: counterpartFigure(model.pairs, target)?.text };
}

// National 2014 (outside the corpus: the jsonl's text), the review and the year's tasks, quoted exactly.
const NATIONAL_2014 = [
  '2014年政府工作报告',
  '一、2013年工作回顾',
  '新开工保障性安居工程666万套，基本建成544万套，上千万住房困难群众乔迁新居。',
  '二、2014年工作总体部署',
  '以全体人民住有所居为目标，坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，其中各类棚户区470万套以上，加强配套设施建设。',
  '各级政府要增加财政投入，提高建设质量，保证公平分配，完善准入退出机制，年内基本建成保障房480万套，让翘首以盼的住房困难群众早日迁入新居。',
].join('\n');

// National 2012 (outside the corpus: the jsonl's text), quoted exactly.
const NATIONAL_2012 = [
  '2012年政府工作报告',
  '一、2011年工作回顾',
  '中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。',
  '二、2012年工作总体部署',
  '继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。',
].join('\n');

describe('a count of works at one stage', () => {
  it('is judged by last year’s count of the same stage, not of the other said beside it (national 2014)', () => {
    const model = analyzeReport(NATIONAL_2014);
    // 基本建成保障房480万套 went to the 666万套 started before the stages were read.
    expect(judgedBy(model, '480万套')).toEqual({ link: ['544万套'], card: '544万套' });
    expect(judgedBy(model, '700万套')).toEqual({ link: ['666万套'], card: '666万套' });
  });

  it('finds last year’s count of its stage under another name of the same works (national 2012)', () => {
    const model = analyzeReport(NATIONAL_2012);
    expect(judgedBy(model, '500万套')).toEqual({ link: ['432万套'], card: '432万套' });
    expect(judgedBy(model, '700万套')).toEqual({ link: ['1043万套'], card: '1043万套' });
  });
});

describe('the stages on dev reports', () => {
  it('national 2016: the shantytown target (no stage said) keeps last year’s count started, 601万套, not the 772万套 finished', () => {
    const model = analyzeReport(readCorpus('national/2016.txt'));
    expect(judgedBy(model, '600万套')).toEqual({ link: ['601万套'], card: '601万套' });
  });

  it('national 2015: the target 新安排740万套 keeps the 740万套 started, not the 511万套 finished', () => {
    const model = analyzeReport(readCorpus('national/2015.txt'));
    const target = model.indicators.find((i) => i.status === 'target' && i.text === '740万套');
    expect(target).toBeDefined();
    expect(counterpartFigure(model.pairs, target!)?.text).toBe('740万套');
    expect(model.pairs.some((p) => p.target === target && p.actual.text === '511万套')).toBe(false);
  });
});

describe('stagesOf reads the stage from the name or from the clause before the figure', () => {
  /** The stage of each figure of a dev report's paragraph that holds `words`, as the pairing reads it. */
  function stagesIn(path: string, words: string): Record<string, string | undefined> {
    const text = readCorpus(path);
    const model = analyzeReport(text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(words));
    expect(line).toBeGreaterThanOrEqual(0);
    const paragraph = lines[line] as string;
    const stageOf = stagesOf((f) => (f.range.start.line === line ? { text: paragraph, start: f.range.start.character, end: f.range.end.character } : undefined));
    const out: Record<string, string | undefined> = {};
    for (const f of model.indicators) if (f.range.start.line === line && f.unit === '套') out[f.text] = stageOf(f);
    return out;
  }

  it('national 2015: 新开工保障性安居工程740万套 started, 基本建成511万套 finished', () => {
    expect(stagesIn('national/2015.txt', '基本建成511万套')).toEqual({ '740万套': 'start', '511万套': 'done' });
  });

  it('national 2016: the works finished (住房基本建成772万套) and the shantytowns started (改造开工601万套)', () => {
    expect(stagesIn('national/2016.txt', '棚户区住房改造开工601万套')).toMatchObject({ '772万套': 'done', '601万套': 'start' });
  });

  it('河北 2021: 棚户区改造开工11万套、基本建成13.2万套 (the stage at the name’s end)', () => {
    expect(stagesIn('local/hebei-2021.txt', '基本建成13.2万套')).toEqual({ '11万套': 'start', '13.2万套': 'done' });
  });
});
