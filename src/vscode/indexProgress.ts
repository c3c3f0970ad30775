import * as vscode from 'vscode';
import type { WorkspaceReportIndex } from './workspaceIndex';

/** How long the index may take before a progress notification is shown. */
const QUIET_WAIT_MS = 300;

/**
 * Waits until the workspace's reports are indexed with their figures: true when they are, false when the user
 * cancelled the progress notification (`title`) shown after a short quiet wait, so that an index already up to date
 * answers at once and no notification flashes by.
 */
export async function crossReportReadyWithProgress(index: WorkspaceReportIndex, title: string): Promise<boolean> {
  const source = new vscode.CancellationTokenSource();
  try {
    const run = index.crossReportReady(source.token);
    const quick = await Promise.race([run, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), QUIET_WAIT_MS))]);
    return (
      quick ??
      (await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
        token.onCancellationRequested(() => source.cancel());
        return run;
      }))
    );
  } finally {
    source.dispose();
  }
}
