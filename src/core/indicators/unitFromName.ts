import { alternation } from '../lexicon/nameWords';
import type { NumberMention } from '../numbers/types';
import { ALL_PEOPLE } from '../numbers/groupNouns';

/**
 * A magnitude written without its unit takes the unit its name implies: 贫困人口减少1240万 and 裁减军队员额20万 count
 * people, 出境旅游人次由8300万 counts trips, 全省生产总值连续跨越7万亿 is money. Only magnitudes (万, 亿), and only
 * when the words before and after the figure gave no unit (impliedUnit in extract.ts runs first).
 */
// Money is read first, at the end of the name: 人民币贷款余额, 人才发展资金 and 城乡居民人均可支配收入 are money, not
// head counts; a people noun anywhere else (江淮儿女, 脱贫人口务工规模) counts people.
// (A name that ends in 人, 参加叛乱的人只有两万左右, and layoffs, 军队裁员１００万 — national 1959, 1988 — count people too.)
const PEOPLE = new RegExp(`(?:${alternation([...ALL_PEOPLE, '人数', '员额', '裁员', '儿女', '就业', '群体', '残疾人'])})(?!币)|人$`);
const TRIPS = /人次$/;
// Subscribers are counted in households as the statistics count them (移动电话用户 …万户): a name that ends in 用户
// before its figure — 第四代移动通信用户3.4亿 (national 2017, labelled 户 as 4.94亿户电信用户 is in 2008), 有线数字电视用户
// 达到160万 (河北 2009). (用户 right after the figure, 新增510万沼气用户, is a household noun of nameWords.json.)
const SUBSCRIBERS = /用户$/;
// (But the users of an app, a platform or an online service are people: “山海APP”数字文博平台用户超1亿, “湘易办”用户突破
// 3500万 — 湖南省 2026, dev labels in 人.)
const APP_USERS = /(?:APP|App|app|平台|小程序|客户端|公众号|[易里]办)[^，,。；;]{0,8}用户$/;
// (And an amount of money, 金额 or 投资额: 累计登记金额超百亿 — 南山 2024, 签约投资额超千亿 — 坪山 2024, both outside.)
const MONEY = /(?:生产总值|总产值|产值|增加值|经济总量|收入|投资|投资额|金额|总额|余额|税收|支出|资金|预算|融资|贷款|存款|营收|利润)$/;

/**
 * The verb that crosses a mark may still end the name a bare magnitude gets: 三大主导产业规模以上企业产值破千亿 (坪山 2021,
 * 2022), 有效投资破千亿 (龙华 2023), 经济总量连上300亿、400亿两个大台阶 (盐田 2016; all outside). The money noun is before it.
 */
const CROSSING_VERB = /(?:突破|首破|破|超过|超|达到|达|连上|迈上|站上|跨越|跨上)$/;

export function unitFromName(name: string | null, m: NumberMention, written: string, after: string): string | null {
  if (!name || m.nature !== 'amount' || m.unit !== null || !/[万亿]/.test(written)) return null;
  const named = name.replace(CROSSING_VERB, '');
  // 4万 亿元投资计划: the unit (and a magnitude) follows after a stray space; the recogniser read only half.
  if (/^\s+[万亿]?元/.test(after)) return null;
  if (MONEY.test(named)) return '元';
  if (TRIPS.test(named)) return '人次';
  if (SUBSCRIBERS.test(named)) return APP_USERS.test(named) ? '人' : '户';
  if (PEOPLE.test(named)) return '人';
  return null;
}
