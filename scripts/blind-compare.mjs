#!/usr/bin/env node
// Compares a blind reading of a report with what the recogniser finds in it. The reading is written first, from
// the plain text alone (the conventions of test/fixtures/labels/README.md), one figure a line, tab-separated:
//   line  text  value  unit  [?]
// (0-based line, the figure's text as written, value in the base unit, unit or "null"; a fifth column "?" marks a
// figure the conventions leave open, counted apart). Judging from the tool's own list hides what it never shows;
// this way a figure the tool misses is still on the sheet. Needs a build (npm run -s build).
// Usage: node scripts/blind-compare.mjs REPORT.txt SHEET.tsv [--lines FROM-TO]
// Prints missed, wrong (value, unit or text differ) and spurious figures, then one counts line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const linesAt = args.indexOf('--lines');
// FROM-TO, 0-based and inclusive; a missing or malformed range is a usage error, not a crash or an empty comparison.
const range = linesAt >= 0 ? /^(\d+)-(\d+)$/.exec(args.splice(linesAt, 2)[1] ?? '') : null;
const [from, to] = range ? [Number(range[1]), Number(range[2])] : [0, Infinity];
const [report, sheet] = args;
if (!report || !sheet || (linesAt >= 0 && (!range || from > to))) {
  console.error('usage: node scripts/blind-compare.mjs REPORT.txt SHEET.tsv [--lines FROM-TO]');
  process.exit(2);
}

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const found = JSON.parse(execFileSync(process.execPath, [cli, 'analyze', report, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }))
  .indicators.filter((f) => f.range.start.line >= from && f.range.start.line <= to);

// Rows split at \r?\n: a sheet saved with Windows line ends read every unit as “null\r”, so every row was wrong.
const rows = readFileSync(sheet, 'utf8').split(/\r?\n/u).filter((row) => row.trim());
const headerDropped = rows.length > 0 && !/^\d+\t/u.test(rows[0]) ? rows.shift() : undefined;
if (headerDropped !== undefined) process.stderr.write(`blind-compare: the first row is no figure (no line number), read as a header: ${headerDropped.slice(0, 60)}\n`);
const read = rows.map((row) => {
  const [line, text, value, unit, open] = row.split('\t');
  return { line: Number(line), text, value: Number(value), unit: unit === 'null' ? null : unit, open: open?.trim() === '?' };
}).filter((f) => f.line >= from && f.line <= to);

/**
 * Equal values, allowing the rounding of a float built from a magnitude (3.48万亿 → 3480000000000), and a fraction the
 * sheet writes to four decimals (三分之一 as 0.3333), which the label conventions let agree with the exact fraction.
 */
const fourDecimals = (sheet) => /^-?\d+\.\d{4}$/.test(String(sheet));
const same = (found, sheet) => Math.abs(found - sheet) <= 1e-9 * Math.max(1, Math.abs(found), Math.abs(sheet))
  || (fourDecimals(sheet) && Math.abs(found) < 1 && Math.round(found * 1e4) / 1e4 === sheet);
const used = new Set();
const missed = [];
const wrong = [];
let right = 0;
let openListed = 0;
let openLeft = 0;
for (const f of read) {
  const candidates = found.map((t, k) => k).filter((k) => !used.has(k) && found[k].range.start.line === f.line
    && (found[k].text.includes(f.text) || f.text.includes(found[k].text)));
  const exact = candidates.filter((k) => same(found[k].value, f.value) && found[k].unit === f.unit);
  const k = exact[0] ?? candidates[0];
  if (k === undefined) {
    if (f.open) openLeft++;
    else missed.push(f);
    continue;
  }
  used.add(k);
  if (f.open) openListed++;
  else if (exact.includes(k) && found[k].text === f.text) right++;
  else wrong.push([f, found[k]]);
}
const spurious = found.filter((t, k) => !used.has(k));

for (const f of missed) console.log(`missed    L${f.line} ${f.text} (${f.value} ${f.unit})`);
for (const [f, t] of wrong) console.log(`wrong     L${f.line} ${f.text} (${f.value} ${f.unit}) ← ${t.text} (${t.value} ${t.unit})`);
for (const t of spurious) console.log(`spurious  L${t.range.start.line} ${t.text} (${t.value} ${t.unit}) ${t.name ?? ''}`);
const firm = read.filter((f) => !f.open).length;
console.log(`${report}: ${firm} figures read, ${right} right, ${missed.length} missed, ${wrong.length} wrong, ${spurious.length} spurious; ` +
  `${read.length - firm} left open by the conventions (${openListed} listed, ${openLeft} not)`);
process.exit(missed.length + wrong.length + spurious.length ? 1 : 0);
