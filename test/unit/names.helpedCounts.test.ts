/**
 * Who a verb of help counts follows the count (基础教育对口帮扶217所学校): the help names them with it, not the verb
 * alone (帮扶) nor the text before it (基础教育对口帮扶). And a short condition with 的 before a counted noun (10个有条件
 * 的县（市）, 3000余名符合条件的残疾人) qualifies that noun; it is not the name (条件, 符合条件). names.ts, figureNames.ts.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf, thisYearWork } from '../support/names';

describe('counts after a verb of help', () => {
  it('names the helped with the help (dev: 湖南 2026)', () => {
    expect(nameOf('效机制创新综合试点，二级以上公立医院检查检验结果互认全覆盖。基础教育对口帮扶217所学校。改造城镇老旧小区1700个。', '217所', lastYearReview(2026))).toBe('基础教育对口帮扶学校');
    const line = '扛牢精准扶贫首倡地政治责任，实施脱贫人口持续增收行动，累计帮扶42.6万人消除返贫致贫风险，农村居民收入年均增长7.2%。';
    expect(nameOf(line, '42.6万人', FIVE_YEAR_REVIEW)).toBe('帮扶消除返贫致贫风险');
  });

  it('leaves money for help named by the help (outside: a 2026 county page, periods10/027)', () => {
    const name = nameOf('专项资金25.8亿元,新增一般债券2.3亿元、专项债券6.4亿元,苏陕帮扶2.1亿元,建行', '2.1亿元', lastYearReview(2026));
    expect(name).toBe('苏陕帮扶');
  });
});

describe('a condition before the counted noun', () => {
  it('reads past 符合条件的 to the people (outside: 山西 2026)', () => {
    expect(nameOf('抢救性康复救助残疾儿童8000人，辅助器具适配补贴4万人。六是帮扶3000余名符合条件的残疾人就业创业。', '3000余名', thisYearWork(2026))).toMatch(/^帮扶残疾人/);
  });

  it('reads past 有条件的 to the places (outside: 河南 2026)', () => {
    const line = '完善大城市周边县城、区域重点县城、专业功能县城、农产品产业化县城、重点生态功能区县城差异化支持政策，支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市，发展特色鲜明的小城镇。';
    expect(nameOf(line, '10个', thisYearWork(2026))).toBe('县市');
  });
});
