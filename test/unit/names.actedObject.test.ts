/**
 * A figure's clause with no subject of its own goes on about the object of the action clause before it
 * (actedObject.ts). Sentences quoted from a dev corpus report and outside reports.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

/** The name given to the figure written `figure` in a one-part report made of `line`. */

describe('the object of the action clause before', () => {
  it('names a figure whose clause has no subject (dev: hebei 2010; outside: 保定 2024, 河北 2005)', () => {
    // Two verbs joined by 和 act on one object.
    expect(nameOf('鼓励和支持农民专业合作组织发展，全省力争发展到1.8万家，带动千家万户进入市场。', '1.8万家')).toBe('农民专业合作组织发展');
    // 加大…力度: the degree of effort frames what is invested.
    expect(nameOf('持续推进“揭榜挂帅”，加大研发经费投入力度，全年增长10%。', '10%')).toBe('研发经费投入');
    // Money the figure's clause names is the action's money.
    expect(nameOf('加快实施《张承地区基础设施建设规划》，全年投入达84.8亿元。', '84.8亿元')).toBe('张承地区基础设施建设规划投入');
  });

  it('leaves a sentence’s own topic and scope notes alone (outside: national 1999)', () => {
    expect(nameOf('农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％，城镇居民人均可支配收入实际增长5·8％。', '4·3％')).toBe('农村居民人均纯收入');
  });

  it('gives an attribute alone the object of the action before it (outside: 保定 2021, 海拉尔 2015)', () => {
    expect(nameOf('持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。', '187亿元')).toBe('白洋淀上游流域综合治理投资');
    // Money the object already names is that money.
    expect(nameOf('不断加大教育投入，投资3.1亿元，实施桃李中学、三中分校、第五中学改扩建工程。', '3.1亿元')).toBe('教育投入');
  });

  it('never gives a total investment before 的 to the action before it (dev: 苏州)', () => {
    // The investment is the projects' after 的 (not yet read: this guards against 重大项目服务保障总投资).
    expect(nameOf('完善重大项目服务保障，实施总投资1.5万亿元的市级重点项目投资计划，年内完成投资超2200亿元。', '1.5万亿元')).not.toBe('重大项目服务保障总投资');
  });

  it('counts whom an action reached in a clause of 惠及 alone, past a recipient phrase before the verb (outside: national 2025)', () => {
    expect(nameOf('健全低保标准确定和调整机制，拓展救助对象范围。向困难群众发放一次性生活补助，惠及1100多万人。完善全国年节及纪念日放假办法。', '1100多万人')).toBe('一次性生活补助惠及');
  });
});
