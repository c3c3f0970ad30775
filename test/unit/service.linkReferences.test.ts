/**
 * Find All References on a link whose words name nothing said elsewhere: a forward pointer to the sections that follow
 * it. Session 38's trial (editor39) pressed F12 on 突出抓好十方面工作 in src32 保定市-2024 (outside ../shared/corpus) and
 * landed on （一）, then Find All References on the same words said “No results”. The text below is that report's
 * lines 13–15, their openings as the file writes them.
 */
import { describe, expect, it } from 'vitest';
import { never, testService, textDocument, uriOf } from '../support/inMemoryWorkspace';

const TEXT = [
  '具体工作中，坚持“稳中求进、以进促稳、先立后破”，突出抓好十方面工作：',
  '（一）聚力灾后恢复重建，提升防灾减灾救灾能力。推动各项任务落地落实，确保大涝大灾之后实现大建大治。加快项目建设。',
  '（二）聚力协同发展联动雄安，融入现代化首都都市圈。抓住协同发展十周年机遇，积极参与京津冀国土空间规划编制。',
].join('\n');

describe('Find All References on a forward pointer', () => {
  it('lists the pointer and the section it leads to, where Go to Definition goes', async () => {
    const service = testService({});
    const self = uriOf('保定市-2024.txt');
    const doc = textDocument(self, TEXT);
    const at = { line: 0, character: TEXT.indexOf('十方面') };
    const definitions = await service.getDefinition(doc, at, never);
    expect(definitions).toHaveLength(1);
    expect(definitions[0]!.target.range.start.line).toBe(1);
    const refs = await service.getReferences(doc, at, { includeDeclaration: true }, never);
    expect(refs.map((r) => [r.range.start.line, r.range.start.character])).toEqual([
      [0, definitions[0]!.origin.start.character],
      [1, 0],
    ]);
    // Without the declaration (the peek's “references only”), the pointer alone.
    const only = await service.getReferences(doc, at, { includeDeclaration: false }, never);
    expect(only.map((r) => r.range.start.line)).toEqual([0]);
  });

  it('still finds nothing on words that are no link', async () => {
    const service = testService({});
    const doc = textDocument(uriOf('保定市-2024.txt'), TEXT);
    const refs = await service.getReferences(doc, { line: 1, character: TEXT.split('\n')[1]!.indexOf('推动各项') }, { includeDeclaration: true }, never);
    expect(refs).toEqual([]);
  });
});
