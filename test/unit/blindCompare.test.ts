/**
 * scripts/blind-compare.mjs's arguments (found40): a `--lines` range that is missing or malformed is a usage error
 * (exit 2 and the usage line) — it threw a TypeError with no range after it, and `--lines 10-` compared nothing (TO
 * read as 0) and still printed a counts line as if the sheet had been checked. Only the argument check runs here: the
 * comparison itself needs a build (dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'blind-compare.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('blind-compare’s arguments', () => {
  it('rejects a --lines without a FROM-TO range, or a range that is not one, with the usage line', () => {
    for (const args of [['a.txt', 'b.tsv', '--lines'], ['a.txt', 'b.tsv', '--lines', '10-'], ['a.txt', 'b.tsv', '--lines', 'x-y'], ['a.txt', 'b.tsv', '--lines', '20-10'], ['a.txt']]) {
      const out = run(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toContain('usage: node scripts/blind-compare.mjs');
      expect(out.stderr).not.toContain('TypeError');
    }
  });
});
