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
  /** The authority of a hierarchical uri (file:///a → '', http://host/a → host), else ''. */
  get authority(): string {
    const rest = this.text.slice(this.text.indexOf(':') + 1);
    return rest.startsWith('//') ? rest.slice(2, rest.indexOf('/', 2) < 0 ? undefined : rest.indexOf('/', 2)) : '';
  }
  /** The path of a hierarchical uri (file:///a/b.txt → /a/b.txt), else the text after the scheme. */
  get path(): string {
    const rest = this.text.slice(this.text.indexOf(':') + 1);
    return rest.startsWith('//') ? rest.slice(rest.indexOf('/', 2)) : rest;
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

/** Disposable.from: one disposable for many, as the adapters return their registrations. */
export const Disposable = {
  from: (...items: { dispose(): void }[]) => ({ dispose: () => items.forEach((item) => item.dispose()) }),
};

/** languages.match for the report language alone: the adapters act only on a document that is a report. */
export function matchReport(_selector: unknown, document: { languageId: string }): number {
  return document.languageId === 'govreport' ? 10 : 0;
}

/** commands.registerCommand into the test's own map, so that a test runs a command by its id as the palette does. */
export function registerInto(commands: Map<string, (...args: unknown[]) => unknown>) {
  return (id: string, handler: (...args: unknown[]) => unknown): { dispose(): void } => {
    commands.set(id, handler);
    return { dispose: () => commands.delete(id) };
  };
}

/** A webview panel as the targets and terms views open it, with what they did to it. */
export interface FakePanel {
  title: string;
  visible: boolean;
  /** The tab is the active editor (a command run from its title bar acts on its report). */
  active?: boolean;
  viewColumn: number;
  options: { enableScripts?: boolean; localResourceRoots?: unknown[] };
  shown: { viewColumn: number; preserveFocus: boolean };
  webview: { html: string; post(message: unknown): void };
  revealed: number;
}
