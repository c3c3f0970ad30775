/**
 * A figure whose name keeps its action since names72 (keptActions.ts: 新改扩建农村公路, 开工改造城镇老旧小区) keeps the
 * key it had without it, so that a target said without the verb meets its actual said with it, as extract.ts stem says.
 */
import { describe, expect, it } from 'vitest';
import { groupKeyOf } from '../../src/core/indicators/extract';

describe('group keys of names that keep their action', () => {
  it('reads a size of works without its verb (dev hebei 2021 新改扩建农村公路; src32 涞源县-2025 提升改造农村公路)', () => {
    expect(groupKeyOf('新改扩建农村公路', undefined)).toBe(groupKeyOf('农村公路', undefined));
    expect(groupKeyOf('提升改造农村公路', undefined)).toBe(groupKeyOf('农村公路', undefined));
    expect(groupKeyOf('开工建设城市地下综合管廊', undefined)).toBe(groupKeyOf('城市地下综合管廊', undefined));
  });

  it('reads a count of works without its start stage (dev zhejiang 2026 开工改造城镇老旧小区)', () => {
    expect(groupKeyOf('开工改造城镇老旧小区', undefined)).toBe(groupKeyOf('城镇老旧小区', undefined));
  });

  it('keeps 建设 of 建设用地 and a stage of completion', () => {
    expect(groupKeyOf('建设用地', undefined)).not.toBe(groupKeyOf('用地', undefined));
    expect(groupKeyOf('竣工乡镇卫生院', undefined)).not.toBe(groupKeyOf('乡镇卫生院', undefined));
  });
});
