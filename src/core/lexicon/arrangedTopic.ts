/**
 * Words of an allocation said alone after the clause naming what it is for (arrangedTopic.ts): the whole head of the
 * figure's clause (今年拟安排, 每年安排), and the verbs of carrying a programme out, before it (继续实施退耕还林还草) or
 * after it (“暖心民政”三年行动启动实施). Longest first where one ends or opens another.
 */
export const ARRANGED_HEADS: readonly string[] = [
  '安排', '拟安排', '今年安排', '今年拟安排', '每年安排', '年内安排', '全年安排', '共安排', '累计安排', '安排资金',
  '今年安排资金', '每年安排资金',
];

export const CARRY_OUT_LEADS: readonly string[] = ['继续深入实施', '继续实施', '深入实施', '全面实施', '启动实施', '组织实施', '实施'];

export const CARRY_OUT_TAILS: readonly string[] = ['启动实施', '深入实施', '全面实施', '全面启动', '正式启动', '扎实推进', '深入推进', '实施'];
