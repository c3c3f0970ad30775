/**
 * Generated pathological inputs (issue 10): each shape is a function of a size in UTF-8 bytes, deterministic (a fixed
 * xorshift seed, no Math.random), returning text of at least that many bytes and at most one repeating unit more.
 * Used by the unit suite at small sizes (invariants only) and by the benchmark at 128 KB … 512 KB (time per MB and
 * growth per doubling), so both see exactly the same text.
 */

export interface PathologicalShape {
  /** Short identifier, used in test names and bench rows. */
  readonly id: string;
  /** What the shape stresses, in a few words. */
  readonly description: string;
  readonly generate: (bytes: number) => string;
}

/** Deterministic xorshift32, so a shape's text depends on its size only. */
function rng(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Appends units from `next(i)` until the UTF-8 length reaches `bytes` (at least one unit). */
function fill(bytes: number, next: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes || i === 0; i++) {
    const unit = next(i);
    parts.push(unit);
    size += Buffer.byteLength(unit, 'utf8');
  }
  return parts.join('');
}

const NAMES = ['地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '进出口总额', '城镇居民人均可支配收入', '规模以上工业增加值', '实际使用外资'];
const WORDS = ['推进', '经济', '高质量', '发展', '加快', '建设', '现代化', '产业', '体系', '深化', '改革', '开放', '创新', '驱动', '城乡', '区域', '协调', '民生', '保障', '生态', '环境', '治理', '能力'];
const NUMERALS = '一二三四五六七八九十';

function chineseOrdinal(n: number): string {
  const k = (n % 99) + 1;
  if (k <= 10) return NUMERALS[k - 1] as string;
  const tens = Math.floor(k / 10);
  const ones = k % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones === 0 ? '' : NUMERALS[ones - 1]}`;
}

function prose(random: () => number, words: number): string {
  let s = '';
  for (let i = 0; i < words; i++) s += pick(random, WORDS);
  return s;
}

export const SHAPES: readonly PathologicalShape[] = [
  {
    id: 'growth-run',
    description: '“增长6.5%，达到3.2万亿元，” repeated on one line',
    generate: (bytes) => fill(bytes, () => '增长6.5%，达到3.2万亿元，'),
  },
  {
    id: 'baifenzhi',
    description: '“百分之” repeated on one line',
    generate: (bytes) => fill(bytes, () => '百分之'),
  },
  {
    id: 'quote-lines',
    description: 'lines of “ alone',
    generate: (bytes) => fill(bytes, () => '“\n'),
  },
  {
    id: 'digits-80',
    description: '80-digit number lines',
    generate: (bytes) => {
      const random = rng(80);
      return fill(bytes, () => `${Array.from({ length: 80 }, () => Math.floor(random() * 10)).join('')}\n`);
    },
  },
  {
    id: 'figure-table',
    description: 'a plain-text table of figures without 。',
    generate: (bytes) => {
      const random = rng(7);
      return fill(bytes, () => {
        const amount = (random() * 9000 + 100).toFixed(1);
        const growth = (random() * 20 - 5).toFixed(1);
        return `${pick(random, NAMES)}  ${amount}亿元  增长${growth}%\n`;
      });
    },
  },
  {
    id: 'unpunctuated-lines',
    description: 'lines without end punctuation (paragraph joining)',
    generate: (bytes) => {
      const random = rng(11);
      return fill(bytes, () => `${prose(random, 8 + Math.floor(random() * 20))}\n`);
    },
  },
  {
    id: 'titles-abbreviations',
    description: 'many 《…》 titles and 以下简称 abbreviations',
    generate: (bytes) => {
      const random = rng(13);
      return fill(bytes, (i) => {
        const title = `${prose(random, 3)}条例第${i}号`;
        const short = `${pick(random, WORDS)}${i}`;
        return `根据《${title}》（以下简称“${short}”），落实《${short}》和“${short}”要求，修订《${prose(random, 2)}规划（草案）》。\n`;
      });
    },
  },
  {
    id: 'prose-line',
    description: 'one line of Chinese prose without punctuation',
    generate: (bytes) => {
      const random = rng(17);
      return fill(bytes, () => pick(random, WORDS));
    },
  },
  {
    id: 'yi-lines',
    description: 'lines of “一、” (100,000 at 700 KB)',
    generate: (bytes) => fill(bytes, () => '一、\n'),
  },
  {
    id: 'nested-headings',
    description: 'nested （一）（1） headings',
    generate: (bytes) => {
      const random = rng(19);
      return fill(bytes, (i) => {
        const part = i % 40 === 0 ? `${chineseOrdinal(i / 40)}、${prose(random, 3)}\n` : '';
        return `${part}（${chineseOrdinal(i % 12)}）${prose(random, 3)}\n（${(i % 9) + 1}）${prose(random, 4)}。\n`;
      });
    },
  },
  {
    id: 'dotted-numbers',
    description: '1.1.1.1 lines',
    generate: (bytes) => fill(bytes, (i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.${(i % 3) + 1} ${i % 2 === 0 ? '推进改革' : ''}\n`),
  },
  {
    id: 'unbalanced',
    description: 'unbalanced quotes and 《',
    generate: (bytes) => {
      const random = rng(23);
      return fill(bytes, (i) => {
        const opener = pick(random, ['“', '《', '“《', '《“', '（', '‘']);
        return `${opener}${prose(random, 2 + (i % 5))}${i % 3 === 0 ? '，增长5%' : ''}${i % 4 === 0 ? '。' : ''}\n`;
      });
    },
  },
  {
    id: 'shisiwu',
    description: '十四五 repeated',
    generate: (bytes) => fill(bytes, (i) => (i % 50 === 49 ? '“十四五”\n' : '十四五')),
  },
  {
    id: 'many-reports',
    description: 'a compilation: a report title and its dated header before every 30 short prose lines',
    generate: (bytes) => {
      const random = rng(31);
      return fill(bytes, (i) =>
        i % 31 === 0 ? `政府工作报告\n——${2000 + (i % 25)}年1月${1 + (i % 28)}日在第${chineseOrdinal(i)}届人民代表大会上\n` : `${prose(random, 3)}，增长5%。\n`,
      );
    },
  },
  {
    id: 'pasted-copies',
    description: 'a report, then the same other report pasted again and again: one-line dashed titles, blank lines between paragraphs',
    // trial20 pasted the seed ×15 after 辽宁 2026: every copy's title (政府工作报告——…会议上) is a later-report candidate
    // and every paragraph a duplicate key; the layout and the salutation must come from the first report, in linear time.
    generate: (bytes) => {
      const random = rng(37);
      const copy = `政府工作报告——2021年1月19日在苏州市十六届人大五次会议上\n\n市长 李亚平\n\n各位代表：\n\n${Array.from({ length: 30 }, () => `${prose(random, 3)}，增长5%。\n\n`).join('')}`;
      const first = `2026年辽宁省政府工作报告\n——2026年1月27日在辽宁省第十四届人民代表大会第五次会议上\n省长 王新伟\n各位代表：现在，我代表省人民政府向大会报告工作。\n${Array.from({ length: 40 }, () => `${prose(random, 3)}，增长5%。\n`).join('')}`;
      return first + fill(Math.max(0, bytes - Buffer.byteLength(first, 'utf8')), () => copy);
    },
  },
  {
    id: 'campaign-objects',
    description: 'a campaign named in two parts, what it acts on said thousands of times between: in one paragraph without its verb, then on lines with it',
    // A review of session 18: the verb before each mention was searched back to the paragraph's start (quadratic), and
    // each accepted mention copied and sorted the campaign's whole list again.
    generate: (bytes) =>
      '政府工作报告\n一、过去一年工作回顾\n持续深化群众身边不正之风和腐败问题集中整治，成效明显。\n二、今年工作安排\n' +
      `${fill(bytes / 2, () => '坚决反对群众身边不正之风和腐败问题，')}。\n${fill(bytes / 2, () => '坚决整治群众身边不正之风和腐败问题。\n')}` +
      '深化群众身边不正之风和腐败问题集中整治。\n',
  },
  {
    id: 'mixed-eol',
    description: 'mixed CR / LF / CRLF line endings',
    generate: (bytes) => {
      const random = rng(29);
      return fill(bytes, (i) => {
        const eol = ['\n', '\r', '\r\n', '\r\r\n', '\n\r'][i % 5] as string;
        const marker = i % 10 === 0 ? `${chineseOrdinal(i / 10)}、` : '';
        return `${marker}${prose(random, 4)}增长${(i % 90) / 10}%，${prose(random, 3)}。${eol}`;
      });
    },
  },
  {
    id: 'bracket-line',
    description: 'one line of footnote markers [n] and quoted names with figures between, no line break (a page of notes pasted flat)',
    // A review of session 24: each figure asked every bracket and quote span from the text's start whether it held it
    // (exclusions.ts blockedSpans), quadratic in such a line — 512 KB of [n] markers took minutes.
    generate: (bytes) => fill(bytes, (i) => (i % 10 === 9 ? `“${i % 7}号”增长${i % 9}%，` : `[${(i % 99) + 1}]`)),
  },
  {
    id: 'percent-run',
    description: '“5%” repeated on one line: a figure every two bytes',
    // Session 25 (shapes42): linear, but every figure pays the whole naming, period and status reading, so the time per
    // MB is the time per figure times the densest figures text can hold — several times the budget.
    generate: (bytes) => fill(bytes, () => '5%'),
  },
  {
    id: 'kindless-stems',
    description: 'one line of programmes each named with its kind and said again without it (…工程，…、), thousands of names',
    // Session 26 (links30): kindless.ts walks the body once with a trie of the names' stems and asks, for each stem said
    // bare, whether a name covers it — on one line holding every name, a list of spans asked per stem would be quadratic.
    generate: (bytes) => {
      const random = rng(31);
      const chars = '澜沧鹭岛翠屏锦峰瑶池琼崖霞浦榕城桂岭枫林棠溪栖霞雁荡湄洲梧桐';
      const stem = (): string => Array.from({ length: 6 }, () => chars[Math.floor(random() * chars.length)] as string).join('');
      return `政府工作报告\n一、过去一年工作回顾\n${fill(bytes, () => {
        const s = stem();
        return `实施${s}工程，${s}、`;
      })}。\n`;
    },
  },
  {
    id: 'closer-lines',
    description: 'lines of ” alone (each one a paragraph)',
    // Session 25 (shapes42): every paragraph before the first heading scanned the first 200 paragraphs again for a long
    // one (outline/body.ts isAfterSalutation) — bounded, but 200 steps a line.
    generate: (bytes) => fill(bytes, () => '”\n'),
  },
];

export function shapeById(id: string): PathologicalShape {
  const shape = SHAPES.find((s) => s.id === id);
  if (!shape) throw new Error(`unknown pathological shape ${id}`);
  return shape;
}
