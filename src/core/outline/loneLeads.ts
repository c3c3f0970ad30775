import { isVerb } from '../lexicon/verbs';
import { opensWithAction } from './actionTitles';
import type { DraftNode } from './draft';

/**
 * Words that open the frame an action is taken in (以…为… / 把…作为… / 按照…): the action follows the frame. 在 is a
 * frame only before the action in the same clause (在统筹城乡区域发展中推动共同富裕); across a comma it places a statement
 * (在新的历史时期，对共产党员的模范作用应该有新的要求).
 */
const FRAME_OPENERS: ReadonlySet<string> = new Set(['以', '把', '按照', '根据', '围绕', '依照', '通过']);
/**
 * A subject and what it states or reports run to nine characters at least (国有企业股份制改革继续推进, 13); a shorter
 * title is the label of its topic (河北 2000 part 四: “商贸流通业。加快国有商贸企业改革…”, “金融业。…”).
 */
const MIN_STATEMENT = 9;

/**
 * A title that names an action: it opens with what is done (加强…, 调整…), with an adverb and the verb (合理安排…, 高度重视…)
 * or with the frame of an action. A title that opens with its subject states or reports (文化对民族和国家的影响更深刻、
 * 更久远 / 国有企业股份制改革继续推进). O(1).
 */
export function titlesAnAction(title: string): boolean {
  if (opensWithAction(title) || [2, 3].some((n) => isVerb(title.slice(0, n)) || isVerb(title.slice(2, 2 + n)))) return true;
  if (FRAME_OPENERS.has(title.slice(0, 1)) || FRAME_OPENERS.has(title.slice(0, 2))) return true;
  return title.startsWith('在') && !/[，,]/.test(title);
}

/**
 * A section or point under which the first sentence of one paragraph alone was read as a lead: a lead titles a topic of
 * its section beside others, so alone it must at least name an action (read on dev and outside text: every lone lead the
 * expected outlines list does — 合理安排财政超收收入, 有效实施积极的财政政策和稳健的货币政策, 把项目建设作为投资的关键，…).
 * A lone first sentence that opens with its subject is the paragraph's statement or reported outcome, not its title:
 * dev 2011 （六）: “文化对民族和国家的影响更深刻、更久远。”; outside, national 2004 “国有企业股份制改革继续推进。”, 河北 2000
 * “省政府机构改革准备工作基本就绪。” and “普法教育、执法检查成效明显。”, the 14th–17th CPC congress reports (“和谐社会要靠
 * 全社会共同建设。”, “中国共产党深深扎根于中华民族之中。”). Such a lead goes; a lead with nodes of its own stays. Standalone
 * lead lines and leads of a series (dash, bold, parallel openings) are read by their layout and stay too. O(nodes).
 */
export function withoutLoneStatementLeads(node: DraftNode, sentenceLeads: ReadonlySet<DraftNode>): void {
  for (const child of node.children) withoutLoneStatementLeads(child, sentenceLeads);
  if (node.kind === 'lead' || node.level < 2) return;
  let lead: DraftNode | undefined;
  let leads = 0;
  for (const child of node.children) {
    if (child.kind !== 'lead') continue;
    leads++;
    lead = child;
  }
  if (leads !== 1 || !lead || !sentenceLeads.has(lead) || lead.children.length > 0) return;
  if (lead.title.length < MIN_STATEMENT || titlesAnAction(lead.title)) return;
  node.children = node.children.filter((c) => c !== lead);
}
