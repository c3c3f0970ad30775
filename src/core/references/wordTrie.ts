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

export class WordTrie {
  private readonly root: TrieNode = { next: new Map(), word: null };
  /** A bit per UTF-16 code unit, set where a word starts with it: the scans below skip other offsets with one read. */
  private readonly starts = new Uint32Array(0x10000 >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word);
  }

  private add(word: string): void {
    if (word === '') return;
    let node = this.root;
    const c0 = word.charCodeAt(0);
    this.starts[c0 >>> 5] = (this.starts[c0 >>> 5] as number) | (1 << (c0 & 31));
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

  /** Every word that starts at `at`, shortest first. */
  *wordsAt(text: string, at: number): Generator<string> {
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.word !== null) yield node.word;
    }
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
   * longest first finds (`text.matchAll(/w1|w2|…/g)`), as [offset, word] pairs.
   */
  *matches(text: string): Generator<[number, string]> {
    const starts = this.starts;
    for (let at = 0; at < text.length; ) {
      // Most offsets start no word: one array read, not a call, decides it (this scan reads every report's body).
      const c = text.charCodeAt(at);
      const word = ((starts[c >>> 5] as number) >>> (c & 31)) & 1 ? this.longestAt(text, at) : null;
      if (word === null) {
        at++;
        continue;
      }
      yield [at, word];
      at += word.length;
    }
  }
}
