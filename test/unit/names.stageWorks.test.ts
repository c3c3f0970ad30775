/**
 * A count of works said by its stage alone (基本建成500万套, 新开工700万套) counts the works the figure before counts in
 * the same unit, or those the sentence pushes on with (推进/加大 X建设): workStages.ts. Sentences of national 2012 and
 * 2014 (outside text).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, nameOf, thisYearWork } from '../support/names';

describe('a count of works said by its stage alone', () => {
  it('takes the works the sentence pushes on with (national 2012, 2014)', () => {
    expect(namesOf('继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。', ['500万套', '700万套'], thisYearWork(2012))).toEqual(['基本建成保障性安居工程', '新开工保障性安居工程']);
    expect(nameOf('以全体人民住有所居为目标，坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，其中各类棚户区470万套以上，加强配套设施建设。', '700万套', thisYearWork(2014))).toBe('新开工保障性安居工程');
  });

  it('takes the works the figure before counts in the same unit (national 2014)', () => {
    expect(nameOf('新开工保障性安居工程666万套，基本建成544万套，上千万住房困难群众乔迁新居。', '544万套', lastYearReview(2014))).toBe('基本建成保障性安居工程');
  });

  it('leaves a stage with a noun of its own after the figure alone (dev: 000 苏州 2021)', () => {
    expect(nameOf('积极推进新型基础设施建设，建成1.75万个5G基站，入选全国新城建首批试点城市。', '1.75万个', lastYearReview(2021))).toBe('5G基站');
  });
});
