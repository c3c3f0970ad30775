/**
 * The nodejieba-backed Segmenter: loaded lazily on first use, once per process, falling back cleanly to the
 * core's pure `fallbackSegmenter` when the native binding or its dictionaries will not load.
 *
 * Loading costs about a second and ~250 MB of RSS (the dictionaries), so nothing loads it at import time:
 * callers either let the first `cut` load it or warm it with `preload()` off the critical path.
 * Note that cppjieba aborts the whole process (not a JS exception) when a dictionary file cannot be opened,
 * so every path is checked before nodejieba sees it, and user words are added with `insertWord`, never as a file.
 */
import { statSync } from 'node:fs';
import { fallbackSegmenter } from '../core';
import type { Segmenter } from '../core';

/** nodejieba's typings omit the dictionary paths its index.js exports; they are checked before loading. */
export type NodejiebaModule = typeof import('nodejieba') & {
  readonly [K in 'DEFAULT_DICT' | 'DEFAULT_HMM_DICT' | 'DEFAULT_USER_DICT' | 'DEFAULT_IDF_DICT' | 'DEFAULT_STOP_WORD_DICT']?: string;
};

export type JiebaBackend = 'unloaded' | 'nodejieba' | 'fallback';

export interface JiebaOptions {
  /** Domain terms, inserted as user words (jieba's user-word weight). */
  readonly words?: readonly string[];
  /**
   * A main dictionary to load instead of nodejieba's 350,000-word one: the editor's grouping of indicator names loads
   * cppjieba's 110,000-word one (+90 MB instead of +240 MB; the same mentions grouped on the corpus but 6 pairs in
   * 2,546). nodejieba's own is used when this one cannot be read.
   */
  readonly dictionary?: string;
}

/** How the module is obtained; injectable so that tests can simulate a missing or broken binding. */
export type NodejiebaLoader = () => NodejiebaModule;

const defaultLoader: NodejiebaLoader = () => {
  // A plain require at run time: esbuild keeps nodejieba external, and a missing binding becomes a catchable error.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('nodejieba') as NodejiebaModule;
};

export class JiebaSegmenter implements Segmenter {
  private jieba: NodejiebaModule | null = null;
  private state: JiebaBackend = 'unloaded';
  private error: string | null = null;
  private options: JiebaOptions = {};
  private loadMs = 0;
  private pendingPreload: Promise<boolean> | null = null;

  constructor(private readonly loader: NodejiebaLoader = defaultLoader) {}

  /** Which implementation `cut` uses; 'unloaded' until the first `cut`, `load` or `preload`. */
  get backend(): JiebaBackend {
    return this.state;
  }

  /** One sentence for the user when nodejieba could not be loaded (null when it loaded or was not tried yet). */
  get loadError(): string | null {
    return this.error;
  }

  /** Milliseconds spent in require + dictionary load (0 before loading). */
  get loadTimeMs(): number {
    return this.loadMs;
  }

  /** Sets domain terms. Before loading they are remembered; after loading they are inserted at once. */
  configure(options: JiebaOptions): void {
    this.options = { ...this.options, ...options };
    if (this.jieba) this.applyUserWords(this.jieba, options);
  }

  /** Words of `text` in order; concatenated they give back `text` exactly (lone surrogates included). */
  cut(text: string): string[] {
    if (text.length === 0) return [];
    const jieba = this.load();
    if (jieba) {
      try {
        const words = realign(text, jieba.cut(text));
        if (words) return words;
      } catch {
        // A native failure on one input must not break the feature: use the fallback for this text.
      }
    }
    return fallbackSegmenter.cut(text);
  }

  /** Search-mode segmentation: the words and the shorter words inside them (农村公路 → 农村, 公路, 农村公路). */
  cutForSearch(text: string): string[] {
    if (text.length === 0) return [];
    const jieba = this.load();
    if (jieba) {
      try {
        return jieba.cutForSearch(text);
      } catch {
        // As in cut(): degrade for this text only.
      }
    }
    return fallbackSegmenter.cut(text);
  }

  /**
   * cutForSearch of many short texts in one native call (perf40: the per-call cost dominated a report's names): the
   * texts joined by a newline, which cppjieba always cuts on and returns as a token of its own, then split back there.
   * Texts holding a line break themselves, or an answer not splitting into as many parts, are cut one by one. That
   * the parts equal the one-by-one answers is tested over every name of 40 texts (test/unit/jiebaBatch.test.ts).
   */
  cutForSearchMany(texts: readonly string[]): string[][] {
    const jieba = this.load();
    const oneByOne = (): string[][] => texts.map((t) => this.cutForSearch(t));
    if (!jieba || texts.length < 2 || texts.some((t) => t.length === 0 || /[\r\n]/.test(t))) return oneByOne();
    let tokens: string[];
    try {
      tokens = jieba.cutForSearch(texts.join('\n'));
    } catch {
      return oneByOne();
    }
    const parts: string[][] = [[]];
    for (const token of tokens) {
      if (token === '\n') parts.push([]);
      else parts[parts.length - 1]!.push(token);
    }
    return parts.length === texts.length ? parts : oneByOne();
  }

  /** Loads synchronously (once) and returns the raw nodejieba module, or null when it is unavailable. */
  load(): NodejiebaModule | null {
    if (this.state === 'unloaded') this.doLoad();
    return this.jieba;
  }

  /**
   * Warms the segmenter off the critical path (the load itself is synchronous native work, so it runs in a
   * later macrotask rather than during the caller's current one). Resolves to true when nodejieba is in use.
   */
  preload(): Promise<boolean> {
    if (this.state !== 'unloaded') return Promise.resolve(this.state === 'nodejieba');
    this.pendingPreload ??= new Promise<boolean>((resolve) => {
      setTimeout(() => resolve(this.load() !== null), 0);
    });
    return this.pendingPreload;
  }

  private doLoad(): void {
    const started = performance.now();
    try {
      const jieba = this.loader();
      const dict = this.options.dictionary !== undefined && isReadableFile(this.options.dictionary) ? this.options.dictionary : undefined;
      const dictionaries = [dict ?? jieba.DEFAULT_DICT, jieba.DEFAULT_HMM_DICT, jieba.DEFAULT_USER_DICT, jieba.DEFAULT_IDF_DICT, jieba.DEFAULT_STOP_WORD_DICT];
      const missing = dictionaries.filter((path) => typeof path === 'string' && !isReadableFile(path));
      if (missing.length > 0) throw new Error(`its dictionary file ${missing[0]} is missing`);
      jieba.load(dict ? { dict } : undefined);
      this.jieba = jieba;
      this.state = 'nodejieba';
      this.applyUserWords(jieba, this.options);
    } catch (err) {
      this.jieba = null;
      this.state = 'fallback';
      const reason = err instanceof Error ? firstLine(err.message) : String(err);
      this.error = `Chinese word segmentation (nodejieba) could not be loaded, so a simpler built-in segmentation is used: ${reason}`;
    } finally {
      this.loadMs = performance.now() - started;
    }
  }

  private applyUserWords(jieba: NodejiebaModule, options: JiebaOptions): void {
    for (const word of options.words ?? []) {
      if (isInsertableWord(word)) jieba.insertWord(word);
    }
  }
}

/** The process-wide segmenter shared by the extension host and the CLI. */
export const jiebaSegmenter = new JiebaSegmenter();

function isInsertableWord(word: string): boolean {
  // No whitespace (jieba splits entries on spaces) and no lone surrogates (not valid UTF-8 for cppjieba).
  return word.length > 0 && word.length <= 64 && !/\s/u.test(word) && !/[\ud800-\udfff]/u.test(word);
}

/**
 * nodejieba receives the text through N-API, which turns each lone surrogate into U+FFFD (same UTF-16 length).
 * Re-slicing the original text by the word lengths restores it exactly; null when the lengths do not add up.
 */
function realign(text: string, words: readonly string[]): string[] | null {
  const out = new Array<string>(words.length);
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const len = words[i]!.length;
    out[i] = text.slice(pos, pos + len);
    pos += len;
  }
  return pos === text.length ? out : null;
}

function isReadableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
}
