/**
 * Where a named thing (a programme, a platform, a quoted term) is written in the workspace's other reports: Find All
 * References on 沪苏湖铁路 in this year's report also lists last year's and the province's mentions, as an analyst
 * following a programme across reports expects. The index keeps figures only, so the other texts are read again on
 * request (an open editor's text first); the search is a literal one, linear in each text.
 */
import type { CancellationLike } from '../cancellation';
import type { Range } from '../types';
import type { WorkspaceHost } from './host';

export interface NameMention {
  readonly uri: string;
  readonly range: Range;
}

/** Enough for a list a user reads; a name in every paragraph of fifty reports is cut here. */
export const MAX_NAME_MENTIONS = 500;

/** Every place `name` is written in `text`, as VS Code ranges (0-based lines, UTF-16 columns; \r\n, \r and \n end lines). */
export function literalMentions(text: string, name: string, limit = MAX_NAME_MENTIONS): Range[] {
  const out: Range[] = [];
  if (name.length === 0) return out;
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  for (let at = text.indexOf(name); at >= 0 && out.length < limit; at = text.indexOf(name, at + name.length)) {
    // Line breaks between the last hit and this one, counted once: the whole text is walked at most once.
    for (let i = scanned; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = at;
    const end = at + name.length;
    // A name is written on one line; one broken by the page is not found here (the report's own links read it).
    out.push({ start: { line, character: at - lineStart }, end: { line, character: end - lineStart } });
  }
  return out;
}

/** The name's mentions in each of `uris`, read through the host; files that cannot be read are skipped. */
export async function nameMentionsIn(host: WorkspaceHost, uris: readonly string[], name: string, token: CancellationLike): Promise<NameMention[]> {
  const out: NameMention[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested || out.length >= MAX_NAME_MENTIONS) break;
    let text: string;
    try {
      text = host.openDocument?.(uri)?.text ?? host.decode(await host.readBytes(uri));
    } catch {
      continue; // Gone or unreadable since it was indexed: the index says so when it reads the file again.
    }
    for (const range of literalMentions(text, name, MAX_NAME_MENTIONS - out.length)) out.push({ uri, range });
  }
  return out;
}
