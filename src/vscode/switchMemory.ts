/**
 * Which documents were switched to the report language, and so must not be switched again.
 *
 * VS Code reports a language change as a close immediately followed by an open of the same document, in the same
 * turn of the event loop. A document set back to Plain Text by the user must then stay plain text, so the memory
 * survives that pair. A real close (the editor closed, the document disposed) is followed by no open in the same
 * turn: the memory is dropped, and the file, reopened later, is detected afresh — without this, a report closed and
 * reopened stayed Plain Text for the rest of the session.
 *
 * No `vscode` import: the adapter passes its events in, and the unit test drives them directly.
 */
export class SwitchMemory {
  private readonly switched = new Set<string>();
  private readonly closing = new Set<string>();

  constructor(
    private readonly max = 1000,
    private readonly later: (run: () => void) => void = (run) => void setTimeout(run, 0),
  ) {}

  has(key: string): boolean {
    return this.switched.has(key);
  }

  remember(key: string): void {
    // Capped so that a long session does not grow the set without bound.
    if (this.switched.size >= this.max) this.switched.clear();
    this.switched.add(key);
  }

  /** A document closed: forget it unless it is opened again in this same turn (a language change). */
  closed(key: string): void {
    if (!this.switched.has(key)) return;
    this.closing.add(key);
    this.later(() => {
      if (this.closing.delete(key)) this.switched.delete(key);
    });
  }

  /** A document opened: if it was closing in this turn, that was a language change, and the memory stays. */
  opened(key: string): void {
    this.closing.delete(key);
  }
}
