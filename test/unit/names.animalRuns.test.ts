/**
 * Livestock run together without a list mark (牛羊出栏, 猪牛出栏) share the noun after them; a list of figures that 分别
 * shares out takes one animal each (animalItems.ts) — issue 8's own example, and a name of names28's random audit.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('animals run together before a list of figures', () => {
  it('shares the figures out one animal each (outside: 青海 2026)', () => {
    expect(namesOf('农牧业增产增效，一产增加值增长5.5%，牛羊出栏分别增长5.2%、1.9%。', ['5.5%', '5.2%', '1.9%'])).toEqual(['一产增加值', '牛出栏', '羊出栏']);
  });

  it('leaves a run with one figure, and a word with one animal, whole', () => {
    // (Whole, not split; weighed, the run is an output, 猪牛羊禽肉产量 — outputNames.ts.)
    expect(namesOf('猪牛羊禽肉223万吨，水产品20.6万吨。', ['223万吨'])).toEqual(['猪牛羊禽肉产量']);
    expect(namesOf('牛奶产量增长3%。', ['3%'])).toEqual(['牛奶产量']);
  });
});
