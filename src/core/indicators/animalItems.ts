/**
 * “猪牛出栏分别增长a%、b%” (issue 8's own example), “牛羊出栏分别增长5.2%、1.9%” (青海 2026, outside; names28's random
 * audit), “猪牛羊禽肉”: livestock said one character each, run together with no list mark, share the noun after
 * them; a list of figures 分别 shares out takes one animal each (猪出栏, 牛出栏), as labels name them. The animals are
 * data: one-character nouns that are words of their own only in such runs (a run never opens another word here:
 * 牛奶, 羊毛 have one animal only).
 */

/** Livestock and poultry said by one character in a run (猪牛羊禽肉, 牛羊出栏). */
export const RUN_ANIMALS: ReadonlySet<string> = new Set(['猪', '牛', '羊', '禽', '鸡', '鸭', '鹅', '马', '驴']);

/**
 * The items of a name that opens with two or more animals run together (牛羊出栏 → 牛出栏, 羊出栏), or null. The
 * noun after them must be two characters or more (出栏, 肉产量): a run alone names nothing to share.
 */
export function animalItems(name: string): string[] | null {
  let k = 0;
  while (k < name.length && k < 4 && RUN_ANIMALS.has(name.charAt(k))) k++;
  const rest = name.slice(k);
  if (k < 2 || rest.length < 2 || /[、，,和与及]/.test(rest)) return null;
  return [...name.slice(0, k)].map((animal) => animal + rest);
}
