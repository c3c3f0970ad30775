import { describe, expect, it } from 'vitest';
import { sharedOpeningEnd, sharedOpeningOf } from '../../src/core/outline/openingSeries';
import type { Paragraph } from '../../src/core/text/paragraphs';
import { readCorpus } from '../support/corpus';
import { nodeAtLine } from '../support/outlineNodes';

// Paragraphs in a row opening with the same words, each first sentence a long title, are a series of leads. Unseen
// witnesses (session 24): the 16th CPC congress report's “我们主张顺应历史潮流，维护全人类的共同利益。” ×4, the 17th's
// “深入贯彻落实科学发展观，要求我们始终坚持“一个中心、两个基本点”的基本路线。” ×4 (26–37 characters, with 要求我们 inside,
// which the head-title rules refuse), the 18th's “我们要始终坚持一个中国原则。” ×3; all were missed.
const paragraphsOf = (texts: readonly string[]): Paragraph[] => texts.map((text, index) => ({ index, text }) as Paragraph);
const linesFrom = (file: string, starts: readonly string[]): string[] =>
  starts.map((s) => readCorpus(file).split('\n').map((l) => l.replace(/^[\s\u3000]+/, '')).find((l) => l.startsWith(s)) as string);

describe('a series of paragraphs opening alike titles each by its first sentence', () => {
  it('reads three paragraphs in a row opening alike as a series (dev 福建 2026 （四）)', () => {
    const texts = linesFrom('local/福建省-2026.txt', ['加快打造社会融合示范样板', '加快打造经济融合示范样板', '加快打造情感融合示范样板']);
    const ps = paragraphsOf(texts);
    expect(new Set(texts.map(sharedOpeningOf)).size).toBe(1);
    expect(sharedOpeningEnd(ps, 0, ps.length, null)).toBe(texts[0]?.indexOf('。'));
    // The last one continues the series it follows; alone it opens none.
    expect(sharedOpeningEnd(ps, 2, ps.length, sharedOpeningOf(texts[1] as string))).toBe(texts[2]?.indexOf('。'));
    expect(sharedOpeningEnd(ps, 2, ps.length, null)).toBe(-1);
  });

  it('leaves two paragraphs opening alike as prose (dev 2015: “我们将坚定不移地贯彻…” / “我们将坚持对台工作大政方针，…”)', () => {
    const file = 'national/2015.txt';
    const texts = linesFrom(file, ['我们将坚定不移地贯彻', '我们将坚持对台工作大政方针', '各位代表！']);
    expect(sharedOpeningOf(texts[0] as string)).toBe(sharedOpeningOf(texts[1] as string));
    expect(sharedOpeningEnd(paragraphsOf(texts), 0, 3, null)).toBe(-1);
    expect(nodeAtLine(readCorpus(file), '我们将坚持对台工作大政方针')).toBeUndefined();
  });

  it('takes a one-sentence paragraph for a statement that breaks the run (dev 1988: “我们支持…。” ×3, the middle one alone)', () => {
    const file = 'national/1988.txt';
    const texts = linesFrom(file, ['我们支持阿拉伯国家', '我们支持南非人民', '我们支持中美洲各国']);
    expect(sharedOpeningOf(texts[0] as string)).toBe('opening:我们支');
    expect(sharedOpeningOf(texts[1] as string)).toBeNull();
    expect(sharedOpeningEnd(paragraphsOf(texts), 0, 3, null)).toBe(-1);
    for (const start of ['我们支持阿拉伯国家', '我们支持南非人民', '我们支持中美洲各国']) expect(nodeAtLine(readCorpus(file), start)).toBeUndefined();
  });

  it('takes no judgment or definition for a title (1979 as seen by outline19: “我们讲改革，就是要…” ×3)', () => {
    // Unseen 17th congress part 二: “我们要永远铭记，改革开放伟大事业，是以邓小平同志为核心的…开创的。” ×3 is narrative too.
    expect(sharedOpeningOf('我们讲提高，就是要大大提高生产水平、技术水平和管理水平。这是一个长期的任务，要有计划有步骤地进行。')).toBeNull();
    expect(sharedOpeningOf('我们主张建立公正合理的国际政治经济新秩序。各国政治上应相互尊重，共同协商，而不应把自己的意志强加于人。')).toBe('opening:我们主');
  });
});
