/**
 * Parking spaces added are one indicator however a county words them (lexicon/indicators.json new_parking_spaces:
 * 新增停车位, 公共停车位, 城市停车位, 车位 …, and by the lexicon's suffix 城区新增停车位, 施划各类停车位): the plan's count is
 * judged by last year's. Before the entry, each form was a name of its own, and two of them share only 停车位, too short
 * an end to pair by (targets.ts MIN_SHARED_END). Lines quoted from src32 博野县-2024, 满城区-2022, 曲阳县-2022 and
 * 阜平县-2022 (outside ../shared/corpus, free texts of the second outside source).
 */
import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/core/lexicon';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('parking spaces added, in any of their names', () => {
  it('the lexicon reads each form as the indicator, and a parking lot as none of it', () => {
    for (const name of ['新增停车位', '公共停车位', '城市停车位', '城区新增停车位', '施划各类停车位', '车位']) expect(lookupIndicator(name)?.id, name).toBe('new_parking_spaces');
    expect(lookupIndicator('城区停车场')?.id).not.toBe('new_parking_spaces');
  });

  it('博野 2024: 年内新增公共停车位500个以上 is judged by 城区新增停车位200个', () => {
    const model = reviewAndPlan(2024, '高标准完成4个老旧小区改造，改造面积超过2万平米。改造便民停车场3个，城区新增停车位200个。', '下大力气解决交通堵、秩序乱、停车难等“城市病”，年内新增公共停车位500个以上。');
    expect(judgedBy(model, '500个')).toBe('200个');
  });

  it('满城 2022: 新增停车位3200个 is judged by 新增城市停车位1455个, not by 口袋公园3个', () => {
    const model = reviewAndPlan(2022, '中山路、玉川路等6条主干路和110栋楼宇亮化工程扮靓城市夜景。新增城市停车位1455个、口袋公园3个，新改建公厕5座。', '谋划启动职教中心、保定第七医院等过街天桥建设，确保出行安全。新改建口袋公园15处，新增停车位3200个。');
    expect(judgedBy(model, '3200个')).toBe('1455个');
  });

  it('曲阳 2022: 新增公共停车位3000个以上 is judged by 施划各类停车位800余个', () => {
    const model = reviewAndPlan(2022, '新建5G基站80处、新能源停车场1座，施划各类停车位800余个。建成农贸市场1座，增设6个临时性占道经营疏解点。', '完成东关旧护城河至县医院雨污分流管网和北环生活垃圾转运站建设。新增公共停车位3000个以上，有效缓解停车难问题。');
    expect(judgedBy(model, '3000个')).toBe('800余个');
  });

  it('阜平 2022: a count of parking lots is not judged by last year’s parking spaces (新建2座城区停车场 ↔ 城市停车场2座)', () => {
    const model = reviewAndPlan(2022, '新建城市公厕10座、公园(游园)5座、城市停车场2座，新增停车位1121个，完成老旧小区改造12个。', '拓宽改造府前街南延，新建2座城区停车场，新增车位853个。');
    expect(judgedBy(model, '853个')).toBe('1121个');
    expect(judgedBy(model, '2座')).not.toBe('1121个');
  });
});
