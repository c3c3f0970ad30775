import type { Range } from '../types';

/** One mention of a candidate name (entities.ts). */
export interface Mention {
  readonly range: Range;
  readonly text: string;
  /** Inside a longer name starting at the same place. */
  readonly nested: boolean;
  /** That longer name, when nested. */
  readonly within?: string | undefined;
  /**
   * The quoted words right before the mention, when it starts at a closing quote (“产业发展提能”|奋进行动): the mention is
   * then the kind of the quoted name, which says which one (entities.ts quotedBefore); '' where none stands there, and
   * undefined on the mentions other steps than the name scan add.
   */
  readonly quoted?: string | undefined;
}

/** Every mention of every candidate name of the report's body, by name, in document order. */
export type EntityMentions = ReadonlyMap<string, readonly Mention[]>;
