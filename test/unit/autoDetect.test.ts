import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as vscode from 'vscode';
import { registerAutoDetectSupport } from '../../src/vscode/autoDetect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

/** What the adapter asked of the mocked editor, and the listeners it registered. */
const host = vi.hoisted(() => ({
  switched: [] as { uri: string; language: string }[],
  warnings: [] as string[],
  listeners: {} as Record<string, (event: unknown) => void>,
}));

vi.mock('vscode', () => {
  const on = (name: string) => (listener: (event: unknown) => void) => {
    host.listeners[name] = listener;
    return { dispose: () => undefined };
  };
  return {
    workspace: {
      textDocuments: [],
      getConfiguration: () => ({ get: () => undefined }),
      asRelativePath: (uri: { toString(): string }) => uri.toString(),
      onDidOpenTextDocument: on('open'),
      onDidCloseTextDocument: on('close'),
      onDidChangeTextDocument: on('change'),
    },
    languages: {
      setTextDocumentLanguage: async (document: { uri: { toString(): string }; languageId: string }, language: string) => {
        host.switched.push({ uri: document.uri.toString(), language });
        document.languageId = language;
        return document;
      },
    },
    commands: { registerCommand: () => ({ dispose: () => undefined }) },
    env: { language: 'en' },
    window: {
      showWarningMessage: (message: string) => {
        host.warnings.push(message);
        return Promise.resolve(undefined);
      },
    },
    Disposable: { from: () => ({ dispose: () => undefined }) },
    Range: class {
      constructor(
        readonly start: { offset: number },
        readonly end: { offset: number },
      ) {}
    },
    Position: class {
      readonly offset = 0;
    },
  };
});

const log = { info: () => undefined, warn: () => undefined, error: () => undefined } as never;

/** A text document holding `text`, as far as auto-detection reads it (its opening, through getText(range)). */
function document(uri: string, text: string): vscode.TextDocument & { text: string } {
  const doc = {
    uri: { scheme: uri.slice(0, uri.indexOf(':')), toString: () => uri },
    languageId: 'plaintext',
    text,
    positionAt: (offset: number) => ({ offset }),
    getText: (range: { end: { offset: number } }) => doc.text.slice(0, range.end.offset),
  };
  return doc as unknown as vscode.TextDocument & { text: string };
}

beforeEach(() => {
  host.switched = [];
  host.warnings = [];
  host.listeners = {};
});

describe('switching plain-text reports to the report language', () => {
  // A new user's trial: national 2022 pasted into File › New Untitled Text File stayed Plain Text (then “Ini”).
  it('switches an untitled editor once a report is pasted into it, and never a file by its edits', () => {
    registerAutoDetectSupport(log);
    const untitled = document('untitled:Untitled-1', '');
    host.listeners.open?.(untitled);
    expect(host.switched).toEqual([]);
    untitled.text = readCorpus('national/2022.txt');
    host.listeners.change?.({ document: untitled, contentChanges: [{ text: untitled.text }] });
    expect(host.switched).toEqual([{ uri: 'untitled:Untitled-1', language: 'govreport' }]);

    // A file's language is decided when it opens; typing in a plain-text file does not switch it.
    const file = document('file:///notes.txt', '');
    host.listeners.open?.(file);
    file.text = readCorpus('national/2022.txt');
    host.listeners.change?.({ document: file, contentChanges: [{ text: file.text }] });
    expect(host.switched).toHaveLength(1);
  });

  it('leaves an untitled editor of other text, and one the user set back to Plain Text, as it is', () => {
    registerAutoDetectSupport(log);
    const notes = document('untitled:Untitled-2', '今天的会议纪要：讨论了三件事。');
    host.listeners.change?.({ document: notes, contentChanges: [{ text: notes.text }] });
    expect(host.switched).toEqual([]);

    const report = document('untitled:Untitled-3', readCorpus('national/2022.txt'));
    host.listeners.change?.({ document: report, contentChanges: [{ text: 'x' }] });
    expect(host.switched).toHaveLength(1);
    // Set back to Plain Text by the user (a language change is a close and an open), then edited: it stays.
    (report as { languageId: string }).languageId = 'plaintext';
    host.listeners.close?.(report);
    host.listeners.open?.(report);
    host.listeners.change?.({ document: report, contentChanges: [{ text: 'y' }] });
    expect(host.switched).toHaveLength(1);
  });
});

describe('pointing out a report read with the wrong encoding', () => {
  // A trial reopened a GBK report with UTF-8 (Reopen with Encoding): VS Code reloads the text in place, with no open
  // event, and the outline went empty without a word why.
  it('warns once when a reload replaces a report\'s text with GBK read as UTF-8, and not for keystrokes', () => {
    registerAutoDetectSupport(log);
    const gbk = readFileSync(join(CORPUS, 'local/hailar-2019.gbk.txt'));
    const report = document('file:///hailar-2019.gbk.txt', readCorpus('local/hailar-2019.txt'));
    (report as { languageId: string }).languageId = 'govreport';
    host.listeners.open?.(report);
    expect(host.warnings).toEqual([]);

    report.text = new TextDecoder('utf-8').decode(gbk);
    host.listeners.change?.({ document: report, contentChanges: [{ rangeOffset: 0, text: '。' }] });
    expect(host.warnings).toEqual([]);
    host.listeners.change?.({ document: report, contentChanges: [{ rangeOffset: 0, text: report.text }] });
    expect(host.warnings).toHaveLength(1);
    expect(host.warnings[0]).toContain('GB18030');
    host.listeners.change?.({ document: report, contentChanges: [{ rangeOffset: 0, text: report.text }] });
    expect(host.warnings).toHaveLength(1);
  });
});
