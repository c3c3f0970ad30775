/**
 * A new area's own report says its type word alone dozens of times (新区走新路, 全新区): that is the report speaking of
 * itself, not a short name to follow back to 大鹏新区's first mention. Shenzhen's new areas (大鹏, 坪山, 光明; outside the
 * corpus) speak for a management committee, not a people's government, so the place is read from that too. No dev
 * report is a new area's own; the text below is cut from 大鹏新区 2015 (read blind this session), and the other side of
 * the rule — a province's report following 新区 back to 雄安新区 — is in references.tails tests on dev text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const OPENING = [
  '各位代表：',
  '　　现在，我代表大鹏新区管理委员会向大会作工作报告，请予审议。',
  '　　一、2014年工作回顾',
  '　　2014年以来，大鹏新区管委会坚持“改革促发展、新区走新路”，全年实现地区生产总值260亿元，增长5.5%。',
  '　　新区生态文明建设扎实推进，新区综合实力稳步提升。',
].join('\n');

describe('the report’s own new area said by its type word', () => {
  const model = analyzeReport(OPENING);

  it('reads the place from the management committee the speaker speaks for', () => {
    expect(model.meta.place).toBe('大鹏新区');
  });

  it('links no bare 新区 back to the area itself', () => {
    const bare = model.references.filter((r) => r.kind === 'entity' && r.from.text === '新区');
    expect(bare).toEqual([]);
  });

  it('while another report’s 新区 still follows its one named area (the rule needs the place to be the report’s own)', () => {
    const other = analyzeReport(OPENING.replace('大鹏新区管理委员会', '某某县人民政府'));
    expect(other.meta.place).toBe('某某县');
    expect(other.references.some((r) => r.kind === 'entity' && r.from.text === '新区')).toBe(true);
  });
});
