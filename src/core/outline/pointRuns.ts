import type { Paragraph } from '../text/paragraphs';
import { matchMarker } from './markers';

/** How many paragraphs ahead a lead looks for the next point of the run it follows. */
const RUN_REACH = 12;

/**
 * Whether a lead sentence after 一是 points is a topic of the last point or the next topic beside the points.
 *
 * Two layouts look alike at the lead. In 2015 part 一 the points are headings: “一是在区间调控基础上实施定向调控，…”
 * titles the leads below it (“有效实施积极的财政政策和稳健的货币政策。…”) and 二是 follows them. In 2009 （四） the
 * points are a list: “一是…” … “五是…” each one paragraph, then “大力推进科技创新。…” is the section's next topic.
 * The lead belongs to the point when the run goes on after it (the next numbered paragraph within reach is the
 * run's next point), or when earlier leads of the run sat under its points (the points are headings, so the last
 * one has its leads too). One such lead is no evidence: in a report whose paragraphs are split mid-way, the
 * continuation of a point's paragraph can look like a lead (2009: “增加农村义务教育阶段家庭经济困难寄宿生的生活补助。”
 * after “一是促进教育公平。”). Otherwise the run is over and the lead is its sibling. O(RUN_REACH) per lead.
 */
export class PointRuns {
  /** Leads placed under points of the current run. */
  private leads = 0;

  /** A point numbered `value` was placed: 一是 opens a new run. */
  opened(value: number): void {
    if (value === 1) this.leads = 0;
  }

  /** A lead was placed under a point of the current run. */
  ledUnder(): void {
    this.leads++;
  }

  /** True when a lead at paragraph `pi`, after point `value` of the current run, closes the run. */
  closedBy(paragraphs: readonly Paragraph[], pi: number, end: number, value: number): boolean {
    if (this.leads >= 2) return false;
    const stop = Math.min(end, pi + 1 + RUN_REACH);
    for (let j = pi + 1; j < stop; j++) {
      const m = matchMarker((paragraphs[j] as Paragraph).text);
      if (m) return !(m.style === 'shi' && m.value === value + 1);
    }
    return true;
  }
}
