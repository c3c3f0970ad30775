/**
 * A review figure named for several indicators at once, said with one figure (化学需氧量、二氧化硫和氨氮排放量均削减1.5%
 * — src32 河北省-2012; 二氧化硫排放量和化学需氧量均削减5.5% — src32 河北省-2010): the year's target of each of them
 * (二氧化硫排放量削减3.2%, 化学需氧量排放量削减2.4%) is judged by it. Read by the pairing by name, where the item at either
 * end of the list was already found (its name opens or closes the joint name) and an item inside the list was not:
 * 河北 2012 paired 化学需氧量 and 氨氮 but left 二氧化硫, 河北 2010 paired 二氧化硫 and left 化学需氧量.
 */

/** What the items of a joint name are said with (、 and 和: 化学需氧量、二氧化硫和氨氮). */
const ITEM_BREAK = /[、和]/;
/**
 * An item names an indicator only when this long (二氧化硫, 化学需氧量): a short piece is a word cut at 和 (省级|和美乡村,
 * 农业|和农副业), never an item.
 */
const MIN_ITEM = 4;

/**
 * Whether `name` (a target's) is one item of the joint name `joint` (an actual's): it opens with an item and goes on
 * with the words the list ends with (二氧化硫|排放量 of …二氧化硫和氨氮|排放量), or with the words another item ends with
 * (化学需氧量|排放量 of 二氧化硫|排放量|和化学需氧量), or is the item itself.
 */
export function itemOfJointName(name: string, joint: string): boolean {
  if (!ITEM_BREAK.test(joint)) return false;
  const items = joint.split(ITEM_BREAK);
  if (items.length < 2) return false;
  for (const item of items) {
    if (item.length < MIN_ITEM || !name.startsWith(item)) continue;
    const rest = name.slice(item.length);
    if (rest.length === 0 || joint.endsWith(rest) || items.some((other) => other !== item && other.endsWith(rest))) return true;
  }
  return false;
}
