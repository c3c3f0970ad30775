/**
 * People or villages counted for a problem solved for them are named by the problem and who has it (problemSolved.ts),
 * as the labels write 解决饮水安全问题农村人口. Sentences quoted from outside text — 河北省 2005, 2006, 2007, 2009, 2014
 * (yver-sun/gaoyang-towel-resilience) and national 2012 (aldohemsn/chinese-political-corpora), none in the corpus —
 * and from dev reports (河北 2010, national 1957).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';

describe('a count of people a problem was solved for', () => {
  it('names the problem with who has it, 的 between them or not (河北 2005, 2006)', () => {
    expect(nameOf('投资2.2亿元，解决70万农村人口的饮水难问题。', '70万')).toBe('解决饮水难问题农村人口');
    expect(nameOf('南水北调工程河北段进展顺利，完成18座大中型水库除险加固，解决了381万群众的饮水困难。', '381万')).toBe('解决饮水困难群众');
  });

  it('reads the passive 得到解决 after the problem (河北 2014)', () => {
    expect(nameOf('703万农村人口饮水安全问题得到解决。', '703万')).toBe('解决饮水安全问题农村人口');
  });

  it('keeps who has it whole up to the 的 (河北 2009)', () => {
    expect(nameOf('深入推进扶贫开发，加大社会帮扶力度，确保稳定解决20万农村扶贫对象的温饱问题。', '20万', thisYearWork(2009))).toBe('解决温饱问题农村扶贫对象');
  });

  it('keeps a full noun, the words before the 的 saying what the problem is about (national 2012)', () => {
    const line = '解决了500多万名集体企业退休人员养老保障的历史遗留问题。将312万名企业“老工伤”人员和工亡职工供养亲属纳入工伤保险。';
    expect(nameOf(line, '500多万名', lastYearReview(2012))).toBe('解决养老保障历史遗留问题集体企业退休人员');
  });

  it('names a count of people with no noun by the problem solved for them (河北 2007; dev national 1957)', () => {
    expect(nameOf('新建改建农村公路1万公里，新增沼气30万户，解决200万人的饮水安全问题。', '200万人', thisYearWork(2007))).toBe('解决饮水安全问题');
    expect(nameOf('在七年中间，我们解决了约一千三百万人的就业问题，这是旧中国历史上从来没有过的。', '一千三百万人', lastYearReview(1957))).toBe('就业人数');
  });

  it('names a goal reached as reached (dev 河北 2010, labelled 脱贫农村扶贫对象)', () => {
    const line = '加大扶贫开发力度，支持黑龙港地 区、太行山区、张承等贫困地区和少数民族地区发展，基本完成第三批2155个贫困村的整村推进任务，争取解决20万农村扶贫对象的脱贫问题。';
    expect(nameOf(line, '20万', thisYearWork(2010))).toBe('脱贫农村扶贫对象');
  });

  it('leaves money, and people with no problem after them, as they were (河北 2005, 2022)', () => {
    expect(nameOf('投资2.2亿元，解决70万农村人口的饮水难问题。', '2.2亿元')).toBe('投资');
    expect(nameOf('优化12345政务服务便民热线，帮助749万群众解决诉求1005万件。', '749万')).toBe('群众');
  });
});
