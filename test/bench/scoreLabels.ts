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
import { basename, join } from 'node:path';
import { analyzeReport } from '../../src/core';
import { labelledFiles, pooled, readLabels, score, scoreLine, sealedReports } from '../support/labels';
import type { Score } from '../support/labels';
import { FIXTURES } from '../support/expectedOutline';
import { nameEitherReader, readersAgreement, secondReaderLabels } from '../support/secondReader';

const args = process.argv.slice(2);
const flag = (name: string): string | null => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
const show = flag('--show');
const only = flag('--only');
const digits = Number(flag('--digits') ?? 3);
const sealed = sealedReports();
const dev: Score[] = [];
const held: Score[] = [];
// Reports a second reader labelled blind: the readers' agreement, and the tool's names against either reader.
const agreement: Score[] = [];
const firstReader: Score[] = [];
const either = { found: 0, nameOk: 0 };
for (const { corpusPath, labelsPath } of labelledFiles()) {
  const text = readFileSync(join(FIXTURES, 'corpus', corpusPath), 'utf8');
  const labels = readLabels(labelsPath, text);
  const s = score(labels, analyzeReport(text).indicators);
  const second = secondReaderLabels(basename(labelsPath), text);
  if (second) {
    agreement.push(readersAgreement(labels, second));
    firstReader.push(s);
    const e = nameEitherReader(s, second);
    either.found += e.found;
    either.nameOk += e.nameOk;
  }
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
if (agreement.length) {
  const n = `${agreement.length} reports, ${pooled(agreement).labels}`;
  console.log(scoreLine(`readers A↔B (${n})`, pooled(agreement), digits));
  const eitherName = either.found ? either.nameOk / either.found : 1;
  console.log(`${`tool (${n})`.padEnd(34)} name ${pooled(firstReader).nameOk.toFixed(digits)} against the first reader, ${eitherName.toFixed(digits)} against either reader`);
}
