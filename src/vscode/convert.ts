import * as vscode from 'vscode';
import type { OutlineKind, Range } from '../core';

/** The core already speaks VS Code positions (0-based line, UTF-16 character); this only changes the class. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/**
 * Icons chosen to read as a hierarchy in the Outline view: parts and annexes are containers ({} / package),
 * sections and subsections the familiar class/method pair, lead sentences and points the small leaf icons.
 */
export function symbolKind(kind: OutlineKind | 'indicator'): vscode.SymbolKind {
  switch (kind) {
    case 'part': return vscode.SymbolKind.Module;
    case 'section': return vscode.SymbolKind.Class;
    case 'subsection': return vscode.SymbolKind.Method;
    case 'lead': return vscode.SymbolKind.Field;
    case 'point': return vscode.SymbolKind.EnumMember;
    case 'annex': return vscode.SymbolKind.Package;
    case 'glossary': return vscode.SymbolKind.Key;
    case 'indicator': return vscode.SymbolKind.Number;
    default: return vscode.SymbolKind.String; // a kind added to the core later still gets an icon
  }
}
