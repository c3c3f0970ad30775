/**
 * Structural twin of vscode.CancellationToken, so the core can be cancelled without importing vscode. Only
 * `isCancellationRequested` is required; a token that can also announce cancellation lets a caller stop waiting
 * at once (untilCancelled) instead of when the awaited work ends.
 */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested?(listener: () => void): { dispose(): void };
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

/** A token the core can cancel itself (a cache entry's lifetime, an index's), like vscode.CancellationTokenSource. */
export class CancellationSource {
  private cancelled = false;
  private readonly listeners = new Set<() => void>();
  readonly token: CancellationLike;

  constructor() {
    const isCancelled = (): boolean => this.cancelled;
    this.token = {
      get isCancellationRequested(): boolean {
        return isCancelled();
      },
      onCancellationRequested: (listener) => {
        if (this.cancelled) {
          listener();
          return { dispose: () => undefined };
        }
        this.listeners.add(listener);
        return { dispose: () => void this.listeners.delete(listener) };
      },
    };
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}

/**
 * Resolves true when the promise settles (fulfilled or rejected: the work reports its own errors), false as soon
 * as the token is cancelled. The work itself goes on: only this caller stops waiting for it.
 */
export function untilCancelled(promise: Promise<unknown>, token: CancellationLike): Promise<boolean> {
  if (token.isCancellationRequested) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const subscription = token.onCancellationRequested?.(() => {
      subscription?.dispose();
      resolve(false);
    });
    const settle = (): void => {
      subscription?.dispose();
      resolve(!token.isCancellationRequested);
    };
    promise.then(settle, settle);
  });
}
