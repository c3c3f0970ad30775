/**
 * A clause and the figure's noun joined by 、 share the clause's subject (sharedSubject.ts): the name is the subject
 * with the figure's noun, never the whole clause. Sentences quoted from dev corpus reports and outside reports.
 */
import { describe, expect, it } from 'vitest';
import { subjectAcrossPredicates } from '../../src/core/indicators/sharedSubject';
import { nameOf } from '../support/names';

/** The name given to the figure written `figure` in a one-part report made of `line`. */

describe('two predicates of one subject joined by 、', () => {
  it('gives the figure’s noun the first clause’s subject (dev: hebei 2021, zhejiang 2026, 湖南 2026)', () => {
    // The one-word attribute is of the entity (生猪), not of the first predicate's attribute (产能).
    expect(nameOf('推进奶业振兴，生鲜乳、乳制品产量分别达到510万吨、380万吨，生猪产能恢复到正常年份水平、存栏达到1950万头。', '1950万头')).toBe('生猪存栏');
    expect(nameOf('稳步推进集约运维改革，首批17家省级部门运维实现集中管理、经费下降28%。', '28%')).toBe('省级部门运维经费');
    expect(nameOf('零基预算改革优化支出结构、清收各类资金515亿元，“信用湖南”一体化平台上线运行。', '515亿元')).toBe('零基预算改革清收各类资金');
  });

  it('lets a sibling of the subject, named in full, stand alone (dev: national 2018)', () => {
    expect(nameOf('启动中央与地方财政事权和支出责任划分改革，中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二。', '三分之二')).toBe('专项转移支付项目');
  });

  it('reads outside reports the same way (保定 2023)', () => {
    expect(nameOf('基本医疗保险实现市级统筹、参保率达到96%，城乡基本养老保险参保率达到95%以上。', '96%')).toBe('基本医疗保险参保率');
  });

  it('leaves lists of names, objects of one verb and distributed lists whole', () => {
    // 黑龙江 2026: 建成面积 is a measure, so the first item is an indicator of its own.
    expect(subjectAcrossPredicates('高标准农田建成面积、农作物耕种收综合机械化率', '')).toBe('高标准农田建成面积、农作物耕种收综合机械化率');
    // 海拉尔 2017: 全面 is an adverb, not a subject; the items are what 完成 acts on.
    expect(subjectAcrossPredicates('全面完成建设街道辖区、工人新村和城区内零散区域', '')).toBe('全面完成建设街道辖区、工人新村和城区内零散区域');
    expect(subjectAcrossPredicates('制造业贷款余额、科技贷款余额', '')).toBe('制造业贷款余额、科技贷款余额');
    // 分别 shares a list out item by item (湖南 2026: 消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长…).
    expect(subjectAcrossPredicates('消费品以旧换新带动限上新能源汽车、节能家电零售额', '消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长')).toBe('消费品以旧换新带动限上新能源汽车、节能家电零售额');
  });
});
