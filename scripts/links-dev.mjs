// Links against the hand-marked labels (issue 13), dev reports only, every kind but target ↔ actual (pairs-dev.mjs reads
// those): the links missed and the references no label holds, by kind, so that a links round reads its failures.
//
//   node scripts/links-dev.mjs              per dev report: found/marked and right/made, without target-actual
//   node scripts/links-dev.mjs --show       and every missed link and false reference, with its words
//   node scripts/links-dev.mjs --only 2016  one report (a part of its corpus path)
//
// The sealed labels are never read here (split.json's sealed reports are skipped before any file is opened).
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { bundleLinksCore } from './linksCore.mjs';

const bundle = await bundleLinksCore('links-dev');
const core = createRequire(import.meta.url)(bundle);
const show = process.argv.includes('--show');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const sealed = core.sealedLinkReports();
const dev = core.linkFiles().filter((f) => !sealed.has(f.corpusPath) && (!only || f.corpusPath.includes(only)));
const around = (lines, line, ch, len) => `«${(lines[line] ?? '').slice(Math.max(0, ch - 14), ch)}[${(lines[line] ?? '').slice(ch, ch + len)}]${(lines[line] ?? '').slice(ch + len, ch + len + 10)}»`;
let links = 0, found = 0, refs = 0, correct = 0;
for (const f of dev) {
  const text = core.readCorpus(f.corpusPath);
  const lines = text.split('\n');
  const labels = core.readLinks(f.linksPath, text).filter((l) => l.kind !== 'target-actual');
  const all = core.analyzeReport(text).references.filter((r) => r.kind !== 'indicator');
  const s = core.scoreLinks(labels, all);
  links += s.links; found += s.found; refs += s.references; correct += s.correct;
  console.log(`${f.corpusPath.padEnd(34)} found ${s.found}/${s.links}  right ${s.correct}/${s.references}`);
  if (!show) continue;
  for (const m of s.missed) console.log(`    missed ${m.kind} ${m.from.line} ${m.from.text} → ${m.to.line} ${m.to.text}   ${around(lines, m.from.line, m.from.character, m.from.text.length)}`);
  for (const r of s.spurious) {
    const a = r.from.range.start;
    console.log(`    false  ${r.kind} ${a.line} ${r.from.text ?? ''} → ${r.to.range.start.line} ${r.to.text ?? ''}   ${around(lines, a.line, a.character, r.from.range.end.character - a.character)}`);
  }
}
console.log(`dev without target-actual: recall ${(found / links).toFixed(5)} (${found}/${links})  precision ${(correct / refs).toFixed(5)} (${correct}/${refs})`);
rmSync(bundle, { force: true });
