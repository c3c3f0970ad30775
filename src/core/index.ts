/** Public surface of the pure core. Adapters and the CLI import from here only. */
export { analyzeReport } from './report';
export type { AnalyzeOptions } from './report';
export { detectReport } from './detect';
export type { Detection } from './detect';
export { CancelledError, neverCancelled } from './cancellation';
export type { CancellationLike } from './cancellation';
export type { Segmenter } from './segmenter';
export { fallbackSegmenter } from './segmenter';
export { flattenOutline } from './outline/flatten';
export type * from './types';
