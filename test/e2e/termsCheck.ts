/**
 * Real-editor check of Compare Terms with Last Year on national 2023 (against 2022, both in the e2e workspace): the
 * webview tab's title, the New list's formulations against the CLI's own comparison (`govreport terms --json`), the
 * line that counts the words the list leaves to the CSV (shown with the words only), a term's chart across years (a
 * chart tab in the report's group, not a third one), its link into the report, and closing the tab without a prompt. Screenshot for the README: terms-compare.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { assert, openFileByQuickOpen, runCommand, screenshot, waitFor, waitForStatus } from './workbench';

type Check = (name: string, body: () => Promise<string | void>) => Promise<boolean>;

interface JsonRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
interface ChangeJson {
  readonly term: string;
  readonly source: 'dictionary' | 'quoted' | 'word';
  readonly count: number;
  readonly first: JsonRange | null;
}

/** Rows the view lists per source in each list (DEFAULT_ROWS_PER_SOURCE in src/core/terms/table.ts). */
const ROWS_PER_SOURCE = 200;

/** The webview (an iframe in an iframe) whose page has this heading; other webviews (charts) may be open too. */
async function webviewWith(page: Page, heading: string): Promise<FrameLocator> {
  return waitFor(`a webview headed “${heading}”`, async () => {
    const frames = page.locator('iframe.webview.ready');
    for (let i = (await frames.count()) - 1; i >= 0; i--) {
      const frame = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('#active-frame');
      if ((await frame.locator('h1', { hasText: heading }).count()) > 0) return frame;
    }
    return undefined;
  });
}

export async function termsChecks(page: Page, check: Check, opts: { cli: string; workspace: string }): Promise<void> {
  const current = join(opts.workspace, 'national', '2023.txt');
  const previous = join(opts.workspace, 'national', '2022.txt');

  await check('Compare Terms with Last Year on national 2023: a tab “Terms 2023 vs 2022 — 全国” whose New list holds the CLI’s formulations; a term’s Chart opens, its link opens the report at its first mention', async () => {
    assert(existsSync(current) && existsSync(previous), 'the e2e workspace needs national/2022.txt and national/2023.txt');
    const json = JSON.parse(execFileSync(process.execPath, [opts.cli, 'terms', current, '--against', previous, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
      segmentation: string;
      comparison: { new: ChangeJson[] };
    };
    assert(json.segmentation === 'nodejieba', `the CLI counted without nodejieba (${json.segmentation})`);
    const formulations = json.comparison.new.filter((c) => c.source !== 'word');
    const bySource = (source: ChangeJson['source']): number => Math.min(ROWS_PER_SOURCE, formulations.filter((c) => c.source === source).length);
    const expectedCount = bySource('dictionary') + bySource('quoted');
    const newWords = json.comparison.new.filter((c) => c.source === 'word').length;
    const term = formulations.find((c) => c.first !== null);
    assert(term?.first, 'the CLI finds no new dictionary or quoted term in national 2023');

    await openFileByQuickOpen(page, 'national/2023.txt');
    await runCommand(page, 'GovReport: Compare Terms with Last Year');
    const title = 'Terms 2023 vs 2022 — 全国';
    const tab = page.locator('.tabs-container .tab', { hasText: title }).first();
    await waitFor(`the tab “${title}”`, async () => (await tab.count()) > 0, 30_000).catch(async (err: unknown) => {
      const tabs = await page.$$eval('.tabs-container .tab', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      const toasts = await page.$$eval('.notifications-toasts .notification-list-item', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      await page.screenshot({ path: join(opts.workspace, '..', 'terms-failure.png') });
      throw new Error(`${err instanceof Error ? err.message : String(err)}; tabs: ${tabs.join(' | ')}; notifications: ${toasts.join(' | ')}`);
    });
    const frame = await webviewWith(page, title);
    const count = (await frame.locator('[data-count="new"]').first().innerText()).trim();
    assert(Number(count) === expectedCount, `the New tab counts ${count} dictionary and quoted terms; govreport terms --json has ${expectedCount}`);
    // The table fits the tab beside the report (a trial's half-width tab, ~510 px, cut its Ratio and Chart columns).
    const width = await frame.locator('html').evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    assert(width.scroll <= width.client, `the terms page is ${width.scroll} px wide in a tab of ${width.client} px: its right-hand columns are cut`);
    // The line under a list cut short names its source and shows with that source's rows only (a trial read
    // “341 more in the CSV export” under the dictionary and quoted terms as more of those: they were hidden words).
    const wordsLine = frame.locator('section[data-section="new"] p.omitted[data-source="word"]');
    assert(newWords > ROWS_PER_SOURCE, `national 2023 has ${newWords} new words, no more than the table lists: the check below needs more`);
    assert((await frame.locator('section[data-section="new"] p.omitted:visible').count()) === 0, 'a “more in the CSV export” line shows while words are hidden');
    await frame.locator('input[data-source="word"]').click();
    const wordsText = await waitFor('the words’ “more in the CSV export” line', async () => ((await wordsLine.isVisible()) ? wordsLine.innerText() : undefined), 5000);
    const more = `${newWords - ROWS_PER_SOURCE} more “word” terms`;
    assert(wordsText.includes(more), `the line under the words reads “${wordsText}”, not “${more} …”`);
    await frame.locator('input[data-source="word"]').click();
    await waitFor('the words’ line to hide again', async () => !(await wordsLine.isVisible()), 5000);
    const { start, end } = term.first;
    const linkIn = (f: FrameLocator) => f.locator(`a[data-link][title="Line ${start.line + 1} of 2023.txt"]`, { hasText: term.term }).first();
    await waitFor(`“${term.term}” in the New list`, async () => (await linkIn(frame).count()) > 0, 5000);
    // The picture: the side bar out of the way so that the table shows both years, no tooltip over it.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await page.mouse.move(5, 450);
    await sleep(400);
    const shot = await screenshot(page, 'terms-compare.png');
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    // Its Chart button: the term's rate across the years of 全国 in the chart panel (a tab of its own).
    await frame.locator(`button[data-chart][title="Chart ${term.term} across the years of 全国"]`).first().click();
    const chartTab = page.locator('.tabs-container .tab', { hasText: `Chart: ${term.term} per 10,000 characters — 全国` }).first();
    await waitFor(`the chart tab of “${term.term}”`, async () => (await chartTab.count()) > 0, 30_000);
    // In the report's group, beside the terms tab: opened Beside the terms tab it made a third group (a trial: three
    // columns of ~350 px, the table and the chart's title cut).
    const groups = await page.locator('.editor-group-container').count();
    const chartLabel = (await chartTab.getAttribute('aria-label')) ?? '';
    const reportLabel = (await page.locator('.tabs-container .tab[data-resource-name="2023.txt"]').first().getAttribute('aria-label')) ?? '';
    const groupOf = (label: string): string => /Editor Group \d+/u.exec(label)?.[0] ?? '?';
    assert(groups === 2 && groupOf(chartLabel) === groupOf(reportLabel), `the chart opened as “${chartLabel}” with ${groups} editor groups; wanted the report’s group (“${reportLabel}”) of 2`);
    await chartTab.click({ button: 'middle' });
    await waitFor('the chart tab to close', async () => (await chartTab.count()) === 0, 5000);
    // Back on the terms tab (its page is shown again), the term's link.
    const link = linkIn(await webviewWith(page, title));
    await waitFor(`“${term.term}” in the New list again`, async () => (await link.count()) > 0, 5000);
    await link.click();
    const want = `Ln ${end.line + 1}, Col ${end.character + 1}`;
    const got = await waitForStatus(page, want, `a click on “${term.term}”`);
    assert(!(await tab.evaluate((e) => e.classList.contains('dirty'))), 'the terms tab is marked as unsaved');
    await tab.click({ button: 'middle' });
    await waitFor('the terms tab to close', async () => (await tab.count()) === 0, 5000);
    assert((await page.locator('.monaco-dialog-box').count()) === 0, 'closing the terms tab opened a dialog');
    return `New: ${count} formulations, first “${term.term}” (its chart opened in the report’s group, 2 groups); table ${width.scroll} px in a ${width.client} px tab; words: “${wordsText}” shown with them only; click → “${got}”; screenshot ${shot}`;
  });
}
