/**
 * Names said with a different scope, head or form each time (src/core/references/qualified.ts, nameStart.ts,
 * entities.ts): rules written from reports outside the labelled set and checked on the corpus's real text.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const names = (path: string): Reference[] => analyzeReport(readCorpus(path)).references.filter((r) => r.kind === 'entity' || r.kind === 'short');
const linksTo = (refs: readonly Reference[], end: string): string[] =>
  refs.filter((r) => r.from.text.endsWith(end)).map((r) => `L${r.from.range.start.line} ${r.from.text} → L${r.to.range.start.line} ${r.to.text}`);

describe('one long name said each time with another scope before it', () => {
  it('is the long end both readings share (安徽 2026: 合肥都市圈入选国家|要素… … 合肥都市圈|要素…; 湖南 2026: 长株潭全域纳入国家|要素… … 长株潭|要素…)', () => {
    expect(linksTo(names('local/安徽省-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L74 要素市场化配置综合改革试点 → L22 要素市场化配置综合改革试点']);
    expect(linksTo(names('local/湖南省-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L75 要素市场化配置综合改革试点 → L22 要素市场化配置综合改革试点']);
  });

  it('links a scoped reading said after the plain one to it (广东 2026: 要素… … 大湾区内地九市要素…)', () => {
    expect(linksTo(names('local/guangdong-2026.txt'), '要素市场化配置综合改革试点')).toEqual(['L97 大湾区内地九市要素市场化配置综合改革试点 → L28 要素市场化配置综合改革试点']);
  });

  it('not for a shared end made of ordinary words (国家级先进制造业集群 is a kind of thing)', () => {
    expect(names('local/江苏省-2026.txt').some((r) => r.from.text === '国家级先进制造业集群')).toBe(false);
  });
});
