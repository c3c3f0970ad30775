import data from '../lexicon/responsibilitySystems.json';
import type { Paragraph } from '../text/paragraphs';
import { comparePositions, positionKey } from '../positions';
import { rangeIn } from './context';
import type { Mention } from './mention';

/** The things a chief is put over (responsibilitySystems.json), two-character heads first: 河湖长制 before 湖长制. */
const HEADS: readonly string[] = [...data.heads].sort((a, b) => b.length - a.length);
/** What every such name ends with. */
const SYSTEM = '长制';
/** A name said right before this is defined there (〔3〕河湖长制：即由…), by a glossary the term scan reads. */
const DEFINES: readonly string[] = ['：', ':', '”：', '”:'];

/**
 * A responsibility system (河长制, 林长制, 河湖长制: the links README's named institutions) is a named thing with no type
 * word the name scan reads, so its later mentions went unlinked where the report did not quote it the same way each
 * time (src32 唐县-2020 全面落实河长制 … 严格落实河长制; 易县-2018, 易县-2021, 高阳县-2019, 米易县-2023, outside; dev
 * 安徽 2026's 林长制). Every mention of one joins a chain keyed by its name, whose first mention the later ones link to.
 * A name the report defines (河湖长制：即由各级党政…, a glossary the term scan links its mentions to) is left to that
 * scan: one link per mention. Linear: one indexOf walk for 长制 per paragraph, a few startsWith at each.
 */
export function addResponsibilitySystems(paragraphs: readonly Paragraph[], all: readonly Paragraph[], mentions: Map<string, Mention[]>): void {
  const found = new Map<string, Mention[]>();
  for (const p of paragraphs) {
    for (let at = p.text.indexOf(SYSTEM); at >= 0; at = p.text.indexOf(SYSTEM, at + SYSTEM.length)) {
      const head = headBefore(p.text, at);
      if (head === undefined) continue;
      const name = head + SYSTEM;
      const start = at - head.length;
      const list = found.get(name);
      const m: Mention = { range: rangeIn(p, start, at + SYSTEM.length), text: name, nested: false };
      if (list) list.push(m);
      else found.set(name, [m]);
    }
  }
  for (const [name, list] of found) {
    if (list.length < 2 || defined(all, name)) continue;
    const known = mentions.get(name) ?? [];
    const at = new Set(known.map((m) => positionKey(m.range.start)));
    const merged = [...known, ...list.filter((m) => !at.has(positionKey(m.range.start)))];
    merged.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(name, merged);
  }
}

/** The head right before 长制 at `at`, the longest the list has (河湖 over 湖), or undefined. */
export function headBefore(text: string, at: number): string | undefined {
  for (const head of HEADS) if (at >= head.length && text.startsWith(head, at - head.length)) return head;
  return undefined;
}

/** Whether some paragraph defines the name (河湖长制：即…, [8]“河长制”：落实…): asked only of names said twice. */
function defined(paragraphs: readonly Paragraph[], name: string): boolean {
  for (const p of paragraphs) {
    for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + name.length)) {
      if (DEFINES.some((d) => p.text.startsWith(d, at + name.length))) return true;
    }
  }
  return false;
}
