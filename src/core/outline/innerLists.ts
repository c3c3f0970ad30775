/** An inner list's next item follows within this many paragraphs of the previous one. */
const INNER_REACH = 2;

/**
 * Numbered lists that restart inside a section with the style of an outer level (1955: 一、…四、 items inside 第六，
 * while the parts are 一、…三、 so far). The items that the outer sequence rejects are remembered as a run; an item
 * that continues the run closely is the run's, even when its number happens to continue the outer sequence
 * (“四、国家机关和基本建设主管部门经常对工程的质量进行切实的检查。” after 一、二、三、 items ending in ；).
 * One map entry per numbering style: O(1) per heading.
 */
export class InnerLists {
  private readonly runs = new Map<string, { value: number; at: number }>();

  /** True when a heading of `style` numbered `value` at paragraph `at` is the next item of a run close before it. */
  continues(style: string, value: number, at: number): boolean {
    const run = this.runs.get(style);
    if (!run || value !== run.value + 1 || at - run.at > INNER_REACH) return false;
    this.runs.set(style, { value, at });
    return true;
  }

  /** A numbered heading the outline did not take: it opens a run (一、) or continues one. */
  rejected(style: string, value: number, at: number): void {
    const run = this.runs.get(style);
    if (value === 1 || (run && value === run.value + 1)) this.runs.set(style, { value, at });
  }

  /** A heading of `style` was taken into the outline: its sequence is the outer one again. */
  accepted(style: string): void {
    this.runs.delete(style);
  }
}
