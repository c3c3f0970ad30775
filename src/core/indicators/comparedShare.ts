/**
 * A share said by comparing the part with the whole it is of: 文化产业增加值超过全市三分之一 (南山区 2016); 深圳市认定的
 * 总部企业增至43家，超过全市30%; 新增上市企业22家，超过全省1/5 (南山区 2018); 确诊病例不到全市1/7 (宝安区 2021); 全区GDP
 * 总量不到全市的15% (宝安区 2021); 创投机构数量和管理资本规模超过全国1/3, 深圳黄金珠宝业产值超过全国七成 (深圳 2012; all
 * outside free texts). The name reader stopped at the whole (超过全市, 文化产业增加值超过全市): a card headed by the
 * comparison's base says nothing of what is a third of the city's. A fraction or percent of 全市/全省/全国 said with
 * 超过/不到/不足 is the part's share of that whole, named as labels write shares (X占全国比重 — dev guangdong, 江苏 2026);
 * shareNames.ts reads the same for 稳定在/达到/接近 a fraction of the nation's total.
 */
import type { NumberMention } from '../numbers/types';

/** The part, the comparing verb and the whole at the name's end (超过全市, 总量不到全市的). */
const COMPARED = /^(.*?)(?:已经|已|均|仍|还|也)?(?:超过|超出|不到|不足)(全国|全省|全市|全区|全球|世界)的?$/;
/**
 * A per-head or per-area level, a rate or an average compared with the whole's is a ratio of two levels, not a share
 * (地均GDP不到全市3/4 — 宝安区 2023; 人均GDP约为全国 …): left as it is.
 */
const NO_PART = /^(?:人均|地均|户均|单位|每|平均)|(?:率|均|强度|密度|水平)$/;
/** A size word at the part's end says only "the whole of": 国家级高新技术企业总数 → 国家级高新技术企业. */
const SIZE_END = /(?<=[\u4e00-\u9fff]{2})(?:总数|总量)$/;

/**
 * The share name of a fraction or percent named by its comparison with a whole, or `name` as it was. `previous` is the
 * name of the figure before in the sentence: the part when the clause writes none (…增至43家，超过全市30%).
 */
export function comparedShareName(text: string, name: string | null, m: NumberMention, previous: string | null): string | null {
  if (!name || (m.nature !== 'fraction' && m.nature !== 'percent')) return name;
  // (福田以不到全市4%的土地…; 贡献了全国38.7%的贸易增量: the part is the noun after the figure, another reader's.)
  if (text[m.tail] === '的') return name;
  const hit = COMPARED.exec(name);
  if (!hit) return name;
  const written = (hit[1] as string).replace(/[，,、\s]+$/, '');
  const part = (written.length >= 2 ? written : previous && !/占|比重|比例|[、及]/.test(previous) ? previous : '').replace(SIZE_END, '');
  if (part.length < 2 || NO_PART.test(part)) return name;
  return `${part}占${hit[2] as string}比重`;
}
