/**
 * A service given to a list of recipients, or to a described group, is named by the service (beneficiary.ts); a
 * recipient named briefly stays. Sentences quoted from a dev corpus report (广东 2026) and an outside one (山西 2026).
 */
import { describe, expect, it } from 'vitest';
import { serviceForBeneficiary } from '../../src/core/indicators/beneficiary';
import { nameOf } from '../support/names';

/** The name given to the figure written `figure` in a one-part report made of `line`. */

describe('a service for its recipients', () => {
  it('leaves a list of recipients out of the name (dev: 广东 2026)', () => {
    expect(nameOf('为全省在岗养老护理员、养老机构新入职人员、有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次，新增持证养老护理员超1500人。', '5万人次')).toBe('职业技能培训');
  });

  it('keeps a recipient named briefly, and an agent (outside: 山西 2026)', () => {
    expect(serviceForBeneficiary('上消化道癌高危人群开展内镜检查', '三是对上消化道癌高危人群开展内镜检查')).toBe('上消化道癌高危人群开展内镜检查');
    // No preposition of the recipient: the people before 开展 do it.
    expect(serviceForBeneficiary('城市、县城开展促消费活动', '城市、县城开展促消费活动')).toBe('城市、县城开展促消费活动');
  });
});
