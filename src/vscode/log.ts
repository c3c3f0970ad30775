import * as vscode from 'vscode';
import { localize } from './localize';

/** Remembered error messages are capped so that a long session cannot grow this set without bound. */
const MAX_REMEMBERED = 200;

/**
 * One log channel for the whole extension, and error notifications that do not spam:
 * every distinct error is written to the channel once, and the user sees at most one popup per session
 * (with a button to open the channel), because a parser bug would otherwise fire on every keystroke.
 */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('GovReport Lens', { log: true });
  private readonly seen = new Set<string>();
  private notified = false;

  info(message: string): void {
    this.channel.info(message);
  }

  /** Expected, user-level trouble (an unreadable file): logged, never a popup. */
  warn(message: string): void {
    this.channel.warn(message);
  }

  /** Unexpected failures (bugs): logged once per distinct message, and one popup per session. */
  error(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    const key = `${where}\u0000${message}`;
    if (this.seen.has(key)) return;
    if (this.seen.size >= MAX_REMEMBERED) this.seen.clear();
    this.seen.add(key);
    this.channel.error(`${where}: ${err instanceof Error && err.stack ? err.stack : message}`);
    if (this.notified) return;
    this.notified = true;
    const showLog = localize('Show Log');
    void vscode.window
      .showErrorMessage(localize('GovReport Lens: {0}', `${where}: ${message}`), showLog)
      .then((choice) => {
        if (choice === showLog) this.show();
      });
  }

  /** Brings the channel into view without taking the focus from the editor (the Show Log command). */
  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
