/**
 * An agent or a time with a verb of deciding, saying or planning (lexicon frameVerbs) opens a target's clause: it says
 * who set the figure, not what it measures. Sentences quoted from outside text (national 2004, 2007; 保定市 2008 —
 * the Hebei archive; none in the corpus), the lead-word class of random audits of unseen text (names29, names31).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { withoutFrameLead } from '../../src/core/indicators/frameLead';

describe('a frame verb and its agent before the indicator', () => {
  it('drops 中央提出 before the indicator (outside: national 2004)', () => {
    const line = '中央提出今年经济增长预期目标为7%左右，既考虑了保持宏观调控目标的连续性，也考虑了经济增长速度与能源、重要原材料、交通运输等实际条件的衔接，减轻对资源和环境的压力。';
    // (The lexicon names economic growth by its indicator, 地区生产总值 in a report without a national title: the
    // same name as the clause without its frame.)
    const name = namesOf(line, ['7%'], lastYearReview(2004))[0];
    expect(name).toBe(namesOf('今年经济增长预期目标为7%左右。', ['7%'], lastYearReview(2004))[0]);
    expect(name).not.toContain('中央');
  });

  it('drops 实现年初确定的 before the indicator (outside: national 2007)', () => {
    const line = '但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。';
    expect(namesOf(line, ['4%'], lastYearReview(2007))[0]).toBe('单位国内生产总值能耗');
  });

  it('drops 谋划实施了 before the projects counted and their investment (outside: 保定市 2008)', () => {
    const line = '谋划实施了"中国电谷"建设项目95项、总投资404亿元，新能源和能源设备制造业强势发展，销售收入、利税分别增长50%和65.6%。';
    expect(namesOf(line, ['95项', '404亿元'], lastYearReview(2008))).toEqual(['中国电谷建设项目', '中国电谷建设项目总投资']);
  });

  it('keeps a name where the verb opens no frame: too far in, or what follows is no indicator', () => {
    expect(withoutFrameLead('全省人大代表提出建议')).toBe('全省人大代表提出建议');
    expect(withoutFrameLead('全国各省区市和中央部门确定的重点项目')).toBe('全国各省区市和中央部门确定的重点项目');
    expect(withoutFrameLead('不确定性')).toBe('不确定性');
  });
});
