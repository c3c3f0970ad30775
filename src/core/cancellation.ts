/** Structural twin of vscode.CancellationToken, so the core can be cancelled without importing vscode. */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('Report analysis was cancelled');
    this.name = 'CancelledError';
  }
}

export const neverCancelled: CancellationLike = Object.freeze({ isCancellationRequested: false });

export function throwIfCancelled(token: CancellationLike | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}
