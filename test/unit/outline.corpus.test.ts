import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineScore } from '../support/expectedOutline';
import { CORPUS, comparableNodes, corpusFiles, expectedDepth, normTitle, readExpected, scoreOutline, sealedOutlineReports } from '../support/expectedOutline';

/**
 * Corpus reports added for other labels without an outline expectation, on purpose: the outline rules were read
 * against 海南 and 福建 before they joined the corpus, so an expectation written now would not be held out (commit
 * f361d8a). 上海市 2026 and national 2021 joined sealed for the figures in session 9 (commits c139d48, 879bc86); earlier
 * outline helpers had read the public sources of both, so no outline expectation is written for them either.
 * local/gaoyang-2017 and gaoyang-2019 joined the dev figures in session 17; outline rounds 8–14 had read the Hebei
 * archive's 高阳县 reports as outside text, so an outline expectation written now would not be held out either.
 */
const WITHOUT_OUTLINE_EXPECTATION: ReadonlySet<string> = new Set([
  'local/海南省-2026.txt',
  'local/福建省-2026.txt',
  'local/上海市-2026.txt',
  'national/2021.txt',
  'local/gaoyang-2017.txt',
  'local/gaoyang-2019.txt',
]);
const utf8Files = corpusFiles().filter((f) => !f.endsWith('.gbk.txt') && !WITHOUT_OUTLINE_EXPECTATION.has(f));

/**
 * Depth-2 expectations (parts and sections) must match exactly. Depth-3 expectations (written for the reports
 * added in the second round: leads, standalone sub-headings, dash leads, older national layouts) are scored —
 * headings found, level right, false nodes at the top two levels — pooled, against floors a little under what
 * the parser achieves today (printed), so a regression fails. They are split into a dev part, on which the rules
 * are tuned, and a sealed part scored only to report how the rules generalise (its failures are never printed).
 */
interface Floor {
  found: number;
  precision: number;
  levelRight: number;
  falseTop: number;
  parts: number;
}
// dev falseTop rose from 3 to 6 with new dev data: national 2015 deepened to depth 3 (its false nodes are lead-like
// statements of parts 三–五). “X也是Y” and “X，Y是关键” are statements now (6 → 4); the four left — 稳增长和调结构相辅相成 /
// 新农村建设要惠及广大农民 / 新兴产业和新兴业态是竞争高地 / 服务业就业容量大，发展前景广 — a short-copula rule would catch
// only at the price of a sealed heading. Session 6's new dev report national 2008 adds four: the problem dashes
// (——经济运行中一些突出问题…) after the lessons 第一…第六, which its expectation leaves out (4 → 8). Those are the part's
// closing words now, and 相辅相成 is a statement (8 → 3): the three left are the other 2015 ones above.
// Session 7's new dev reports, national 1980 and 2005 (expectations written by reading), lowered dev found from
// 0.995 to 0.988: their leads fused into long first sentences are the misses (1980: 5 of 33, 2005: 6 of 75).
// Session 8: a longer lead of its section's series opening a long paragraph, and “特别是” no argument, raised dev found to
// 0.990 and sealed found from 0.968 to 0.972 (sealed precision unchanged, 0.949).
// Session 9: statements argued in a frame, of purpose, possession or relation, and announcements of the demands on the
// government are no leads (read in reports outside the corpus), and a lead after a zero-width line at a sentence end
// opens its own paragraph: dev found 0.990 → 0.991, sealed precision 0.949 → 0.952 (floors raised under them).
// Sessions 12–13: 新兴产业和新兴业态是竞争高地 (a short copula) and 服务业就业容量大，发展前景广 (a comment on a topic after an
// action lead, topicStatements.ts) are no leads, nor 新农村建设要惠及广大农民 (“X要Y” after an action lead without 要; real
// leads are cast so after one with 要: 稳健的货币政策要松紧适度): dev falseTop 3 → 0.
// Session 14: action titles under sections (2005 （四）) and the closing words a five-year review opens after a part's last
// section (安徽 2026 ——这五年 ×6, 2008 part 一): dev found 0.992 → 0.993, precision 0.983 → 0.988.
// Session 18: a lead-like sentence deep inside a section's running prose is no lead (1980 第三，): dev precision
// 0.988 → 0.992, sealed precision 0.952 → 0.958 (floors raised under them).
// Session 22: the one paragraph of a section whose heading stands alone opens with no lead (2005 part 六 第三，/第六，):
// dev precision 0.99222 → 0.99351 (floor raised under it); sealed unchanged (precision 0.95944).
// Session 27: a run of two or more longer two-clause leads opening a section that stands alone (1980 第二，, two leads;
// unseen 山西 2025 （三）, four): dev found 1530 → 1532 of 1539 (0.99415 → 0.99545, floor raised under it); sealed unchanged.
// session 28: 深圳市龙岗区-2022 joined the sealed part (expected outline written by reading and frozen before any tool ran
// on it); pooled line before → after (14 → 15 reports, 633 → 676 headings): found .972 → .973, precision .959 → .961,
// level right .985 → .986, parts 44/44 → 46/46 — no floor moves.
// session 28: 深圳市-2005 joined the sealed part; pooled line before → after (14 → 15 reports, 633 → 684 headings):
// found .97156 → .97222, precision .95944 → .96237, level right .98537 → .98647, parts 44/44 → 48/48; no floor moves.
// session 29: 深圳市光明新区-2017 joined the sealed part; pooled line before → after (16 → 17 reports, 727 → 748 headings;
// expected outline written by reading and frozen before any tool ran on it): found .97387 → .97460 (708 → 729), precision
// .96327 → .95419, level right .98729 → .98765, parts 50/50 → 52/52 — new unseen data, not a regression
// of the rules; the sealed precision floor .955 → .954 under the new line (the others still hold).
// session 29: 深圳市-2011 joined the sealed part; pooled line before → after (16 → 17 reports, 727 → 808 headings): found
// .97387 → .97401, precision .96327 → .96683, level right .98729 → .98856, parts 50/50 → 53/53 (the report alone: found
// 79/81, precision 1, level right 1); no floor moves.
// Both merged (18 reports, 829 headings): found .975, precision .958, level right .989, parts 55/55 (the lead).
// session 30: 广东省-2021 joined the sealed part; pooled line before → after (18 → 19 reports, 829 → 908 headings; expected
// outline written by reading and frozen before any tool ran on it): found .975 → .968 (808 → 879), precision .958 → .962,
// level right .989 → .990, parts 55/55 → 60/60 (the report alone: found 71/79, precision 1, level right 71/71, parts 5/5).
// New unseen data, not a regression of the rules: the sealed found floor .97 → .968 under the new line (the others hold).
// session 30: 深圳市大鹏新区-2022 joined the sealed part; pooled line before → after (18 → 19 reports, 829 → 877 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .97467 → .97605 (808 →
// 856), precision .95848 → .96072, level right .98886 → .98949, parts 55/55 → 56/56 (the report alone: found 48/48,
// level right 48/48, no extra node); no floor moves.
// Both merged (20 reports, 956 headings; the lead): found .970, precision .964, level right .990, parts 61/61.
// session 31: 广东省-2017 joined the sealed part; pooled line before → after (20 → 21 reports, 956 → 1020 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .970 → .972, precision
// .964 → .966, level right .990 → .991, parts 61/61 → 64/64 (the report alone at the start commit: found 64/64,
// precision 1, level right 1, parts 3/3); no floor moves.
// session 32: 广东省-2023 joined the sealed part; pooled line before → after (21 → 22 reports, 1020 → 1099 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .972 → .973, precision
// .966 → .968, level right .991 → .992, parts 64/64 → 70/70 (the report alone at the start commit: found 78/79, precision 1,
// level right 78/78, parts 6/6); no floor moves.
// session 32: 云南省-2026 joined the sealed part; pooled line before → after (21 → 22 reports, 1020 → 1087 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .972 → .973, precision
// .966 → .968, level right .991 → .991, parts 64/64 → 67/67 (the report alone at the start commit: found 67/67,
// precision 1, level right 67/67, parts 3/3); no floor moves.
// session 32: 全国-1995 (national/1995) joined the sealed part; pooled line before → after (21 → 22 reports, 1020 → 1057
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .972 → .973,
// precision .966 → .966, level right .991 → .991, parts 64/64 → 71/71, false top-level nodes 0 → 1 (the report alone at the
// start commit: found 37/37, level right 37/37, one false level-2 node: a plain paragraph's topic sentence that its Wikisource
// layout does not set apart). New unseen data, not a regression of the rules: the sealed falseTop floor 0 → 1.
// 2026-12-07, the lead: 云南省-2026 and national 1995 moved from the sealed part to dev (their texts had been quoted in
// tests by earlier sessions). Dev 32 reports, 1,643 headings: found .996, precision .993, level .999, one false top node —
// national 1995's line 115, a topic sentence opening a plain paragraph its labeller did not list (a case the README
// leaves open: the layout sets leads apart); the dev falseTop floor 0 → 1 for it. Sealed back to 22 reports (.973/.968/.992, 0).
// session 32: 定兴县-2021 joined the sealed part; pooled line before → after (21 → 22 reports, 1020 → 1087 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .972 → .973, precision
// .966 → .968, level right .991 → .991, parts 64/64 → 69/69 (the report alone at the start commit: found 67/67,
// precision 1, level right 1, parts 5/5); no floor moves.
// session 33: 清苑区-2023 joined the sealed part; pooled line before → after (23 → 24 reports, 1166 → 1210 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .974 → .975, precision
// .970 → .971, level right .992 → .992, parts 75/75 → 78/78, false top-level nodes 0 → 0 (the report alone at the start
// commit: found 44/44, precision 1, level right 1, parts 3/3); no floor moves.
// session 33 (seal34b): 保定市-2026 joined the sealed part; pooled line before → after (23 → 24 reports, 1166 → 1205 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .974 → .975, precision
// .970 → .971, level right .992 → .992, false top-level nodes 0 → 0, parts 75/75 → 78/78 (the report alone at the start
// commit: found 39/39, precision 1, level right 39/39, parts 3/3); no floor moves.
// session 33: 蠡县-2022 joined the sealed part; pooled line before → after (24 → 25 reports, 1210 → 1258 headings;
// expected outline written by reading and frozen, md5 recorded, before any tool ran on it; seal35): found .975 → .969,
// precision .971 → .972, level right .992 → .993, parts 78/78 → 82/82, false top-level nodes 0 → 0 (the report alone at
// the start commit a2025725: found 39/48, precision 1, level right 1, parts 4/4); no floor moves (found floor .968).
// session 34 (seal35a): 顺平县-2021 joined the sealed part; pooled line before → after (26 → 27 reports, 1297 → 1342
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .970 → .971,
// precision .973 → .974, level right .993 → .993, parts 85/85 → 90/90, false top-level nodes 0 → 0 (the report alone at the
// start commit c9a791ca: found 45/45, precision 1, level right 45/45, parts 5/5); no floor moves.
// session 35 (seal36a): 博野县-2025 joined the sealed part; pooled line before → after (28 → 29 reports, 1352 → 1394
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .971 → .972,
// precision .974 → .975, level right .993 → .993, parts 92/92 → 96/96, false top-level nodes 0 → 0 (the report alone at the
// start commit 0c4e23c4: found 42/42, precision 1, level right 42/42, parts 4/4, after one format fix: the framed glossary
// heading written as the line is, “※名词解释※”, not “名词解释”; before it 41/42, parts 3/4); no floor moves.
// session 35 (seal36b): 河北省-2015 joined the sealed part; pooled line before → after (28 → 29 reports, 1352 → 1384
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .971 → .972,
// precision .974 → .975, level right .993 → .993, parts 92/92 → 94/94, false top-level nodes 0 → 0 (the report alone at the
// start commit 0c4e23c4: found 32/32, precision 1, level right 32/32, parts 2/2); no floor moves.
// session 35 (seal36d): 河北省-2005 joined the sealed part; pooled line before → after (30 → 31 reports, 1426 → 1435
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .973 → .973,
// precision .975 → .976, level right .994 → .994, parts 98/98 → 100/100, false top-level nodes 0 → 0 (the report alone at
// the start commit 30821dbb: found 9/9, precision 1, level right 9/9, parts 2/2); no floor moves.
// session 35 (seal36c): 保定市-2010 joined the sealed part; pooled line before → after (30 → 31 reports, 1426 → 1440
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .973 → .973,
// precision .975 → .976, level right .994 → .994, parts 98/98 → 101/101, false top-level nodes 0 → 0 (the report alone at
// the start commit 30821dbb: found 14/14, precision 1, level right 14/14, parts 3/3); no floor moves.
// session 35 (outline36): national 1995's line 115 (“结合产业结构调整，发展企业集团。…”, an indented first sentence of two clauses
// right before a bold lead, after body paragraphs) is no lead (leadReader.ts unboldedAmongProse): dev .99574/.99332/.99878/1 →
// .99574/.99392/.99878/0, sealed unchanged (.97115/.97404/.99315/0); the dev falseTop floor back to 0.
// session 36 (seal37a): 易县-2020 joined the sealed part; pooled line before → after (32 → 33 reports, 1449 → 1494
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .97308 →
// .97390, precision .97578 → .97651, level right .99362 → .99381, parts 103/103 → 107/107, false top-level nodes 0 → 0 (the
// report alone at the start commit 750e5b2e: found 45/45, precision 1, level right 45/45, parts 4/4); no floor moves.
// session 36 (seal37b): 顺平县-2024 joined the sealed part; pooled line before → after (33 → 34 reports, 1494 → 1547
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it; the whole text is line
// 0, its breaks written out as \r\n escapes): found .97390 → .97479, precision .97651 → .97732, level right .99381 →
// .99403, parts 107/107 → 110/110, false top-level nodes 0 → 0 (the report alone at the start commit 901e068b: found
// 53/53, precision 1, level right 53/53, parts 3/3). comparableNodes (test/support/expectedOutline.ts) now reads a node as
// opening its paragraph from the escape before it, not the line's start: without that the report scored 0/53 and 0/3
// parts whatever the outline (no other report has escaped breaks: dev and the 33 others unchanged); no floor moves.
// session 37 (seal38): 涞源县-2022 joined the sealed part; pooled line before → after (34 → 35 reports, 1547 → 1569
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .97479 →
// .97514, precision .97732 → .97764, level right .99403 → .99412, parts 110/110 → 113/113, false top-level nodes 0 → 0
// (the report alone at the start commit 0b71471a: found 22/22, precision 1, level right 22/22, parts 3/3); no floor moves.
// session 38 (seal40): 满城区-2023 joined the sealed part; pooled line before → after (35 → 36 reports, 1569 → 1613
// headings; expected outline written by reading and frozen, md5 recorded, before any tool ran on it): found .97578 →
// .97644, precision .97765 → .97826, level right .99412 → .99429, parts 113/113 → 116/116, false top-level nodes 0 → 0
// (the report alone at the start commit 0c712f71: found 44/44, precision 1, level right 44/44, parts 3/3); no floor moves.
const FLOORS: { dev: Floor; sealed: Floor } = {
  dev: { found: 0.995, precision: 0.993, levelRight: 0.995, falseTop: 0, parts: 0.98 },
  sealed: { found: 0.968, precision: 0.954, levelRight: 0.98, falseTop: 0, parts: 0.97 },
};
/** Scored pooled only, never tuned on: see test/fixtures/expected/split.json. */
const SEALED = sealedOutlineReports();

describe('outline of every corpus report matches the expectations written by reading it', () => {
  it('has an expectation file for every corpus report but those named as left without one', () => {
    expect(utf8Files.length).toBeGreaterThanOrEqual(41);
    for (const f of WITHOUT_OUTLINE_EXPECTATION) expect(corpusFiles(), f).toContain(f);
    for (const f of utf8Files) expect(() => readExpected(f), f).not.toThrow();
  });

  const deep: Array<{ file: string; s: OutlineScore }> = [];
  for (const file of utf8Files) {
    const depth = ((): number => {
      try {
        return expectedDepth(file);
      } catch {
        return 2;
      }
    })();
    const text = (): string => readFileSync(join(CORPUS, file), 'utf8');
    if (depth <= 2) {
      it(`${file}: every part and section, with level, kind, marker and title`, () => {
        const t = text();
        const actual = comparableNodes(analyzeReport(t).outline, t.split('\n')).map(show);
        expect(actual).toEqual(readExpected(file).map(show));
      });
      continue;
    }
    it(`${file}: parts are found at level 1 (all headings are scored, pooled, below)`, () => {
      const t = text();
      const s = scoreOutline(comparableNodes(analyzeReport(t).outline, t.split('\n'), depth), readExpected(file));
      deep.push({ file, s });
      const parts = readExpected(file).filter((e) => e.level === 1).length;
      const partsWrong = s.missed.filter((m) => m.level === 1).length + s.wrongLevel.filter((w) => w.expected.level === 1).length;
      // Every part found at level 1 (list items “四、…” inside a section are no longer read as parts). A sealed
      // report's failure names no heading.
      const which = SEALED.has(file) ? '(sealed)' : s.missed.filter((m) => m.level === 1).map((m) => `L${m.line} ${m.title}`).join(' | ');
      expect(partsWrong, `parts missed or misplaced: ${which}`).toBe(0);
      expect(parts).toBeGreaterThan(0);
    });
  }

  const pool = (set: ReadonlyArray<{ file: string; s: OutlineScore }>): Pooled => {
    const sum = (f: (s: OutlineScore) => number): number => set.reduce((a, d) => a + f(d.s), 0);
    const expected = sum((s) => s.expected);
    const partsExpected = set.reduce((a, d) => a + readExpected(d.file).filter((e) => e.level === 1).length, 0);
    const partsMissed = set.flatMap((d) => d.s.missed.filter((m) => m.level === 1)).length;
    return {
      reports: set.length,
      headings: expected,
      found: sum((s) => s.found) / Math.max(1, expected),
      levelRight: sum((s) => s.levelRight) / Math.max(1, sum((s) => s.found)),
      falseTop: sum((s) => s.falseTop.length),
      precision: sum((s) => s.found) / Math.max(1, sum((s) => s.found + s.extra.length)),
      parts: partsExpected - partsMissed,
      partsExpected,
    };
  };
  const line = (name: string, p: Pooled): string =>
    `outline ${name} (${p.reports} reports, ${p.headings} headings): found ${p.found.toFixed(3)}  precision ${p.precision.toFixed(3)}  level right ${p.levelRight.toFixed(3)}  false top-level nodes ${p.falseTop}  parts found ${p.parts}/${p.partsExpected}`;
  const holds = (p: Pooled, floor: Floor): void => {
    expect(p.found).toBeGreaterThanOrEqual(floor.found);
    expect(p.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(p.levelRight).toBeGreaterThanOrEqual(floor.levelRight);
    expect(p.falseTop).toBeLessThanOrEqual(floor.falseTop);
    expect(p.parts / p.partsExpected).toBeGreaterThanOrEqual(floor.parts);
  };

  it('depth-3 expectations, pooled: headings found, level right, no false top-level nodes (dev and sealed)', () => {
    const dev = deep.filter((d) => !SEALED.has(d.file));
    const held = deep.filter((d) => SEALED.has(d.file));
    const report = dev.map((d) => `${d.file.padEnd(28)} found ${d.s.found}/${d.s.expected}  level right ${d.s.levelRight}/${d.s.found}  false top-level ${d.s.falseTop.length}`);
    // OUTLINE_FAILURES=1 lists what each dev report misses; the sealed reports' failures are never shown.
    if (process.env.OUTLINE_FAILURES) for (const d of dev) report.push(...failures(d.file, d.s));
    report.push(line('dev', pool(dev)), line('sealed', pool(held)));
    console.log(report.join('\n'));
    expect(deep.length).toBeGreaterThanOrEqual(30);
    expect(held.length).toBe(SEALED.size);
    holds(pool(dev), FLOORS.dev);
    holds(pool(held), FLOORS.sealed);
  });
});

interface Pooled {
  reports: number;
  headings: number;
  found: number;
  levelRight: number;
  falseTop: number;
  precision: number;
  parts: number;
  partsExpected: number;
}

function failures(file: string, s: OutlineScore): string[] {
  const at = (n: { line: number; level: number; marker: string; title: string }): string => `L${n.line} [${n.level}] ${n.marker}${n.title}`;
  return [
    ...s.missed.map((m) => `  ${file} missed ${at(m)}`),
    ...s.extra.filter((x) => x.level > 2).map((x) => `  ${file} extra ${at(x)}`),
    ...s.wrongLevel.map((w) => `  ${file} level ${w.got.level} for ${at(w.expected)}`),
    ...s.falseTop.map((f) => `  ${file} false ${at(f)}`),
  ];
}

function show(n: { line: number; level: number; kind: string; marker: string; title: string }): string {
  return `${n.line}\t${n.level}\t${n.kind}\t${normTitle(n.marker)}\t${normTitle(n.title)}`;
}
