#!/usr/bin/env node
// Checks hand-written figure labels (test/fixtures/labels/*.indicators.jsonl) against the report they label:
// every line parses, every field has an allowed value, and every `text` stands at its line and nth occurrence.
// Usage: node scripts/check-labels.mjs test/fixtures/labels/national__1997.indicators.jsonl [...]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const KINDS = new Set(['level', 'growth', 'share', 'change', 'count', 'rank', 'other']);
const STATUS = new Set(['actual', 'target']);
const QUALIFIERS = new Set(['以上', '左右', '以内', '以下', '超过', '约', '力争', null]);
const PERIOD = /^(?:\d{4}|\d{4}-\d{4})$/;

let problems = 0;
for (const file of process.argv.slice(2)) {
  const corpus = join('test/fixtures/corpus', `${basename(file).replace('.indicators.jsonl', '').replace(/__/g, '/')}.txt`);
  const lines = readFileSync(corpus, 'utf8').split('\n');
  const seen = new Set();
  let count = 0;
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = `${file}:${i + 1}`;
    const say = (msg) => { problems++; console.log(`${where}: ${msg}\n    ${raw}`); };
    let l;
    try { l = JSON.parse(raw); } catch (e) { say(`not JSON (${e.message})`); return; }
    count++;
    if (!Number.isInteger(l.line) || !Number.isInteger(l.nth)) return say('line and nth must be integers');
    if (typeof l.text !== 'string' || !l.text) return say('text missing');
    const line = lines[l.line] ?? '';
    let at = -1;
    for (let k = 0; k <= l.nth; k++) at = line.indexOf(l.text, at + 1);
    if (at < 0) say(`text "${l.text}" (nth ${l.nth}) not found on line ${l.line}: ${line.slice(0, 60)}…`);
    const key = `${l.line}/${l.nth}/${l.text}`;
    if (seen.has(key)) say('duplicate label (same line, nth, text)');
    seen.add(key);
    if (typeof l.value !== 'number' || !Number.isFinite(l.value)) say('value must be a finite number');
    if ('valueMax' in l && (typeof l.valueMax !== 'number' || l.valueMax < l.value)) say('valueMax must be a number ≥ value');
    if (!(l.unit === null || typeof l.unit === 'string')) say('unit must be a string or null');
    if (!(l.name === null || typeof l.name === 'string')) say('name must be a string or null');
    if (!(l.measure === null || typeof l.measure === 'string')) say('measure must be a string or null');
    if (!KINDS.has(l.kind)) say(`kind must be one of ${[...KINDS].join(', ')}`);
    if (!STATUS.has(l.status)) say('status must be actual or target');
    if (!QUALIFIERS.has(l.qualifier ?? null) || !('qualifier' in l)) say('qualifier must be one of 以上 左右 以内 以下 超过 约 力争 or null');
    if (!('period' in l) || !(l.period === null || PERIOD.test(l.period))) say('period must be "YYYY", "YYYY-YYYY" or null');
  });
  console.log(`${file}: ${count} labels`);
}
console.log(problems ? `${problems} problem(s)` : 'all labels check out');
process.exit(problems ? 1 : 0);
