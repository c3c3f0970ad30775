/**
 * A large synthetic report made of real paragraphs, for the 10 MB budget (robustness test and benchmark).
 * Structure like a real report: title block, then parts "一、…", sections "（一）…", points "1.…" whose title is the
 * first sentence of their paragraph, and plain paragraphs in between, separated by blank lines.
 */

/** Chinese numerals as used in headings: 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ['', '十', '百', '千'];
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push('零');
    zero = false;
    parts.push(d === 1 && unit === '十' && i === 0 ? '' : (digits[d] ?? ''), unit);
  }
  return parts.join('');
}

const MARKER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[一二三四五六七八九十]是)/u;

/**
 * The body paragraphs of a report (long lines with a full stop, no web addresses or source lines), with any
 * leading heading marker removed.
 */
export function realParagraphs(reportText: string, minLength = 40): string[] {
  const out: string[] = [];
  for (const line of reportText.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.length < minLength || !trimmed.includes('。') || /https?:|www\.|来源[:：]|更多数据/u.test(trimmed)) continue;
    out.push(trimmed.replace(MARKER, ''));
  }
  if (out.length === 0) throw new Error('no paragraphs to build a synthetic report from');
  return out;
}

/** Builds a report of at least `targetBytes` bytes of UTF-8 from `paragraphs`, cycling through them. */
export function buildSyntheticReport(paragraphs: readonly string[], targetBytes: number): string {
  const chunks: string[] = ['政府工作报告', '——2021年1月19日在某市第十六届人民代表大会第五次会议上', '市长　某某', '', '各位代表：', ''];
  let bytes = chunks.reduce((sum, c) => sum + utf8Length(c) + 1, 0);
  let next = 0;
  // Every paragraph gets a numbered closing sentence, so that the cycled text never reads as a report pasted
  // twice (the core drops a second copy of a report from the outline, which would make the test too easy).
  const take = (): string => {
    const p = paragraphs[next % paragraphs.length] as string;
    next++;
    return `${p}第${next}项任务按计划推进。`;
  };
  const push = (line: string): void => {
    chunks.push(line, '');
    bytes += utf8Length(line) + 2;
  };
  for (let part = 1; bytes < targetBytes; part++) {
    push(`${chineseNumeral(part)}、第${part}部分工作任务`);
    for (let section = 1; section <= 10 && bytes < targetBytes; section++) {
      push(`（${chineseNumeral(section)}）${firstClause(take())}`);
      for (let point = 1; point <= 10 && bytes < targetBytes; point++) {
        push(`${point}.${take()}`);
        push(take());
      }
    }
  }
  return chunks.join('\n');
}

function firstClause(paragraph: string): string {
  const end = paragraph.search(/[，。；：]/u);
  return end > 0 ? paragraph.slice(0, Math.min(end, 30)) : paragraph.slice(0, 30);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
