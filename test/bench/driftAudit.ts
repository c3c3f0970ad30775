/**
 * Drift audit of the dev labels (session 39, names75): the tool scored against each dev labels file's first version
 * (written by reading, before later sessions edited it) and against the current one, and every name label changed
 * since the first version classed as moved toward the tool's name, away from it, or neither.
 *
 *   node dist/driftAudit.js DIR [--list] [--pairs FILE]
 *
 * DIR holds the first versions under the labels' file names, written by (for each dev labels file P)
 *   git show "$(git log --follow --diff-filter=A --format=%h -- P | tail -1):P" > DIR/<file name>
 * --list prints each changed name label; --pairs writes every first-version label with the tool's name paired to it.
 *
 * Only dev reports are read: split.json's sealed reports are skipped before any file is opened.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport } from '../../src/core';
import { labelledFiles, pooled, readLabels, sameName, sameNameExactly, score, scoreLine, sealedReports } from '../support/labels';
import type { Label, Score } from '../support/labels';
import { FIXTURES } from '../support/expectedOutline';

const args = process.argv.slice(2);
const dir = args[0] ?? '';
// A missing or mistyped DIR read as "no first versions" and printed two perfect lines: say what is wanted instead.
if (dir === '' || dir.startsWith('--') || !existsSync(dir)) {
  process.stderr.write('usage: node dist/driftAudit.js DIR [--list] [--pairs FILE]  (DIR: the dev labels files\' first versions; see the file head)\n');
  process.exit(2);
}
const list = args.includes('--list');
// --pairs FILE: every first-version label with the tool's figure paired to it, one JSON line each (for class counts).
const pairsOut = args.includes('--pairs') ? (args[args.indexOf('--pairs') + 1] ?? '') : '';
const pairRows: string[] = [];
const sealed = sealedReports();
const firstScores: Score[] = [];
const nowScores: Score[] = [];
const key = (l: Label): string => `${l.line}:${l.character}:${l.text}`;
for (const { corpusPath, labelsPath } of labelledFiles()) {
  if (sealed.has(corpusPath)) continue;
  const name = labelsPath.split('/').pop() ?? '';
  const firstPath = join(dir, name);
  if (!existsSync(firstPath)) continue;
  const text = readFileSync(join(FIXTURES, 'corpus', corpusPath), 'utf8');
  const got = analyzeReport(text).indicators;
  let first: Label[];
  try {
    first = readLabels(firstPath, text);
  } catch (e) {
    console.log(`${corpusPath}: first version does not fit today's text (${String(e).slice(0, 80)})`);
    continue;
  }
  const now = readLabels(labelsPath, text);
  const sf = score(first, got);
  const sn = score(now, got);
  firstScores.push(sf);
  nowScores.push(sn);
  const p = (s: Score): string => `name ${s.nameOk.toFixed(3)} name= ${s.nameExact.toFixed(3)}`;
  console.log(`${corpusPath.padEnd(28)} first(${sf.labels}) ${p(sf)} | now(${sn.labels}) ${p(sn)}`);
  for (const l of first) {
    const hit = sf.pairs.find((x) => x.label === l);
    pairRows.push(JSON.stringify({ report: corpusPath, line: l.line, text: l.text, unit: l.unit, kind: l.kind, name: l.name, tool: hit ? hit.got.name : undefined, toolKind: hit?.got.kind }));
  }
  if (!list) continue;
  const toolAt = new Map(sn.pairs.map(({ label, got: g }) => [key(label), g.name] as const));
  const firstAt = new Map(first.map((l) => [key(l), l] as const));
  const lines = text.split('\n');
  for (const l of now) {
    const f = firstAt.get(key(l));
    if (!f || f.name === l.name) continue;
    const t = toolAt.get(key(l)) ?? null;
    const before = sameName(f.name, t);
    const after = sameName(l.name, t);
    const cls = !before && after ? 'TOWARD' : before && !after ? 'AWAY' : sameNameExactly(l.name, t) && !sameNameExactly(f.name, t) ? 'toward=' : sameNameExactly(f.name, t) && !sameNameExactly(l.name, t) ? 'away=' : 'neither';
    const ctx = (lines[l.line] ?? '').slice(Math.max(0, l.character - 30), l.character + 10);
    console.log(`  ${cls.padEnd(8)} L${l.line} ${l.text}: first ${JSON.stringify(f.name)} now ${JSON.stringify(l.name)} tool ${JSON.stringify(t)} | ${ctx}`);
  }
}
if (pairsOut) writeFileSync(pairsOut, pairRows.join('\n') + '\n');
console.log(scoreLine(`first versions (${firstScores.length} reports)`, pooled(firstScores), 5));
console.log(scoreLine(`current labels (${nowScores.length} reports)`, pooled(nowScores), 5));
