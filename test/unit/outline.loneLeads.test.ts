import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titlesAnAction } from '../../src/core/outline/loneLeads';
import { CORPUS } from '../support/expectedOutline';
import { nodeAtLine as at } from '../support/outlineNodes';

const national = (year: number): string => readFileSync(join(CORPUS, `national/${year}.txt`), 'utf8');

/**
 * A lead read from a paragraph's first sentence, alone in its section, must name an action: alone, a sentence opening
 * with its subject is the paragraph's statement or reported outcome. Outside the corpus the same class stood in national
 * 2004 (“国有企业股份制改革继续推进。”), 河北 2000 (“省政府机构改革准备工作基本就绪。”, “普法教育、执法检查成效明显。”),
 * 内蒙古 2025 (“区属国有企业要扭亏为盈、提质增效，…”) and the 14th–17th CPC congress reports (“和谐社会要靠全社会共同建设。”).
 */
describe('a lone lead-like first sentence that states or reports is no lead', () => {
  it('dev 2011 （七）: “文化对民族和国家的影响更深刻、更久远。”, the one lead-like sentence of its section, is prose', () => {
    const text = national(2011);
    expect(at(text, '（七）大力发展文化建设')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(text, '文化对民族和国家的影响更深刻、更久远')).toBeUndefined();
  });

  it('keeps a lone lead that names an action, with an adverb before the verb too (dev 2008, 2015, 2018)', () => {
    expect(at(national(2008), '合理安排财政超收收入')).toMatchObject({ kind: 'lead', level: 3, title: '合理安排财政超收收入' });
    expect(at(national(2015), '有效实施积极的财政政策和稳健的货币政策')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(national(2018), '坚持实施积极的财政政策和稳健的货币政策')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('reads a title as an action by its opening verb, adverb and verb, or frame, and a subject first as none', () => {
    for (const t of ['加强产品质量安全工作', '合理安排财政超收收入', '高度重视法制建设', '把项目建设作为投资的关键，集中力量抓好重大项目建设', '以高水平开放汇聚资源、拓展空间', '在统筹城乡区域发展中推动共同富裕']) {
      expect(titlesAnAction(t), t).toBe(true);
    }
    for (const t of ['文化对民族和国家的影响更深刻、更久远', '国有企业股份制改革继续推进', '和谐社会要靠全社会共同建设', '在新的历史时期，对共产党员的模范作用应该有新的要求']) {
      expect(titlesAnAction(t), t).toBe(false);
    }
  });
});
