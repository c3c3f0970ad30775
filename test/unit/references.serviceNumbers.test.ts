/**
 * A service number said with the words of its name after it (12345政务服务便民热线) opens that name, as it opens
 * 12345热线: the digits are no count whose classifier would be the name's first character, which left the editor's
 * link reading 务服务便民热线 (src/core/references/nameStart.ts serviceNumberStart). Sentences verbatim from src32
 * 满城区-2022, 曲阳县-2022 and 保定市-2022 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a service number before its name', () => {
  it('is read into the name (src32 满城区-2022, lines 22 → 55)', () => {
    const refs = report('12345政务服务便民热线高效运转，办理群众来信来电和网络留言1.3万件。', '完善12345政务服务便民热线办理机制，全面推行“接诉即办”模式，深化“每月一题”活动。');
    expect(said(refs)).toEqual(['12345政务服务便民热线 → 12345政务服务便民热线']);
  });

  it('is read into the name after a verb (src32 曲阳县-2022, lines 22 → 56)', () => {
    const refs = report(
      '严格实行“红绿旗”激励机制[4]，倒逼责任落实，办理12345政务服务便民热线1.26万件，及时解决群众合理诉求。',
      '深化12345政务服务便民热线“接诉即办”改革，让群众和企业一个电话就能反映诉求、解决问题。',
    );
    expect(said(refs)).toContain('12345政务服务便民热线 → 12345政务服务便民热线');
  });

  it('is read into a shorter name too (src32 保定市-2022, lines 20 → 43)', () => {
    const refs = report(
      '推进12345政务服务热线“治理革命”，让服务热线“长出引力、长出眼睛、长出牙齿”，全年受理群众诉求133万条，办结率99%。',
      '加强接诉、交办、盯办、智能督办能力建设，提高12345政务服务热线便民惠企服务效能。',
    );
    expect(said(refs)).toContain('12345政务服务热线 → 12345政务服务热线');
  });

  it('is no count: digits with a unit or a magnitude after them still end before the name', () => {
    const refs = report('新建改造通讯基站10090座，建成城南庄变电站。', '完成城南庄变电站扩建。', '全年新增10000余人参加城南庄变电站建设。');
    expect(said(refs).every((l) => !/\d/.test(l))).toBe(true);
  });
});
