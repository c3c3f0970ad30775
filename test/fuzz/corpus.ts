/** The UTF-8 corpus reports that the fuzzer mutates (the .gbk.txt twins are the decoder tests' business). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CORPUS_DIR = 'test/fixtures/corpus';

export interface CorpusReport {
  readonly name: string;
  readonly text: string;
}

export function readFuzzCorpus(root: string): CorpusReport[] {
  const dir = join(root, CORPUS_DIR);
  const out: CorpusReport[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt') && !entry.name.endsWith('.gbk.txt')) out.push({ name: relative(dir, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
