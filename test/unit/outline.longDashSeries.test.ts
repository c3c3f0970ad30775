import { describe, expect, it } from 'vitest';
import { dashLead } from '../../src/core/outline/leads';
import { readCorpus } from '../support/corpus';
import { nodeAtLine } from '../support/outlineNodes';

// A series of dash paragraphs whose first sentences are long: 广东 2025 part 一 “——面对外部压力加大、内部困难增多的复杂严峻
// 形势，我们迎难而上、顶压前行，…，全力推动经济运行总体平稳、稳中有进。” ×4, and the 15th CPC congress report (1997) part 四
// “———建设有中国特色社会主义的经济，就是在社会主义条件下发展市场经济，不断解放和发展生产力。” ×3 (both unseen, session 24):
// each first sentence titles its paragraph as a short ——X。 does, but ran past the 40 characters a dash title had, so the
// series was lost. Assertions on dev text: national 2017 （六）'s first paragraph opens with a 62-character sentence.
const NATIONAL_2017 = readCorpus('national/2017.txt').split('\n');
const at = (start: string): number => NATIONAL_2017.findIndex((l) => l.startsWith(start));
const OPENING = at('面对国际环境新变化和国内发展新要求');
const SENTENCE = (NATIONAL_2017[OPENING] as string).slice(0, (NATIONAL_2017[OPENING] as string).indexOf('。'));

describe('a dash paragraph beside another runs its title to its first 。', () => {
  it('reads the whole first sentence as the title in a series, not alone, and not an item ended by ；', () => {
    expect(SENTENCE.length).toBeGreaterThan(40);
    const text = `——${NATIONAL_2017[OPENING]}`;
    expect(dashLead(text)).toBeNull();
    expect(dashLead(text, true)).toEqual({ start: 2, end: 2 + SENTENCE.length });
    expect(dashLead(`——${SENTENCE}；${SENTENCE}。`, true)).toBeNull();
  });

  it('titles the paragraph with that sentence when the next paragraph opens with a dash too (national 2017 （六）, dashed)', () => {
    const section = at('（六）积极主动扩大对外开放。');
    const next = at('扎实推进“一带一路”建设。');
    const lines = NATIONAL_2017.slice(0, next + 1).map((l, i) => (i === OPENING || i === next ? `——${l}` : l));
    const text = [...lines, ...NATIONAL_2017.slice(next + 1)].join('\n');
    expect(section).toBeGreaterThan(0);
    expect(nodeAtLine(text, '——面对国际环境新变化')).toMatchObject({ kind: 'lead', level: 3, marker: '——', title: SENTENCE });
    // Alone (the next paragraph not dashed), the long sentence is no title.
    const alone = NATIONAL_2017.map((l, i) => (i === OPENING ? `——${l}` : l)).join('\n');
    expect(nodeAtLine(alone, '——面对国际环境新变化')).toBeUndefined();
  });
});
