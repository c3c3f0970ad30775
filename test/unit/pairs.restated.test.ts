/**
 * A count the plan says again of things the review already counted — the object of a verb of working on what is there
 * (壮大, 聚焦, 推动, 抓实, 推进), with no measure and no bound — is not judged by last year's count of the same size
 * (references/restated.ts); a count said with a verb of doing it again stays last year's pair. Lines quoted from src32
 * 保定市-2025, 河北省-2023, 河北省-2022, 易县-2025, 河北省-2024, 涞源县-2025 and 唐县-2020 (outside ../shared/corpus, free
 * texts of the second outside source).
 */
import { describe, expect, it } from 'vitest';
import { RESTATING_VERBS } from '../../src/core/references/restated';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a count of things already there, said again', () => {
  it('its verbs: unique, two characters, 推进 among them, no verb of doing it again (实施)', () => {
    expect(new Set(RESTATING_VERBS).size).toBe(RESTATING_VERBS.length);
    for (const verb of RESTATING_VERBS) expect(verb).toHaveLength(2);
    expect(RESTATING_VERBS).toContain('推进');
    expect(RESTATING_VERBS).not.toContain('实施');
  });

  it('河北省 2024: 推进8个国家级…区域医疗中心建设 is not judged by the 8个国家区域医疗中心 the review says were built with Beijing and Tianjin', () => {
    const model = reviewAndPlan(2024, '与京津共建8个国家区域医疗中心，三地互认71项资质资格，全面取消京津冀异地就医备案。', '推进8个国家级、4个省级区域医疗中心建设，开展省级中医药传承创新发展试验区建设，推动疾控事业高质量发展。');
    expect(judgedBy(model, '8个')).toBeUndefined();
  });

  it('涞源县 2025: 全力推进区内4个签约项目落地建设 is not judged by the 签约项目4个 it says again', () => {
    const model = reviewAndPlan(
      2025,
      '“开发区升级”迈出新步伐，总投资5.63亿元的标准化科创园项目全速推进，达成入园意向项目9个、签约项目4个，与大兴经济开发区签署合作协议。',
      '加快推进基础设施建设。总投资5.63亿元的标准化科创园6月底前建成投用，全力推进区内4个签约项目落地建设。',
    );
    expect(judgedBy(model, '4个')).toBeUndefined();
  });

  it('唐县 2020: 大力推进总投资226.7亿元的47个重点项目 names the year’s list by its own figure, still judged by last year’s 44个', () => {
    const model = reviewAndPlan(2020, '项目建设取得新成效。重点项目稳步实施。总投资265.7亿元的44个重点项目，完成投资42.1亿元;', '一是大力度推进项目落地。大力推进总投资226.7亿元的47个重点项目，完成投资39.7亿元;');
    expect(judgedBy(model, '47个')).toBe('44个');
  });

  it('保定市 2025: 聚焦37个县域特色产业 is not judged by 37个县域特色产业集群营收超4500亿元', () => {
    const model = reviewAndPlan(
      2025,
      '安国中药材精深加工跻身国家中小企业特色产业集群，白沟入选“中国商品市场综合百强”，37个县域特色产业集群营收超4500亿元，高质量发展基础愈发坚实。',
      '推进产业转型。开展新技术新产品新场景大规模应用示范行动，聚焦37个县域特色产业，发展工业互联网应用，建设共享车间、共享工厂。',
    );
    expect(judgedBy(model, '37个')).toBeUndefined();
  });

  it('河北省 2023: 推动4家央企总部、4所高校…加快建设 is not judged by 4所高校和2家医院选址落位; 争取30家 is judged by 20多家', () => {
    const model = reviewAndPlan(
      2023,
      '制定承接北京非首都功能疏解“1+10”政策体系，中国星网、中国中化、中国华能总部开工建设，4所高校和2家医院选址落位，20多家央企子公司注册落地。',
      '全面落实中央疏解清单，推动4家央企总部、4所高校、2所医院加快建设，争取30家央企二三级子公司落户新区。',
    );
    expect(judgedBy(model, '4所')).toBeUndefined();
    expect(judgedBy(model, '30家')).toBe('20多家');
  });

  it('河北省 2022: 抓细抓实“十个常态化”30项措施 is not judged by the 30项措施 the review says it carried out', () => {
    const model = reviewAndPlan(
      2022,
      '我们外防输入、内防反弹，创新实施“十个常态化”30项措施，健全7套信息化系统。',
      '落实“四早”要求，抓细抓实“十个常态化”30项措施，科学精准做好疫情防控。',
    );
    expect(judgedBy(model, '30项')).toBeUndefined();
  });

  it('易县 2025: 推动总投资177.63亿元的26项省市重点项目 names the year’s list by its own figure, still judged by last year’s 26个', () => {
    const model = reviewAndPlan(
      2025,
      '项目建设有力有序，提前完成省市建设进度要求，完工率达到92.1%。26个省市重点项目投资完成34.67亿元，完成率达到146.6%。',
      '全力以赴抓项目。全力推动总投资177.63亿元的26项省市重点项目建设，年内完成投资26.75亿元。',
    );
    expect(judgedBy(model, '26项')).toBe('26个');
  });

  it('河北省 2024: 继续实施20项民生工程 is still judged by last year’s 20项民生工程 (a verb of doing it again)', () => {
    const model = reviewAndPlan(
      2024,
      '带着感情办好民生实事，解决群众急难愁盼问题。20项民生工程全面完成。城镇新增就业89.9万人。',
      '坚持尽力而为、量力而行，继续实施20项民生工程，增进民生福祉。',
    );
    expect(judgedBy(model, '20项')).toBe('20项');
  });
});
