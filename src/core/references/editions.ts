import { STANDALONE } from './modifiers';

/** An edition said before an event: 第十六届, 首届, 第3届, 2022年 (a year said as the edition). */
const EDITION = /(?:第[一二三四五六七八九十百\d]+届|首届|\d{4}年?)$/;

/**
 * The event a name is one edition of (第十六届全运会 → 全运会, 首届进博会 → 进博会), or undefined: an event that is a
 * name on its own (entityTypes.json standaloneNames) with only its edition before it. A report says the edition once
 * (成功申办第十六届全运会) and then the event by its name (支持长沙实施好全运会专项规划 — 湖南 2026): that is this
 * edition said short, as 达沃斯论坛 is 夏季达沃斯论坛 (tails.ts joinEndings). Looked up at the name's end only: asked of
 * every name of a report, it tests only the standalone words that end with the name's last character.
 */
export function editionOf(name: string): string | undefined {
  for (const event of BY_LAST.get(name.charCodeAt(name.length - 1)) ?? NO_EVENTS) {
    if (name.length > event.length && name.endsWith(event) && EDITION.test(name.slice(0, name.length - event.length))) return event;
  }
  return undefined;
}

/** The standalone words by their last character, in STANDALONE's order (the first that fits is the event). */
const BY_LAST: ReadonlyMap<number, readonly string[]> = (() => {
  const byLast = new Map<number, string[]>();
  for (const event of STANDALONE) {
    const c = event.charCodeAt(event.length - 1);
    byLast.set(c, [...(byLast.get(c) ?? []), event]);
  }
  return byLast;
})();
const NO_EVENTS: readonly string[] = [];

/** Whether a name is an event that is a name on its own (全运会): said alone it may be an edition said short. */
export function isEvent(name: string): boolean {
  return STANDALONE.has(name);
}
