import traditionalData from './traditional.json';

/**
 * Length-preserving normalisation for matching. Every UTF-16 code unit maps to exactly one code unit,
 * so an offset in the normalised string is the same offset in the raw line: positions never need a map.
 * - full-width ASCII (！…～, incl. ０-９ ． ％ （ ）) → ASCII
 * - ideographic space, NBSP, typographic spaces (U+2000–U+200A), zero-width characters, BOM, \r, tabs, other control
 *   characters (NUL, DEL, …) → ' '
 * - traditional characters (萬, 億, 點, 增長, 達到, 僑民, 會議) → simplified
 * - a pinyin reading in parentheses after a character (生產(chǎn)) → spaces
 * - CJK double-prime quotes (〝十五〞) → curly quotes (“十五”); ︰ and ﹕ between a ratio's parts → ∶
 * - Arabic zeros inside a year written in Chinese numerals (二00七年) → 〇
 */
/**
 * The CJK double-prime quotation marks 〝 〞 〟: some converted pages close a quote with one (“十五〞期末, “十五〞期间 —
 * names17's page excerpts), and an unclosed “ left the plan's name and its 期末 in the figure's name. They fold to
 * the curly quotes every rule reads.
 */
const QUOTE_LIKE: ReadonlyArray<readonly [number, number]> = [
  [0x301d, 0x201c],
  [0x301e, 0x201d],
  [0x301f, 0x201d],
];
/**
 * The vertical two-dot leader ︰ (U+FE30) and the small colon ﹕ (U+FE55): some converted pages write a ratio's
 * separator with one (三次產業結構由2010年的16.8︰48︰35.2調整為… — names17's page 001, 一、二、三产业增加值的比例由1992年的
 * 18.2︰58.7︰23.1 — outline12's pages), and the ratio went unread. They fold to the ratio sign ∶.
 */
const RATIO_LIKE: ReadonlyArray<readonly [number, number]> = [
  [0xfe30, 0x2236],
  [0xfe55, 0x2236],
];
/**
 * The other control characters but the line feed — NUL, U+0001–U+0008, U+000E–U+001F, DEL: invisible like the zero-width
 * ones, and no part of any word. A NUL the editor shows (or the CLI reads past its first 8 KB, readReport.ts) stood
 * inside figure names (“\0地区生产总值”) and before heading markers, whose headings were lost (perf33's sweep: the seed
 * with a NUL after each 。 and before each 、 kept 31 of its 60 outline nodes; with one opening each line, none).
 */
function controlCodes(): number[] {
  const codes = [0x00, 0x7f];
  for (let c = 0x01; c <= 0x08; c++) codes.push(c);
  for (let c = 0x0e; c <= 0x1f; c++) codes.push(c);
  return codes;
}
/**
 * Besides the ideographic space and NBSP, the typographic spaces U+2000–U+200A (en/em quads and spaces, thin, hair), the
 * narrow NBSP U+202F and the math space U+205F: text saved from a Word file indents its paragraphs with em spaces
 * (辽宁 2025 as extracted, “\u2003\u2003一、2024年工作回顾”), and a heading behind them was no heading — its marker did not
 * open the line, and all 67 headings of that report were lost. They are blank like any other space.
 */
const SPACE_LIKE = new Set([
  0x3000, 0x00a0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0d, 0x09, 0x0b, 0x0c,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f,
  ...controlCodes(),
]);

/**
 * Traditional characters of numerals, magnitudes, units and measures (增長6.5%，達到3.2萬億元), one for one, so
 * that a report in traditional script is read like one in simplified script. Only words figures are made of.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 點: '点', 兩: '两', 長: '长', 達: '达', 為: '为', 實: '实', 現: '现', 總: '总', 額: '额',
  個: '个', 項: '项', 戶: '户', 場: '场', 噸: '吨', 畝: '亩', 歲: '岁', 門: '门', 輛: '辆', 條: '条',
  際: '际', 計: '计', 劃: '划', 預: '预', 標: '标', 內: '内', 約: '约', 餘: '余', 與: '与', 從: '从', 進: '进', 於: '于',
  // The words around figures that date and compare them (較1955年增長16%, 將達到, 這一年, 產量, 業).
  較: '较', 將: '将', 這: '这', 過: '过', 來: '来', 時: '时', 後: '后', 產: '产', 業: '业', 發: '发', 還: '还', 貸: '贷',
};

/**
 * Every other traditional character, as data (traditional.json, generated from OpenCC's one-character conversion):
 * reports of the 1950s mix scripts (一九五三年全國公私企業的職工, 三十萬手工業者, 僑民), and a unit, a group noun or
 * an indicator name written in traditional script matched none of the simplified words the readers know. Characters
 * that simplified reports use (著, 乾) are left out of the data, so a simplified text is never changed.
 */
const TRADITIONAL_REST: ReadonlyArray<readonly [number, number]> = Array.from(traditionalData.traditional, (ch, i) => [
  ch.charCodeAt(0),
  traditionalData.simplified.charCodeAt(i),
]);

/** Every code unit's folded code unit (most map to themselves): a table built once. */
const FOLD_TABLE = ((): Uint16Array => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  for (const c of SPACE_LIKE) table[c] = 0x20;
  for (const [from, to] of QUOTE_LIKE) table[from] = to;
  for (const [from, to] of RATIO_LIKE) table[from] = to;
  for (const [from, to] of TRADITIONAL_REST) table[from] = to;
  for (const [from, to] of Object.entries(TRADITIONAL)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** True when the text holds something foldWidth changes; otherwise it is returned as it is. */
function isFoldable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (FOLD_TABLE[c] !== c) return true;
  }
  return false;
}

/** Code units per String.fromCharCode call (well under the engines' argument limits). */
const CHUNK = 4096;
/** Typed arrays are in the platform's byte order: the UTF-16LE decoder reads them as they are only on a little-endian one. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let utf16: { decode(input: Uint16Array): string } | undefined;
/** The code units a tone-marked vowel may be (ā U+0101 … ǜ U+01DC): below, none, so blankPinyin has nothing to look for. */
const LATIN_FROM = 0xe0;
const LATIN_TO = 0x1dc;

/**
 * Called once for the whole document rather than per line. A table lookup per code unit: a regex replace with a
 * callback per match cost a third of the outline's time (every ，（）％ of a report is full-width). The folded code
 * units become a string by the platform's UTF-16 decoder, one native call (String.fromCharCode over chunks took a
 * third of foldWidth); a text with surrogates takes the chunks still, as the decoder would turn a lone one into
 * U+FFFD, and lone surrogates pass through unchanged, so offsets and text stay as they were. The same loop notes
 * whether a tone-marked vowel may be there, which spares blankPinyin its scan of the whole text (session 15:
 * foldWidth 0.15 → 0.06 ms on the seed).
 */
export function foldWidth(text: string): string {
  const n = text.length;
  if (n === 0 || !isFoldable(text)) return yearZeros(blankPinyin(blankEntities(text)));
  const codes = new Uint16Array(n);
  let surrogates = false;
  let latin = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    else if (c >= LATIN_FROM && c <= LATIN_TO) latin = true;
    codes[i] = FOLD_TABLE[c] as number;
  }
  let out = '';
  if (!surrogates && LITTLE_ENDIAN) out = (utf16 ??= new TextDecoder('utf-16le')).decode(codes);
  else for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return yearZeros(blankEntities(latin || surrogates ? blankPinyin(out) : out));
}

/**
 * A non-breaking space the page's HTML left written out as its entity, &nbsp; (src32, text that a scraper took from a
 * page's markup: 徐水区 2019 “…开发区建设进一步加强。&nbsp;”, a line of the year's series of titles that then ended on no
 * stop; 顺平县 2023 “&nbsp;” alone around each part's name; 安新县 2024, 涞水县 2010, 容城县 2019): a space, as the NBSP
 * itself folds to one, written as six spaces so that every offset stays. O(length): one indexOf when there is none.
 */
const NBSP_ENTITY = '&nbsp;';

function blankEntities(text: string): string {
  if (!text.includes(NBSP_ENTITY)) return text;
  return text.split(NBSP_ENTITY).join(' '.repeat(NBSP_ENTITY.length));
}

/** Vowels with a tone mark: pinyin, never an English or Latin abbreviation (GDP, PM2.5, km). */
const TONED_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/**
 * A character's reading in parentheses right after it — 區(qū)域, 生產(chǎn)總值, 預(yù)計 — as some sites print reports
 * converted to traditional script: one pinyin syllable (at most six letters, one of them a toned vowel) between ( and
 * ). It is no part of the text's words, and it cut names (全區(qū)生產(chǎn)總值 was named qū生产chǎn总值), so it folds to
 * spaces, which names skip, keeping every offset. The page excerpts of names17 hold it in 8 of 43 reports.
 */
/** A pinyin syllable of a reading note: one to six letters, one of them tone-marked (jīng, fā). */
const PINYIN_SYLLABLE = '(?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}';
const PINYIN_NOTE = new RegExp(`(?<=[\\u3400-\\u9fff])\\(${PINYIN_SYLLABLE}\\)`, 'g');

function blankPinyin(text: string): string {
  if (!TONED_VOWEL.test(text)) return text;
  return text.replace(PINYIN_NOTE, (note) => ' '.repeat(note.length));
}

/**
 * A year written in Chinese numerals with Arabic zeros (由二00二年的…增加到二00七年的 — 广东 2008; 二0一九年一月 — 河北
 * 2019, outside): every year rule reads 二〇〇七年, and the zeros made the year a bare 00 and the name 人民币增加到二00七.
 * The zeros fold to 〇, one for one. Only four numerals before 年, opening with 一 or 二 after no other numeral.
 */
const MIXED_YEAR = /(?<![〇○零一二两三四五六七八九十百千万亿\d])[一二][0〇○零一二三四五六七八九]{3}(?=年)/g;

function yearZeros(text: string): string {
  if (!/[一二〇○零][0]|[0][〇○零一二三四五六七八九]/.test(text)) return text;
  return text.replace(MIXED_YEAR, (year) => year.replace(/0/g, '〇'));
}

/** Characters that end a sentence or clause for paragraph-joining purposes. */
export const TERMINAL = '。！？!?；;：:…';
/** Closing quotes/brackets that may follow a terminal mark (。” 。）). */
export const CLOSERS = '”’」』）)》】';

export function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * PINYIN_NOTE as written, before folding: the parentheses may be full-width. A title is shown as written (`raw`), so
 * the readings the text folds to spaces are still in it (土默特左旗 2017: “(一)五年來,我們始終堅持經(jīng)濟發(fā)展第一要務(wù),…”
 * in the outline; names17/outline12 page excerpts: 4 reports).
 */
const RAW_PINYIN_NOTE = new RegExp(`(?<=[\\u3400-\\u9fff])[(\\uff08]${PINYIN_SYLLABLE}[)\\uff09]`, 'g');

/**
 * Removes zero-width/space characters inside a heading title and trims it; keeps spaces between Latin words. A
 * character's pinyin reading in parentheses (區(qū)) is dropped: it is no part of the title's words.
 */
export function cleanTitle(raw: string): string {
  const s = foldSpaces(TONED_VOWEL.test(raw) ? raw.replace(RAW_PINYIN_NOTE, '') : raw).trim();
  // Drop spaces that sit next to a CJK character or CJK punctuation: they are scraping artefacts ("改 革开放").
  return s.replace(/ +/g, (m, offset: number) => {
    const before = s.charCodeAt(offset - 1);
    const after = s.charCodeAt(offset + m.length);
    return isWideChar(before) || isWideChar(after) ? '' : ' ';
  });
}

export function isWideChar(code: number): boolean {
  return isCjk(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d;
}

function foldSpaces(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += SPACE_LIKE.has(c) ? ' ' : s[i];
  }
  return out;
}

/** The last character of `s` that is not a closing quote/bracket, or '' */
export function lastSignificant(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && (s[i] === ' ' || CLOSERS.includes(s[i] as string))) i--;
  return i >= 0 ? (s[i] as string) : '';
}
