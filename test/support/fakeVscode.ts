/**
 * Stand-ins for the few `vscode` classes the adapter tests (terms, targets, cards, charts) construct: a Uri that keeps
 * its text, a Range that keeps its numbers, a MarkdownString that keeps its value, and a cancellation source. Imported inside each test's `vi.mock('vscode', …)`
 * factory, which adds the namespaces (window, commands, workspace) that test drives.
 */
export class Uri {
  constructor(readonly text: string) {}
  static parse(text: string): Uri {
    return new Uri(text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri([base.text, ...parts].join('/'));
  }
  get scheme(): string {
    return this.text.slice(0, this.text.indexOf(':'));
  }
  toString(): string {
    return this.text;
  }
}

export class MarkdownString {
  isTrusted: unknown;
  supportHtml = false;
  constructor(readonly value: string) {}
}

export class Range {
  constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
}

export class CancellationTokenSource {
  token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
  cancel(): void {
    this.token.isCancellationRequested = true;
  }
  dispose(): void {}
}

/**
 * A workspace's settings when none is set: every `get` is undefined, so the extension's typed getters (config.ts)
 * fall back to package.json's defaults (govreport.language “auto”: the display language the stand-in gives).
 */
export function getConfiguration(): { get(key: string): unknown } {
  return { get: () => undefined };
}
