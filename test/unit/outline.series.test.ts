import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { isLeadSentence } from '../../src/core/outline/leads';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/** Leads of a section's series that are longer than a lead standing alone may be, read on corpus text. */

const nodeAt = (file: string, start: string): OutlineNode | undefined => nodeAtLine(readCorpus(file), start);

describe('“特别是” and “尤其是” do not argue', () => {
  it('reads a lead whose second clause singles out a part (…，特别是…) as a title beside its series (2005 （二）)', () => {
    // Between “加快社会保障体系建设。” and “推进收入分配制度改革。”, each a lead of （二）.
    expect(nodeAt('national/2005.txt', '继续增加城乡居民收入，特别是中低收入者收入。')).toMatchObject({ kind: 'lead', level: 3, title: '继续增加城乡居民收入，特别是中低收入者收入' });
  });

  it('still takes a copula for an argument beside leads', () => {
    const body = '要坚持教育优先发展，全面推进素质教育，加快教育结构调整，提高教育质量和效益。';
    expect(isLeadSentence(`继续增加城乡居民收入，特别是中低收入者收入。${body}`, true)).toBeGreaterThan(0);
    expect(isLeadSentence(`继续增加城乡居民收入，尤其是中低收入者收入。${body}`, true)).toBeGreaterThan(0);
    expect(isLeadSentence(`发展教育事业是社会主义现代化建设的根本大计。${body}`, true)).toBe(-1);
  });
});

describe('a long block in a section whose leads stand around it', () => {
  it('takes the longer first sentence of a long paragraph for a lead when a lead of its section follows (1980 第一，)', () => {
    // Two prose paragraphs (由于…, 在重工业方面，…) stand between it and “积累和消费的比例关系有所改善。”.
    expect(nodeAt('national/1980.txt', '农业、轻工业的发展加快了')).toMatchObject({ kind: 'lead', level: 3, title: '农业、轻工业的发展加快了，农轻重的比例关系有所改善' });
    expect(nodeAt('national/1980.txt', '积累和消费的比例关系有所改善。')).toMatchObject({ kind: 'lead', level: 3 });
    // The paragraphs between are prose.
    expect(nodeAt('national/1980.txt', '由于采取了在原料')).toBeUndefined();
  });

  it('leaves the short pieces a page splits a paragraph into to their lead (2009 （六）)', () => {
    expect(nodeAt('national/2009.txt', '加强社会管理，维护社会和谐安定。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAt('national/2009.txt', '健全社会矛盾纠纷调处化解机制')).toBeUndefined();
    expect(nodeAt('national/2009.txt', '深入开展平安创建活动')).toBeUndefined();
  });

  it('leaves a lone programmatic opener with no lead of its section around it as prose (2018 （九）)', () => {
    expect(nodeAt('national/2018.txt', '贯彻落实党中央全面从严治党部署')).toBeUndefined();
  });
});

describe('a lead after a zero-width line that stands where a paragraph break was', () => {
  const n2017 = (): string => readCorpus('national/2017.txt');

  it('is the sibling of the lead whose paragraph the page ran it into (2017 （五）: “…现代农业发展。” / U+200B / “深化农村改革。”)', () => {
    const text = n2017();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('深化农村改革。'));
    // The page joins it to the lead paragraph above: a zero-width line right after that paragraph's last sentence.
    expect(lines[at - 1]).toBe('\u200b');
    expect(lines[at - 2]?.endsWith('。')).toBe(true);
    const lead = nodeAtLine(text, '深化农村改革。');
    expect(lead).toMatchObject({ kind: 'lead', level: 3, title: '深化农村改革' });
    expect(lead?.selectionRange.start).toEqual({ line: at, character: 0 });
    // The lead it was run into keeps its own title and line, and both are leads of （五）.
    expect(nodeAtLine(text, '加强现代农业建设。')).toMatchObject({ kind: 'lead', level: 3, title: '加强现代农业建设' });
    expect(nodeAtLine(text, '加强农村公共设施建设。')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('leaves a list of measures after such a line to the paragraph it goes on (2017 （六）: “支持市场采购贸易、外贸综合服务企业发展。”)', () => {
    const text = n2017();
    expect(nodeAtLine(text, '促进外贸继续回稳向好。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAtLine(text, '支持市场采购贸易、外贸综合服务企业发展。')).toBeUndefined();
  });
});
