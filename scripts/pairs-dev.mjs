// Target ↔ actual pairs against the hand-marked links (issue 13), dev reports only: the target-actual links missed
// and the target ↔ actual references no label holds, each with the two figures' names, measures, units and periods,
// so that a round on the pairing reads its failures rather than the pooled line.
//
//   node scripts/pairs-dev.mjs              per dev report and pooled: target-actual found/marked, pair references right/made
//   node scripts/pairs-dev.mjs --show       and every missed link and false pair
//   node scripts/pairs-dev.mjs --made       and every pair linked, ✓ when a label holds it
//   node scripts/pairs-dev.mjs --only 2016  one report (a part of its corpus path)
//   node scripts/pairs-dev.mjs --file PATH  a free outside text, unlabelled: every pair made and every target left
//                                           alone, each with its words, for counting right / wrong by hand
//
// The sealed labels are never read here (split.json's sealed reports are skipped before any file is opened).
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { bundleLinksCore } from './linksCore.mjs';

const bundle = await bundleLinksCore('pairs-dev');
const core = createRequire(import.meta.url)(bundle);
const show = process.argv.includes('--show');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const fig = (i) => (i ? `${i.name ?? '∅'}|${i.measure ?? ''}|${i.value}${i.unit ?? ''}|${i.kind}|${i.period ?? ''}` : '?');
const fileAt = process.argv.indexOf('--file');
if (fileAt >= 0) {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(process.argv[fileAt + 1], 'utf8');
  const lines = text.split('\n');
  const model = core.analyzeReport(text);
  const words = (i) => {
    const line = lines[i.range.start.line] ?? '';
    return `«${line.slice(Math.max(0, i.range.start.character - 24), i.range.end.character + 6)}»`;
  };
  const paired = new Set(model.pairs.map((p) => p.target));
  for (const p of model.pairs) {
    console.log(`pair${p.sameSentence ? '(same sentence)' : ''} ${p.target.range.start.line} ${fig(p.target)} ${words(p.target)}`);
    console.log(`   ↔ ${p.actual.range.start.line} ${fig(p.actual)} ${words(p.actual)}`);
  }
  for (const t of model.indicators.filter((i) => i.status === 'target' && !paired.has(i))) {
    console.log(`alone ${t.range.start.line} ${fig(t)} ${words(t)}`);
    // Last year's figures of the very same name: what a reader would look at first for a target left alone.
    for (const a of model.indicators.filter((i) => i.status === 'actual' && i.name === t.name && i.range.start.line !== t.range.start.line)) console.log(`   same name: ${a.range.start.line} ${fig(a)} ${words(a)}`);
  }
  console.log(`${model.pairs.length} pairs (${model.pairs.filter((p) => !p.sameSentence).length} linked), ${model.indicators.filter((i) => i.status === 'target').length} targets`);
  rmSync(bundle, { force: true });
  process.exit(0);
}
const sealed = core.sealedLinkReports();
const dev = core.linkFiles().filter((f) => !sealed.has(f.corpusPath) && (!only || f.corpusPath.includes(only)));
const total = { links: 0, found: 0, refs: 0, correct: 0 };
for (const f of dev) {
  const text = core.readCorpus(f.corpusPath);
  const model = core.analyzeReport(text);
  const labels = core.readLinks(f.linksPath, text);
  const pairsOnly = labels.filter((l) => l.kind === 'target-actual');
  const refs = model.references.filter((r) => r.kind === 'indicator');
  const recall = core.scoreLinks(pairsOnly, refs);
  const precision = core.scoreLinks(labels, refs);
  total.links += recall.links;
  total.found += recall.found;
  total.refs += precision.references;
  total.correct += precision.correct;
  console.log(`${f.corpusPath.padEnd(34)} found ${recall.found}/${recall.links}  right ${precision.correct}/${precision.references}`);
  if (process.argv.includes('--made')) {
    // Every pair linked, marked right (a label holds it) or wrong: what a rule that drops pairs would cost.
    const wrong = new Set(precision.spurious);
    for (const p of model.pairs.filter((x) => !x.sameSentence)) {
      const ref = refs.find((r) => r.from.range === p.target.range);
      console.log(`  ${ref && wrong.has(ref) ? '✗' : '✓'} ${p.target.range.start.line} ${fig(p.target)}  ↔  ${p.actual.range.start.line} ${fig(p.actual)}`);
    }
  }
  if (!show) continue;
  const lines = text.split('\n');
  // The figure a reference end stands on, by its range.
  const at = (r) => model.indicators.find((i) => i.range.start.line === r.start.line && i.range.start.character === r.start.character);
  const clip = (line, ch) => (lines[line] ?? '').slice(Math.max(0, ch - 30), ch + 20);
  for (const m of recall.missed) console.log(`  missed ${m.from.line} ${m.from.text}  →  ${m.to.line} ${m.to.text}`);
  for (const m of recall.missed) {
    const near = model.pairs.filter((p) => p.target.range.start.line === m.from.line || p.target.range.start.line === m.to.line);
    for (const p of near) console.log(`     (made: ${fig(p.target)} → ${p.actual.range.start.line} ${fig(p.actual)}${p.sameSentence ? ' same sentence' : ''})`);
  }
  const seen = new Set();
  for (const s of precision.spurious) {
    const t = at(s.from.range);
    const a = at(s.to.range);
    const one = [s.from.range.start.line, s.to.range.start.line].sort().join('-');
    if (seen.has(one)) continue;
    seen.add(one);
    console.log(`  false ${s.from.range.start.line} ${fig(t)}  ↔  ${s.to.range.start.line} ${fig(a)}`);
    console.log(`        «${clip(s.from.range.start.line, s.from.range.start.character)}»  ↔  «${clip(s.to.range.start.line, s.to.range.start.character)}»`);
  }
}
console.log(`target-actual, dev: found ${total.found}/${total.links}  pair references right ${total.correct}/${total.refs}`);
rmSync(bundle, { force: true });
