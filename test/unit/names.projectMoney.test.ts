/**
 * Money said right after a count of projects, with only a verb that says it came to them or concerns them (、下达资金,
 * ，涉及资金, 、资金), is those projects' money: 下达资金 alone names neither where the money comes from nor what it is for,
 * and the projects name both (figureNames.ts PROJECT_MONEY). Lines of free outside texts (src32, outside
 * ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('money after a count of projects', () => {
  it('with 下达 (src32 保定市-2025)', () => {
    const line = '抢抓国家政策机遇，争取增发国债项目383个、下达资金425.7亿元，争取专项债项目376个、下达资金174.3亿元，实施“两重”项目51个、下达资金123.1亿元，均为全省第一。';
    expect(namesOf(line, ['425.7亿元', '174.3亿元', '123.1亿元'], lastYearReview(2025))).toEqual(['国债项目下达资金', '专项债项目下达资金', '两重项目下达资金']);
  });

  it('with 涉及 after a comma, or bare (src32 易县-2021, 保定市-2011)', () => {
    expect(namesOf('市重点项目25项，完成投资24.88亿元，占年度计划的116%。争取债券资金项目41个，涉及资金12亿元。', ['12亿元'], lastYearReview(2021))).toEqual(['债券资金项目涉及资金']);
    expect(namesOf('保津城际、京石高铁等一批重大基础设施对接项目进展顺利，引进京津项目357个、资金239亿元。', ['239亿元'], lastYearReview(2011))).toEqual(['京津项目资金']);
  });
});
