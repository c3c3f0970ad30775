/**
 * A run-in heading with its body on one line, broken mid-sentence (paragraphs.ts brokenRunIn): src32 河北省-2018 (outside
 * ../shared/corpus) breaks its (二) and (三) paragraphs before a linked word — 乳制品产量保持 / 全国第一, 其中 / 国家科技进步 /
 * 一等奖2项 — and dev hebei-2021 the same way (全国第一 after its (五) paragraph); the rank and the awards were read without
 * their subject. A heading alone on its line still starts no paragraph with its body.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs } from '../../src/core/text/paragraphs';
import { namesOf } from '../support/names';

const LONG_BODY = '（三）创新驱动发展成效显著。坚持把创新作为引领高质量发展的第一动力，深入实施科技创新三年行动计划，落实支持科技创新若干措施，'
  + '加快构建区域创新体系，预计全省研发经费支出占生产总值比重达到1.43%。15项科研成果获2018年度国家科学技术奖，其中';

/** The lines each paragraph is made of (its text is normalised: （三） → (三), ， → ,). */
function paragraphs(lines: readonly string[]): number[][] {
  return buildParagraphs(buildDocument(lines.join('\n'))).map((p) => p.segments.map((s) => s.line));
}

describe('a long run-in heading line without an end mark goes on over the break', () => {
  it('joins （三）…其中 / 国家科技进步 / 一等奖2项… (src32 河北省-2018 lines 25-27)', () => {
    const lines = [LONG_BODY, '国家科技进步', '一等奖2项、二等奖9项，国家自然科学二等奖1项，国家技术发明二等奖3项。'];
    expect(paragraphs(lines)).toEqual([[0, 1, 2]]);
  });

  it('names the awards with their subject', () => {
    const text = [LONG_BODY, '国家科技进步', '一等奖2项、二等奖9项。'].join('\n');
    expect(namesOf(text, ['2项'])).toEqual(['国家科技进步一等奖']);
  });

  it('keeps a short heading apart from the body on the next line', () => {
    const lines = ['（三）创新驱动发展成效显著', '坚持把创新作为引领高质量发展的第一动力，深入实施科技创新三年行动计划。'];
    expect(paragraphs(lines)).toEqual([[0], [1]]);
  });

  it('keeps a long heading line that ends its sentence apart from the next', () => {
    const lines = [`${LONG_BODY.slice(0, -3)}。`, '全国第一的产业集群加快形成。'];
    expect(paragraphs(lines)).toEqual([[0], [1]]);
  });
});
