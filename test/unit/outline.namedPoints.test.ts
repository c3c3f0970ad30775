import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../support/expectedOutline';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * A 一是 point written as a name on a line of its own (no 。) can head a run of led paragraphs as a named （一） does:
 * 甘肃 2025 part 三 (outside the corpus) has eight, “一是聚焦全方位扩大内需，着力提消费促投资” over “大力提振消费需求。…” and
 * “加力扩大有效投资。…”. No corpus report writes its tasks so, so the assertions are on dev 安徽 2026 part 三, whose
 * （一）…（十一） are names alone on their lines over led paragraphs, with the （N） markers written N是 as 甘肃 writes them.
 */
const ANHUI = readFileSync(join(CORPUS, 'local/安徽省-2026.txt'), 'utf8');
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
const PART_THREE = ANHUI.split('\n').findIndex((l) => l.startsWith('三、'));
/** 安徽 2026 with part 三's section markers （N） written N是. */
const AS_POINTS = ANHUI.split('\n')
  .map((l, i) => (i > PART_THREE ? l.replace(/^（([一二三四五六七八九十]{1,2})）(?=[^。]*$)/, (_m, n: string) => `${n}是`) : l))
  .join('\n');
const FIRST_LEADS = ['加大稳经济政策实施力度', '建强战略科技力量', '实施传统产业焕新行动', '激发各类经营主体活力'];

describe('a 一是 point that is a name alone on its line', () => {
  it('is read on 安徽 2026 part 三 as its （N） sections are: the first led paragraph under each is a lead', () => {
    expect(AS_POINTS).toContain('\n一是加力扩内需稳增长\n');
    for (const title of FIRST_LEADS) {
      for (const text of [ANHUI, AS_POINTS]) {
        const node = nodeAtLine(text, title);
        expect(node?.kind, title).toBe('lead');
        expect(node?.title).toBe(title);
        expect(node?.level).toBe(3);
      }
    }
    const points = outlineNodes(AS_POINTS).filter((n) => n.kind === 'point' && n.level === 2);
    expect(points.map((n) => n.marker)).toEqual(NUMERALS.map((n) => `${n}是`));
  });

  it('titles its one paragraph when it has no run of leads below it: that paragraph opens with no lead of its own', () => {
    // Each point over its first paragraph only, as a bold point line over its body (national 2000, 高阳 2023's 人大 report).
    const lines = AS_POINTS.split('\n');
    const excerpt = [...lines.slice(0, PART_THREE + 1)];
    for (const n of ['一', '二', '三']) {
      const at = lines.findIndex((l, i) => i > PART_THREE && l.startsWith(`${n}是`));
      excerpt.push(lines[at] as string, lines[at + 1] as string);
    }
    for (const title of FIRST_LEADS.slice(0, 3)) expect(nodeAtLine(excerpt.join('\n'), title), title).toBeUndefined();
  });
});
