/**
 * A character trie over a set of short words, for finding any of them in a text in one pass. A regex alternation
 * of thousands of words (or one indexOf per word) tries every word at every offset: time words × text, which a report
 * with thousands of quoted terms or 简称 definitions turns quadratic. The trie walks at most the longest word's length
 * from each offset instead.
 */
/** Hashed pairs of code units, a power of two (8 KB of bits). */
const PAIR_SLOTS = 1 << 16;
const pairHash = (c0: number, c1: number): number => (Math.imul(c0, 0x9e37) ^ c1) & (PAIR_SLOTS - 1);
/**
 * At most this many first code units make a trie's scan jump by indexOf (WordTrie.sparseMatches): 2.5× faster than the
 * unit-by-unit loop with four, 1.4× with eight (session 38, the seed's 17 K characters).
 */
const SPARSE_STARTS = 6;

/**
 * The trie's nodes are numbers (0 the root) and its edges one open-addressing table of typed arrays, (node, code unit)
 * → child: a trie built per report (the report's quoted terms) is three typed arrays, not a Map per node.
 */
export class WordTrie {
  /** A bit per UTF-16 code unit, set where a word starts with it: the scans below skip other offsets with one read. */
  private readonly starts = new Uint32Array(0x10000 >>> 5);
  /**
   * A bit per hashed pair of code units, set where a word starts with that pair, and a bit per code unit that is a
   * whole word: a common first character (中, 新, 大) that starts no word here is passed with a second read, not a walk.
   */
  private readonly pairs = new Uint32Array(PAIR_SLOTS >>> 5);
  private readonly singles = new Uint32Array(0x10000 >>> 5);
  /** Edges: the parent node and code unit of each slot, and the child (0: an empty slot — the root is no child). */
  private readonly edgeNode: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeChild: Int32Array;
  /** The multiplicative hash keeps the product's top bits, the ones every bit of the key reaches. */
  private readonly shift: number;
  private readonly mask: number;
  /** The word that ends at each node, if any (index 0: the root). */
  private readonly ends: Array<string | null> = [null];
  /**
   * The code units the words start with, as one-unit strings, when they are at most SPARSE_STARTS (a report's few
   * programme stems, laws or campaign objects): matches then jumps from one of them to the next by indexOf instead of
   * reading every code unit of the text. Undefined when more.
   */
  private readonly sparseStarts: readonly string[] | undefined;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // A word adds at most one edge per code unit; the table stays at most half full.
    let edges = 0;
    for (const word of list) edges += word.length;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.edgeNode = new Int32Array(size);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (const word of list) this.add(word);
    const firsts = new Set(list.filter((w) => w !== '').map((w) => w.charAt(0)));
    this.sparseStarts = firsts.size <= SPARSE_STARTS ? [...firsts] : undefined;
  }

  private slot(node: number, unit: number): number {
    return Math.imul(Math.imul(node, 0x01000193) ^ unit, 0x9e3779b1) >>> this.shift;
  }

  /** The child of `node` along code unit `unit`, or 0 when there is none. */
  private child(node: number, unit: number): number {
    for (let i = this.slot(node, unit); ; i = (i + 1) & this.mask) {
      const child = this.edgeChild[i] as number;
      if (child === 0 || (this.edgeNode[i] === node && this.edgeUnit[i] === unit)) return child;
    }
  }

  private add(word: string): void {
    if (word === '') return;
    const c0 = word.charCodeAt(0);
    this.starts[c0 >>> 5] = (this.starts[c0 >>> 5] as number) | (1 << (c0 & 31));
    if (word.length === 1) this.singles[c0 >>> 5] = (this.singles[c0 >>> 5] as number) | (1 << (c0 & 31));
    else {
      const h = pairHash(c0, word.charCodeAt(1));
      this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
    }
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const unit = word.charCodeAt(k);
      let i = this.slot(node, unit);
      while (this.edgeChild[i] !== 0 && !(this.edgeNode[i] === node && this.edgeUnit[i] === unit)) i = (i + 1) & this.mask;
      if (this.edgeChild[i] === 0) {
        this.edgeNode[i] = node;
        this.edgeUnit[i] = unit;
        this.edgeChild[i] = this.ends.length;
        this.ends.push(null);
      }
      node = this.edgeChild[i] as number;
    }
    this.ends[node] = word;
  }

  /** Sets, in `bits` (a bit per UTF-16 code unit), the code units this trie's words start with (TrieScan). */
  addStartsTo(bits: Uint32Array): void {
    for (let k = 0; k < bits.length; k++) bits[k] = (bits[k] as number) | (this.starts[k] as number);
  }

  /** Whether a word may start at `at`: false is certain, true is to be checked by walking the trie. */
  mayStartAt(text: string, at: number): boolean {
    const c = text.charCodeAt(at);
    const bit = 1 << (c & 31);
    if (((this.starts[c >>> 5] as number) & bit) === 0) return false;
    if (((this.singles[c >>> 5] as number) & bit) !== 0 || at + 1 >= text.length) return true;
    const h = pairHash(c, text.charCodeAt(at + 1));
    return ((this.pairs[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }

  /**
   * mayStartAt for a scan that has read the code unit (its word `w` and `bit` in a bit table) and hashed its pair with
   * the next unit (`pair`, pairHash; -1 at the text's end) already: TrieScan asks two tries with one read and one hash.
   */
  mayStartWith(w: number, bit: number, pair: number): boolean {
    if (((this.starts[w] as number) & bit) === 0) return false;
    if (((this.singles[w] as number) & bit) !== 0 || pair < 0) return true;
    return ((this.pairs[pair >>> 5] as number) & (1 << (pair & 31))) !== 0;
  }

  /** Every word that starts at `at`, shortest first. */
  *wordsAt(text: string, at: number): Generator<string> {
    let node = 0;
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) return;
      const word = this.ends[node] as string | null;
      if (word !== null) yield word;
    }
  }

  /**
   * Whether some word that starts at `at` and ends before `end` passes `test` (given where the word ends): the walk of
   * wordsAt without a generator, which costs more to resume than the walk itself in a test run per candidate name.
   */
  someWordAt(text: string, at: number, end: number, test: (wordEnd: number) => boolean): boolean {
    let node = 0;
    for (let i = at; i < end; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) return false;
      if (this.ends[node] !== null && i + 1 < end && test(i + 1)) return true;
    }
    return false;
  }

  /** The longest word that starts at `at`, or null. */
  longestAt(text: string, at: number): string | null {
    let node = 0;
    let found: string | null = null;
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) break;
      const word = this.ends[node] as string | null;
      if (word !== null) found = word;
    }
    return found;
  }

  /**
   * Leftmost-longest matches, left to right, not overlapping: what a global regex alternation of the words sorted
   * longest first finds (`text.matchAll(/w1|w2|…/g)`), as [offset, word] pairs. An array, not a generator: the
   * scan reads every report's body, and resuming a generator at each match cost more than the scan.
   */
  matches(text: string): Array<[number, string]> {
    if (this.sparseStarts !== undefined) return this.sparseMatches(text, this.sparseStarts);
    const out: Array<[number, string]> = [];
    const starts = this.starts;
    for (let at = 0; at < text.length; ) {
      // Most offsets start no word: array reads decide it — the first here, with no call. Right after a full GC this
      // loop runs unoptimised, where a method call per character of the body was most of the term scan's time.
      const c = text.charCodeAt(at);
      if ((((starts[c >>> 5] as number) >>> (c & 31)) & 1) === 0) {
        at++;
        continue;
      }
      const word = this.mayStartAt(text, at) ? this.longestAt(text, at) : null;
      if (word === null) {
        at++;
        continue;
      }
      out.push([at, word]);
      at += word.length;
    }
    return out;
  }

  /**
   * matches for a trie whose words start with few code units (`firsts`): the same offsets are tried in the same order,
   * found by indexOf — native code, where the loop above reads each code unit in turn (a report's programme stems
   * scanned so took 4 % of the links stage in session 38's profile of the bench's seed; 2.5× faster so on the seed with
   * four stems).
   */
  private sparseMatches(text: string, firsts: readonly string[]): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    // The next offset of each first unit at or after `at`, looked for again only once `at` has passed it.
    const next = firsts.map((c) => text.indexOf(c));
    for (let at = 0; ; ) {
      let candidate = -1;
      for (let j = 0; j < next.length; j++) {
        let k = next[j] as number;
        if (k >= 0 && k < at) {
          k = text.indexOf(firsts[j] as string, at);
          next[j] = k;
        }
        if (k >= 0 && (candidate < 0 || k < candidate)) candidate = k;
      }
      if (candidate < 0) return out;
      at = candidate;
      const word = this.mayStartAt(text, at) ? this.longestAt(text, at) : null;
      if (word === null) {
        at++;
        continue;
      }
      out.push([at, word]);
      at += word.length;
    }
  }
}

/**
 * The scans of two tries (WordTrie.matches) in one walk over a text: what each trie's own scan finds, its
 * leftmost-longest matches not overlapping one another (a match of one trie may overlap the other's), but an offset
 * that starts no word of either costs one read of their joint bit table instead of one per trie. The body pass that
 * looks for fixed word lists (the type words and known names of entities.ts, and the slogan words of brands.ts) walks
 * each paragraph once. Two tries, not a list of them: a loop over a list at every candidate offset cost what the
 * second walk saved (seed: 177 µs for a list of two against 180 µs for two walks, 158 µs for this).
 */
export class TrieScan {
  private readonly starts = new Uint32Array(0x10000 >>> 5);

  constructor(
    private readonly first: WordTrie,
    private readonly second: WordTrie,
  ) {
    first.addStartsTo(this.starts);
    second.addStartsTo(this.starts);
  }

  /** The first trie's matches in `text` and the second's, as WordTrie.matches returns them. */
  matches(text: string): [Array<[number, string]>, Array<[number, string]>] {
    const one: Array<[number, string]> = [];
    const two: Array<[number, string]> = [];
    // Where each trie's own scan goes on: after its last match, as WordTrie.matches skips a match's length.
    let nextOne = 0;
    let nextTwo = 0;
    const starts = this.starts;
    const n = text.length;
    for (let at = 0; at < n; at++) {
      const c = text.charCodeAt(at);
      const w = c >>> 5;
      const bit = 1 << (c & 31);
      if (((starts[w] as number) & bit) === 0) continue;
      // The pair hashed once for both tries (mayStartWith), not once in each one's mayStartAt.
      const pair = at + 1 < n ? pairHash(c, text.charCodeAt(at + 1)) : -1;
      if (at >= nextOne && this.first.mayStartWith(w, bit, pair)) {
        const word = this.first.longestAt(text, at);
        if (word !== null) {
          one.push([at, word]);
          nextOne = at + word.length;
        }
      }
      if (at >= nextTwo && this.second.mayStartWith(w, bit, pair)) {
        const word = this.second.longestAt(text, at);
        if (word !== null) {
          two.push([at, word]);
          nextTwo = at + word.length;
        }
      }
    }
    return [one, two];
  }
}
