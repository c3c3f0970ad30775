import type { Indicator, ReportModel } from '../../src/core';

/** The nth figure written exactly as `text` (0 = the first), or undefined: for tests that assert on one figure. */
export const figureByText = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined =>
  figures.filter((f) => f.text === text)[nth];

/** The first figure of a model written as `text`; throws so that a figure no longer found fails with its text. */
export function figureIn(model: ReportModel, text: string): Indicator {
  const found = model.indicators.find((i) => i.text === text);
  if (!found) throw new Error(`no figure ${text}`);
  return found;
}
