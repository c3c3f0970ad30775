/**
 * Word segmentation, injected into the core so that it never imports a native module.
 * The Node side provides a nodejieba-backed implementation (src/node/jiebaSegmenter.ts) that loads lazily;
 * the core only ever needs it for indicator names and term matching, never for the outline.
 */
export interface Segmenter {
  /** Words of `text` in order; concatenated they give back `text`. */
  cut(text: string): string[];
  /** Optional search mode: words plus the shorter words inside them (jieba's cutForSearch). */
  cutForSearch?(text: string): string[];
  /**
   * Optional: cutForSearch of each text, in one call (a native segmenter's per-call cost dominates short names).
   * Must give exactly what cutForSearch gives text by text.
   */
  cutForSearchMany?(texts: readonly string[]): string[][];
}

/**
 * Fallback when nodejieba is missing: runs of Han characters, runs of Latin letters/digits, single others.
 * Coarse, but it keeps every feature working (degraded) with no native code.
 */
export const fallbackSegmenter: Segmenter = {
  cut(text: string): string[] {
    return text.match(/[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9.]+|[\s\S]/gu) ?? [];
  },
};
