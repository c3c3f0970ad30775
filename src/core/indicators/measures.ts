import { charSetTest } from '../text/charSet';
import degree from '../lexicon/degreeAdverbs.json';
import measureNouns from '../lexicon/measureNouns.json';
/**
 * Measure words that stand between an indicator's name and its figure, longest first so that 年均增长 wins over
 * 增长. `kind` is what the measure says about a percentage (增长 → growth, 提高 → change).
 */
export interface MeasureDef {
  readonly surface: string;
  /** Normalised measure reported in the model (分别达到 → 达到). */
  readonly measure: string;
  readonly percentKind: 'growth' | 'change' | 'share' | null;
  /** “由A提高到B”: the figure after it is the end of a from→to pair. */
  readonly to?: boolean;
}

const rows: ReadonlyArray<readonly [string, string, MeasureDef['percentKind'], boolean?]> = [
  ['年均增长', '年均增长', 'growth'],
  ['平均每年增长', '年均增长', 'growth'],
  ['每年平均增长', '年均增长', 'growth'],
  ['平均每年递增', '年均增长', 'growth'],
  ['年均递增', '年均增长', 'growth'],
  // 六五计划期间要求每年递增百分之四到五 (national 1982, dev), 即每年递增百分之十四点七 (1955): without it the measure search
  // took 增 alone and left 每年递 as the name.
  ['每年递增', '年均增长', 'growth'],
  // 经济总量…年均增速5.7%, 中央财政“三农”投入年均增幅超过23%: the average, not one year's growth (a trial user's card
  // took 5.7% as 2025's growth and computed a base of 6万亿元 ÷ 1.057).
  ['年均增速', '年均增长', 'growth'],
  ['年均增幅', '年均增长', 'growth'],
  ['年均下降', '年均下降', 'change'],
  ['年均降低', '年均下降', 'change'],
  // 居民消费价格年均上涨1.9% (national 2018's five-year review, a ninth trial): the card said 上涨 and read as one rise
  // over the five years.
  ['年均上涨', '年均上涨', 'growth'],
  ['年均涨幅', '年均上涨', 'growth'],
  // 城镇新增就业人数年均超过46万人 (辽宁 2026, a sixth trial): a level averaged over the years, not one year's.
  ['年均', '年均', null],
  ['同比增长', '增长', 'growth'],
  ['同比下降', '下降', 'change'],
  ['比上年增长', '增长', 'growth'],
  ['比上年下降', '下降', 'change'],
  ['增长', '增长', 'growth'],
  ['增速', '增长', 'growth'],
  // 广义货币M2增长目标为17％左右 (national 2010, outside; 2011, dev): the growth targeted, not a level 为 (the 目标
  // makes it a target, read by the status rules from the clause).
  ['增长目标为', '增长', 'growth'],
  ['增长目标是', '增长', 'growth'],
  ['增速目标为', '增长', 'growth'],
  ['增长预期目标为', '增长', 'growth'],
  ['涨幅为', '涨幅', 'growth'],
  ['涨幅', '涨幅', 'growth'],
  ['上涨', '上涨', 'growth'],
  ['下降到', '下降到', 'share', true],
  ['下降至', '下降到', 'share', true],
  ['下降', '下降', 'change'],
  ['降低到', '降低到', 'share', true],
  ['降低至', '降低到', 'share', true],
  ['降低', '降低', 'change'],
  ['减少', '减少', 'change'],
  ['削减', '削减', 'change'],
  ['压减', '压减', 'change'],
  ['缩减', '缩减', 'change'],
  ['压缩', '压缩', 'change'],
  ['精简', '精简', 'change'],
  ['改善', '改善', 'change'],
  ['缩小到', '缩小到', 'share', true],
  ['缩小至', '缩小到', 'share', true],
  ['缩小', '缩小', 'change'],
  // 城乡居民基础养老金最低标准调增11.8%, 退休人员基本养老金总体上调2% (福建, 保定 2026; 河北 archive — an eleventh
  // trial): a pension or price standard adjusted by a rate; without them the verb's first character stayed in the name
  // (…最低标准调) and the card had no measure.
  ['调增', '调增', 'change'],
  ['调减', '调减', 'change'],
  ['上调', '上调', 'change'],
  ['下调', '下调', 'change'],
  ['调高', '调高', 'change'],
  ['调低', '调低', 'change'],
  ['提高到', '提高到', 'share', true],
  ['提高至', '提高到', 'share', true],
  ['提高', '提高', 'change'],
  ['提升到', '提升到', 'share', true],
  ['提升至', '提升到', 'share', true],
  ['提升', '提升', 'change'],
  ['上升到', '上升到', 'share', true],
  ['上升至', '上升到', 'share', true],
  ['回落到', '回落到', 'share', true],
  ['回落至', '回落到', 'share', true],
  ['降到', '降到', 'share', true],
  ['降至', '降到', 'share', true],
  ['上升', '上升', 'change'],
  ['增长到', '增长到', 'share', true],
  ['增长至', '增长到', 'share', true],
  ['减少到', '减少到', 'share', true],
  ['减少至', '减少到', 'share', true],
  ['优化为', '调整为', 'share', true],
  ['增至', '增至', null, true],
  ['增加到', '增加到', null, true],
  ['增加至', '增加到', null, true],
  // 比1954年增加了9%: a rise in percent is a growth rate, as 增长 is (a rise in points stays a change).
  ['增加', '增加', 'growth'],
  ['拓展至', '拓展至', null, true],
  ['调整为', '调整为', 'share', true],
  ['调整到', '调整为', 'share', true],
  ['扩大到', '扩大到', null, true],
  ['扩大', '扩大', 'change'],
  ['高出', '高出', 'change'],
  // 涨幅仍然高达百分之二十一点七, 单位造价高达一百六十三元 (national 1955 and 1995, outside): 高达 says the level reached;
  // read as 达 alone, its 高 stayed in the name (涨幅仍然高, 单位造价高).
  ['高达', '达到', 'share'],
  ['达到', '达到', 'share'],
  ['达', '达到', 'share'],
  ['为', '为', 'share'],
  ['是', '为', 'share'],
  ['突破', '突破', 'share'],
  ['超过', '超过', 'share'],
  ['完成', '完成', 'share'],
  ['实现', '实现', 'share'],
  // 原煤增产了一千八百二十六万吨, 夏粮减产一成 (national 1958 and 1975, outside; 1959 and 1980, dev): a change of
  // output, what older reports say most of their products; the name is the product, outputName.ts makes it its output.
  ['增产', '增产', 'growth'],
  ['减产', '减产', 'change'],
  // 企业退休人员基本养老金标准每月人均提高39.5元、生活补贴月增20元; 养老金待遇人均月增177元 (河北 2005, 2014, 2015 —
  // outside): a monthly rise, said in one word; the name ended in 月 or 人均月 when only 增 was read as noise.
  ['人均月增', '增加', null],
  ['月增', '增加', null],
  ['净增', '净增', null],
  ['新增', '新增', null],
  ['累计', '累计', null],
  ['控制在', '控制在', 'share'],
  ['稳定在', '稳定在', 'share'],
  ['保持在', '保持在', 'share'],
  ['迈上', '迈上', null],
  // Thresholds crossed (地区生产总值跨过3万亿元大关) and bounds (财政赤字少于三十亿元): the text before is the name.
  ['跨过', '突破', 'share'],
  ['跨越', '突破', 'share'],
  ['迈过', '突破', 'share'],
  ['跨上', '迈上', null],
  ['跃上', '迈上', null],
  ['站上', '迈上', null],
  ['不少于', '不少于', 'share'],
  ['少于', '少于', 'share'],
  ['低于', '低于', 'share'],
  ['不低于', '不低于', 'share'],
  ['不超过', '不超过', 'share'],
  // 建档立卡未脱贫人口减至677人 (涞水县 2020), 从5598项大幅压减至3018项, 压减到1000多项 (广东省 2019, 2020 — all
  // outside; 唐县 2020 the same): a level reached by a cut. Without them the verb stayed at the name's end (…人口减至)
  // or its first character did (…大幅压), and the figure had no measure.
  ['减至', '减少到', 'share', true],
  ['减到', '减少到', 'share', true],
  ['压减至', '减少到', 'share', true],
  ['压减到', '减少到', 'share', true],
  // 参保率巩固在96%以上 (涞水县 2020), 违法建筑纠正率维持在95%以上 (罗湖区 2014 — outside): a level held, as 保持在 is.
  ['巩固在', '保持在', 'share'],
  ['维持在', '保持在', 'share'],
  ['缩减到', '缩减到', null, true],
  ['缩减至', '缩减到', null, true],
  ['发展到', '发展到', null, true],
  ['发展至', '发展到', null, true],
  ['扩大至', '扩大到', null, true],
  // Older reports count with 有 (施工的工矿建设单位有一万多个, 约有七百个).
  ['共有', '为', 'share'],
  ['约有', '为', 'share'],
  // 国内生产总值比2010年翻一番, 研发投入实现翻番 (national 1982–2023, provinces 2026): the card said nothing of what
  // the figure does and showed a bare 一番; the labels write the measure 翻.
  ['翻', '翻', null],
  // 五年增量超1.36万亿元 (湖南 2026): what the amount rose by over the span, not the level it reached.
  ['增量', '增量', null],
];

export const MEASURES: readonly MeasureDef[] = rows
  .map(([surface, measure, percentKind, to]) => ({ surface, measure, percentKind, ...(to ? { to } : {}) }))
  .sort((a, b) => b.surface.length - a.surface.length);

/**
 * MEASURES by the last character of their surface, each bucket in MEASURES' order: a figure's text is compared with the
 * few measures that can end it, not with every one (an endsWith per measure per figure was 1 % of the analysis).
 */
const BY_LAST_CHAR = new Map<string, MeasureDef[]>();
for (const m of MEASURES) {
  const last = m.surface.charAt(m.surface.length - 1);
  const bucket = BY_LAST_CHAR.get(last);
  if (bucket) bucket.push(m);
  else BY_LAST_CHAR.set(last, [m]);
}
const NO_MEASURES: readonly MeasureDef[] = [];
/** Nouns that end in a measure's surface, by that surface (行为 ends in 为). */
const MEASURE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(measureNouns.nouns));

/** The last characters the year before a figure (…2025年的, “十五”末) can end with. */
const DATED_LAST = charSetTest('年底末的');
/** The first characters of the words that end in 均 (年均, 平均, 人均, 户均). */
const WORDS_ENDING_IN_JUN = charSetTest('年平人户');
/** The last characters of the adverbs and bounds trailingMeasure takes off the end (都, 接近, 超过, 以上 …). */
const ADVERB_LAST = charSetTest('都共约近逾过超破争上已了');

/**
 * The measure that ends `left` (the text just before a figure) and the text before it, ignoring the 分别/均/都/约
 * that reports sprinkle around measures (年均分别增长 → 年均增长).
 */
export function trailingMeasure(left: string): { measure: MeasureDef | null; head: string } {
  // 增加到一九八五年的一亿亩 / 提高到2025年的: the figure's own year stands between the measure and the figure.
  // (是“十五”末的6.7倍 — 宣城 2011, outside: or the end of a plan, a multiple's base.)
  // (Each pattern runs only where it can match: the first two end the text, and V8 tries a pattern anchored at the end
  // from every start of the 400-character window; the second removes words the text must hold.)
  const dated = DATED_LAST(left.slice(-1)) ? left.replace(/(?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末)?|“(?:十[一二三四五六]?|[六七八九])五”(?:时期|期间)?(?:期末|末))的?$/, '') : left;
  const spread = dated.trimEnd();
  // (年均, 平均, 人均 and 户均 are words: their 均 is never the sprinkled one — 户均增收6000元以上, 户均增收2万元以上 — 涞源县
  // 2021, 阜平县 2017, src32, outside: cut there, the name began inside the word, 户增收.)
  const shared = spread.includes('分别') || spread.includes('均') ? spread.replace(/分别|均(?=[达为增下提超突保居实完控])/g, (m, offset: number) => (m === '均' && WORDS_ENDING_IN_JUN(left.charAt(offset - 1)) ? m : '')) : spread;
  const trimmed = ADVERB_LAST(shared.slice(-1)) ? shared.replace(/(?:都|共|约|接近|将近|近|逾|超过|超|突破|力争|以上|已|了)+$/, '') : shared;
  // Only the measures that end in the text's last character can end it: their bucket, in MEASURES' order (longest first).
  for (const m of BY_LAST_CHAR.get(trimmed.charAt(trimmed.length - 1)) ?? NO_MEASURES) {
    if (trimmed.endsWith(m.surface) && !insideNoun(trimmed, m.surface)) {
      // 平均每年增加42亿元: the yearly frame belongs to the measure, not to the name before it.
      // (…营业收入大幅增长35%: an adverb of degree says how much, not what — lexicon/degreeAdverbs.json.)
      const head = withoutDegree(trimmed.slice(0, trimmed.length - m.surface.length)).replace(/(?:同比|比上年|比去年)$/, '').replace(/(?:平均)?每年(?:平均)?$/, '');
      // (经济增长预期目标为8%左右: 经济增长 is the indicator's own name; its 增长 stays in the name.)
      if (m.surface.includes('目标') && /经济$/.test(head)) continue;
      return { measure: m, head };
    }
  }
  return { measure: null, head: trimmed };
}

/**
 * A measure's surface that is the end of a noun (立案查处环境违法行为220件, 查处电单车、摩托车违法行为4.6万宗, 查处环保违法
 * 行为1688宗 — 涞水县 2020, 南山区 2014, 深圳市 2017, outside; 宝安 2018–2020, 罗湖 2014 the same): 为 there is no
 * measure, and reading it as one cut the name inside its noun (环境违法行). The nouns are data (lexicon/measureNouns.json).
 */
function insideNoun(text: string, surface: string): boolean {
  const nouns = MEASURE_NOUNS.get(surface);
  return nouns !== undefined && nouns.some((noun) => text.endsWith(noun));
}

/** Adverbs of degree between a name and its measure (大幅, 明显), longest first: lexicon/degreeAdverbs.json. */
const DEGREE_ADVERBS: readonly string[] = [...degree.adverbs].sort((a, b) => b.length - a.length);

/** `head` without the adverb of degree it ends with (营业收入大幅 → 营业收入; 大幅 → ''). */
function withoutDegree(head: string): string {
  const adverb = DEGREE_ADVERBS.find((word) => head.endsWith(word));
  return adverb ? head.slice(0, head.length - adverb.length) : head;
}
