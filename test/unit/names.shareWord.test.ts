/**
 * A share keeps its share word: 民间投资占比达65.2% is 民间投资占比, not 民间投资 — a card that reads 民间投资 65.2% names
 * the whole the share is of (the dev labels write 民间投资占比, 清洁能源装机占比, 制造业外资占比 … in every provincial
 * report; an audit of unseen text, names42: 时速120公里路段占比由18%增至71%, 产业投资占比近七成 — 内蒙古 2025).
 * lexicon/trailingNoise.json strips a trailing 比 (a comparison's, 比上年) but not the 比 of 占比.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, nameOf, namesOf } from '../support/names';

describe('a share keeps 占比', () => {
  it('names the share with its subject (湖南, 江苏, 辽宁 2026)', () => {
    expect(nameOf('全省民间投资占比达65.2%、居全国前列。', '65.2%')).toBe('民间投资占比');
    expect(nameOf('省重大项目完成投资达7290亿元，民间投资占比稳定在60%以上。', '60%')).toBe('民间投资占比');
    expect(namesOf('清洁能源装机占比54.8%、发电量占比51.3%。', ['54.8%', '51.3%'], FIVE_YEAR_REVIEW)).toEqual(['清洁能源装机占比', '发电量占比']);
  });

  it('keeps 占比 after a list of subjects that share it (山西 2026, names28)', () => {
    expect(namesOf('炼铁、炼钢先进产能占比分别达到64.3%、62.3%。', ['64.3%', '62.3%'])).toEqual(['炼铁先进产能占比', '炼钢先进产能占比']);
  });

  it('reads 在…中占比 with no subject before it as the share of that whole (national 2011)', () => {
    expect(nameOf('服务业快速发展，在国内生产总值中占比提高2.5个百分点。', '2.5个百分点', FIVE_YEAR_REVIEW)).toBe('占国内生产总值比重');
  });

  it('names a bare 占比 after a count as that count’s share (高阳 2019)', () => {
    expect(nameOf('11个省市重点项目中战略性新兴产业项目有6个，占比达54.5%，优化了产业产品结构。', '54.5%', { year: 2019, part: '一、2018年工作回顾' })).toBe('省市重点项目中战略性新兴产业项目占比');
  });

  it('still strips the 比 of a comparison (比上年)', () => {
    expect(nameOf('全市地区生产总值比上年增长6%。', '6%')).toBe('地区生产总值');
  });
});
