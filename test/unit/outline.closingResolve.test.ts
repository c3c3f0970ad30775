import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * The last paragraph of a section that goes on, after its first sentence, with the speaker's resolve (我们要/我们将…)
 * closes the section: its first sentence is a maxim or a call that sums up, no topic (leadReader.ts closesWithResolve).
 * Outside the corpus: 湖南 2025 （三） “创新制胜未来。我们要始终坚持高水平科技自立自强，…” (trial21); unseen 福建 2025 part
 * 二 “在中国式现代化建设中奋勇争先需要各方齐心协力、共同努力。我们将积极支持工会、…”. Chosen because the paragraph holds
 * no figure another component reads.
 */
describe('a section closed by a maxim and the speaker’s resolve', () => {
  it('shows no lead for the closing maxim (dev national 2016 （八）: “上下同欲者胜。我们要充分发挥…” before 各位代表！)', () => {
    const text = readCorpus('national/2016.txt');
    expect(nodeAtLine(text, '上下同欲者胜。')).toBeUndefined();
  });

  it('keeps the leads before it, whose bodies say what is done (2016 （八）: 坚持勤勉履职…)', () => {
    const text = readCorpus('national/2016.txt');
    expect(nodeAtLine(text, '坚持勤勉履职，提高执行力和公信力。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAtLine(text, '坚持廉洁履职，深入推进反腐倡廉。')).toMatchObject({ kind: 'lead', level: 3 });
  });
});
