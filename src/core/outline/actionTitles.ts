import type { Paragraph } from '../text/paragraphs';
import { isStatement } from './leads';
import { matchMarker } from './markers';

/**
 * Words an action clause opens with: a verb of what the government does, or the adverb before it (继续/积极/努力/大力…).
 * Data, not a regex alternation; matched on a clause's first two or three characters.
 */
const ACTION_OPENERS: ReadonlySet<string> = new Set([
  '加强', '加快', '加大', '推进', '推动', '促进', '提高', '提升', '改善', '完善', '深化', '扩大', '坚持', '继续', '积极',
  '努力', '大力', '切实', '认真', '进一步', '全面', '搞好', '做好', '抓好', '办好', '发展', '实行', '实施', '建立', '健全',
  '保持', '维护', '争取', '转换', '调整', '坚决', '稳定', '优化', '增强', '严格', '依法', '不断', '着力', '充分', '落实',
  '巩固', '培育', '发挥', '开展', '加速', '狠抓', '抓紧', '确保', '保障', '保护', '减轻', '控制', '整顿', '规范', '改革',
  '强化', '建设', '振兴', '树立', '弘扬',
]);

/** A frame clause: by what principle or around what the action is taken (按照…的原则 / 根据…的要求 / 围绕… / 以…为…). */
const FRAME = /^(?:按照|根据|围绕|依照|以)[\u4e00-\u9fff]+$/;

/** An action title of two clauses runs to 30 characters (1992: “努力搞好国营大中型企业，大力调整经济结构和提高经济效益”, 27). */
const MAX_ACTION_TITLE = 30;
/** Three action clauses run a little longer (2004 （九）: “积极稳妥地推进政治体制改革，发展社会主义民主，健全社会主义法制”, 31). */
const MAX_THREE_CLAUSE_TITLE = 36;
const MIN_ACTION_TITLE = 12;
const MIN_CLAUSE = 4;
/** The body after the title runs to at least this much. */
const MIN_ACTION_BODY = 20;
/** How far back or ahead a paragraph looks for another action title of the part. */
const ACTION_REACH = 6;

export function opensWithAction(clause: string): boolean {
  return ACTION_OPENERS.has(clause.slice(0, 2)) || ACTION_OPENERS.has(clause.slice(0, 3));
}

/**
 * A first sentence of two action clauses, each opening with what is done (1992 as published online, its bold leads lost:
 * “继续下大力气抓农业，争取农村经济更快发展。”, “积极发展科技和教育事业，提高国民经济的整体素质。”), or of three (2004 （九）,
 * outside the corpus: “积极稳妥地推进政治体制改革，发展社会主义民主，健全社会主义法制。”): the offset of its 。, or -1. No
 * figures, brackets, quotes, 、 or first person; no statement. O(title length).
 */
export function actionTitleEnd(text: string): number {
  const end = text.indexOf('。');
  if (end < MIN_ACTION_TITLE || end > MAX_THREE_CLAUSE_TITLE || text.length < end + 1 + MIN_ACTION_BODY) return -1;
  const sentence = text.slice(0, end);
  if (/[\d:：;；!?！？()（）“”"、《》]|我/.test(sentence) || isStatement(sentence)) return -1;
  const parts = sentence.split(/[，,]/);
  if (parts.length < 2 || parts.length > 3 || (parts.length === 2 && end > MAX_ACTION_TITLE) || parts.some((c) => c.length < MIN_CLAUSE)) return -1;
  // The first clause may be the frame the action is taken in (1992: “按照政企职责分开的原则，积极推进政府机构改革。”).
  const [frame, ...actions] = parts as [string, ...string[]];
  return (opensWithAction(frame) || FRAME.test(frame)) && actions.every(opensWithAction) ? end : -1;
}

/**
 * Another paragraph of the part, at most ACTION_REACH paragraphs before or after `pi` and no heading between, opens
 * with an action title too: leads that title a few paragraphs each, set apart only by bold the page lost (1992 part
 * 二: four such leads, each over two to four body paragraphs). O(ACTION_REACH).
 */
export function hasActionTitleNear(paragraphs: readonly Paragraph[], pi: number, end: number): boolean {
  for (let j = pi - 1; j >= 0 && j >= pi - ACTION_REACH; j--) {
    const q = (paragraphs[j] as Paragraph).text;
    if (matchMarker(q)) break;
    if (actionTitleEnd(q) > 0) return true;
  }
  for (let j = pi + 1; j < end && j <= pi + ACTION_REACH; j++) {
    const q = (paragraphs[j] as Paragraph).text;
    if (matchMarker(q)) break;
    if (actionTitleEnd(q) > 0) return true;
  }
  return false;
}
