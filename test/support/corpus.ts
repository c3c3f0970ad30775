import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './expectedOutline';

/** A corpus report as stored (UTF-8 files; the .gbk.txt twins are read by the decoder tests). */
export function readCorpus(path: string): string {
  return readFileSync(join(CORPUS, path), 'utf8');
}

export const SEED = '000_4ff7010d533e2b03.txt';
