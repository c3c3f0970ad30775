/**
 * Real-editor checks of the hover card's first screen and of the charts, on the national reports (2015–2019, 2022,
 * 2023) and the 2026 provincial reports of the e2e workspace: what the card shows at its default size against the
 * core's series (`govreport series`), the chart across years opened from the card's link, the chart across places
 * opened from the Command Palette against each report's own figure (`govreport indicators`). Screenshots for the
 * README: hover-series.png, chart-years.png, chart-places.png.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { assert, goToLine, openFileByQuickOpen, quickInputOpen, runCommand, screenshot, showHover, waitFor } from './workbench';

// What the probe below uses in the browser (page.evaluate runs it there; this project's TypeScript has no DOM lib).
interface ProbeElement {
  readonly textContent: string | null;
  getBoundingClientRect(): { top: number; bottom: number; height: number };
  getAttribute(name: string): string | null;
  closest(selector: string): ProbeElement | null;
  querySelector(selector: string): (ProbeElement & { naturalWidth?: number; naturalHeight?: number }) | null;
  querySelectorAll(selector: string): Iterable<ProbeElement>;
}
declare const document: { querySelector(selector: string): ProbeElement | null; readonly body: ProbeElement };
declare function getComputedStyle(element: ProbeElement): { readonly color: string; getPropertyValue(name: string): string };

export type Check = (name: string, body: () => Promise<string | void>) => Promise<boolean>;

/** Fixture copies the e2e workspace holds for these checks (beside the seed and national/2022.txt). */
export const NATIONAL_YEARS = [2015, 2016, 2017, 2018, 2019, 2023].map((year) => ({
  source: `test/fixtures/corpus/national/${year}.txt`,
  name: `national/${year}.txt`,
}));
export const PROVINCES_DIR = 'provinces-2026';

export function provinceFixtures(root: string): { source: string; name: string }[] {
  return readdirSync(join(root, 'test/fixtures/corpus/local'))
    .filter((f) => /-2026\.txt$/u.test(f))
    .map((f) => ({ source: `test/fixtures/corpus/local/${f}`, name: `${PROVINCES_DIR}/${f}` }));
}

interface SeriesRecord {
  readonly place: string;
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly outcome: string;
  readonly actualText: string;
  readonly targetText: string;
}

/** `govreport series DIR --csv`, parsed (RFC 4180: quoted fields may hold commas and doubled quotes). */
function seriesCsv(cli: string, dir: string): SeriesRecord[] {
  const text = execFileSync(process.execPath, [cli, 'series', dir, '--csv'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/^\uFEFF/u, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field.replace(/\r$/u, ''));
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  const [header, ...rows] = records;
  const col = (name: string): number => header!.indexOf(name);
  return rows.map((r) => ({
    place: r[col('place')]!, indicator: r[col('indicator')]!, unit: r[col('unit')]!, year: Number(r[col('year')]),
    outcome: r[col('outcome')]!, actualText: r[col('actualText')]!, targetText: r[col('targetText')]!,
  }));
}

interface FigureJson {
  readonly text: string;
  readonly name: string | null;
  readonly unit: string | null;
  readonly status: string;
  readonly period: string | null;
  readonly qualifier: string | null;
  readonly value: number;
  readonly valueMax?: number;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

function cliJson<T>(cli: string, args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [cli, ...args, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as T;
}

/** The figure with its qualifier as the report writes it (the core's figurePhrase): “6%以上”, “约3万人”. */
function phrase(f: Pick<FigureJson, 'text' | 'qualifier'>): string {
  if (!f.qualifier) return f.text;
  if (['以上', '左右', '以内', '以下'].includes(f.qualifier)) return `${f.text}${f.qualifier}`;
  return f.qualifier === '超过' && /[多余]/u.test(f.text) ? f.text : `${f.qualifier}${f.text}`;
}

/** The chart panel's webview (an iframe in an iframe) and the texts its SVG draws, with where they stand. */
function chartFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

interface SvgText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

async function chartTexts(page: Page, want: (texts: SvgText[]) => boolean, what: string): Promise<SvgText[]> {
  let last: SvgText[] = [];
  return waitFor(what, async () => {
    const svg = chartFrame(page).locator('#chart svg').first();
    if ((await svg.count()) === 0) return undefined;
    const texts = await svg.evaluate((el) =>
      [...el.querySelectorAll('text')].map((t) => {
        const box = t.getBoundingClientRect();
        return { text: (t.textContent ?? '').trim(), x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }).filter((t) => t.text !== ''),
    );
    last = texts;
    return want(texts) ? texts : undefined;
  }, 15_000).catch((err: unknown) => {
    throw new Error(`${err instanceof Error ? err.message : String(err)}; the chart shows: ${last.map((t) => t.text).join(' | ').slice(0, 600) || '(nothing)'}`);
  });
}

/** Waits for the editor tab whose title starts with `Chart: ` and holds `needle`; returns its title. */
async function chartTab(page: Page, needle: string): Promise<string> {
  return waitFor(`a chart tab naming ${needle}`, async () => {
    const titles = await page.locator('.tabs-container .tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('aria-label') ?? ''));
    return titles.find((t) => t.startsWith('Chart: ') && t.includes(needle));
  });
}

/**
 * A screenshot of the chart with its editor group maximised (View: Toggle Maximized Editor Group, Ctrl+K Ctrl+M):
 * the panel opens beside the report at half the width; the picture is for the README.
 */
async function chartScreenshot(page: Page, name: string): Promise<string> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+M');
  await sleep(800); // the chart redraws at the new width
  try {
    return await screenshot(page, name);
  } finally {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+M');
    await sleep(300);
  }
}

async function closeChartTabs(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const tab = page.locator('.tabs-container .tab[aria-label^="Chart: "]').first();
    if ((await tab.count()) === 0) return;
    await tab.click({ button: 'middle' });
    await sleep(200);
  }
}

export async function cardAndChartChecks(page: Page, check: Check, opts: { cli: string; workspace: string }): Promise<void> {
  const { cli, workspace } = opts;
  const national = join(workspace, 'national');
  const series = seriesCsv(cli, national).filter((r) => r.place === '全国' && r.indicator === '国内生产总值' && r.unit === '%');
  // Asserts on sealed text (national 2023: its 3% is 2022's growth, 5.5%左右 missed). A dev twin would be national 2017's
  // 6.7% for 2016 against 6.5%－7%, met; not moved in session 27 because the e2e run (VS Code) could not be run there.
  const figures2023 = cliJson<FigureJson[]>(cli, ['indicators', join(national, '2023.txt')]);
  // Read in the 2023 report: “国内生产总值增长3%” is 2022's growth, against 2022's target “5.5%左右” — missed.
  const actual2022 = figures2023.find((f) => f.name === '国内生产总值' && f.status === 'actual' && f.period === '2022' && f.unit === '%' && f.text === '3%');
  const lines2023 = readFileSync(join(national, '2023.txt'), 'utf8').split('\n');
  let chartHref: string | undefined;

  await check('hover card on 3% (national 2023, the 2022 GDP growth) at default size: value, status, ↔ target, ✗ missed in colour, the years of the core’s series with a sparkline, and the Chart link', async () => {
    assert(actual2022, 'the model of national 2023 has no 国内生产总值 3% for 2022');
    const row2022 = series.find((r) => r.year === 2022);
    assert(row2022?.outcome === 'missed' && row2022.targetText === '5.5%左右', `govreport series gives 2022 as ${JSON.stringify(row2022)}, not 5.5%左右 missed`);
    await openFileByQuickOpen(page, 'national/2023.txt');
    const { line, character } = actual2022.range.start;
    assert(lines2023[line]!.slice(character).startsWith('3%'), `national 2023 has no 3% at Ln ${line + 1}`);
    await goToLine(page, line + 1, character + 2);
    // The first hover may come before the workspace index is built (“Indexing …, hover again”): hover until the series shows.
    const text = await waitFor('the card with its series across years', async () => {
      const shown = await showHover(page, '国内生产总值').catch(() => '');
      if (shown.includes('Across years')) return shown;
      await page.keyboard.press('Escape');
      await sleep(500);
      return undefined;
    }, 30_000);
    for (const needle of ['actual · 2022 · growth rate', '↔ 2023 target', '✗ missed', '2022 target 5.5%左右, actual 3%']) {
      assert(text.includes(needle), `the card lacks “${needle}”:\n${text}`);
    }
    // The years row: every year shown is the core's year, with the core's actual (or target) figure.
    const row = text.split('\n').find((l) => l.startsWith('Across years (全国):')) ?? '';
    const cells = [...row.matchAll(/(\d{4}) (target )?([^·]+?)(?=\s*(?:·|$))/gu)].map((m) => ({ year: Number(m[1]), target: !!m[2], figure: m[3]!.replace(/[✓✗]$/u, '').trim() }));
    assert(cells.length >= 4 && cells.length <= 6, `the years row has ${cells.length} years: “${row}”`);
    for (const cell of cells) {
      const want = series.find((r) => r.year === cell.year);
      assert(want, `the card shows ${cell.year}, which govreport series does not have`);
      const figure = cell.target ? want.targetText : want.actualText;
      assert(figure === cell.figure, `${cell.year}: the card shows “${cell.figure}”, govreport series “${figure}”`);
    }
    assert(cells.some((c) => c.year === 2022), `the years row lacks 2022: “${row}”`);
    const dom = await page.evaluate(() => {
      const content = document.querySelector('.monaco-hover:not(.hidden) .monaco-hover-content');
      const frame = content?.closest('.monaco-scrollable-element') ?? content;
      if (!content || !frame) return undefined;
      const visible = frame.getBoundingClientRect();
      const img = content.querySelector('img[src^="data:image/svg+xml"]');
      const missed = [...content.querySelectorAll('span[style]')].find((s) => (s.textContent ?? '').startsWith('✗'));
      const chart = content.querySelector('a[data-href^="command:govreport.showChart"]');
      const box = chart?.getBoundingClientRect();
      return {
        height: visible.height,
        image: img ? { width: img.naturalWidth ?? 0, height: img.naturalHeight ?? 0 } : null,
        missedColour: missed ? getComputedStyle(missed).color : null,
        textColour: getComputedStyle(content).color,
        chart: box ? { href: chart!.getAttribute('data-href') ?? '', inView: box.top >= visible.top && box.bottom <= visible.bottom, text: chart!.textContent ?? '' } : null,
      };
    });
    assert(dom, 'no hover in the DOM');
    assert(dom.image && dom.image.width > 0, `the sparkline image is missing or did not render: ${JSON.stringify(dom.image)}`);
    assert(dom.missedColour && dom.missedColour !== dom.textColour, `✗ missed is not coloured (${dom.missedColour} on ${dom.textColour})`);
    assert(dom.chart?.inView, `the Chart link is not visible at the hover's default size (${dom.height} px): ${JSON.stringify(dom.chart)}`);
    chartHref = dom.chart.href;
    await sleep(400);
    const shot = await screenshot(page, 'hover-series.png');
    return `${cells.map((c) => `${c.year} ${c.target ? 'target ' : ''}${c.figure}`).join(' · ')}; sparkline ${dom.image.width}×${dom.image.height} px; ✗ in ${dom.missedColour}; hover ${dom.height} px; screenshot ${shot}`;
  });

  await check('the card’s Chart link opens 国内生产总值 across the years of 全国: the core’s years on the axis, its targets as labels', async () => {
    assert(chartHref, 'no Chart link from the previous check');
    await page.locator('.monaco-hover a[data-href^="command:govreport.showChart"]').first().click();
    const title = await chartTab(page, '全国');
    const years = series.map((r) => r.year);
    const first = String(Math.min(...years));
    const last = String(Math.max(...years));
    // ECharts may leave out every other year's label when they are crowded; the first year is always drawn.
    const isYear = (t: SvgText): boolean => /^\d{4}$/u.test(t.text);
    const texts = await chartTexts(page, (t) => t.some((x) => x.text === first) && t.filter(isYear).length >= years.length / 2, `the chart's axis from ${first}`);
    const axisYears = texts.filter(isYear).map((t) => Number(t.text));
    assert(axisYears.every((y) => y >= Number(first) && y <= Number(last)), `axis years outside the series ${first}–${last}: ${axisYears.join(', ')}`);
    // Target labels (those ECharts did not hide for overlapping) are the core's targets as written.
    const targets = new Set(series.map((r) => r.targetText).filter((t) => t !== ''));
    const labels = texts.filter((t) => /\d.*[%％]/u.test(t.text) && !/^\d+(\.\d+)?[%％]?$/u.test(t.text)).map((t) => t.text);
    assert(labels.length > 0 && labels.every((l) => targets.has(l)), `target labels ${labels.join(' | ')}; the core's targets ${[...targets].join(' | ')}`);
    const shot = await chartScreenshot(page, 'chart-years.png');
    return `tab “${title}”; axis ${axisYears.join(', ')}; labels ${labels.join(' · ')}; screenshot ${shot}`;
  });

  await check('Show Chart… (Command Palette) draws the 2026 GDP growth targets of the provincial reports, largest first, each bar the report’s own figure', async () => {
    // Each report's own GDP growth target for 2026, as the CLI reads it.
    const expected = new Map<string, FigureJson[]>();
    const dir = join(workspace, PROVINCES_DIR);
    for (const file of readdirSync(dir)) {
      const meta = cliJson<{ meta: { place: string | null } }>(cli, ['analyze', join(dir, file)]).meta;
      const gdp = cliJson<FigureJson[]>(cli, ['indicators', join(dir, file)]).filter(
        (f) => f.status === 'target' && f.period === '2026' && f.unit === '%' && /^(地区|国内)?生产总值$/u.test(f.name ?? ''),
      );
      if (meta.place) expected.set(meta.place, gdp);
    }
    await closeChartTabs(page);
    await runCommand(page, 'GovReport: Show Chart...');
    // The quick pick re-renders its rows while the filter settles (a CI run once lost row 8 between
    // reading it and clicking it), so the row is found by its text and clicked in the same retried probe.
    const pick = async (what: string, match: (text: string) => boolean): Promise<string> =>
      waitFor(what, async () => {
        const rows = page.locator('.quick-input-list .monaco-list-row');
        const text = (await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''))).find(match);
        if (text === undefined) return undefined;
        await rows.filter({ hasText: text }).first().click({ timeout: 2000 });
        return text;
      }, 20_000);
    // The picker opens at once, busy until the index's candidates come (a minute under load): it used to open only
    // then, and the keys typed before went into the report under the cursor (national 2023's 增长3% became
    // 增长3生产总值%, and was saved; a trial waited 4.5 s on a 2025 province). Typed as soon as it shows, rows or not, the
    // query is the picker's, and no report is left modified.
    const asked = Date.now();
    await waitFor('the Show Chart picker', () => quickInputOpen(page), 5_000);
    const opened = Date.now() - asked;
    await page.keyboard.type('生产总值');
    const typed = await page.locator('.quick-input-widget .quick-input-box input').inputValue();
    assert(typed === '生产总值', `the picker's query is “${typed}”, not what was typed`);
    const dirty = await page.locator('.tabs-container .tab.dirty').count();
    assert(dirty === 0, `${dirty} editor tab(s) modified while the picker opened`);
    const candidate = await pick('the GDP candidate with 2026 places', (t) => /^(地区|国内)?生产总值%/u.test(t) && /2026/u.test(t));
    const option = await pick('the option “Chart across places: 2026 targets”', (t) => t.startsWith('Chart across places: 2026 targets'));
    const title = await chartTab(page, '2026');
    const places = [...expected.keys()];
    const texts = await chartTexts(page, (t) => t.filter((x) => places.includes(x.text)).length >= 2, 'the places on the chart');
    const bars = texts.filter((t) => places.includes(t.text)).sort((a, b) => a.y - b.y);
    const labelOf = (bar: SvgText): string | undefined =>
      texts.filter((t) => /\d.*[%％]/u.test(t.text) && t.x > bar.x && Math.abs(t.y - bar.y) < 10).sort((a, b) => a.x - b.x)[0]?.text;
    const shown = bars.map((bar) => ({ place: bar.text, label: labelOf(bar) }));
    const missing = places.filter((p) => expected.get(p)!.length === 0);
    assert(shown.length + missing.length <= places.length && shown.length >= places.length - missing.length - 1, `${shown.length} bars for ${places.length} reports (${missing.length} without a figure)`);
    const values: [number, number][] = [];
    for (const { place, label } of shown) {
      const own = expected.get(place)!.find((f) => phrase(f).normalize('NFKC') === (label ?? '').normalize('NFKC'));
      assert(own, `${place}: the bar says “${label}”, the report's targets are ${expected.get(place)!.map(phrase).join(' | ') || '(none)'}`);
      values.push([own.value, own.valueMax ?? own.value]);
    }
    for (let i = 1; i < values.length; i++) {
      const [a, b] = [values[i - 1]!, values[i]!];
      assert(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]), `not largest first at ${shown[i - 1]!.place} → ${shown[i]!.place}`);
    }
    const shot = await chartScreenshot(page, 'chart-places.png');
    await closeChartTabs(page);
    return `picker shown after ${opened} ms; picked “${candidate.slice(0, 40)}” → “${option.slice(0, 40)}”; tab “${title}”; ${shown.map((s) => `${s.place} ${s.label}`).join(', ')}; screenshot ${shot}`;
  });
}
