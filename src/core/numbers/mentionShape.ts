import type { NumberMention } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Every NumberMention is made here, with all its fields, the optional ones as `undefined` when absent, in one order.
 *
 * Why: V8 gives an object the hidden class of its literal, and a new class for each field added afterwards
 * (`out.valueMax = …`) or for each spread (`{ ...m, unit: null }`, a class of its own per object). The classes reached
 * that way are held only weakly and die at every full garbage collection when no mention is alive — and with them the
 * optimised code of every function that had met them (`--trace-deopt`: “weak objects”), so the analysis after a major
 * GC ran unoptimised. One literal gives one class, which its site keeps alive. Readers test the optional fields with
 * `!== undefined`, never `in`, so an absent field and an undefined one read the same.
 */
export function mentionOf(
  start: number,
  end: number,
  value: number,
  valueMax: number | undefined,
  unit: string | null,
  nature: NumberMention['nature'],
  qualifier: NumberMention['qualifier'],
  qualifierStart: number | undefined,
  qualifierEnd: number | undefined,
  tail: number,
): NumberMention {
  return { start, end, value, valueMax, unit, nature, qualifier, qualifierStart, qualifierEnd, tail };
}

/** `m` with some fields changed: `{ ...m, ...change }` in the one shape of mentionOf. */
export function mentionWith(m: NumberMention, change: Partial<Mutable<NumberMention>>): NumberMention {
  return mentionOf(
    'start' in change ? (change.start as number) : m.start,
    'end' in change ? (change.end as number) : m.end,
    'value' in change ? (change.value as number) : m.value,
    'valueMax' in change ? change.valueMax : m.valueMax,
    'unit' in change ? (change.unit as string | null) : m.unit,
    'nature' in change ? (change.nature as NumberMention['nature']) : m.nature,
    'qualifier' in change ? (change.qualifier as NumberMention['qualifier']) : m.qualifier,
    'qualifierStart' in change ? change.qualifierStart : m.qualifierStart,
    'qualifierEnd' in change ? change.qualifierEnd : m.qualifierEnd,
    'tail' in change ? (change.tail as number) : m.tail,
  );
}
