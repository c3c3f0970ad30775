/**
 * Real-editor check of a report over FULL_MODEL_CHARS, whose figures stay in the analysis worker (each hover asks it
 * for one card): national/2024.txt repeated past that size, written into the e2e workspace at each run (never
 * committed), opened and hovered on a figure. Two new users' trials found no card at all there, not even “Loading…”,
 * while every unit test passed: the hover's position is VS Code's Position, which reached the worker thread without
 * its line and character. Only a real extension host hands the provider that class.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FULL_MODEL_CHARS } from '../../src/node/analysisProtocol';
import { assert, goToLine, openFileByQuickOpen, showHover, statusText, waitFor } from './workbench';

type Check = (name: string, body: () => Promise<string | void>) => Promise<boolean>;

const SOURCE = 'test/fixtures/corpus/national/2024.txt';
/** In a folder of its own: the workspace's national/ reports are the series the other checks read. */
export const LARGE_REPORT = 'large/national-2024-repeated.txt';

interface IndicatorJson {
  readonly text: string;
  readonly name: string | null;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

/** Writes the report, repeated just past FULL_MODEL_CHARS, into the workspace; answers its length in characters. */
export function writeLargeReport(root: string, workspace: string): number {
  const report = readFileSync(join(root, SOURCE), 'utf8');
  const text = report.repeat(Math.floor(FULL_MODEL_CHARS / report.length) + 1);
  mkdirSync(join(workspace, LARGE_REPORT, '..'), { recursive: true });
  writeFileSync(join(workspace, LARGE_REPORT), text);
  return text.length;
}

export async function largeReportChecks(page: Page, check: Check, options: { readonly cli: string; readonly workspace: string }): Promise<void> {
  const file = join(options.workspace, LARGE_REPORT);
  const length = readFileSync(file, 'utf8').length;
  await check(`hover card on a figure of a report over ${FULL_MODEL_CHARS.toLocaleString('en')} characters (national 2024 repeated: ${length.toLocaleString('en')})`, async () => {
    assert(length > FULL_MODEL_CHARS, `${LARGE_REPORT} has ${length} characters, not more than ${FULL_MODEL_CHARS}`);
    const figures = JSON.parse(execFileSync(process.execPath, [options.cli, 'indicators', file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as IndicatorJson[];
    const figure = figures.find((f) => f.name !== null);
    assert(figure?.name, `the model of ${LARGE_REPORT} has no named figure`);
    await openFileByQuickOpen(page, LARGE_REPORT);
    await waitFor('the large report in the report language', async () => ['政府工作报告', 'Government Work Report'].includes(await statusText(page, 'status.editor.mode')));
    const { line, character } = figure.range.start;
    await goToLine(page, line + 1, character + 2);
    const text = await showHover(page, figure.name);
    assert(text.includes(figure.text), `the card lacks “${figure.text}”:\n${text}`);
    return `“${figure.text}” (${figure.name}) at Ln ${line + 1}, its figures kept in the analysis worker`;
  });
}
