/**
 * A verb phrase with its 的 between a count and the counted noun (列入国家规划的水库, 达到社区医院标准的基层医疗卫生机构)
 * says which of them are counted: the noun after the 的 is what the count counts, the attribute stays before it.
 * Sentences from dev (河北 2021, 广东 2026) and outside text (河北 2009 archive).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a count, a verb-phrase attribute with 的, then the counted noun', () => {
  it('reads past the attribute to the noun (dev: 河北 2021)', () => {
    const line = '完善医联体和乡村一体化管理功能，每个设区市至少建成2所达到社区医院标准的基层医疗卫生机构。';
    expect(namesOf(line, ['2所'])).toEqual(['达到社区医院标准基层医疗卫生机构']);
  });

  it('keeps the counted noun of an attribute with an object (outside: 河北 2009)', () => {
    const line = '加强重大农田水利建设，力争横山岭、云州等76座列入国家规划的水库除险加固任务完成。';
    expect(namesOf(line, ['76座'])[0]).toContain('水库');
  });

  it('leaves a counted noun with 的 before what it owns alone (national 1988)', () => {
    expect(namesOf('我们接待了来自８９个国家的元首和政府首脑。', ['８９个'])).toEqual(['国家']);
  });
});
