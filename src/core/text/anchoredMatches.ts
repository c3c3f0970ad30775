/**
 * The matches of a pattern that always holds a literal (届 in 十六届人大四次会议, 五 in 十四五), found from each
 * occurrence of that literal instead of by a global search. A pattern that opens with a character class (a numeral,
 * any Han character) is tried at every offset of every paragraph by a global search, and right after a major garbage
 * collection V8 runs it in its regexp interpreter: a scan of the whole body per pattern. indexOf finds the literal
 * natively, and the pattern is tried only within `maxBack` characters before it.
 */
export interface AnchoredPattern {
  /** The pattern as a global search would run it (`g`): what the anchored search must find, no more, no less. */
  readonly global: RegExp;
  /** A literal every match holds… */
  readonly anchor: string;
  /** …starting at most this many characters after the match's own start. */
  readonly maxBack: number;
  /** The same pattern tried at one offset (`y`; its lookbehinds still see the text before that offset). */
  readonly sticky: RegExp;
}

export function anchoredPattern(global: RegExp, anchor: string, maxBack: number): AnchoredPattern {
  // eslint-disable-next-line no-restricted-syntax -- called at module level, once per pattern.
  return { global, anchor, maxBack, sticky: new RegExp(global.source, global.flags.replace('g', '') + 'y') };
}

/**
 * What `text.matchAll(p.global)` gives, when p's promise holds: candidate starts are tried left to right, each once,
 * and a match resumes the search at its end, as a global search does. (A match holds an anchor within maxBack of
 * its start, so every start a global search could match at is inside some anchor's window.)
 */
export function anchoredMatches(text: string, p: AnchoredPattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** The first start not tried yet: a start is tried once, and none before the end of a match found. */
  let next = 0;
  for (let k = text.indexOf(p.anchor); k >= 0; k = text.indexOf(p.anchor, Math.max(k + 1, next))) {
    for (let start = Math.max(next, k - p.maxBack); start <= k; start++) {
      p.sticky.lastIndex = start;
      const m = p.sticky.exec(text);
      next = start + 1;
      if (m) {
        out.push(m);
        next = start + Math.max(m[0].length, 1);
        break;
      }
    }
  }
  return out;
}
