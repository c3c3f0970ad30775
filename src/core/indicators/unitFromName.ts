import { alternation, PEOPLE_NOUNS } from '../lexicon/nameWords';
import type { NumberMention } from '../numbers/types';

/**
 * A magnitude written without its unit takes the unit its name implies: 贫困人口减少1240万 and 裁减军队员额20万 count
 * people, 出境旅游人次由8300万 counts trips, 全省生产总值连续跨越7万亿 is money. Only magnitudes (万, 亿), and only
 * when the words before and after the figure gave no unit (impliedUnit in extract.ts runs first).
 */
const PEOPLE = new RegExp(`(?:${alternation([...PEOPLE_NOUNS, '人数', '员额', '儿女', '人才', '就业'])})`);
const TRIPS = /人次$/;
const MONEY = /(?:生产总值|总产值|产值|增加值|经济总量|收入|投资|总额|税收|支出|资金|预算|融资|贷款|存款|营收|利润)$/;

export function unitFromName(name: string | null, m: NumberMention, written: string): string | null {
  if (!name || m.nature !== 'amount' || m.unit !== null || !/[万亿]/.test(written)) return null;
  if (TRIPS.test(name)) return '人次';
  if (PEOPLE.test(name)) return '人';
  if (MONEY.test(name)) return '元';
  return null;
}
