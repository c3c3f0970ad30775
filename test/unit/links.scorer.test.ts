/**
 * The links scorer counts one link per place: a term and a name said at once (“三北”工程: the term “三北” and the name
 * “三北”工程, both going to the first “三北”工程) are one link a reader marks, not two references to score.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { distinctLinks, scoreLinks } from '../support/links';
import type { LinkLabel } from '../support/links';

// National 2024 lines 37 and 160, shortened to their sentences with “三北”: the two references the code of 1e10631 made.
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const TERM: Reference = { kind: 'term', key: 'term:三北', from: { range: range(1, 15, 19), text: '“三北”' }, to: { range: range(0, 13, 17), text: '“三北”' } };
const NAME: Reference = { kind: 'entity', key: 'entity:“三北”工程', from: { range: range(1, 15, 21), text: '“三北”工程' }, to: { range: range(0, 13, 19), text: '“三北”工程' } };
const LABEL: LinkLabel = { kind: 'entity', from: { line: 1, character: 15, text: '“三北”工程' }, to: { line: 0, character: 13, text: '“三北”工程' } };

describe('links scorer: one link per place', () => {
  it('scores a reference whose source and target lie inside another’s as that link', () => {
    expect(distinctLinks([TERM, NAME])).toEqual([NAME]);
    const score = scoreLinks([LABEL], [TERM, NAME]);
    expect(score.references).toBe(1);
    expect(score.correct).toBe(1);
  });

  it('keeps two links from one place to different places', () => {
    const elsewhere: Reference = { ...TERM, to: { ...TERM.to, range: range(2, 0, 4) } };
    expect(distinctLinks([elsewhere, NAME])).toHaveLength(2);
    expect(scoreLinks([LABEL], [elsewhere, NAME]).spurious).toEqual([elsewhere]);
  });
});
