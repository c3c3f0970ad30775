/**
 * A set of pairs of UTF-16 code units, looked up without cutting a string or boxing a number. A pair packed as one
 * number (c0 × 65536 + c1) is beyond a small integer, so a JavaScript Set of them hashes heap numbers, one made at
 * every lookup; here the pair is packed into a 32-bit integer and kept in an open-addressing table of Int32Array.
 */
export class PairSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** The multiplicative hash keeps the product's top bits, the ones every bit of the key reaches. */
  private readonly shift: number;

  constructor(pairs: Iterable<readonly [number, number]>) {
    const list = [...pairs];
    // At most a quarter full: probes stay short.
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (const [c0, c1] of list) this.add(c0, c1);
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private add(c0: number, c1: number): void {
    const key = (c0 << 16) | c1;
    // 0 marks an empty slot; no pair of real characters packs to it.
    if (key === 0) return;
    let i = this.slot(key);
    while (this.table[i] !== 0 && this.table[i] !== key) i = (i + 1) & this.mask;
    this.table[i] = key;
  }

  /** Whether text[at] and text[at + 1] are a pair of the set (false when `at` is out of the text). */
  hasAt(text: string, at: number): boolean {
    if (at < 0 || at + 1 >= text.length) return false;
    return this.has(text.charCodeAt(at), text.charCodeAt(at + 1));
  }

  /** Whether code units c0, c1 (both read from a text, not NaN) are a pair of the set: for a scan that has read them. */
  has(c0: number, c1: number): boolean {
    const key = (c0 << 16) | c1;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = this.table[i] as number;
      if (k === key) return true;
      if (k === 0) return false;
    }
  }
}

/** The pairs of code units that two-character words are made of. */
export function pairsOf(words: Iterable<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const w of words) if (w.length === 2) out.push([w.charCodeAt(0), w.charCodeAt(1)]);
  return out;
}
