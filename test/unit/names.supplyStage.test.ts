/**
 * Housing is started, completed and supplied: 供应 said alone in a list of stages is the supply of the works the
 * stage before names (workStages.ts, lexicon/workStages.json via stageVerbs.ts WORK_STAGES). Lines of 深圳 2015 and 2018 (free outside
 * texts, src27, names49).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { GATHERING_WORDS, STAGE_VERBS, WORK_STAGES } from '../../src/core/lexicon/stageVerbs';
import data from '../../src/core/lexicon/workStages.json';

describe('供应 as a stage of works', () => {
  it('names the supply of the works the stages before count (深圳 2015)', () => {
    const line = '租售补相结合的住房保障体系基本形成，保障房开工21.7万套、竣工9.04万套、供应9.1万套，惠及人才和低收入群体超过60万人。';
    expect(namesOf(line, ['9.04万套', '9.1万套'], lastYearReview(2015))).toEqual(['保障房竣工', '保障房供应']);
  });

  it('leaves a verb joined to the first stage with the stage (深圳 2018)', () => {
    const line = '新开工及筹集人才住房和保障性住房8万套、供应4.6万套，新增病床2000张、养老床位1000张。';
    expect(namesOf(line, ['4.6万套'], lastYearReview(2018))).toEqual(['供应人才住房和保障性住房']);
  });

  it('is a stage of works only, not one the references link', () => {
    expect(WORK_STAGES).toContain('供应');
    expect(STAGE_VERBS).not.toContain('供应');
  });
});

describe('the one list of work stages (lexicon/workStages.json)', () => {
  const lists = { building: data.building, later: data.later, gathering: data.gathering, joiners: data.joiners };
  it('lists no word twice, within a list or across lists', () => {
    const all = Object.values(lists).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the stages out of the gathering words (the reader strips both; a word in both would be read once)', () => {
    for (const word of data.gathering) expect(WORK_STAGES, word).not.toContain(word);
    expect(GATHERING_WORDS).toEqual(expect.arrayContaining([...WORK_STAGES]));
  });

  it('has stages and gathering words of two or more characters, and one-character joiners', () => {
    for (const word of [...WORK_STAGES, ...data.gathering]) expect([...word].length, word).toBeGreaterThanOrEqual(2);
    for (const word of data.joiners) expect([...word].length, word).toBe(1);
  });
});
