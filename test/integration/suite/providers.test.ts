/**
 * The extension's providers as VS Code itself calls them (vscode.execute*Provider commands), on real reports:
 * the seed (a scraped .txt with ad lines on top, so auto-detection must switch it) and the national 2022 report.
 * The workspace is prepared by ../runTest.ts; the same checks run in the browser by test/e2e/run.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';

const EXTENSION_ID = 'govreport-lens.govreport-lens';
const SEED = '000_4ff7010d533e2b03.txt';
const NATIONAL = 'national/2022.txt';

function fileUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration run opens a workspace folder (see runTest.ts)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens a report and waits until auto-detection has switched it to govreport (a switch reopens the document). */
async function openReport(relative: string): Promise<vscode.TextDocument> {
  const uri = fileUri(relative);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  for (let i = 0; i < 100; i++) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document?.languageId === 'govreport') return document;
    await sleep(100);
  }
  const languageId = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
  assert.fail(`${relative} was not switched to govreport (language: ${languageId})`);
}

async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols');
  assert.ok(symbols.every((s) => 'children' in s), 'expected DocumentSymbol trees, got SymbolInformation');
  return symbols as vscode.DocumentSymbol[];
}

function child(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `no symbol “${name}” among: ${symbols.map((s) => s.name).join(' | ')}`);
  return found;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Markdown escapes removed (the card escapes every character Markdown could read as syntax: 2016\-2020). */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

function isInside(document: vscode.TextDocument, range: vscode.Range): boolean {
  return range instanceof vscode.Range && document.validateRange(range).isEqual(range) && !range.start.isAfter(range.end);
}

suite('GovReport Lens providers in VS Code', () => {
  let seed: vscode.TextDocument;
  let national: vscode.TextDocument;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    seed = await openReport(SEED);
    national = await openReport(NATIONAL);
  });

  test('auto-detection switched both plain-text reports to the govreport language', () => {
    assert.equal(seed.languageId, 'govreport');
    assert.equal(national.languageId, 'govreport');
  });

  test('document symbols of the seed: parts, 1. sections under them, lead sentences under those', async () => {
    const symbols = await documentSymbols(seed.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、“十三五”时期和2020年工作回顾', '二、“十四五”时期的总体思路与目标任务', '三、2021年主要工作'],
    );
    const review = child(symbols, '一、“十三五”时期和2020年工作回顾');
    assert.equal(review.selectionRange.start.line, 22);
    child(review.children, '1.疫情防控展现新担当');
    const economy = child(review.children, '2.经济发展迈上新台阶');
    const lead = child(economy.children, '创新动能持续增强');
    assert.ok(economy.range.contains(lead.range), 'a child range lies inside its parent');
  });

  test('document symbols of national 2022: three parts, （一） under 三、', async () => {
    const symbols = await documentSymbols(national.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、2021年工作回顾', '二、2022年经济社会发展总体要求和政策取向', '三、2022年政府工作任务'],
    );
    child(child(symbols, '三、2022年政府工作任务').children, '（一）着力稳定宏观经济大盘，保持经济运行在合理区间');
  });

  test('hover on “6.1%” (line 31) names 地区生产总值, the period 2016-2020 and the 2021 target 6%以上 as a link', async () => {
    const line = 30;
    const character = seed.lineAt(line).text.indexOf('6.1%');
    assert.ok(character >= 0, 'line 31 of the seed holds 6.1%');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, new vscode.Position(line, character + 1));
    assert.ok(hovers.length > 0, 'no hover');
    const text = unescapeMarkdown(hoverText(hovers));
    for (const needle of ['地区生产总值', '6.1%', '2016-2020', '6%以上', 'command:govreport.revealRange']) {
      assert.ok(text.includes(needle), `the card lacks “${needle}”:\n${text}`);
    }
    const range = hovers[0]?.range;
    assert.ok(range && range.contains(new vscode.Position(line, character + 1)), 'the hover range holds the hovered position');
  });

  test('no hover on a year or a plan period (十四五 is not a figure)', async () => {
    const line = seed.getText().split('\n').findIndex((l) => l.startsWith('二、“十四五”'));
    assert.ok(line >= 0);
    const character = seed.lineAt(line).text.indexOf('十四五');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, new vscode.Position(line, character + 1));
    assert.equal(unescapeMarkdown(hoverText(hovers)).includes('地区生产总值'), false);
  });

  test('folding follows the outline: the first part folds from its heading', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', seed.uri);
    assert.ok(ranges.some((r) => r.start === 22 && r.end > 22), `no folding range from line 23: ${JSON.stringify(ranges.slice(0, 5))}`);
  });

  test('workspace symbols: “十四五” finds the seed’s 十四五 part', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '十四五');
    const part = symbols.find((s) => s.name === '二、“十四五”时期的总体思路与目标任务');
    assert.ok(part, `not found among ${symbols.map((s) => s.name).join(' | ')}`);
    assert.equal(part.location.uri.toString(), seed.uri.toString());
  });

  // ---- WELL-FORMEDNESS GUARDS: document links and references may be empty today (cross-reference links are the
  // ---- next step). These tests pass on an empty answer and FAIL as soon as a provider returns something malformed.

  test('[guard] document links, if any, are well-formed (range inside the document, target a URI; command links decode)', async () => {
    // VS Code's own URL detection answers here too (the ad lines' http:// links): every link is checked, ours or not.
    for (const document of [seed, national]) {
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri, 50);
      assert.ok(Array.isArray(links), 'executeLinkProvider answers an array');
      for (const link of links) {
        assert.ok(isInside(document, link.range), `link range outside ${document.uri.path}: ${JSON.stringify(link.range)}`);
        assert.ok(!link.range.isEmpty, `empty link range at ${JSON.stringify(link.range.start)}`);
        if (!link.target) continue;
        assert.ok(/^[a-z][a-z0-9+.-]*$/u.test(link.target.scheme), `link target without a scheme: ${link.target.toString()}`);
        if (link.target.scheme === 'command' && link.target.path.startsWith('govreport.')) {
          assert.doesNotThrow(() => JSON.parse(decodeURIComponent(link.target!.query)), `undecodable arguments in ${link.target.toString()}`);
        }
      }
    }
  });

  test('[guard] references, if any, are well-formed (locations in open reports, ranges inside them)', async () => {
    const probes: [vscode.TextDocument, string][] = [
      [seed, '6.1%'],
      [seed, '十三五'],
      [national, '十四五'],
    ];
    for (const [document, needle] of probes) {
      const offset = document.getText().indexOf(needle);
      assert.ok(offset >= 0, `${needle} in ${document.uri.path}`);
      const position = document.positionAt(offset + 1);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      assert.ok(Array.isArray(locations), 'executeReferenceProvider answers an array');
      for (const location of locations) {
        assert.ok(location.uri instanceof vscode.Uri, 'a reference has a uri');
        const target = await vscode.workspace.openTextDocument(location.uri);
        assert.ok(isInside(target, location.range), `reference range outside ${location.uri.path}: ${JSON.stringify(location.range)}`);
      }
    }
  });
});
