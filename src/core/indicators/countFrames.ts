/**
 * Words right before a count that frame the counted noun phrase instead of naming it: a preposition that governs
 * it (加强对100家拟上市重点企业的培育, 国家先后在58个城市进行了…, 为超20000名视力、听力…残疾儿童), a verb marked
 * done by 了 whose object it is (国家支持启动了197个调整改造项目 — 启动 is a verbal noun to the dictionary, 了 says it
 * is the verb here), and a batch it belongs to (开展首批9个城乡融合试点, 基本完成第三批2155个贫困村的整村推进).
 * In each the clause's structure is [frame] [count] [noun phrase]: the noun phrase after the classifier is what
 * the figure counts, whatever stands before the frame.
 */
import frames from '../lexicon/countFrames.json';
import { isVerb } from '../lexicon/verbs';

/** One-character prepositions that govern a noun phrase. */
const PREPOSITIONS: ReadonlySet<string> = new Set(frames.prepositions);
/** Two-character words ending in one of those characters that are not the preposition (现在, 成为, 针对 is one). */
const NOT_PREPOSITION: ReadonlySet<string> = new Set(frames.notPrepositions);
/** Two-character words ending in 了 that are not a verb's aspect (为了, 除了, 到了 a time). */
const NOT_ASPECT: ReadonlySet<string> = new Set(frames.notAspect);
/** Verbs of change: what follows them with 了 is by how much the subject changed (扩大了8个省份). */
const CHANGE_VERB = /(?:扩大|增加|减少|提高|降低|增长|下降|上升|新增|净增|缩小|压缩|精简|多|少)$/;
/** Bounds a count may carry between its frame and its numeral (对超20000名…, 在近百个…). */
const BOUND = /(?:超过|超|近|约|逾|共)$/;
/** A batch or round the counted things belong to: 首批, 第三批, 第二轮. */
const BATCH = /(?:首批|首轮|第[一二三四五六七八九十\d]{1,2}[批轮])$/;

/** Whether the words right before `start` (a count's numeral) frame the noun phrase after the count. */
export function framesCountedNoun(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 10), start).trimEnd();
  const bare = before.replace(BOUND, '');
  // (A batch opening its clause, 首批10个未来产业先导区集聚…, is part of the subject: only a batch a verb takes as its
  // object frames the count.)
  const batch = BATCH.exec(bare);
  if (batch) return isVerb(bare.slice(batch.index - 2, batch.index)) || isVerb(bare.slice(batch.index - 3, batch.index)) || /(?:推进|完成|启动|开展|实施)$/.test(bare.slice(0, batch.index));
  const last = bare.charAt(bare.length - 1);
  const word = bare.slice(-2);
  if (PREPOSITIONS.has(last)) return bare.length >= 2 && !NOT_PREPOSITION.has(word);
  // V了 + count: 了 after a Han character that is not part of a word of its own (为了, 除了).
  // (试点范围又扩大了8个省份: a verb of change before 了 measures the subject before it; the count is by how much.)
  return last === '了' && /[\u4e00-\u9fff]/.test(bare.charAt(bare.length - 2)) && !NOT_ASPECT.has(word) && !CHANGE_VERB.test(bare.slice(0, -1));
}

/**
 * “首批12项及第二批14项重点改革”: a count joined to a second count of the same noun (及, 和, 与, 、, a batch before
 * it or not) shares that count's noun; the position after the second count, or `tail` when none follows.
 */
export function pastJoinedCount(text: string, tail: number): number {
  const m = JOINED_COUNT.exec(text.slice(tail, tail + 16));
  return m ? tail + m[0].length : tail;
}

const JOINED_COUNT = /^(?:及|和|与|、)(?:首批|第[一二三四五六七八九十\d]{1,2}[批轮])?\d{1,6}(?:\.\d+)?[万亿]?[个项件家所类条座批户人名]/;
