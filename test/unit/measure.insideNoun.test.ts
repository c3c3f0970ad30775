/**
 * Measures at a name's end that the measure table missed or misread (measures.ts, lexicon/measureNouns.json): a level
 * reached by a cut (减至, 压减至), a level held (巩固在, 维持在), and the 为 of 行为, which is no measure. Before, the verb
 * stayed at the name's end (建档立卡未脱贫人口减至, 参保率巩固在) and 行为's 为 cut the name (环境违法行). Short real lines
 * of outside free texts (src32 涞水县 2020, 唐县 2020; src27 广东省 2019, 罗湖区 2014, 深圳市 2017, 南山区 2014).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import measureNouns from '../../src/core/lexicon/measureNouns.json';
import { MEASURES } from '../../src/core/indicators/measures';
import { namesOf } from '../support/names';

function figure(line: string, text: string) {
  return analyzeReport(`2020年政府工作报告\n一、2019年工作回顾\n${line}\n`).indicators.find((i) => i.text === text)!;
}

describe('a level reached by a cut, or held', () => {
  it('减至 is the measure (涞水县 2020)', () => {
    const f = figure('支部书记段春亭荣获全国脱贫攻坚奋进奖。全年建档立卡未脱贫人口减至677人，贫困发生率0.23%。', '677人');
    expect(f.name).toBe('建档立卡未脱贫人口');
    expect(f.measure).toBe('减少到');
  });

  it('压减至 keeps its 压 out of the name (广东省 2019)', () => {
    const f = figure('省政府部门权责清单事项从5598项大幅压减至3018项、压减率46%。', '3018项');
    expect(f.name).toBe('省政府部门权责清单事项');
    expect(f.measure).toBe('减少到');
  });

  it('巩固在 and 维持在 hold a level (涞水县 2020, 罗湖区 2014)', () => {
    expect(figure('确保参保人数达到20万人以上，参保率巩固在96%以上，发放率达到100%。', '96%').name).toBe('参保率');
    const f = figure('强化噪声污染监管。违法建筑纠正率维持在95%以上，纳入绩效', '95%');
    expect(f.name).toBe('违法建筑纠正率');
    expect(f.measure).toBe('保持在');
  });
});

describe('行为 ends a noun, not in a measure', () => {
  it('keeps 行为 whole (涞水县 2020, 深圳市 2017, 南山区 2014)', () => {
    expect(namesOf('完成责任主体灭失矿山修复7处，立案查处环境违法行为220件，关停取缔“散乱污”企业。', ['220件'])[0]).toMatch(/环境违法行为$/);
    expect(namesOf('做到事事有回应、件件有落实。全年查处环保违法行为1688宗，停产整治企', ['1688宗'])).toEqual(['环保违法行为']);
    expect(namesOf('查处电单车、摩托车违法行为4.6万宗。', ['4.6万宗'])[0]).toMatch(/违法行为$/);
  });

  it('lists nouns only for surfaces that are measures', () => {
    const surfaces = new Set(MEASURES.map((m) => m.surface));
    for (const [surface, nouns] of Object.entries(measureNouns.nouns)) {
      expect(surfaces.has(surface)).toBe(true);
      for (const noun of nouns) expect(noun.endsWith(surface)).toBe(true);
    }
  });
});
