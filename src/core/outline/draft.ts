import type { OutlineKind, Position } from '../types';

/** An outline node before ranges are known (ranges need the next sibling). */
export interface DraftNode {
  kind: OutlineKind;
  level: number;
  marker: string;
  title: string;
  start: Position;
  selectionEnd: Position;
  children: DraftNode[];
  /** Inline points end where the next point starts, not at the next heading. */
  fixedEnd?: Position;
}
