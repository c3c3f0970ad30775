/**
 * A dictionary verb matched across the inside of a word is no boundary of a name (verbIndex.ts: a more frequent word
 * that crosses it, or a noun that opens with it). The noun after a count was cut there: 县域公办普 (普通 crosses the
 * verb 通高), 高能级 (开发区 opens with the verb 开发), 大型 (演唱会 with 演唱).
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('no name cut at a verb inside a word (names37)', () => {
  it('reads on over a verb that a more frequent word crosses (普通|通高: dev 辽宁 2026; 河北 2009, outside)', () => {
    expect(nameOf('推动教育扩优提质。增加优质特色普通高中招生计划1.76万个。', '1.76万个')).toContain('优质特色普通高中');
    expect(nameOf('加大对家庭经济困难学生的资助力度，筹集15.07亿元用于资助普通高等学校贫困学生和中等职业学校学生。', '15.07亿元')).not.toBe('资助普');
  });

  it('reads on over a verb that opens a noun (开发区, 演唱会, 制造业: 河北 2022, outside; dev 辽宁, 浙江 2026)', () => {
    expect(nameOf('推进开发区优化整合，支持各市集中打造1—2个高能级开发区，培育一批营业收入超千亿元的开发区。', '1—2个')).toBe('高能级开发区');
    expect(nameOf('推进文旅体商融合发展，举办超千场体育赛事、近百场大型演唱会。', '百场')).toBe('大型演唱会');
    expect(nameOf('改造提升传统产业，17个重点传统制造业增加值增长5.3%。', '17个')).toContain('重点传统制造业');
  });
});
