/**
 * The CLI JSON contract, schemaVersion 1 (README, "JSON contract (schemaVersion 1)").
 * Every object is rebuilt field by field, so that nothing the core adds to its model (chromeLines,
 * duplicateFromLine, future internal fields) leaks into the output, and key order is the documented one.
 */
import type { Indicator, OutlineNode, Range, Reference, ReportMeta, ReportModel } from '../types';

export const SCHEMA_VERSION = 1;

export interface ContractPosition {
  line: number;
  character: number;
}

export interface ContractRange {
  start: ContractPosition;
  end: ContractPosition;
}

export interface ContractMeta {
  title: string | null;
  place: string | null;
  year: number | null;
  date: string | null;
  meeting: string | null;
  speaker: string | null;
}

export interface ContractOutlineNode {
  level: number;
  kind: string;
  marker: string;
  title: string;
  range: ContractRange;
  selectionRange: ContractRange;
  children: ContractOutlineNode[];
}

export interface ContractIndicator {
  text: string;
  range: ContractRange;
  value: number;
  valueMax?: number;
  unit: string | null;
  name: string | null;
  measure: string | null;
  kind: string;
  status: 'actual' | 'target';
  qualifier: string | null;
  period: string | null;
}

export interface ContractReference {
  kind: string;
  from: { range: ContractRange; text: string };
  to: { uri?: string; range: ContractRange; text: string };
}

export interface ContractReport {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  meta: ContractMeta;
  outline: ContractOutlineNode[];
  indicators: ContractIndicator[];
  references: ContractReference[];
}

/** The contract object for `govreport analyze FILE --json`; `file` is the path exactly as the user gave it. */
export function toContractReport(file: string, model: ReportModel): ContractReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    meta: toContractMeta(model.meta),
    outline: model.outline.map(toContractOutlineNode),
    indicators: model.indicators.map(toContractIndicator),
    references: model.references.map(toContractReference),
  };
}

export function toContractMeta(meta: ReportMeta): ContractMeta {
  return {
    title: meta.title ?? null,
    place: meta.place ?? null,
    year: meta.year ?? null,
    date: meta.date ?? null,
    meeting: meta.meeting ?? null,
    speaker: meta.speaker ?? null,
  };
}

export function toContractOutlineNode(node: OutlineNode): ContractOutlineNode {
  return {
    level: node.level,
    kind: node.kind,
    marker: node.marker,
    title: node.title,
    range: toContractRange(node.range),
    selectionRange: toContractRange(node.selectionRange),
    children: node.children.map(toContractOutlineNode),
  };
}

/**
 * An Indicator exactly as the contract lists it: text, range, value, valueMax (only when the figure is a range),
 * unit, name, measure, kind, status, qualifier, period, in that order. Editor-only extras of the model
 * (nameRange, groupKey) and anything the core may add later are left out.
 */
export function toContractIndicator(indicator: Indicator): ContractIndicator {
  // Keys in the contract's order, valueMax (a range's upper end) only when there is one, right after value.
  // Two literals, not a spread of an optional part: a spread builds each object key by key (a shape of its own, slow to
  // build and to serialise), and this runs once per figure — percent-run's JSON took 0.8 s per MB (perf32).
  const valueMax = indicator.valueMax;
  if (typeof valueMax === 'number') {
    return {
      text: indicator.text,
      range: toContractRange(indicator.range),
      value: indicator.value,
      valueMax,
      unit: indicator.unit ?? null,
      name: indicator.name ?? null,
      measure: indicator.measure ?? null,
      kind: indicator.kind,
      status: indicator.status,
      qualifier: indicator.qualifier ?? null,
      period: indicator.period ?? null,
    };
  }
  return {
    text: indicator.text,
    range: toContractRange(indicator.range),
    value: indicator.value,
    unit: indicator.unit ?? null,
    name: indicator.name ?? null,
    measure: indicator.measure ?? null,
    kind: indicator.kind,
    status: indicator.status,
    qualifier: indicator.qualifier ?? null,
    period: indicator.period ?? null,
  };
}

export function toContractReference(reference: Reference): ContractReference {
  const to: ContractReference['to'] =
    reference.to.uri !== undefined
      ? { uri: reference.to.uri, range: toContractRange(reference.to.range), text: reference.to.text }
      : { range: toContractRange(reference.to.range), text: reference.to.text };
  return {
    kind: reference.kind,
    from: { range: toContractRange(reference.from.range), text: reference.from.text },
    to,
  };
}

export function toContractRange(range: Range): ContractRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
