import verbData from '../lexicon/verbs.json';

/** How far back from its type word a name may start (世界反法西斯战争海拉尔纪念园: 14 characters before 纪念园). */
const MAX_MODIFIER = 16;
/** Characters a name never spans: punctuation, and the particles and prepositions between words. */
const STOP = new Set('，。；：、！？,.;:!?（）()《》“‘’「」—… \t的和与及或在对把将为了等是由从向到至被以');
/** Words that end in a particle's character but are no particle (自由贸易试验区, 和谐社区). */
const PARTICLE_IN_WORD: ReadonlySet<string> = new Set(['自由', '和谐', '和平', '中和', '对外', '在线']);
/** Verbs that lead into a name but are missing from verbs.json, which keeps only verbs that never end an indicator. */
export const LEAD_VERBS: ReadonlySet<string> = new Set(['建设', '落实', '推进', '实施', '打造', '创建', '培育', '加快', '深化', '支持', '举办', '召开', '改造', '治理', '开展', '启动', '组建', '设立', '申建', '争创', '获批', '增设', '确定', '强化']);
/** A quoted piece inside a name (产业用地更新“双百”行动) is at most this long, quotes included. */
const MAX_QUOTED = 10;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The dictionary's verbs and LEAD_VERBS keyed by their UTF-16 code units as one number, so that the backward scan
 * below, which asks at every character whether a verb ends there, never cuts a string to ask.
 */
const key2 = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
const key3 = (text: string, at: number): number => text.charCodeAt(at) * 0x100000000 + key2(text, at + 1);
const VERB2 = new Set<number>();
const VERB3 = new Set<number>();
const LEAD2 = new Set<number>();
for (const v of verbData.verbs) if (v.length === 2) VERB2.add(key2(v, 0));
for (const v of verbData.verbs) if (v.length === 3) VERB3.add(key3(v, 0));
for (const v of LEAD_VERBS) LEAD2.add(key2(v, 0));

/** Whether one of LEAD_VERBS ends at `s`. */
function leadEndsAt(text: string, s: number): boolean {
  return s >= 2 && LEAD2.has(key2(text, s - 2));
}

/** Whether a verb of two or three characters ends at `s` (where a name after it may start). */
function verbEndsAt(text: string, s: number, limit: number): boolean {
  if (s - 2 >= limit && (VERB2.has(key2(text, s - 2)) || LEAD2.has(key2(text, s - 2)))) return true;
  return s - 3 >= limit && VERB3.has(key3(text, s - 3));
}

/** Whether the name starting at `s` would begin with a verb (推进…, 加强…): then only a verb or a quote may stand before it. */
function verbStartsAt(text: string, s: number): boolean {
  if (s + 2 > text.length) return false;
  return VERB2.has(key2(text, s)) || LEAD2.has(key2(text, s)) || (s + 3 <= text.length && VERB3.has(key3(text, s)));
}

/**
 * Where a name ending at its type word (at `typeAt`) may start, longest first; the last is the nearest, where the
 * name starts unless a longer reading recurs in the report. Read backwards: never across punctuation, a particle
 * (的, 和, 在 …), a number with its classifier (16项), or a date; a verb of jieba's dictionary (建设, 推进 …) is where
 * a name may start (建设材料科学姑苏实验室 → 材料科学姑苏实验室), and a name may go on back over it when it recurs
 * (服务业扩大开放综合试点). A quoted piece is stepped over whole (产业用地更新“双百”行动). Bounded by MAX_MODIFIER.
 */
export function nameStarts(text: string, typeAt: number): number[] {
  const limit = Math.max(0, typeAt - MAX_MODIFIER);
  const starts: number[] = [];
  let s = typeAt;
  while (s > limit) {
    const ch = text[s - 1] as string;
    if (ch === '”') {
      // Looked for within the quoted piece's reach only: a text of closing quotes alone stays linear.
      let open = s - 2;
      while (open >= limit && s - open <= MAX_QUOTED && text[open] !== '“') open--;
      if (open < limit || s - open > MAX_QUOTED || /[，。；：！？]/.test(text.slice(open, s))) break;
      s = open;
      starts.push(s);
      continue;
    }
    // A date or a number with its classifier before the name (2024年全国…, 16项中央环保督察) is not part of it.
    if ((STOP.has(ch) && !PARTICLE_IN_WORD.has(text.slice(s - 2, s)) && !PARTICLE_IN_WORD.has(text.slice(s - 1, s + 1))) || isDigit(ch) || (isDigit(text[s - 2]) && /[\u4e00-\u9fff]/.test(ch))) break;
    if (verbEndsAt(text, s, limit)) {
      starts.push(s);
      // A verb that leads into names (建设, 推进, 落实 …) is never inside one: 坚决落实|中央八项规定.
      if (leadEndsAt(text, s)) return starts.reverse();
    }
    s--;
  }
  if (starts[starts.length - 1] !== s) starts.push(s);
  // Nearest first as found; a start that would begin with a verb is kept only after a verb that leads into names or
  // a quote (推进|优化营商环境创新行动, “优化营商环境创新行动2021”), never at a hard stop (，加强…中心) or after another
  // verb (复制推广|自贸区改革试点).
  const valid = starts.filter((st) => st === typeAt || !verbStartsAt(text, st) || text[st - 1] === '“' || leadEndsAt(text, st));
  return valid.reverse();
}
