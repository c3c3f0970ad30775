/**
 * Who entered a ranking list is not the rank's name (withoutEntrant, rankGroups.ts): outside district and city
 * reports (/work/outside/src27: 龙华 2021, 2024, 南山 2024 — not in the corpus; also 深圳 2009's 华为技术有限公司名列全球专利申请排名榜首位). Session 28, names46.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a rank held on a list entered with 跻身 or 名列 is named by the list', () => {
  it('龙华跻身全国工业百强区第11位 (龙华 2021): not 龙华跻身…', () => {
    expect(nameOf('龙华跻身全国工业百强区第11位。', '第11位')).toBe('工业百强区');
  });

  it('城区经济高质量发展名列“赛迪中国百强区”第23位 (龙华 2024)', () => {
    expect(nameOf('城区经济高质量发展名列“赛迪中国百强区”第23位。', '第23位')).toBe('赛迪中国百强区');
  });

  it('疼痛科跻身复旦专科综合榜全国第三 (南山 2024)', () => {
    expect(nameOf('疼痛科跻身复旦专科综合榜全国第三。', '第三')).toBe('复旦专科综合榜');
  });
});
