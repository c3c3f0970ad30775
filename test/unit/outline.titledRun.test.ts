import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * A section heading standing alone over paragraphs that each open with a longer lead of two clauses, none short enough
 * to be a lead sentence alone, so that no lead starts the series the others would follow (leadReader.ts opensTitledRun).
 * Unseen witness: 山西 2025 （三）, four such paragraphs (“统筹推进教育科技人才体制机制一体改革，提升整体创新效能。” …
 * “完善落实“1+N”政策措施，打造内陆地区对外开放新高地。”), all lost before. The sentences below were chosen because
 * their section's text is nothing but its leads; they carry no figures another component reads.
 */
describe('a run of longer leads opening a standalone section', () => {
  it('titles each paragraph of the run (dev national 1980 第二，: two leads “X在…方面，Y。”)', () => {
    const text = readCorpus('national/1980.txt');
    expect(nodeAtLine(text, '第二，在经济上开始采取了一些新的政策')).toMatchObject({ kind: 'section', level: 2 });
    expect(nodeAtLine(text, '农村在放宽政策、发挥优势方面')).toMatchObject({ kind: 'lead', level: 3, title: '农村在放宽政策、发挥优势方面，开辟了一些新的路子' });
    expect(nodeAtLine(text, '工业在组织联合、按需生产方面')).toMatchObject({ kind: 'lead', level: 3, title: '工业在组织联合、按需生产方面，有了良好的开端' });
  });

  it('needs two such paragraphs: the one paragraph under a point standing alone is titled by the point (dev 2022 三是)', () => {
    const text = readCorpus('national/2022.txt');
    expect(nodeAtLine(text, '三是深化改革扩大开放，持续改善营商环境')).toMatchObject({ kind: 'point', level: 2 });
    expect(nodeAtLine(text, '加强市场体系基础制度建设，推进要素市场化配置等改革。')).toBeUndefined();
  });
});
