/**
 * The stage a count of works is said at — started (新开工, 开工建设) or finished (基本建成, 建成, 竣工) — as the pairing
 * of targets and actuals reads it. A review says both stages of one programme side by side (新开工保障性安居工程666万套，
 * 基本建成544万套 — national 2014; 全年城镇保障性住房基本建成432万套，新开工建设1043万套 — national 2012; 城镇保障性安居
 * 工程住房基本建成772万套，棚户区住房改造开工601万套 — national 2016, dev), and the year's targets too (基本建成500万套，
 * 新开工700万套以上): a target of one stage is judged by last year's figure of that stage, never of the other (national
 * 2014's 基本建成保障房480万套 was paired with the 666万套 started). The binder names such figures now with their stage,
 * now without it (the stage stands between the name and the figure), so the stage is read from the name's ends and
 * from the clause just before the figure.
 */
import { STAGE_VERBS } from '../lexicon/stageVerbs';
import type { Indicator } from '../types';
import { clauseStartBefore } from './clauseStart';
import type { FigureText } from './figureText';

export type Stage = 'start' | 'done';

/** How far before a figure its clause is read for a stage (新开工保障性安居工程666万套: the works' name between). */
const STAGE_WINDOW = 16;
/** Longest first: 基本建成 before 建成, 开工建设 and 新开工 before 开工. */
const VERBS: readonly string[] = [...STAGE_VERBS].sort((a, b) => b.length - a.length);
/** A stage verb that is part of another word: 建成区 (built-up area), 开工率 (a rate), 竣工图. */
const NOT_A_STAGE_AFTER = /^[区率图]/;

const stageOfVerb = (verb: string): Stage => (verb.includes('开工') ? 'start' : 'done');

/** The works a name counts with its stage words taken off (基本建成保障房 → 保障房), for the lexicon to read. */
export function worksOf(name: string): string {
  for (const verb of VERBS) {
    if (name.length > verb.length + 1 && name.startsWith(verb)) return name.slice(verb.length);
    if (name.length > verb.length + 1 && name.endsWith(verb)) return name.slice(0, name.length - verb.length);
  }
  return name;
}

/** The stage a name opens or ends with (新开工保障性安居工程, 棚户区改造基本建成), if any. */
function nameStage(name: string): Stage | undefined {
  for (const verb of VERBS) {
    if (name.length > verb.length + 1 && (name.startsWith(verb) || name.endsWith(verb))) return stageOfVerb(verb);
  }
  return undefined;
}

/**
 * The last stage verb of the figure's clause before it, within STAGE_WINDOW characters (基本建成432万套, 新开工保障性
 * 安居工程666万套): a bounded window, cut at the clause's start, so that the stage of the figure before is not read.
 */
function clauseStage(at: ReturnType<FigureText>): Stage | undefined {
  if (!at) return undefined;
  const clause = at.text.slice(clauseStartBefore(at.text, at.start, STAGE_WINDOW), at.start);
  let best: { end: number; verb: string } | undefined;
  for (const verb of VERBS) {
    const i = clause.lastIndexOf(verb);
    if (i < 0 || NOT_A_STAGE_AFTER.test(clause.slice(i + verb.length, i + verb.length + 1))) continue;
    const end = i + verb.length;
    // The verb nearest the figure; of two ending together, the longer (基本建成 over 建成).
    if (!best || end > best.end) best = { end, verb };
  }
  return best ? stageOfVerb(best.verb) : undefined;
}

/** The stages of a report's figures, each read once (the pairing asks many targets × actuals). */
export function stagesOf(around: FigureText | undefined): (figure: Indicator) => Stage | undefined {
  const memo = new Map<Indicator, Stage | null>();
  return (figure) => {
    const hit = memo.get(figure);
    if (hit !== undefined) return hit ?? undefined;
    // Only counts of things (套, 个 …): a growth, a rate or an amount of money is no stage's figure.
    const stage = figure.kind === 'count' ? (nameStage(figure.name ?? '') ?? clauseStage(around?.(figure))) : undefined;
    memo.set(figure, stage ?? null);
    return stage;
  };
}

/** Whether two figures are said at two different stages (one started, the other finished): never one pair. */
export function stagesDiffer(a: Stage | undefined, b: Stage | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}
