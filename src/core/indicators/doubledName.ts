/**
 * A name that says one word twice in a row (省级专精特新企业总量总量 — 宝安区 2022; 社会消费品零售总额总额 — 福田区 2020;
 * 规模以上工业工业增加值 — 宝安区 2016; 创建成为安全文明社区社区 — 盐田区 2010, outside): the subject carried from the clause
 * before already ends with the word the figure's own clause opens with (…，总额连续15年领跑全市; …增量、总量均居全市第一),
 * and the two were joined. No indicator's name repeats a word of two characters or more (none of the dev labels does);
 * the word is said once.
 */

/** The longest word a doubling is looked for in: names are short, and a repeat further apart is no doubling. */
const LONGEST = 6;

/** `name` with each word said twice in a row said once (a word of two to LONGEST Chinese characters); else `name`. */
export function undoubledName(name: string | null): string | null {
  if (!name || name.length < 4) return name;
  let out = name;
  // Bounded: each pass removes one repeat, and a name has few characters.
  for (let pass = 0; pass < 4; pass++) {
    const at = repeatAt(out);
    if (!at) break;
    out = out.slice(0, at.start) + out.slice(at.start + at.length);
  }
  return out;
}

/** The first word of 2–LONGEST Chinese characters that its own copy follows right away, as start and length; or null. */
function repeatAt(s: string): { start: number; length: number } | null {
  for (let start = 0; start + 4 <= s.length; start++) {
    for (let length = Math.min(LONGEST, Math.floor((s.length - start) / 2)); length >= 2; length--) {
      const word = s.slice(start, start + length);
      if (/^[\u4e00-\u9fff]+$/.test(word) && s.startsWith(word, start + length)) return { start, length };
    }
  }
  return null;
}
