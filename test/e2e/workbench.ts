/**
 * The workbench as a user drives it, for the real-editor run (run.ts, cardCharts.ts): waiting for what the DOM
 * shows, the Command Palette, Quick Open, Go to Line, the status bar, hovers, lists and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

export const WAIT_MS = 20_000;
const SCREENSHOTS = join(ROOT, 'media', 'screenshots');

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? ` (${last.message.split('\n')[0]})` : ''}`);
    }
    await sleep(100);
  }
}

export async function statusText(page: Page, id: string): Promise<string> {
  const item = page.locator(`[id="${id}"]`);
  if ((await item.count()) === 0) return '';
  return ((await item.first().innerText()) ?? '').trim();
}

/** Waits until the status bar's cursor position starts with `want` (“Ln 111,” or “Ln 31, Col 46 (4 selected)”). */
export async function waitForStatus(page: Page, want: string, after: string): Promise<string> {
  return waitFor(`the status bar to show “${want}” after ${after}`, async () => {
    const text = await statusText(page, 'status.editor.selection');
    return text.startsWith(want) ? text : undefined;
  }, 5000).catch(async (err: unknown) => {
    throw new Error(`${err instanceof Error ? err.message : String(err)}; it shows “${await statusText(page, 'status.editor.selection')}”`);
  });
}

export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1'); // View: Focus First Editor Group
}

/**
 * A picker (Command Palette, Quick Open, Go to Line…) is open **and its input has the keyboard focus**: every caller
 * types next, and keys typed while the focus is still in a report's editor go into the report — which code-server
 * (web: files.autoSave afterDelay) writes to disk a second later. Session 22 found typed text saved into two reports
 * of the run's workspace that way, after a window reload had left the focus in an editor.
 */
export async function quickInputOpen(page: Page): Promise<boolean> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  return (await input.isVisible()) && (await input.evaluate((e) => e === e.ownerDocument.activeElement));
}

/** Runs a command from the Command Palette by its title, as a user would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await waitFor('the Command Palette', () => quickInputOpen(page), 5000);
  await page.keyboard.type(title);
  await waitFor(`“${title}” in the Command Palette`, async () => {
    const first = page.locator('.quick-input-list .monaco-list-row').first();
    return (await first.count()) > 0 && ((await first.getAttribute('aria-label')) ?? '').includes(title);
  }, 5000);
  await page.keyboard.press('Enter');
}

export interface ListRow {
  readonly index: number;
  readonly level: number;
  readonly name: string;
  readonly description: string;
  readonly label: string;
}

export async function readRows(page: Page, rowSelector: string): Promise<ListRow[]> {
  return page.$$eval(rowSelector, (elements) =>
    elements.map((e) => ({
      index: Number(e.getAttribute('data-index')),
      level: Number(e.getAttribute('aria-level') ?? '0'),
      name: (e.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (e.querySelector('.label-description')?.textContent ?? '').trim(),
      label: e.getAttribute('aria-label') ?? '',
    })),
  );
}

/** Every row of a virtualised list: scroll it from top to bottom with the wheel and merge rows by data-index. */
export async function collectRows(page: Page, listSelector: string, rowSelector: string): Promise<ListRow[]> {
  const list = page.locator(listSelector).first();
  const box = await list.boundingBox();
  assert(box, `${listSelector} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  await scrollToTop(page, rowSelector, box.height);
  const rows = new Map<number, ListRow>();
  let unchanged = 0;
  for (let i = 0; i < 300 && unchanged < 3; i++) {
    const before = rows.size;
    for (const row of await readRows(page, rowSelector)) rows.set(row.index, row);
    unchanged = rows.size === before ? unchanged + 1 : 0;
    await page.mouse.wheel(0, Math.max(100, box.height * 0.7));
    await sleep(60);
  }
  await scrollToTop(page, rowSelector, box.height);
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/** Wheels up (mouse over the list) until the row with data-index 0 is rendered. */
export async function scrollToTop(page: Page, rowSelector: string, height: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const indexes = (await readRows(page, rowSelector)).map((r) => r.index);
    if (indexes.length === 0) return;
    if (indexes.includes(0)) {
      await page.mouse.wheel(0, -height); // the first row fully in view, not cut by a fractional offset
      await sleep(60);
      return;
    }
    await page.mouse.wheel(0, -Math.max(100, height));
    await sleep(40);
  }
}

export async function openFileByQuickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await waitFor('Quick Open', () => quickInputOpen(page), 5000);
  await page.keyboard.type(name);
  await waitFor(`“${name}” in Quick Open`, async () => {
    const label = await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label');
    return (label ?? '').includes(name.split('/').pop()!);
  }, 10_000);
  await page.keyboard.press('Enter');
  await waitFor(`the editor tab “${name}”`, async () => {
    const tab = await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
    return (tab ?? '').includes(name.split('/').pop()!);
  });
}

export async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await waitFor('Go to Line', () => quickInputOpen(page), 5000);
  await page.keyboard.type(`${line}:${column}`);
  // Enter before the picker offers “Go to line N …” does nothing (seen just after a 350,000-character report opened).
  await waitFor(`Go to Line offering line ${line}`, async () => ((await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label')) ?? '').includes(String(line)), 5000);
  await page.keyboard.press('Enter');
  await waitFor(`the cursor at Ln ${line}, Col ${column}`, async () => (await statusText(page, 'status.editor.selection')).startsWith(`Ln ${line}, Col ${column}`));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path });
  return path.slice(ROOT.length + 1);
}

export async function showHover(page: Page, needle: string): Promise<string> {
  const read = async (): Promise<string | undefined> => {
    const hover = page.locator('.monaco-hover:visible .monaco-hover-content');
    if ((await hover.count()) === 0) return undefined;
    const text = (await hover.allInnerTexts()).join('\n');
    return text.includes(needle) ? text : undefined;
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I'); // Show or Focus Hover
    const text = await waitFor(`a hover card naming ${needle}`, read, 5000).catch(() => undefined);
    if (text) return text;
  }
  await runCommand(page, 'Show or Focus Hover');
  return waitFor(`a hover card naming ${needle}`, read, 5000);
}

/**
 * The hover card opens at most 250 px high, which hides the mentions; a user drags its top edge to see them all.
 * Drags the north sash up to the top of the editor (or as far as the card's content needs).
 */
export async function enlargeHover(page: Page): Promise<void> {
  const sash = page.locator('[widgetid="editor.contrib.resizableContentHoverWidget"] .monaco-sash.orthogonal-edge-north:not(.disabled)').first();
  const editor = await page.locator('.editor-instance .monaco-editor').first().boundingBox();
  if ((await sash.count()) === 0 || !editor) return;
  const box = await sash.boundingBox();
  if (!box) return;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, Math.max(editor.y + 10, y - 400), { steps: 10 });
  await page.mouse.up();
}
