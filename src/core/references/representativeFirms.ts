import type { Paragraph } from '../text/paragraphs';
import { POLICY_TERMS } from '../terms/lexicon';
import { isListItem } from './modifiers';
import { isBarePlace } from './namedSiblings';

/** The words that close a list of a field's leading firms: 以…为代表的…产业, 以…为主导的…产业集群. */
const MARKERS: readonly string[] = ['为代表', '为主导'];
/** The list opens with 以 within this many characters before its marker (three or four firms' names). */
const MAX_LIST = 40;
/** A firm's name in such a list is this long at least (同光晶体, 华讯方舟): two or three characters are fields (林果, 食用菌). */
const MIN_FIRM = 4;
const MAX_FIRM = 8;
/** After another mention, a firm's or a project's word stands within this many characters of its clause. */
const CONFIRM_REACH = 30;
/** The words that say a mention is of a firm or of its project (…2家企业, …有限公司, …等项目, …项目). */
const FIRM_WORDS: readonly string[] = ['企业', '公司', '集团', '项目'];
/** Characters no firm's name holds: they join items (和, 及, 与, 或), say whose (的) or count (个, 项, 批). */
const NOT_IN_FIRM: ReadonlySet<number> = new Set([...'和及与或的个项批等'].map((c) => c.charCodeAt(0)));
/** What ends a clause: a list never runs over these, nor does a confirming clause. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([...'，。；：！？,;:!?'].map((c) => c.charCodeAt(0)));
const POLICY: ReadonlySet<string> = new Set(POLICY_TERMS);
const OPENER = '以'.charCodeAt(0);

/**
 * The firms a report names as the leaders of a field (以华讯方舟、深圳光启为代表的新一代信息技术…产业 — src32 徐水区-2019;
 * 以同光晶体为代表的新一代信息技术产业园 — 涞源县-2021; 以来福汽车照明为代表的高端装备制造产业 — 容城县-2017, outside):
 * firms, named by no type word, whose other mentions link to their first (firmLists.ts addFirmMentions). A field named
 * so (以毛绒玩具为代表的富民产业 — 容城县-2019; 以食用菌、林果、养殖为代表的农业产业 — 阜平县-2021) reads the same, so an
 * item is a firm only where the report says it elsewhere as a firm's or a project's (同光晶体4-6英寸…单晶衬底项目,
 * 来福汽车照明、嘉利食品机械2家企业, 华讯方舟、北京博萨、台州新立等项目): words of a firm or a project within its clause.
 * Added to `firms`, read with the other lists' firms. Linear: one indexOf walk per marker, one per item learned.
 */
export function addRepresentativeFirms(paragraphs: readonly Paragraph[], firms: Set<string>): void {
  const items: string[] = [];
  for (const p of paragraphs) {
    for (const marker of MARKERS) {
      for (let at = p.text.indexOf(marker); at >= 0; at = p.text.indexOf(marker, at + marker.length)) items.push(...listBefore(p.text, at));
    }
  }
  for (const item of new Set(items)) if (!firms.has(item) && saidAsFirm(paragraphs, item)) firms.add(item);
}

/** The items of the list between 以 and the marker at `at` (以A、B为代表), those that may be firms' names; none if no 以. */
function listBefore(text: string, at: number): string[] {
  let open = at - 1;
  while (open >= 0 && at - open <= MAX_LIST && text.charCodeAt(open) !== OPENER && !CLAUSE_MARKS.has(text.charCodeAt(open))) open--;
  if (open < 0 || text.charCodeAt(open) !== OPENER) return [];
  return text
    .slice(open + 1, at)
    .split('、')
    .filter((item) => mayBeFirm(item));
}

/** Whether an item may be a firm's name: of a firm's length, Han or Latin, no field or place the dictionaries name. */
function mayBeFirm(item: string): boolean {
  if (item.length < MIN_FIRM || item.length > MAX_FIRM) return false;
  for (let k = 0; k < item.length; k++) {
    const c = item.charCodeAt(k);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if ((!letter && (c < 0x4e00 || c > 0x9fff)) || NOT_IN_FIRM.has(c)) return false;
  }
  return !POLICY.has(item) && !isBarePlace(item) && isListItem(item);
}

/** Whether some mention of `item` has a firm's or a project's word after it in its clause, within CONFIRM_REACH. */
function saidAsFirm(paragraphs: readonly Paragraph[], item: string): boolean {
  for (const p of paragraphs) {
    const text = p.text;
    for (let at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + item.length)) {
      let end = at + item.length;
      const limit = Math.min(text.length, end + CONFIRM_REACH);
      while (end < limit && !CLAUSE_MARKS.has(text.charCodeAt(end))) end++;
      const clause = text.slice(at + item.length, end);
      if (FIRM_WORDS.some((w) => clause.includes(w))) return true;
    }
  }
  return false;
}
