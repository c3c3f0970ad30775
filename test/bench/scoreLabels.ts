/**
 * `npm run score`: the labelled figures, scored the way the unit test scores them, with the failures of the dev
 * part listed for whoever tunes the rules. The sealed part prints its summary line only: its failures are never
 * shown, so that nobody tunes on it by accident.
 *
 *   npm run score                       summary lines (per dev report, dev pooled, sealed pooled)
 *   npm run score -- --show name        dev failures of one kind: name | period | status | kind | value/unit/text | missed | spurious
 *   npm run score -- --show name=       dev names not equal to their label (the strict name= measure: fragments that pass name)
 *   npm run score -- --show period --only 2016
 *   npm run score -- --digits 5         the pooled lines with five digits (to see changes smaller than a figure in a thousand)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport } from '../../src/core';
import { labelledFiles, pooled, readLabels, score, scoreLine, sealedReports } from '../support/labels';
import type { Score } from '../support/labels';
import { FIXTURES } from '../support/expectedOutline';

const args = process.argv.slice(2);
const flag = (name: string): string | null => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
const show = flag('--show');
const only = flag('--only');
const digits = Number(flag('--digits') ?? 3);
const sealed = sealedReports();
const dev: Score[] = [];
const held: Score[] = [];
for (const { corpusPath, labelsPath } of labelledFiles()) {
  const text = readFileSync(join(FIXTURES, 'corpus', corpusPath), 'utf8');
  const s = score(readLabels(labelsPath, text), analyzeReport(text).indicators);
  if (sealed.has(corpusPath)) {
    held.push(s);
    continue;
  }
  dev.push(s);
  console.log(scoreLine(`${corpusPath} (${s.labels})`, pooled([s])));
  if (!show || (only && !corpusPath.includes(only))) continue;
  const lines = text.split('\n');
  if (show === 'missed') for (const m of s.missed) console.log(`  L${m.line} missed ${m.text}  | ${(lines[m.line] ?? '').slice(Math.max(0, m.character - 30), m.character + 15)}`);
  else if (show === 'spurious') for (const g of s.spurious) console.log(`  L${g.range.start.line} spurious ${g.text}  | ${(lines[g.range.start.line] ?? '').slice(Math.max(0, g.range.start.character - 30), g.range.start.character + 15)}`);
  else {
    for (const w of s.wrong.filter((x) => x.what === show)) {
      const l = w.label;
      const field = show === 'name' || show === 'name=' ? 'name' : show === 'period' ? 'period' : show === 'status' ? 'status' : show === 'kind' ? 'kind' : 'text';
      const want = (l as unknown as Record<string, unknown>)[field];
      const got = (w.got as unknown as Record<string, unknown>)[field];
      console.log(`  L${l.line} ${l.text}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}  | ${(lines[l.line] ?? '').slice(Math.max(0, l.character - 40), l.character + 12)}`);
    }
  }
}
console.log(scoreLine(`dev (${dev.length} reports, ${pooled(dev).labels} figures)`, pooled(dev), digits));
console.log(scoreLine(`sealed (${held.length} reports, ${pooled(held).labels} figures)`, pooled(held), digits));
