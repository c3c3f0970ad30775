import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator } from '../../src/core';
import { FIXTURES } from './expectedOutline';
import { readLabels, sameName, score } from './labels';
import type { Label, Score } from './labels';

/**
 * Second readers: some sealed reports were labelled again, blind, by a second person who saw neither the first
 * labels nor the tool (`test/fixtures/labels/second/`, same file names and format). Two careful readers do not name
 * every figure alike (session 32: 广东省-2017's readers agreed on .864 of names), so one reader's names are a strict
 * yardstick: these files measure how strict. They never replace the first reader's labels, which stay the floored line.
 */
const SECOND = join(FIXTURES, 'labels', 'second');

export function secondReaderLabels(labelsFileName: string, text: string): Label[] | null {
  const path = join(SECOND, labelsFileName);
  return existsSync(path) ? readLabels(path, text) : null;
}

/** The second reader's labels as if they were the tool's figures, so that `score` measures how far the readers agree. */
function asFigures(labels: readonly Label[]): Indicator[] {
  return labels.map(
    (l) =>
      ({
        ...l,
        range: { start: { line: l.line, character: l.character }, end: { line: l.line, character: l.character + l.text.length } },
      }) as unknown as Indicator,
  );
}

export function readersAgreement(first: readonly Label[], second: readonly Label[]): Score {
  return score(first, asFigures(second));
}

/** The tool's names counted right when either reader wrote that name for the figure (paired by position). */
export function nameEitherReader(scored: Score, second: readonly Label[]): { found: number; nameOk: number } {
  let nameOk = 0;
  for (const { label, got } of scored.pairs) {
    const other = second.find((b) => b.line === label.line && b.character < label.character + label.text.length && b.character + b.text.length > label.character);
    if (sameName(label.name, got.name) || (other !== undefined && sameName(other.name, got.name))) nameOk++;
  }
  return { found: scored.pairs.length, nameOk };
}
