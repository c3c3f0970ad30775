import * as vscode from 'vscode';
import { config } from './config';
import { kindLabels } from '../core';
import type { IndicatorKind } from '../core';
import { INDICATOR_KINDS, isFiltered, NO_FILTER } from '../core/export';
import type { IndicatorFilter, StatusFilter } from '../core/export';
import { localize } from './localize';

/** Context keys for `when` clauses in package.json (the view's description says which status is filtered). */
export const CONTEXT_KEYS = {
  /** A report is shown in the view (the active editor's, or the last active report while a non-text editor has focus). */
  hasActiveReport: 'govreport.hasActiveReport',
  filtered: 'govreport.indicators.filtered',
  visible: 'govreport.indicators.visible',
} as const;

/** The view's filter: a status (toggled by the title buttons) and a set of kinds (none = all). */
export class IndicatorFilterState implements vscode.Disposable {
  private value: IndicatorFilter = NO_FILTER;
  private readonly emitter = new vscode.EventEmitter<IndicatorFilter>();
  readonly onDidChange = this.emitter.event;

  get filter(): IndicatorFilter {
    return this.value;
  }

  /** “Targets only” pressed twice shows everything again. */
  toggleStatus(status: Exclude<StatusFilter, 'all'>): void {
    this.set({ ...this.value, status: this.value.status === status ? 'all' : status });
  }

  /** Every kind (or none) selected means no kind filter. */
  setKinds(kinds: readonly IndicatorKind[]): void {
    const unique = INDICATOR_KINDS.filter((kind) => kinds.includes(kind));
    this.set({ ...this.value, kinds: unique.length === INDICATOR_KINDS.length ? [] : unique });
  }

  clear(): void {
    this.set(NO_FILTER);
  }

  /** “目标 · 增长率、比重/比率” / “targets · growth rate, share / ratio”; "" when nothing is filtered. */
  describe(): string {
    const parts: string[] = [];
    if (this.value.status !== 'all') parts.push(statusFilterLabel(this.value.status));
    if (this.value.kinds.length > 0) {
      const kinds = kindLabels(config.language());
      parts.push(this.value.kinds.map((kind) => kinds[kind]).join(localize(', ')));
    }
    return parts.join(' · ');
  }

  private set(next: IndicatorFilter): void {
    const same = next.status === this.value.status && next.kinds.join() === this.value.kinds.join();
    this.value = next;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.filtered, isFiltered(next));
    if (!same) this.emitter.fire(next);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function statusFilterLabel(status: Exclude<StatusFilter, 'all'>): string {
  return status === 'target' ? localize('targets only') : localize('actuals only');
}
