/**
 * A clause of an existential 有 alone (已经有一百零四个, 到今年上半年有6，600个) counts the noun phrase of the clause before
 * it, even when a verb phrase with 的 opens it (clauseNames.ts existentialTopic). Old national prose writes counts so;
 * these figures had no name at all.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';

describe('a count after an existential 有 alone', () => {
  it('names the relative-clause noun phrase before it (dev: national 1959, 1980)', () => {
    const line = '同我国建立外交关系的国家，已经由十年前的二十个增加到三十三个；同我国建立经济关系的国家和地区，已经有九十三个；建立文化联系和进行友好往来的国家和地区，已经有一百零四个。';
    expect(nameOf(line, '一百零四个', lastYearReview(1959))).toBe('建立文化联系和进行友好往来的国家和地区');
    expect(nameOf('根据积极稳重的方针进行了试点。实行扩大自主权试点的工业企业，到今年上半年有6，600个左右，产值约占全国全民所有制工业企业总产值的45％左右。', '6，600个', lastYearReview(1980))).toBe('实行扩大自主权试点的工业企业');
  });

  it('leaves an action clause, or a clause that says where, alone', () => {
    // (A task with a modal is not the things counted: no existential topic.)
    expect(nameOf('要深入推进以人为核心的新型城镇化，已经有10个。', '10个', lastYearReview(2024))).not.toMatch(/推进/);
    expect(nameOf('在西藏要求改革的劳动人民和赞成改革的上层进步分子以及可以说服的中间分子，共有一百一十几万人。', '一百一十几万人', lastYearReview(1959))).toBeNull();
  });
});
