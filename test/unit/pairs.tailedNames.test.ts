/**
 * A target its own group leaves alone is paired by name with last year's figure whose name opens with what the target
 * counts and goes on past it: the binder read the words after the subject into the actual's name (references/
 * targets.ts withTail). The class was read on 黑龙江 2025 (outside the corpus, links31): 粮食总产量再上新台阶，突破1600亿斤
 * ↔ 粮食产量1600亿斤以上; 1000个省级重点产业项目提速提质 ↔ 实施1000个重点产业项目.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import { readCorpus } from '../support/corpus';
import { figureIn } from '../support/figures';
import { judgedBy } from '../support/pairs';


describe('an actual named with words after what it counts', () => {
  it('河北 2010: 解决292万人饮水安全 is judged by 解决了378万农村人口的饮水安全问题 (named 解决饮水安全问题农村人口)', () => {
    const model = analyzeReport(readCorpus('local/hebei-2010.txt'));
    const actual = figureIn(model, '378万');
    expect(actual.name).toBe('解决饮水安全问题农村人口');
    expect(judgedBy(model, '292万人')).toBe('378万');
  });

  // (Written first on 粮食总产量再上新台阶: since names43 ends a name at 再上, that actual is named 粮食总产量 and pairs by the
  // lexicon, whatever its size; the tail that stays is a predicate the dictionary lacks, 提速提质.)
  it('a figure of another size judges nothing: 1000个 of 省级重点产业项目提速提质 is no sequel of a target of 100个', () => {
    const model = (target: string) =>
      analyzeReport(['2026年政府工作报告', '一、2025年工作回顾', '全省1000个省级重点产业项目提速提质。', '二、2026年工作安排', `${target}。`].join('\n'));
    const targetOf = (m: ReportModel) => m.indicators.find((i) => i.status === 'target');
    const same = model('实施1000个重点产业项目');
    expect(same.indicators.find((i) => i.status === 'actual')?.name).toBe('省级重点产业项目提速提质');
    expect(counterpartFigure(same.pairs, targetOf(same)!)?.text).toBe('1000个');
    const other = model('实施100个重点产业项目');
    expect(targetOf(other)?.text).toBe('100个');
    expect(counterpartFigure(other.pairs, targetOf(other)!)).toBeUndefined();
  });
});
