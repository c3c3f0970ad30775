import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

/**
 * A small report of real sentences, one a paragraph, under one part: the links of its named things (entity and short
 * names), as the tests of entities.ts and its helpers read them.
 */
export function entityLinksOf(...paragraphs: string[]): Reference[] {
  return analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).references.filter((r) => r.kind === 'entity' || r.kind === 'short');
}

/** Each link as “from → to”. */
export function linksSaid(refs: readonly Reference[]): string[] {
  return refs.map((r) => `${r.from.text} → ${r.to.text}`);
}
