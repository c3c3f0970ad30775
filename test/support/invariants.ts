/**
 * The report model's invariants for any input (issue 10), as lists of problems (empty = fine), shared by the
 * robustness, pathological and fuzz tests and by the long fuzz run (`npm run fuzz`):
 * - every range inside the document, start ≤ end, never between the two halves of a surrogate pair;
 * - the outline nested (a child's range inside its parent's, its level deeper) and ordered (siblings by start);
 * - an indicator's `text` equal to the document's text at its range, its `value` (and `valueMax`) finite;
 * - the CLI contract object surviving a JSON round trip unchanged.
 * Positions are VS Code's: lines split on "\n" and on a lone "\r" (a CRLF line keeps its "\r"), characters in UTF-16
 * code units.
 */
import { isDeepStrictEqual } from 'node:util';
import { analyzeReport } from '../../src/core';
import type { OutlineNode, Position, Range, ReportModel } from '../../src/core';
import { toContractReport } from '../../src/core/export/contract';

/** Stop collecting after this many problems: one broken invariant usually breaks it everywhere. */
const MAX_PROBLEMS = 10;

function* outlineRanges(nodes: readonly OutlineNode[], path: string): Generator<[string, Range]> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    yield [`${path}[${i}].range`, node.range];
    yield [`${path}[${i}].selectionRange`, node.selectionRange];
    yield* outlineRanges(node.children, `${path}[${i}].children`);
  }
}

export function* allRanges(model: ReportModel): Generator<[string, Range]> {
  yield* outlineRanges(model.outline, 'outline');
  for (let i = 0; i < model.indicators.length; i++) {
    const indicator = model.indicators[i]!;
    yield [`indicators[${i}].range`, indicator.range];
    if (indicator.nameRange) yield [`indicators[${i}].nameRange`, indicator.nameRange];
  }
  for (let i = 0; i < model.references.length; i++) {
    const reference = model.references[i]!;
    yield [`references[${i}].from.range`, reference.from.range];
    if (reference.to.uri === undefined) yield [`references[${i}].to.range`, reference.to.range];
  }
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const notAfter = (a: Position, b: Position): boolean => !before(b, a);
const show = (p: Position): string => `${p.line}:${p.character}`;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every range inside the document, ordered, and not splitting a surrogate pair. */
/** The document's lines as VS Code counts them (a lone \r breaks a line; a CRLF line keeps its \r here). */
export function editorLines(text: string): string[] {
  return text.split(/\n|\r(?!\n)/);
}

export function rangeProblems(text: string, model: ReportModel, lines: readonly string[] = editorLines(text)): string[] {
  const problems: string[] = [];
  const checkPosition = (where: string, p: Position): boolean => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) {
      problems.push(`${where}: not a valid position ${JSON.stringify(p)}`);
      return false;
    }
    if (p.line >= lines.length) {
      problems.push(`${where}: line ${p.line} ≥ line count ${lines.length}`);
      return false;
    }
    const line = lines[p.line]!;
    if (p.character > line.length) {
      problems.push(`${where}: character ${p.character} > length ${line.length} of line ${p.line}`);
      return false;
    }
    if (p.character > 0 && isHigh(line.charCodeAt(p.character - 1)) && isLow(line.charCodeAt(p.character))) {
      problems.push(`${where}: ${show(p)} splits a surrogate pair`);
      return false;
    }
    return true;
  };
  for (const [where, range] of allRanges(model)) {
    const ok = checkPosition(`${where}.start`, range.start) && checkPosition(`${where}.end`, range.end);
    if (ok && before(range.end, range.start)) problems.push(`${where}: start ${show(range.start)} after end ${show(range.end)}`);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** Children inside their parent (range and level), siblings in order, the heading inside its node's range. */
export function outlineProblems(model: ReportModel): string[] {
  const problems: string[] = [];
  const walk = (nodes: readonly OutlineNode[], parent: OutlineNode | null, path: string): void => {
    for (let i = 0; i < nodes.length && problems.length < MAX_PROBLEMS; i++) {
      const node = nodes[i]!;
      const where = `${path}[${i}]`;
      if (!notAfter(node.range.start, node.selectionRange.start) || !notAfter(node.selectionRange.end, node.range.end)) {
        problems.push(`${where}: selectionRange ${show(node.selectionRange.start)}–${show(node.selectionRange.end)} outside range ${show(node.range.start)}–${show(node.range.end)}`);
      }
      if (parent) {
        if (node.level <= parent.level) problems.push(`${where}: level ${node.level} not deeper than its parent's ${parent.level}`);
        if (!notAfter(parent.range.start, node.range.start) || !notAfter(node.range.end, parent.range.end)) {
          problems.push(`${where}: range ${show(node.range.start)}–${show(node.range.end)} outside its parent's ${show(parent.range.start)}–${show(parent.range.end)}`);
        }
      }
      const previous = nodes[i - 1];
      if (previous && before(node.range.start, previous.range.start)) {
        problems.push(`${where}: starts at ${show(node.range.start)}, before its previous sibling (${show(previous.range.start)})`);
      }
      walk(node.children, node, `${where}.children`);
    }
  };
  walk(model.outline, null, 'outline');
  return problems;
}

/** The document's text between two positions (lines joined with "\n"). */
export function sliceAt(lines: readonly string[], range: Range): string {
  const { start, end } = range;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  const parts = [(lines[start.line] ?? '').slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[end.line] ?? '').slice(0, end.character));
  return parts.join('\n');
}

export interface Problems {
  readonly problems: string[];
}

/** Each indicator's text is what the document holds at its range; its value and valueMax are finite numbers. */
export function indicatorProblems(model: ReportModel, lines: readonly string[]): Problems {
  const problems: string[] = [];
  for (let i = 0; i < model.indicators.length && problems.length < MAX_PROBLEMS; i++) {
    const indicator = model.indicators[i]!;
    const where = `indicators[${i}] ${JSON.stringify(indicator.text)} at ${show(indicator.range.start)}`;
    const slice = sliceAt(lines, indicator.range);
    if (slice !== indicator.text) {
      problems.push(`${where}: text differs from the document at its range, ${JSON.stringify(slice)}`);
    }
    if (!Number.isFinite(indicator.value)) problems.push(`${where}: value ${indicator.value} is not finite`);
    if (indicator.valueMax !== undefined && !Number.isFinite(indicator.valueMax)) problems.push(`${where}: valueMax ${indicator.valueMax} is not finite`);
  }
  return { problems };
}

/** The CLI contract object comes back unchanged from JSON (no NaN, Infinity, undefined in arrays, getters lost…). */
export function jsonProblems(model: ReportModel): string[] {
  const contract = toContractReport('fuzz.txt', model);
  const back: unknown = JSON.parse(JSON.stringify(contract));
  return isDeepStrictEqual(back, contract) ? [] : ['the contract object changes in a JSON round trip'];
}

/** Every invariant above, for one text and its model. */
export function modelProblems(text: string, model: ReportModel): Problems {
  const lines = editorLines(text);
  const indicators = indicatorProblems(model, lines);
  const problems = [...rangeProblems(text, model, lines), ...outlineProblems(model), ...indicators.problems, ...jsonProblems(model)];
  return { problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Analyses the text and checks every invariant; an exception (from the analysis or a lazy field) is a problem too. */
export function checkText(text: string): Problems {
  try {
    return modelProblems(text, analyzeReport(text));
  } catch (err) {
    return { problems: [`throws ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`] };
  }
}
