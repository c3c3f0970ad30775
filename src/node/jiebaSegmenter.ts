/**
 * The nodejieba-backed Segmenter: loaded lazily on first use, once per process, falling back cleanly to the
 * core's pure `fallbackSegmenter` when the native binding or its dictionaries will not load.
 *
 * Loading costs about a second and ~250 MB of RSS (the dictionaries), so nothing loads it at import time:
 * callers either let the first `cut` load it or warm it with `preload()` off the critical path.
 * Note that cppjieba aborts the whole process (not a JS exception) when a dictionary file cannot be opened,
 * so every path is checked before nodejieba sees it, and user words are added with `insertWord`, never as a file.
 */
import { readFileSync, statSync } from 'node:fs';
import { fallbackSegmenter } from '../core';
import type { Segmenter } from '../core';

/** nodejieba's typings omit the dictionary paths its index.js exports; they are checked before loading. */
export type NodejiebaModule = typeof import('nodejieba') & {
  readonly [K in 'DEFAULT_DICT' | 'DEFAULT_HMM_DICT' | 'DEFAULT_USER_DICT' | 'DEFAULT_IDF_DICT' | 'DEFAULT_STOP_WORD_DICT']?: string;
};

export type JiebaBackend = 'unloaded' | 'nodejieba' | 'fallback';

export interface JiebaOptions {
  /**
   * A user dictionary of domain terms in jieba's format: one entry per line, "word [freq] [tag]"
   * (frequency is ignored; words are inserted with jieba's user-word weight). Lines starting with # are comments.
   */
  readonly userDictPath?: string;
  /** Extra domain terms, inserted like user dictionary words. */
  readonly words?: readonly string[];
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
  private readonly warningList: string[] = [];
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

  /** Problems with the user dictionary (unreadable file…); segmentation still works. */
  get warnings(): readonly string[] {
    return this.warningList;
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
      const dictionaries = [jieba.DEFAULT_DICT, jieba.DEFAULT_HMM_DICT, jieba.DEFAULT_USER_DICT, jieba.DEFAULT_IDF_DICT, jieba.DEFAULT_STOP_WORD_DICT];
      const missing = dictionaries.filter((path) => typeof path === 'string' && !isReadableFile(path));
      if (missing.length > 0) throw new Error(`its dictionary file ${missing[0]} is missing`);
      jieba.load();
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
    const words = [...(options.words ?? [])];
    if (options.userDictPath !== undefined) {
      try {
        words.push(...parseUserDict(readFileSync(options.userDictPath, 'utf8')));
      } catch (err) {
        const reason = err instanceof Error ? firstLine(err.message) : String(err);
        this.warningList.push(`The user dictionary ${options.userDictPath} could not be read: ${reason}`);
      }
    }
    for (const word of words) {
      if (isInsertableWord(word)) jieba.insertWord(word);
    }
  }
}

/** The process-wide segmenter shared by the extension host and the CLI. */
export const jiebaSegmenter = new JiebaSegmenter();

/** The raw nodejieba module (loaded through the shared segmenter), or null when it is unavailable. For the benchmark. */
export function loadNodejieba(): NodejiebaModule | null {
  return jiebaSegmenter.load();
}

/** Parses jieba's user dictionary format ("word [freq] [tag]" per line) into words. */
export function parseUserDict(content: string): string[] {
  const words: string[] = [];
  for (const raw of content.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const word = line.split(/\s+/)[0];
    if (word) words.push(word);
  }
  return words;
}

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
