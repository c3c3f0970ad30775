/**
 * A clause whose own subject is one noun character before 占比 names its share (税占比), not the figure before it.
 * The clause is quoted from a trial reader's report on outside text (issue 8, item 2, session 11).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a one-character subject before 占比', () => {
  it('names the share, not the revenue before it', () => {
    expect(namesOf('一般公共预算收入增长2.1%，税占比达77.4%。', ['2.1%', '77.4%'])).toEqual(['一般公共预算收入', '税占比']);
  });

  it('takes no pronoun or adverb for a subject (其占比 goes on about the figure before)', () => {
    expect(namesOf('一般公共预算收入增长2.1%，其占比达77.4%。', ['77.4%'])).not.toEqual(['其占比']);
  });
});
