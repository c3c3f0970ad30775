/**
 * A count right after a verb of reach (惠及, 覆盖) is named by what reached, the verb and whom it reached
 * (reachNames.ts), as dev labels write 育儿补贴惠及婴幼儿 and 经贸“朋友圈”覆盖国家和地区: the noun after the count alone
 * (婴幼儿, 国家或地区) reads as all of them. Found on a random audit of unseen local text (names28).
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a count after a verb of reach', () => {
  it('is named by the subject before the verb and the noun after the count (outside: 西藏, 山西, 新疆 2026)', () => {
    expect(nameOf('边民互市贸易区增至5个，开放县（区、市）增加至45个，贸易伙伴覆盖155个国家或地区。', '155个')).toBe('贸易伙伴覆盖国家或地区');
    expect(nameOf('育儿补贴政策惠及80余万名婴幼儿。', '80余万名')).toBe('育儿补贴政策惠及婴幼儿');
    expect(nameOf('十件民生实事全部如期完成，新建南疆天然气管道惠及300多万各族群众，完成1.7万间中小学教室照明改造。', '300多万')).toBe('新建南疆天然气管道惠及各族群众');
    // 经贸 is one word (a review of session 18 saw 贸朋友圈覆盖国家: 经 was cut as “through”; dev 湖南 2026).
    expect(nameOf('经贸“朋友圈”覆盖235个国家和地区。', '235个')).toMatch(/^经贸/);
  });

  it('leaves a verb before the reach, or a figure before it in the clause, to the other rules (dev: 湖南 2026, 陕西 2026)', () => {
    expect(nameOf('新改造农村户用卫生厕所100万座以上，建设覆盖1万个村庄的农村生活污水处理设施。', '1万个')).not.toMatch(/^建设覆盖/);
    expect(nameOf('改造城镇老旧小区870个、惠及10万余户，城中村改造有序推进。', '10万余户')).not.toMatch(/^城镇老旧小区870/);
  });
});
