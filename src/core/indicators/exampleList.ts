/**
 * A list of examples closed by 等 inside a name: 新组建神经科学研究院等新型研发机构(23家), 新引进西门子高端医疗影像等亿元
 * 以上项目(640个), 新引进汇丰前海证券等港企(2400多家). What a figure counts is the class the list is examples of, the words
 * after 等 (新型研发机构, 亿元以上项目, 港企), as an analyst heads the column; the examples (one firm, one institute) are
 * not the indicator. Kept whole: a 等 inside a word (高等教育, 二等奖, 等级民宿), and a class only the examples define
 * (交通运输业、建筑业等行业增值税税率; …等主要指标), or one too bare to name anything alone (行政审批等事项) —
 * exampleLists.json.
 */
import data from '../lexicon/exampleLists.json';

const WITHIN_BEFORE: ReadonlySet<string> = new Set(data.withinWordBefore);
const WITHIN_AFTER: ReadonlySet<string> = new Set(data.withinWordAfter);
const CLASS_WORDS: readonly string[] = data.classWords;
const BARE_CLASSES: ReadonlySet<string> = new Set(data.bareClasses);
/**
 * A count closing the list before its class (茶叶、食用菌、林竹等十大乡村特色产业 — dev 福建 2026, labelled 十大乡村特色产业
 * 全产业链总产值; …等六项主要经济指标 — 海拉尔 2014, outside): it stays with the class; the class is read after it.
 */
const CLOSING_COUNT = /^(?:[一二两三四五六七八九十百]{1,4}|\d{1,4})[家个项所座条类种批大]/;

/** `name` without the examples its last list-closing 等 ends (the class after it), or `name` as it is. */
export function withoutExampleList(name: string): string {
  const at = name.lastIndexOf('等');
  // Examples of two characters at least before 等, and a class of two at least after it.
  if (at < 2 || name.length - at - 1 < 2) return name;
  if (WITHIN_BEFORE.has(name.slice(at - 1, at + 1)) || WITHIN_AFTER.has(name.slice(at, at + 2))) return name;
  if (!/[\u4e00-\u9fffA-Za-z]/.test(name.charAt(at - 1))) return name;
  // (防汛、抢险、堵口、复堤、救济等项的支出 — dev 1957: 等项 closes the list with its own classifier, and what follows is
  // said of the items, with no class of its own.)
  if (/^[项类种个]的/.test(name.slice(at + 1))) return name;
  const cls = name.slice(at + 1);
  const kind = cls.replace(CLOSING_COUNT, '');
  if (kind.length < 2 || !/^[\u4e00-\u9fff]/.test(kind) || CLASS_WORDS.some((w) => kind.startsWith(w)) || BARE_CLASSES.has(kind)) return name;
  return cls;
}

/**
 * The noun after a figure that is itself an item of a list of figures closed by 等 (完成2万平方米土地整备、4万平方米建设用地
 * 清退、24万平方米更新土地供应等目标任务 — 罗湖区 2018; 130条道路、24公里市政污水管网、18公里雨污分流管网等四百多个工地 — 福田区
 * 2020, outside): the figure measures its own item, the words before 等; the class after 等 is the whole list's. A figure
 * not after 、 (引进5家美格智能等上市企业) counts the class, and keeps the noun whole for withoutExampleList.
 */
export function ownItemOfFigureList(text: string, figureStart: number, noun: string): string {
  if (text.charAt(figureStart - 1) !== '、') return noun;
  const at = noun.indexOf('等');
  return at >= 2 && !WITHIN_BEFORE.has(noun.slice(at - 1, at + 1)) && !WITHIN_AFTER.has(noun.slice(at, at + 2)) ? noun.slice(0, at) : noun;
}
