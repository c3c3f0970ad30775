/** A clipped quoted name is three to six characters (“百千万工程”, “双百行动”). */
const MIN_CLIP = 3;
const MAX_CLIP = 6;
/** The full name is longer than its clip by at least this much: a clip leaves words out, not a character. */
const MIN_LEFT_OUT = 4;
/** The clip keeps the full name's last two characters whole: its kind (工程, 行动, 计划). */
const KEPT_END = 2;
/** A name said without its kind keeps at most this many characters (“双高”, “三医”, “千万工程”'s 千万). */
const MAX_HEAD = 4;
/** A two-character quoted term counts what it names (“双高”, “三医”), as terms.ts's NUMBERED_PAIR: no rhetoric. */
const NUMBERED_PAIR = /^[一二两三四五六七八九十双百千万][\u4e00-\u9fff]$/;

/**
 * Quoted names a report clips to the first character of each word (“百县千镇万村高质量发展工程” → “百千万工程”): a quoted
 * term that starts with the full name's first character, ends with its last two (the kind of thing, kept whole),
 * and takes its other characters from the full name in order, is that name said short, when the full name is quoted
 * before it. Each clip → its full name. Bounded: terms × clips of up to MAX_CLIP characters, each test linear.
 */
export function quotedClips(terms: ReadonlyMap<string, ReadonlyArray<{ readonly quoted: boolean; readonly range: { readonly start: { line: number; character: number } } }>>): Map<string, string> {
  const out = new Map<string, string>();
  const firstQuoted = (term: string): { line: number; character: number } | undefined => terms.get(term)?.find((m) => m.quoted)?.range.start;
  // The full names by their first character, with where each is first quoted: a clip looks only at its own.
  const fulls = new Map<number, Array<{ name: string; at: { line: number; character: number } }>>();
  // The quoted names by their opening without their last two characters, their kind (双高 of “双高计划”, 三医 of
  // “三医联动”), with where each is first quoted: a term said so is that name said without its kind. One opening held by
  // two names names neither.
  const byHead = new Map<string, { name: string; at: { line: number; character: number } } | null>();
  for (const name of terms.keys()) {
    const head = name.length - KEPT_END;
    const headAt = head >= 2 && head <= MAX_HEAD ? firstQuoted(name) : undefined;
    if (headAt) byHead.set(name.slice(0, head), byHead.has(name.slice(0, head)) ? null : { name, at: headAt });
  }
  for (const name of terms.keys()) {
    const at = name.length >= MIN_CLIP + MIN_LEFT_OUT ? firstQuoted(name) : undefined;
    if (!at) continue;
    const list = fulls.get(name.charCodeAt(0));
    if (list) list.push({ name, at });
    else fulls.set(name.charCodeAt(0), [{ name, at }]);
  }
  if (fulls.size === 0 && byHead.size === 0) return out;
  for (const clip of terms.keys()) {
    // Said without its kind (“双高” after “双高计划”, “三医” after “三医联动”): the name it opens, quoted before it.
    const headed = clip.length <= MAX_HEAD ? byHead.get(clip) : undefined;
    if (headed !== undefined && headed !== null && (clip.length > 2 || NUMBERED_PAIR.test(clip))) {
      const at = firstQuoted(clip);
      if (at && (headed.at.line < at.line || (headed.at.line === at.line && headed.at.character < at.character))) {
        out.set(clip, headed.name);
        continue;
      }
    }
    if (clip.length < MIN_CLIP || clip.length > MAX_CLIP || !fulls.has(clip.charCodeAt(0)) || !/^[\u4e00-\u9fff]+$/.test(clip)) continue;
    const at = firstQuoted(clip);
    if (!at) continue;
    const full = (fulls.get(clip.charCodeAt(0)) ?? []).find(
      (f) => f.name.length >= clip.length + MIN_LEFT_OUT && (f.at.line < at.line || (f.at.line === at.line && f.at.character < at.character)) && isClipOf(clip, f.name),
    );
    if (full) out.set(clip, full.name);
  }
  return out;
}

function isClipOf(clip: string, full: string): boolean {
  if (clip[0] !== full[0] || !full.endsWith(clip.slice(clip.length - KEPT_END)) || full.includes(clip)) return false;
  // The characters between come from the full name's middle, in order, none of two neighbours side by side there.
  let next = 1;
  const middleEnd = full.length - KEPT_END;
  for (let i = 1; i < clip.length - KEPT_END; i++) {
    const k = full.indexOf(clip[i] as string, next + 1);
    if (k < 0 || k >= middleEnd) return false;
    next = k;
  }
  return true;
}
