/**
 * A character trie over a set of short words, for finding any of them in a text in one pass. A regex alternation
 * of thousands of words (or one indexOf per word) tries every word at every offset: time words × text, which a report
 * with thousands of quoted terms or 简称 definitions turns quadratic. The trie walks at most the longest word's length
 * from each offset instead.
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The word that ends here, if any. */
  word: string | null;
}

/** Hashed pairs of code units, a power of two (8 KB of bits). */
const PAIR_SLOTS = 1 << 16;
const pairHash = (c0: number, c1: number): number => (Math.imul(c0, 0x9e37) ^ c1) & (PAIR_SLOTS - 1);

export class WordTrie {
  private readonly root: TrieNode = { next: new Map(), word: null };
  /** A bit per UTF-16 code unit, set where a word starts with it: the scans below skip other offsets with one read. */
  private readonly starts = new Uint32Array(0x10000 >>> 5);
  /**
   * A bit per hashed pair of code units, set where a word starts with that pair, and a bit per code unit that is a
   * whole word: a common first character (中, 新, 大) that starts no word here is passed with a second read, not a walk.
   */
  private readonly pairs = new Uint32Array(PAIR_SLOTS >>> 5);
  private readonly singles = new Uint32Array(0x10000 >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word);
  }

  private add(word: string): void {
    if (word === '') return;
    let node = this.root;
    const c0 = word.charCodeAt(0);
    this.starts[c0 >>> 5] = (this.starts[c0 >>> 5] as number) | (1 << (c0 & 31));
    if (word.length === 1) this.singles[c0 >>> 5] = (this.singles[c0 >>> 5] as number) | (1 << (c0 & 31));
    else {
      const h = pairHash(c0, word.charCodeAt(1));
      this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
    }
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), word: null };
        node.next.set(c, child);
      }
      node = child;
    }
    node.word = word;
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

  /** Every word that starts at `at`, shortest first. */
  *wordsAt(text: string, at: number): Generator<string> {
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.word !== null) yield node.word;
    }
  }

  /**
   * Whether some word that starts at `at` and ends before `end` passes `test` (given where the word ends): the walk of
   * wordsAt without a generator, which costs more to resume than the walk itself in a test run per candidate name.
   */
  someWordAt(text: string, at: number, end: number, test: (wordEnd: number) => boolean): boolean {
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return false;
      if (node.word !== null && i + 1 < end && test(i + 1)) return true;
    }
    return false;
  }

  /** The longest word that starts at `at`, or null. */
  longestAt(text: string, at: number): string | null {
    let node: TrieNode | undefined = this.root;
    let found: string | null = null;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word !== null) found = node.word;
    }
    return found;
  }

  /**
   * Leftmost-longest matches, left to right, not overlapping: what a global regex alternation of the words sorted
   * longest first finds (`text.matchAll(/w1|w2|…/g)`), as [offset, word] pairs. An array, not a generator: the
   * scan reads every report's body, and resuming a generator at each match cost more than the scan.
   */
  matches(text: string): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    for (let at = 0; at < text.length; ) {
      // Most offsets start no word: array reads decide it.
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
}
