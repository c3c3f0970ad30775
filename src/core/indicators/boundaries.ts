/**
 * Where sentences and clauses start and end in one paragraph, answered in O(1) per query.
 *
 * Figure binding asks “where does this figure's sentence start?” for every figure; a backwards scan per figure is
 * quadratic on a long run without punctuation (a pasted statistical table: 256 KB took 80 s). One forward pass
 * per paragraph builds the tables instead.
 */
export const SENTENCE_END = new Set('。!?；;');
export const CLAUSE_END = new Set('，,。!?；;：:');

/** How far back binding looks from a figure: names, measures and time cues stand close to it in real reports. */
export const LOOK_BACK = 400;

export interface Boundaries {
  /** Index of the last sentence end before `at`, or -1. */
  sentenceEndBefore(at: number): number;
  /** Index of the last clause end before `at`, or -1. */
  clauseEndBefore(at: number): number;
  /** Index of the first sentence end at or after `at`, or -1. */
  sentenceEndFrom(at: number): number;
}

export function boundariesOf(text: string): Boundaries {
  const n = text.length;
  // The three tables interleaved in one array (at 3i: the last sentence end before i, 3i + 1: the last clause end
  // before i, 3i + 2: the first sentence end at or after i): one buffer per paragraph instead of three — each typed
  // array of a paragraph's length is a buffer outside the heap, allocated, zeroed and freed on its own.
  const table = new Int32Array(3 * (n + 1));
  let s = -1;
  let c = -1;
  // The end of the bracket note the scan is inside, or -1 (see noteClose).
  let noteEnd = -1;
  // Character codes, not Set lookups of one-character strings: this runs over every character of every paragraph
  // that holds a figure.
  for (let i = 0; i < n; i++) {
    table[3 * i] = s;
    table[3 * i + 1] = c;
    const code = text.charCodeAt(i);
    if (i > noteEnd && (code === 0xff08 || code === 0x28)) noteEnd = noteClose(text, i);
    const kind = BOUNDARY[code];
    if (kind === 2) s = c = i;
    else if (kind === 1 && i > noteEnd && !endsNote(text, i)) c = i;
  }
  table[3 * n] = s;
  table[3 * n + 1] = c;
  let next = -1;
  table[3 * n + 2] = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (BOUNDARY[text.charCodeAt(i)] === 2) next = i;
    table[3 * i + 2] = next;
  }
  const answers: BoundaryTable = { table, n, sentenceEndBefore, clauseEndBefore, sentenceEndFrom };
  return answers;
}

/**
 * The tables of one paragraph, answering through functions of this module rather than closures made per paragraph:
 * V8 keeps a closure's optimised code only while one of its closures is alive, so after each full GC the closures of
 * the next paragraph ran unoptimised and were optimised again, analysis after analysis (node 20, `--trace-opt` with a
 * forced GC before each run). An object literal, not a class: the fields a constructor adds are map transitions that
 * die with the last instance, and boundariesOf was then optimised again after each GC in their place.
 */
interface BoundaryTable extends Boundaries {
  readonly table: Int32Array;
  readonly n: number;
}

function sentenceEndBefore(this: BoundaryTable, at: number): number {
  return this.table[3 * clamp(at, this.n)] as number;
}

function clauseEndBefore(this: BoundaryTable, at: number): number {
  return this.table[3 * clamp(at, this.n) + 1] as number;
}

function sentenceEndFrom(this: BoundaryTable, at: number): number {
  return this.table[3 * clamp(at, this.n) + 2] as number;
}

function clamp(at: number, n: number): number {
  return at < 0 ? 0 : at > n ? n : at;
}

/**
 * The comma of a bracket note that ends in 下同 — (预计，下同), (人民币，下同) after a figure or a subject (泉州 2012,
 * 广东 2023 and 2025, outside) — is no clause end: the clause goes on after the note, and 下同 opened none (the
 * figure after it was named 下同, 下同新台阶).
 */
function endsNote(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === 0x4e0b && text.charCodeAt(at + 2) === 0x540c && (text.charCodeAt(at + 3) === 0x29 || text.charCodeAt(at + 3) === 0xff09);
}

/** How far a bracket note may run: notes are short, and an unclosed bracket must not swallow the clauses after it. */
const NOTE_MAX = 60;

/**
 * The close of the bracket opened at `at` when it closes within NOTE_MAX characters, with no sentence end and no other
 * bracket opened before it; else -1. A comma inside a note (按每公斤发热量7，000大卡的标准煤计算 — national 1980, dev;
 * 实际完成的统计数字，要在以后才能作出 — national 1957, outside) separates the note's own words, never the clause the
 * note sits in: 而能源消耗总量（…7，000…），比上年降低了100万吨 is still the energy use's clause, and its figure was named by
 * the steel output before it.
 */
function noteClose(text: string, at: number): number {
  const end = Math.min(text.length, at + NOTE_MAX);
  for (let j = at + 1; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === 0xff09 || code === 0x29) return j;
    if (code === 0xff08 || code === 0x28 || BOUNDARY[code] === 2) return -1;
  }
  return -1;
}

/** 2 for a sentence end (also a clause end), 1 for a clause end only, 0 otherwise, by UTF-16 code unit. */
const BOUNDARY = new Uint8Array(0x10000);
for (const ch of CLAUSE_END) BOUNDARY[ch.charCodeAt(0)] = SENTENCE_END.has(ch) ? 2 : 1;
