import { describe, expect, it } from 'vitest';
import { headShape } from '../../src/core/outline/leadSeries';
import { readCorpus } from '../support/corpus';
import { nodeAtLine } from '../support/outlineNodes';

// Parallel titles of clauses sharing their head (2015 part 六: “坚持依宪施政，依法行政，…。” ×4) run longer in older prose:
// the 15th CPC congress report (1997, unseen, session 24) part 十 opens three paragraphs with “加强党的思想建设，根本的是…，
// 充分发挥党的思想政治优势。” / “加强党的组织建设，…” / “加强党的作风建设，…” (37–43 characters), past the 40 a head title had.
const line = (file: string, start: string): string => readCorpus(file).split('\n').find((l) => l.startsWith(start)) as string;

describe('a title of clauses sharing its head runs to 48 characters', () => {
  it('reads the shape of a 43-character title of two clauses (dev 2017 part 一)', () => {
    const text = line('national/2017.txt', '深入实施“一带一路”建设、京津冀协同发展');
    expect(text.indexOf('。')).toBe(43);
    expect(headShape(text)?.split('|')[0]).toBe('深入1');
  });

  it('keeps the dev series of head titles (2015 part 六) and reads no title past 48', () => {
    expect(nodeAtLine(readCorpus('national/2015.txt'), '坚持依宪施政，依法行政')).toMatchObject({ kind: 'lead', level: 2, title: '坚持依宪施政，依法行政，把政府工作全面纳入法治轨道' });
    const long = line('national/2015.txt', '新的一年是全面深化改革的关键之年');
    expect(long.indexOf('。')).toBe(45);
    expect(headShape(`${long.slice(0, 45)}，也是各项工作的落实之年${long.slice(45)}`)).toBeNull();
  });
});
