/**
 * Real-editor check of a report written on one physical line with its line breaks as literal \r\n escapes (a
 * spreadsheet cell exported as text: 27 of src32's free 保定 county texts, outside ../shared/corpus). Session 37's
 * trial (editor37) opened src32 徐水区-2018 as Plain Text — no outline, no card, left out of every series — because
 * detection looked for the salutation and headings at the start of a physical line; and in 易县-2018, which was
 * detected, the headings were as plain as the running text around them. The opening of 徐水区-2018 is written into the
 * e2e workspace at each run under a name that does not say 政府工作报告, so only detection can make it a report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { assert, focusEditor, goToLine, openFileByQuickOpen, quickInputOpen, readRows, screenshot, showHover, statusText, waitFor } from './workbench';

type Check = (name: string, body: () => Promise<string | void>) => Promise<boolean>;

export const ESCAPED_REPORT = 'escaped/xushui-2018-opening.txt';

/** src32 徐水区-2018 (outside ../shared/corpus) from its first character to the end of its first ---- paragraph. */
const PIECES = [
  '在保定市徐水区第二届人民代表大会第二次会议上',
  '保定市徐水区人民政府区长李志永',
  '各位代表：',
  '现在，我代表徐水区人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。',
  '一、2017年工作回顾',
  '2017年，在上级党委、政府和区委的正确领导下，在区人大依法监督、区政协民主监督和大力支持下，区政府团结带领全区人民，全面贯彻中央、省、市各项重大部署，紧紧抓住京津冀协同发展和雄安新区建设的重大历史机遇，坚定不移狠抓项目建设、产业升级、环境优化、改革开放、民生保障，圆满完成了各项工作任务。',
  '----过去的一年，我们致力于抓发展稳增长，综合实力再上新台阶。2017年，完成地方生产总值[1]202亿元，同比增长9%。完成规模以上工业增加值70.1亿元，同比增长12.8%，位居全市第一。实际利用外资7500万美元，同比增长48.2%。城镇和农村居民人均可支配收入分别完成2.9万元、1.6万元，同比分别增长8.7%、9.8%。全部财政收入完成47.3亿元，同比增长53.6%。一般公共预算收入完成13.6亿元，同比增长32.3%，总量及增速均位居全市第二位。在整体经济形势下行的情况下，全区经济实现了“平稳运行、稳中有升”的积极态势。',
];
const TEXT = PIECES.join('\\r\\n');

// What the probe below uses in the browser (page.evaluate runs it there; this project's TypeScript has no DOM lib).
interface ProbeElement {
  readonly textContent: string | null;
}
declare const document: { querySelectorAll(selector: string): Iterable<ProbeElement> };
declare function getComputedStyle(element: ProbeElement): { readonly color: string; readonly fontWeight: string };

export function writeEscapedReport(workspace: string): void {
  mkdirSync(join(workspace, ESCAPED_REPORT, '..'), { recursive: true });
  writeFileSync(join(workspace, ESCAPED_REPORT), TEXT);
}

/** The colour and weight of the first rendered token whose text includes `text`. */
async function tokenStyle(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate((needle) => {
    for (const span of document.querySelectorAll('.editor-instance .view-lines .view-line span span')) {
      if ((span.textContent ?? '').includes(needle)) {
        const style = getComputedStyle(span);
        return `${style.color} ${style.fontWeight}`;
      }
    }
    return undefined;
  }, text);
}

export async function escapedReportChecks(page: Page, check: Check): Promise<void> {
  await check('a one-line report with \\r\\n escapes (src32 徐水区-2018’s opening): detected, its part in Go to Symbol and coloured as a heading, a figure’s card', async () => {
    await openFileByQuickOpen(page, ESCAPED_REPORT);
    await waitFor('the escaped report in the report language', async () => ['政府工作报告', 'Government Work Report'].includes(await statusText(page, 'status.editor.mode')));
    // Opened right after the language switch, the picker says the editor has no symbols and does not ask again: reopen it.
    const rows = await waitFor('“一、2017年工作回顾” in Go to Symbol', async () => {
      await focusEditor(page);
      await page.keyboard.press('Control+Shift+O');
      await waitFor('Go to Symbol', () => quickInputOpen(page), 5000);
      await sleep(500);
      const found = await readRows(page, '.quick-input-list .monaco-list-row');
      return found.some((r) => r.label.includes('一、2017年工作回顾')) ? found : undefined;
    });
    await page.keyboard.press('Escape');
    // Short needles: the one line is wrapped, and a token may be cut at any wrap.
    const heading = await waitFor('the part heading rendered', () => tokenStyle(page, '工作回顾'));
    const plain = await waitFor('running text rendered', () => tokenStyle(page, '现在'));
    assert(heading !== plain, `the heading after an escape looks like running text (${heading})`);
    // 同比增长9% (the 2017 地方生产总值 growth), the first % of the text.
    const at = TEXT.indexOf('9%');
    await goToLine(page, 1, at + 2);
    const card = await showHover(page, '生产总值');
    assert(card.includes('9%') && card.includes('2017'), `the card on 9% lacks the figure or its year:\n${card}`);
    const shot = await screenshot(page, 'escaped-one-line.png');
    return `${rows.length} symbols; heading ${heading} vs text ${plain}; card on 9% names 生产总值; screenshot ${shot}`;
  });
}
