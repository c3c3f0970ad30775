import * as vscode from 'vscode';
import { localize } from './localize';
import { TARGETS_COMMAND } from './targetsView';

/**
 * The Get Started walkthrough's own command (package.json contributes.walkthroughs): opens the sample report the
 * extension ships (苏州市 2021, a real scraped page with its ad lines left in), so a new analyst sees the outline, the
 * hover cards and the Indicators view before they have a report of their own. With the argument 'hover' it also
 * selects a target figure of the year's plan and shows its card, the walkthrough's “hover a figure” step; with
 * 'outline' or 'targets' it then shows the Outline view or Compare Targets for the sample.
 */
export const OPEN_SAMPLE_COMMAND = 'govreport.openSample';

/** Set once the walkthrough's “hover a figure” step has shown a card (its completion event in package.json). */
export const HOVERED_CONTEXT = 'govreport.walkthroughHovered';

/** Its file name matches `*政府工作报告*.txt`, so the editor opens it in the report language mode by itself. */
const SAMPLE = ['media', 'walkthrough', '苏州市2021年政府工作报告.txt'];

export function registerWalkthroughSupport(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (step?: unknown) => {
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extensionUri, ...SAMPLE));
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      // The sample lives in the extension's folder: an edit would change every later walkthrough.
      await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
      // The walkthrough's own tab is the active editor when a step's button is pressed: the Outline view and Compare
      // Targets act on the active editor, so those steps show the sample first (a trial's Outline said “The active
      // editor cannot provide outline information”, Compare Targets “Open a government work report first”).
      if (step === 'outline') {
        await vscode.commands.executeCommand('outline.focus');
        return;
      }
      if (step === 'targets') {
        await vscode.commands.executeCommand(TARGETS_COMMAND);
        return;
      }
      if (step !== 'hover') return;
      const figure = sampleFigure(document);
      if (!figure) return;
      editor.selection = new vscode.Selection(figure.start, figure.end);
      editor.revealRange(figure, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.showHover');
      // The step's own completion event: opening the sample (the step before) must not tick it (a trial saw both ticked).
      await vscode.commands.executeCommand('setContext', HOVERED_CONTEXT, true);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(localize('The sample report could not be opened: {0}', message));
    }
  });
}

/** The first percentage of the year's targets (主要预期目标：地区生产总值增长6%以上), else the report's first percentage. */
function sampleFigure(document: vscode.TextDocument): vscode.Range | undefined {
  const text = document.getText();
  const plan = text.indexOf('主要预期目标');
  const figure = /\d+(?:\.\d+)?%/gu;
  figure.lastIndex = plan >= 0 ? plan : 0;
  const m = figure.exec(text);
  if (!m) return undefined;
  return new vscode.Range(document.positionAt(m.index), document.positionAt(m.index + m[0].length));
}
