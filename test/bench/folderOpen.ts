/**
 * What users feel when they open a folder of several reports in a real VS Code (code-server, headless Chromium, as
 * test/e2e does it): from the page load to the seed's report language, its outline and its first hover card, while
 * the workspace index runs; and the extension host's memory (RSS of its process, worker threads included) sampled
 * throughout. Not part of `npm run bench` (it needs the e2e setup): run it with
 *
 *   npm run package && npx esbuild test/bench/folderOpen.ts --bundle --platform=node --format=cjs \
 *     --outfile=.e2e/out/folderOpen.js --external:playwright-core && node .e2e/out/folderOpen.js [VSIX] [--no-jieba]
 *
 * `--no-jieba` removes the native binding from the installed extension, for the memory without nodejieba.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { codeServerEntry, E2E_DIR, ROOT } from '../e2e/paths';

const VSIX = process.argv.slice(2).find((a) => a.endsWith('.vsix')) ?? join(ROOT, 'dist', 'govreport-lens-linux-x64.vsix');
const NO_JIEBA = process.argv.includes('--no-jieba');
const RUN = join(E2E_DIR, 'folder-open');
const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
/** The folder: the seed, twelve national reports and the provincial 2026 reports (about 25 reports). */
function reports(): string[] {
  const national = readdirSync(join(ROOT, 'test/fixtures/corpus/national')).filter((f) => Number(f.slice(0, 4)) >= 1997).map((f) => `test/fixtures/corpus/national/${f}`);
  const local = readdirSync(join(ROOT, 'test/fixtures/corpus/local')).filter((f) => f.endsWith('.txt') && !f.includes('gbk')).map((f) => `test/fixtures/corpus/local/${f}`);
  return [SEED, ...national, ...local];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** RSS (MB) of the extension host process of code-server's process group (worker threads included). */
function extensionHostRss(group: number): number | undefined {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/u.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('extensionHost')) continue;
      const rss = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return rss ? Number(rss[1]) / 1024 : undefined;
    } catch {
      // the process ended while it was read
    }
  }
  return undefined;
}

async function statusText(page: Page, id: string): Promise<string> {
  return ((await page.locator(`[id="${id}"]`).first().textContent({ timeout: 500 }).catch(() => '')) ?? '').trim();
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

async function main(): Promise<void> {
  rmSync(RUN, { recursive: true, force: true });
  const dir = (name: string): string => {
    mkdirSync(join(RUN, name), { recursive: true });
    return join(RUN, name);
  };
  const env = { ...process.env, HOME: dir('home'), XDG_CONFIG_HOME: dir('xdg-config'), XDG_DATA_HOME: dir('xdg-data'), TMPDIR: dir('tmp') };
  const userData = dir('user-data');
  const extensions = dir('extensions');
  const workspace = dir('reports');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'editor.hover.delay': 100, 'security.workspace.trust.enabled': false, 'git.enabled': false }),
  );
  for (const source of reports()) copyFileSync(join(ROOT, source), join(workspace, source.split('/').slice(-2).join('-')));
  const args = ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', '--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(process.execPath, [codeServerEntry(), ...args, '--install-extension', VSIX], { env, stdio: 'ignore' });
  if (NO_JIEBA) {
    const installed = readdirSync(extensions).find((d) => d.startsWith('govreport-lens.'))!;
    rmSync(join(extensions, installed, 'node_modules', 'nodejieba', 'build'), { recursive: true, force: true });
  }
  const port = await freePort();
  const server = spawn(process.execPath, [codeServerEntry(), '--bind-addr', `127.0.0.1:${port}`, ...args, workspace], { env, detached: true, stdio: 'ignore' });
  const group = server.pid!;
  const samples: Array<[number, number]> = [];
  let t0 = 0;
  const sampler = setInterval(() => {
    const rss = extensionHostRss(group);
    if (rss !== undefined && t0 > 0) samples.push([Date.now() - t0, rss]);
  }, 200);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    await sleep(1500);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seed = `vscode-remote://127.0.0.1:${port}${join(workspace, 'corpus-000_4ff7010d533e2b03.txt')}`;
    t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify([['openFile', seed]]))}`);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    const editorMs = Date.now() - t0;
    await until(async () => (['政府工作报告', 'Government Work Report'].includes(await statusText(page, 'status.editor.mode')) ? true : undefined));
    const languageMs = Date.now() - t0;
    // The outline: Go to Symbol lists the seed's first part once the symbol provider has answered.
    await page.locator('.editor-instance .monaco-editor').first().click();
    await page.keyboard.press('Control+Shift+O');
    await until(async () => ((await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).some((t) => t.includes('一、“十三五”')) ? true : undefined));
    const outlineMs = Date.now() - t0;
    await page.keyboard.press('Escape');
    // The first card: the cursor on 6.1% (Ln 31), Show Hover until the card names 地区生产总值.
    const column = (readFileSync(join(ROOT, SEED), 'utf8').split('\n')[30] ?? '').indexOf('6.1%') + 2;
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`31:${column}`);
    await page.keyboard.press('Enter');
    const cardMs = await until(async () => {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const text = (await page.locator('.monaco-hover:visible .monaco-hover-content').allInnerTexts()).join('\n');
      return text.includes('地区生产总值') ? Date.now() - t0 : undefined;
    });
    // Settled: the index built and nodejieba loaded; RSS sampled until it has not moved for 5 s (at most 60 s).
    const settledAt = Date.now();
    while (Date.now() - settledAt < 60_000) {
      await sleep(1000);
      const recent = samples.filter(([t]) => t > Date.now() - t0 - 5000).map(([, r]) => r);
      if (recent.length > 10 && Math.max(...recent) - Math.min(...recent) < 2 && Date.now() - settledAt > 10_000) break;
    }
    const at = (ms: number): number => samples.filter(([t]) => t <= ms).pop()?.[1] ?? NaN;
    const peak = Math.max(...samples.map(([, r]) => r));
    const last = samples[samples.length - 1]?.[1] ?? NaN;
    console.log(JSON.stringify({ vsix: VSIX.split('/').pop(), jieba: !NO_JIEBA, reports: reports().length, editorMs, languageMs, outlineMs, cardMs, rssAtCardMb: Math.round(at(cardMs)), rssSettledMb: Math.round(last), rssPeakMb: Math.round(peak) }));
  } finally {
    clearInterval(sampler);
    await browser.close().catch(() => undefined);
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
