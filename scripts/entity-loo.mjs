// Leave-one-report-out recall of the entity links (issue 13): for each dev links report, the core is loaded afresh with
// the type words (entityTypes.json types) that only that report's own hand-marked entity links end with taken out of
// the list, and its entity links are scored so. Pooled, this is what the entity rules would find on a report whose
// kinds of names no report before it had taught the list: the honest number beside the normal dev line.
//
//   node scripts/entity-loo.mjs            pooled lines (normal and leave-one-out), per dev report
//   node scripts/entity-loo.mjs --words    and the words each report alone uses
//
// Dev reports only: the sealed labels are never read here. Cost: one core load and one analysis per dev report.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleLinksCore, root } from './linksCore.mjs';

const json = join(root, 'src/core/lexicon/entityTypes.json');
// The lexicon stays outside the bundle, so that each load of the bundle reads the copy of it this script changed.
const keepJsonOut = {
  name: 'entity-types-outside',
  setup(b) {
    b.onResolve({ filter: /entityTypes\.json$/ }, () => ({ path: json, external: true }));
  },
};
const bundle = await bundleLinksCore('entity-loo', [keepJsonOut]);
const require = createRequire(import.meta.url);

/** The core loaded afresh with these type words out of the list. */
function loadWithout(drop) {
  delete require.cache[bundle];
  delete require.cache[json];
  const data = require(json);
  const kept = data.types.filter((t) => !drop.has(t));
  data.types.length = 0;
  data.types.push(...kept);
  return require(bundle);
}

const base = loadWithout(new Set());
const types = [...require(json).types];
const sealed = base.sealedLinkReports();
const dev = base.linkFiles().filter((f) => !sealed.has(f.corpusPath));
const reports = dev.map((f) => {
  const text = base.readCorpus(f.corpusPath);
  const links = base.readLinks(f.linksPath, text);
  const entity = links.filter((l) => l.kind === 'entity');
  // Every type word a link end ends with (高新区 and 新区 both): a word is the report's own if no other report's uses it.
  const words = new Set();
  for (const l of entity) for (const end of [l.from.text, l.to.text]) for (const t of types) if (end.endsWith(t)) words.add(t);
  return { ...f, text, links, entity, words };
});
const score = (core, r) => {
  const all = core.analyzeReport(r.text).references;
  const recall = core.scoreLinks(r.entity, all);
  const precision = core.scoreLinks(r.links, all.filter((x) => x.kind === 'entity'));
  return { links: recall.links, found: recall.found, refs: precision.references, correct: precision.correct, missed: recall.missed, spurious: precision.spurious };
};
const pool = (rows) => rows.reduce((a, s) => ({ links: a.links + s.links, found: a.found + s.found, refs: a.refs + s.refs, correct: a.correct + s.correct }), { links: 0, found: 0, refs: 0, correct: 0 });
const line = (label, s) => `${label.padEnd(26)} entity recall ${(s.found / s.links).toFixed(5)} (${s.found}/${s.links})  entity-reference precision ${(s.correct / s.refs).toFixed(5)} (${s.correct}/${s.refs})`;
const normal = [];
const loo = [];
for (const r of reports) {
  const others = new Set(reports.filter((o) => o !== r).flatMap((o) => [...o.words]));
  const own = new Set([...r.words].filter((w) => !others.has(w)));
  const n = score(base, r);
  const l = own.size === 0 ? n : score(loadWithout(own), r);
  normal.push(n);
  loo.push(l);
  const words = process.argv.includes('--words') ? `  [${[...own].join(' ')}]` : '';
  console.log(`${r.corpusPath.padEnd(34)} own words ${String(own.size).padStart(2)}  found ${n.found}/${n.links} → ${l.found}/${l.links}${words}`);
  // The links the list's own words found: what a rule that reads kinds from the report must find instead.
  if (process.argv.includes('--spurious')) for (const x of n.spurious) console.log(`    spurious ${x.from.range.start.line} ${x.from.text} → ${x.to.range.start.line} ${x.to.text}`);
  if (process.argv.includes('--lost')) for (const m of l.missed.filter((x) => !n.missed.includes(x))) console.log(`    lost ${m.from.line} ${m.from.text} → ${m.to.line} ${m.to.text}`);
}
console.log(line('entity, dev', pool(normal)));
console.log(line('entity, dev leave-one-out', pool(loo)));
rmSync(bundle, { force: true });
