/**
 * A short name everyone uses of the centre's programme (“放管服”), quoted in a local report that never says the full name,
 * is no term of the report's own (terms.ts KNOWN_SHORTS; test/fixtures/links/README.md: such a short name links only after
 * the report has said the full name). Read on free outside reports (Shenzhen and its districts, /work/outside/src27),
 * tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const links = (...paragraphs: string[]): string[] =>
  analyzeReport(['各位代表：', '', '一、工作回顾', '', paragraphs[0] as string, '', '二、今年工作安排', '', ...paragraphs.slice(1).flatMap((p) => [p, ''])].join('\n'))
    .references.filter((r) => r.kind === 'term' || r.kind === 'entity' || r.kind === 'short')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('a quoted short name of a national programme, its full name unsaid (深圳 2019, 盐田 2019)', () => {
  it('深圳 2019: “放管服”改革还需深化 … 深化“放管服”改革 — no link', () => {
    expect(
      links(
        '“放管服”改革还需深化，有的审批下放了、监管没跟上，有的不审批不监管、不审批不会管，基层执法中不同程度存在执法检查过多过频、标准不够明确、处罚“一刀切”等问题。',
        '以机构改革为契机，开展政务服务提升专项行动，进一步转变政府职能，深化“放管服”改革，最大限度减少审批事项、办事环节和证明材料，推进网上审批全覆盖，全面优化市、区、街道、社区四级窗口服务。',
      ),
    ).toEqual([]);
  });

  it('盐田 2019: 深化“放管服”改革 in the review and in the year’s work — no link', () => {
    expect(
      links(
        '深化“放管服”改革，提标推出“盐田80”，行政审批事项网上办理率达100%，行政许可事项即办率达52.22%，区政府服务事项办理时限压缩到法定时限50%以内，全面推行“预约延时+上门服务”，246项服务事项实现全城通办，基本形成“清晰办、顺畅办、快捷办”的政务服务格局。',
        '持续深化“放管服”改革，制定政府投资项目管理新办法，做好投资项目后评价工作，提升项目信息化管理水平。',
      ),
    ).toEqual([]);
  });
});
