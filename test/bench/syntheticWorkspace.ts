/**
 * A synthetic workspace of many reports for the indexing benchmark: copies of the corpus reports whose title block
 * names another place and another year, written to a temporary folder (some in subfolders, as real collections are).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceReport {
  readonly text: string;
  /** The place its title block names (meta.place), if any. */
  readonly place: string | null;
}

/** How far into a report its title block can reach: up to the salutation, at most this many lines. */
const TITLE_BLOCK_MAX_LINES = 120;
const YEAR_IN_TITLE = /(?:19|20)\d{2}(?=\s*年)/gu;

/**
 * The report with its title block (the lines before 各位代表, at most 120) rewritten: every year becomes `year`, and
 * every mention of `from` (the original place) becomes `to`. A national report (全国, named through 全国人民代表大会)
 * or one whose title block names neither gets a title block naming `to` and `year` in front. The body is untouched.
 */
export function varyTitleBlock(text: string, year: number, from: string | null, to: string): string {
  const lines = text.split('\n');
  const salutation = lines.findIndex((line) => line.includes('各位代表'));
  const end = salutation >= 0 && salutation < TITLE_BLOCK_MAX_LINES ? salutation : Math.min(lines.length, TITLE_BLOCK_MAX_LINES);
  let changed = false;
  for (let i = 0; i < end; i++) {
    let line = lines[i]!.replace(YEAR_IN_TITLE, String(year));
    if (from && from !== '全国') line = line.split(from).join(to);
    changed ||= line !== lines[i];
    lines[i] = line;
  }
  const head = changed && from !== null && from !== '全国' ? [] : ['政府工作报告', `——${year}年1月20日在${to}第一届人民代表大会第一次会议上`, ''];
  return [...head, ...lines].join('\n');
}

const PLACE_NAMES = ['青松市', '白河市', '东湖区', '南山县', '北原市', '西岭县', '长川市', '明水区', '清源县', '金沙市'];
const PLACE_INFIXES = '甲乙丙丁戊己庚辛壬癸';

/** The k-th synthetic place: 100 of them (青松甲市, 白河甲市 … 金沙癸市). */
export function syntheticPlace(k: number): string {
  const base = PLACE_NAMES[k % PLACE_NAMES.length]!;
  return `${base.slice(0, -1)}${PLACE_INFIXES[Math.floor(k / PLACE_NAMES.length) % PLACE_INFIXES.length]!}${base.slice(-1)}`;
}

/**
 * Writes `count` reports below `dir`: copy k of source (k mod n) with a place and a year of its own, in folders of
 * 100 (dir/batch-00/…), named “place-year-k.txt” so that a report without a title block still gets its year from its name.
 */
export function writeSyntheticWorkspace(dir: string, sources: readonly SourceReport[], count: number): { files: number; bytes: number } {
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const source = sources[k % sources.length]!;
    const place = syntheticPlace(k);
    const year = 2000 + (Math.floor(k / 100) % 26);
    const folder = join(dir, `batch-${String(Math.floor(k / 100)).padStart(2, '0')}`);
    if (k % 100 === 0) mkdirSync(folder, { recursive: true });
    const text = varyTitleBlock(source.text, year, source.place, place);
    const file = join(folder, `${place}-${year}-${String(k).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
