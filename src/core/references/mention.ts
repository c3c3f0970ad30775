import type { Range } from '../types';

/** One mention of a candidate name (entities.ts). */
export interface Mention {
  readonly range: Range;
  readonly text: string;
  /** Inside a longer name starting at the same place. */
  readonly nested: boolean;
  /** That longer name, when nested. */
  readonly within?: string | undefined;
}

/** Every mention of every candidate name of the report's body, by name, in document order. */
export type EntityMentions = ReadonlyMap<string, readonly Mention[]>;
