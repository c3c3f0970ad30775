import { isVerb } from '../lexicon/verbs';

/**
 * A thing done, told inside a part on what is to come: a verb with its perfective 了 right before the figure, in the
 * figure's own clause (成立了二十九个自治州, 确保了农村5万多名师生…如期供暖, 签订了…一百二十二项重大合作项目). The figure is
 * what was done, a fact, even among this year's tasks.
 *
 * Not when the verb plans or sets a figure (安排了…的产量, 确定了…任务 are the plan's own figures), nor a change
 * (比…增加了二十二亿元 in a plan is the planned change), nor 为了/除了 (a purpose, an exception), nor when another
 * plan word stands in the sentence before (拟定为…，比…增加了…).
 */
const PLAN_VERBS: ReadonlySet<string> = new Set([
  '安排', '确定', '规定', '拟定', '提出', '部署', '列入', '下达', '计划', '规划', '要求', '制定', '明确', '设定', '定为',
]);
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  '增加', '增长', '提高', '减少', '降低', '下降', '上升', '扩大', '缩小', '翻', '增', '减', '降', '升', '压缩', '削减', '提升',
  '增長', '減少', '降為',
]);

/** The figure's clause ends with <verb>了<up to 10 characters> (no clause break, no second 了). */
const DONE_TAIL = /([\u4e00-\u9fff]{2})了([^，,。；;、了：:]{0,10})$/;

/**
 * Whether the figure at the end of `sentenceBefore` was done (see above); `targetCueAt` is where the sentence's last
 * plan word (要, 力争, 确保 …) starts, -1 when none: the verb itself may be that word (确保了).
 */
export function doneInPlan(sentenceBefore: string, targetCueAt: number): boolean {
  const m = DONE_TAIL.exec(sentenceBefore);
  if (!m) return false;
  const verb = m[1] as string;
  const at = m.index;
  if (/^[为除]/.test(verb.slice(1)) || PLAN_VERBS.has(verb) || CHANGE_VERBS.has(verb) || CHANGE_VERBS.has(verb.slice(1))) return false;
  if (!isVerb(verb)) return false;
  // A plan word before the verb (not the verb itself, 确保了) keeps the sentence a plan.
  return targetCueAt < 0 || targetCueAt === at;
}
