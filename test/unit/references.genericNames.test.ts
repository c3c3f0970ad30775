/** Names of a kind or a measure only (src/core/references/genericNames.ts), on names the binder gave real sentences. */
import { describe, expect, it } from 'vitest';
import { isGenericName } from '../../src/core/references/genericNames';

describe('names that say no one thing', () => {
  it('are made of words of a measure, a kind or a work only (营业收入, 工程投资, 改造任务, 重点项目, 产业集群)', () => {
    for (const name of ['营业收入', '工程投资', '改造任务', '重点项目', '产业集群']) expect(isGenericName(name), name).toBe(true);
  });

  it('never a sector’s or a place’s own indicator, nor a thing with a name (产业投资, 城镇投资, 政府债务, 起降设施, 县域特色产业集群)', () => {
    for (const name of ['产业投资', '城镇投资', '政府债务', '起降设施', '县域特色产业集群', '']) expect(isGenericName(name), name).toBe(false);
  });
});
