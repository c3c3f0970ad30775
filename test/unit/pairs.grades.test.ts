/**
 * A target and last year's actual whose names say two different grades (国家级, 省级, 市级, 省市级) count two sets of
 * things and are never one pair (references/grades.ts); a name with no grade, or the same grade said with or without
 * 级, stays the other's pair. Lines quoted from src32 易县-2022, 河北省-2024 and 阜平县-2022 and 博野县-2024 (outside
 * ../shared/corpus, free texts of the second outside source).
 */
import { describe, expect, it } from 'vitest';
import { gradeOf, gradesDiffer } from '../../src/core/references/grades';
import { GRADES } from '../../src/core/lexicon/nameWords';
import data from '../../src/core/lexicon/pairGrades.json';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('grades of a pair’s names', () => {
  it('reads the first grade a name says, a joint grade before the level it ends with', () => {
    expect(gradeOf('新建省级外贸转型升级示范基地')).toBe('省级');
    expect(gradeOf('国家区域医疗中心')).toBe('国家级');
    expect(gradeOf('国家级区域医疗中心')).toBe('国家级');
    expect(gradeOf('省市级美丽乡村')).toBe('省市级');
    expect(gradeOf('市级以上创新平台')).toBe('市级');
    expect(gradeOf('科技型中小企业')).toBeUndefined();
    expect(gradesDiffer('省级', undefined)).toBe(false);
    expect(gradesDiffer('省级', '市级')).toBe(true);
  });

  it('its data: aliases name a listed grade, joint grades are no listed grade', () => {
    for (const grade of Object.values(data.aliases)) expect(GRADES).toContain(grade);
    for (const joint of data.joint) expect(GRADES).not.toContain(joint);
  });

  it('易县 2022: 20个市级美丽乡村 is not judged by 10个省级美丽乡村; 14个省级美丽乡村 is', () => {
    const model = reviewAndPlan(2022, '易水湖乡村振兴示范区建设成效明显，10个省级美丽乡村创建通过市级验收。', '持续推进3个美丽乡村振兴示范区和2条示范线建设，打造14个省级美丽乡村、20个市级美丽乡村。');
    expect(judgedBy(model, '14个')).toBe('10个');
    expect(judgedBy(model, '20个')).toBeUndefined();
  });

  it('河北 2024: 4个省级区域医疗中心 is not judged by 8个国家区域医疗中心 (nor is 8个国家级, the eight said again: pairs.restated.test.ts)', () => {
    const model = reviewAndPlan(2024, '与京津共建8个国家区域医疗中心，三地互认71项资质资格，全面取消京津冀异地就医备案。', '推进8个国家级、4个省级区域医疗中心建设，开展省级中医药传承创新发展试验区建设，推动疾控事业高质量发展。');
    expect(judgedBy(model, '4个')).toBeUndefined();
  });

  it('阜平 2022: 省级美丽乡村18个 is not judged by 省市级美丽乡村30个 (a union of two levels)', () => {
    const model = reviewAndPlan(2022, '大力推进农村人居环境整治，创建省市级美丽乡村30个。', '创建省级美丽乡村18个，其中精品村不少于2个，创成省级森林村庄2个。');
    expect(judgedBy(model, '18个')).toBeUndefined();
  });

  it('博野 2024: a name with no grade stays the graded one’s pair (科技型中小企业20家 ↔ 国家级科技型中小企业27家)', () => {
    const model = reviewAndPlan(2024, '实施重点技改项目14个，全年新增高新技术企业7家、国家级科技型中小企业27家，规上企业研发经费投入连续4年保持两位数增长。', '年内力争新增高新技术企业3家、科技型中小企业20家以上。');
    expect(judgedBy(model, '20家')).toBe('27家');
  });
});
