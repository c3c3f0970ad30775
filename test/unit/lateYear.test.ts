import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { deliveredLate, fromPlannedYear } from '../../src/core/indicators/lateYear';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Reports given late in their year review that year and plan the next. Quoted from national 1981 (outside the labelled
 * set: the corpus's public source, government_work_reports.jsonl, the report of 30 November 1981), and checked on the
 * dev corpus's national 1982 (30 November 1982) and 1980 (30 August 1980, which still reviews 1979).
 */
const paragraphs = (file: string): string[] => readFileSync(join(CORPUS, file), 'utf8').split('\n');

const OPENING = '各位代表：\n\n　　从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。\n\n　　现在，我代表国务院，就当前的经济形势，今后经济建设的方针，以及我国经济发展的前景，向大会作以下报告，请予审议。\n\n（一）当前的经济形势\n\n';
const REVIEW = [
  '　　轻工业生产，由于采取了着重发展日用消费品生产的方针和一系列具体措施，有了大幅度增长。今年轻纺工业的总产值预计比去年增长１２％。',
  '　　人民生活继续得到改善。据不完全统计，近三年农村新建房屋达九亿平方米。在城镇中，今年１至９月安排了四百七十七万人就业。',
  '　　全国地县小铁厂由四百六十六个减少到现在的二百七十六个，保留的小铁厂加强了管理。',
].join('\n\n');
const PLAN = '\n\n（二）我国经济发展的前景\n\n　　１９８２年是第六个五年计划的第二年，也是进一步调整国民经济的第二年。明年经济发展的主要任务是：巩固稳定经济的成果，努力提高经济效益，使国民经济的发展速度比今年高一点。１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。国民收入也安排为比今年增长４％左右。这就要求明年的农业和轻纺工业继续有较大幅度的增长。\n';

describe('a report given late in its year (national 1981): 今年 is the year reviewed, 明年 the year planned', () => {
  const figures = analyzeReport(`${OPENING}${REVIEW}${PLAN}`).indicators;

  it('this year told as a whole, estimated or counted to autumn, is a fact of this year', () => {
    expect(figure(figures, '１２％')).toMatchObject({ status: 'actual', period: '1981' });
    expect(figure(figures, '四百七十七万人')).toMatchObject({ status: 'actual', period: '1981' });
    // 近三年 ends with the year reviewed, this one.
    expect(figure(figures, '九亿平方米')).toMatchObject({ status: 'actual', period: '1979-1981' });
    // 现在 is now, in the year reviewed.
    expect(figure(figures, '二百七十六个')).toMatchObject({ status: 'actual', period: '1981' });
  });

  it('next year\'s plan is a target of next year; this year\'s estimate its start value and 比今年 its base', () => {
    expect(figure(figures, '３％')).toMatchObject({ status: 'actual', period: '1981' });
    expect(figure(figures, '４％')).toMatchObject({ status: 'target', period: '1982' });
    expect(figure(figures, '４％', 1)).toMatchObject({ status: 'target', period: '1982' });
  });

  it('the same text read as a report given early in the year would make this year\'s figures goals: the rule is the date', () => {
    // Without the next year's plan, nothing says the year is ending: 今年…预计 alone is a mid-year estimate.
    const early = analyzeReport(`${OPENING}${REVIEW}\n`).indicators;
    expect(figure(early, '１２％')?.status).toBe('target');
  });
});

describe('which reports were given late', () => {
  it('national 1982 (next year\'s plan named, the year estimated) is; 1980 (its estimates are the base of next year\'s plan) and 2005 are not', () => {
    expect(deliveredLate(paragraphs('national/1982.txt'), 1982)).toBe(true);
    expect(deliveredLate(paragraphs('national/1980.txt'), 1980)).toBe(false);
    expect(deliveredLate(paragraphs('national/2005.txt'), 2005)).toBe(false);
  });

  it('a date in the title block decides when there is one', () => {
    expect(deliveredLate([], 1964, '1964-12-21')).toBe(true);
    expect(deliveredLate(['今年轻纺工业的总产值预计比去年增长12％。1965年计划草案拟定…'], 1964, '1964-03-01')).toBe(false);
  });

  it('the text is shifted two characters for two, and 体现在 / 项目前期 are no present', () => {
    const s = '明年计划由今年预计的44％提高到45％，比去年同期增长，体现在项目前期，目前';
    const t = fromPlannedYear(s);
    expect(t).toHaveLength(s.length);
    expect(t).toBe('今年计划由去年预计的44％提高到45％，比上年同期增长，体现在项目前期，去年');
  });
});

describe('比前年 is a base of comparison, like 比去年', () => {
  it('national 1982 (dev): 一九八二年预计达到…，比去年增产一千多万吨 is 1982\'s', () => {
    const text = readFileSync(join(CORPUS, 'national/1982.txt'), 'utf8');
    const f = analyzeReport(text).indicators.find((i) => i.text === '一千多万吨');
    expect(f).toMatchObject({ status: 'actual', period: '1982' });
  });
});
