/**
 * A name that says one word twice in a row (省级专精特新企业总量总量 — 宝安区 2022; 社会消费品零售总额总额 — 福田区 2020;
 * 规模以上工业工业增加值 — 宝安区 2016; 创建成为安全文明社区社区 — 盐田区 2010, outside): the subject carried from the clause
 * before already ends with the word the figure's own clause opens with (…，总额连续15年领跑全市; …增量、总量均居全市第一),
 * and the two were joined. No indicator's name repeats a word of two characters or more (none of the dev labels does);
 * the word is said once.
 *
 * A doubling the report itself writes is no join, but words side by side that share a character: 退税缓税缓费 (退税|缓税|
 * 缓费 — 龙华区 2024) and 城中村“一村一策一方案” (城中村|一村|一策 — 福田区 2018, outside) read “税缓税缓” and “村一村一”
 * across their words' bounds. Given the paragraph, such a name is left as written.
 */

/** The longest word a doubling is looked for in: names are short, and a repeat further apart is no doubling. */
const LONGEST = 6;
/** What a name drops of the text it is read from: quotes, brackets and spaces. */
const DROPPED = /[“”‘’"'「」『』《》\s]/g;

/**
 * `name` with each word said twice in a row said once (a word of two to LONGEST Chinese characters); else `name`. A
 * repeat that `source` (the paragraph the name was read from) writes itself stays.
 */
export function undoubledName(name: string | null, source?: string): string | null {
  if (!name || name.length < 4) return name;
  // Read only when a repeat is found (rare): one pass over the paragraph.
  let written: string | undefined;
  let out = name;
  let from = 0;
  // Bounded: each pass removes one repeat or moves past one, and a name has few characters.
  for (let pass = 0; pass < 4; pass++) {
    const at = repeatAt(out, from);
    if (!at) break;
    if (source !== undefined) {
      written ??= source.replace(DROPPED, '');
      if (written.includes(out.slice(at.start, at.start + 2 * at.length))) {
        from = at.start + 1;
        continue;
      }
    }
    out = out.slice(0, at.start) + out.slice(at.start + at.length);
  }
  return out;
}

/** The first word of 2–LONGEST Chinese characters at or after `from` that its own copy follows right away; or null. */
function repeatAt(s: string, from: number): { start: number; length: number } | null {
  for (let start = from; start + 4 <= s.length; start++) {
    for (let length = Math.min(LONGEST, Math.floor((s.length - start) / 2)); length >= 2; length--) {
      if (repeatsAt(s, start, length)) return { start, length };
    }
  }
  return null;
}

/**
 * Whether the `length` characters at `start` are all Chinese and said again right after. Compared code unit by code
 * unit, not sliced: asked at every start and length of every figure's name, the slices were a twentieth of what a first
 * analysis allocated (perf41).
 */
function repeatsAt(s: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const c = s.charCodeAt(start + k);
    if (c < 0x4e00 || c > 0x9fff || c !== s.charCodeAt(start + length + k)) return false;
  }
  return true;
}
