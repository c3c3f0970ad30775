/**
 * A conjunction that opens a name is stripped whole: 以及 is one word, and the one-character 以 of the leading noise left
 * its 及 as the name's first character (lexicon/nameWords.json leadingWords). Line of a free outside text (src32
 * 清苑区 2008, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a name opened by 以及', () => {
  it('starts after the whole conjunction (清苑区 2008, outside)', () => {
    const line = '认真办理人大代表议案、建议和政协委员提案，按时办结率、答复函规范化率，以及人大代表、政协委员满意率均达100%。';
    expect(nameOf(line, '100%', lastYearReview(2008))).toBe('人大代表、政协委员满意率');
  });
});
