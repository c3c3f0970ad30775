/**
 * The report's own place said in full (坪山新区 in 坪山新区's report, 大鹏新区 in 大鹏新区's: outside free texts 坪山新区
 * 2016, 大鹏新区 2015) is the report speaking of itself, as a bare province or city name is (links README: never a bare
 * country, province or city name): no link. Short real lines of 坪山新区 2016.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const text = [
  '各位代表：',
  '　　现在，我代表坪山新区管委会向大会作工作报告，请予审议。',
  '　　一、“十二五”时期发展情况及2015年工作回顾',
  '　　“十二五”是坪山新区实施第一个五年计划，搭框架、打基础、谋长远、快发展的重要时期。',
  '　　《坪山新区年鉴》（2014卷）获得第五届全国年鉴编纂出版质量评比二等奖。',
  '　　二、2016年工作安排',
  '　　全面推进坪山新区创新发展，加快建设坪山高新区。',
].join('\n');

describe('the report’s own place', () => {
  it('坪山新区 2016: its full name said again links nowhere', () => {
    const model = analyzeReport(text);
    expect(model.meta.place).toBe('坪山新区');
    expect(model.references.filter((r) => r.kind === 'entity' && r.from.text === '坪山新区')).toEqual([]);
  });
});
