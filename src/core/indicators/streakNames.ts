/**
 * A streak word (粮食产量实现“十二连增”, 全国双拥模范城“七连冠”) counts the years of a run, not the thing that ran: named
 * by its subject alone (粮食产量), its card read as grain output of 12 and its series met the output's. The name says
 * what is counted, as labels head it: 粮食产量连增次数, 全国双拥模范城连冠次数.
 */

/** The name of a streak figure (`unit` 连增, 连冠 … from numbers/forms.ts) whose name is its subject; `name` otherwise. */
export function streakName(name: string | null, unit: string | null): string | null {
  if (!name || !unit || !/^连[\u4e00-\u9fff]$/.test(unit) || name.includes(unit)) return name;
  return `${name}${unit}次数`;
}
