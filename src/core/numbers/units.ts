/**
 * Units analysts meet in reports, as data: add a row to support a new one. `base` is the unit reported in the
 * model (no magnitude); `nature` hints the indicator kind when the wording does not decide it.
 * Matching is longest-first, so 千瓦时 wins over 千瓦 and 个百分点 over 个.
 */
export type UnitNature = 'amount' | 'count' | 'percent' | 'points' | 'multiple' | 'duration' | 'physical';

export interface UnitDef {
  readonly surface: string;
  readonly base: string;
  readonly nature: UnitNature;
  /** The unit is a word's first character when one of these follows (人 in 人民, 人口): then it is no unit. */
  readonly notBefore?: string;
}

/** 13亿人口, 7000万人民, 5万人员: 人 starts the noun, and the figure is a bare magnitude counting people. */
const NOT_BEFORE: Readonly<Record<string, string>> = {
  人: '民口员才士群均类工力大',
  台: '阶湾',
  方: '面式向案法针位便',
  艘: '次',
  峰: '会',
  家: '庭',
  根: '据本治源基系除深植脉',
  // 次 opening a word of its own (次生灾害, 次要, 次级河道): the count stays in 处, 家 or 台 and the word is left whole.
  处次: '生要级',
  家次: '生要级',
  台次: '生要级',
};

const rows: ReadonlyArray<readonly [string, string, UnitNature]> = [
  ['%', '%', 'percent'],
  ['‰', '‰', 'percent'],
  ['个百分点', '个百分点', 'points'],
  ['百分点', '个百分点', 'points'],
  // 出生率下降５个千分点: per-mille points, as 个百分点 are percent points.
  ['个千分点', '个千分点', 'points'],
  ['千分点', '个千分点', 'points'],
  ['元/吨', '元/吨', 'amount'],
  ['元/平方米', '元/平方米', 'amount'],
  ['元', '元', 'amount'],
  ['美元', '美元', 'amount'],
  ['港元', '港元', 'amount'],
  ['欧元', '欧元', 'amount'],
  // 借款和应付利息共计十四亿零六百万新卢布 (national 1964), and the currencies reports name beside 美元.
  ['新卢布', '新卢布', 'amount'],
  ['卢布', '卢布', 'amount'],
  ['日元', '日元', 'amount'],
  ['英镑', '英镑', 'amount'],
  ['人次', '人次', 'count'],
  ['人', '人', 'count'],
  ['户', '户', 'count'],
  ['家', '家', 'count'],
  // 十方面民生实事, 9方面民生实事: the areas a year's livelihood programme is counted in (exclusions.ts keeps only
  // those; 15个方面的重点任务 and 重点做好十个方面工作 are the report's own outline).
  ['个方面', '方面', 'count'],
  ['方面', '方面', 'count'],
  ['个', '个', 'count'],
  ['项', '项', 'count'],
  ['所', '所', 'count'],
  ['张', '张', 'count'],
  ['套', '套', 'count'],
  ['辆', '辆', 'count'],
  ['艘次', '艘次', 'count'],
  // Trips and visits counted as such (832万辆次, 1万户次, 12万亩次): the 次 makes it a different measure.
  ['辆次', '辆次', 'count'],
  ['车次', '车次', 'count'],
  ['户次', '户次', 'count'],
  ['件次', '件次', 'count'],
  ['亩次', '亩次', 'count'],
  // Inspections and clear-outs counted as visits (检查企业621家次, 取缔占道经营1.13万处次 — 蠡县 2020; 累计出动机械设备1560台次
  // — 涞源县 2020; all outside): read as 621家 or 1560台 the visits became firms and machines, and 1.13万处次 lost its text's 次.
  ['家次', '家次', 'count'],
  ['处次', '处次', 'count'],
  ['台次', '台次', 'count'],
  ['艘', '艘', 'count'],
  ['座', '座', 'count'],
  ['条', '条', 'count'],
  ['件', '件', 'count'],
  ['台', '台', 'count'],
  ['处', '处', 'count'],
  // 名 counts people: 110万名高校毕业生 and 1240万人 are one unit, so series and pairs meet across reports.
  ['名', '人', 'count'],
  // 位 counts people too (123位两院院士, 2000多位专家): one unit with 人 and 名 (第9位 is a rank, read elsewhere).
  ['位', '人', 'count'],
  ['例', '例', 'count'],
  ['批', '批', 'count'],
  // 成功应对22轮强降水: rounds counted (第二轮 stays an ordinal: exclusions.ts drops figures after 第).
  ['轮', '轮', 'count'],
  ['类', '类', 'count'],
  ['宗', '宗', 'count'],
  ['起', '起', 'count'],
  ['次', '次', 'count'],
  ['场', '场', 'count'],
  ['种', '种', 'count'],
  ['块', '块', 'count'],
  ['间', '间', 'count'],
  ['栋', '栋', 'count'],
  ['幢', '幢', 'count'],
  ['床', '床', 'count'],
  ['张床', '张', 'count'],
  ['株', '株', 'count'],
  ['棵', '棵', 'count'],
  ['头', '头', 'count'],
  ['只', '只', 'count'],
  // Camels (骆驼出栏0.46萬峰 — a 内蒙古 page; 养殖规模稳定在2万匹、5000峰左右 — a page), never 峰会 (G20峰会).
  ['峰', '峰', 'count'],
  // Vaccine doses (全年累计接种疫苗58.82万剂次 — a page excerpt), like 人次.
  ['剂次', '剂次', 'count'],
  ['篇', '篇', 'count'],
  ['部', '部', 'count'],
  ['本', '本', 'count'],
  ['册', '册', 'count'],
  ['份', '份', 'count'],
  ['支', '支', 'count'],
  ['列', '列', 'count'],
  ['架', '架', 'count'],
  ['对', '对', 'count'],
  ['门', '门', 'count'],
  // Wells counted (改造农业排灌机井765眼, 依法关停自备井50眼 — 高阳县 2018, outside the corpus).
  ['眼', '眼', 'count'],
  // Telephones per hundred people (电话普及率达29．3部／百人 — 河北 2003, outside the corpus): a rate, not a count of sets.
  ['部/百人', '部/百人', 'physical'],
  // 2款一类创新药集中获批上市, 6组10家省属国企实现战略性重组 (第三款 of a law is an ordinal: exclusions.ts drops 第).
  ['款', '款', 'count'],
  ['组', '组', 'count'],
  ['标准箱', '标准箱', 'physical'],
  ['标箱', '标准箱', 'physical'],
  ['公里', '公里', 'physical'],
  ['千米', '公里', 'physical'],
  ['米', '米', 'physical'],
  ['平方公里', '平方公里', 'physical'],
  ['平方千米', '平方公里', 'physical'],
  ['平方米', '平方米', 'physical'],
  // Square metres written short: 拆除违法建筑153.6万平米 (深圳 2016, five figures so), 用地面积6.49万㎡、总建筑面积32万㎡
  // (福田 2014), both outside the corpus.
  ['平米', '平方米', 'physical'],
  ['㎡', '平方米', 'physical'],
  ['公顷', '公顷', 'physical'],
  // 倾 (qīng; 傾 in traditional script, folded before units are read) keyed for 顷 (qǐng) by a pinyin input method:
  // 1996年造林27.8萬公傾 (a 1996 provincial bulletin, a page).
  ['公倾', '公顷', 'physical'],
  ['亩', '亩', 'physical'],
  ['吨标准煤', '吨标准煤', 'physical'],
  // 每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤 (national 1980): tonnes of coal equivalent, not 吨 then a noun 煤
  // (the figure was named 煤产量). Only where a word ends there (WORD_END_ONLY): 4亿吨煤炭, 400万吨煤制油 and
  // 年产二百四十万吨煤的煤矿 (a project's size, which projectSizes.ts reads from 吨 and its noun) keep 吨.
  ['吨煤', '吨煤', 'physical'],
  // Freight turnover (货运周转量…1.16万亿吨公里) is its own unit, not tonnes.
  ['吨公里', '吨公里', 'physical'],
  ['人公里', '人公里', 'physical'],
  // Sea freight in older reports (货物周转量将达到五十七亿五千万吨海里), ships in 载重吨 (新增轮船四十万载重吨).
  ['吨海里', '吨海里', 'physical'],
  ['人海里', '人海里', 'physical'],
  ['载重吨', '载重吨', 'physical'],
  ['吨', '吨', 'physical'],
  // 砘 (dùn, a stone roller) keyed for 吨 (dūn) by a pinyin input method: 采煤能力八千万砘 (national 1986), 原油5000万砘
  // (大庆 1988, a page excerpt) — never a unit of its own.
  ['砘', '吨', 'physical'],
  // Capacities per year (新增产能3095万吨/年).
  ['吨/年', '吨/年', 'physical'],
  // Flat glass (平板玻璃1488万标准重量箱 — 河北 2014): the standard case, read whole rather than 1488万 without a unit.
  ['标准重量箱', '标准重量箱', 'physical'],
  ['重量箱', '重量箱', 'physical'],
  ['公斤', '公斤', 'physical'],
  ['千克', '公斤', 'physical'],
  ['斤', '斤', 'physical'],
  // Older reports: cloth in bolts, grain and cotton in 担 (50 kg), power in 瓩 (the old character for 千瓦).
  ['匹', '匹', 'physical'],
  ['担', '担', 'physical'],
  ['瓩', '千瓦', 'physical'],
  ['千瓦时', '千瓦时', 'physical'],
  // 发电量达到４４５５亿千瓦小时 (national 1987): the older spelling of 千瓦时, one unit with it.
  ['千瓦小时', '千瓦时', 'physical'],
  // 发电量三千六百二十亿度: 度 as written (the same quantity as 千瓦时, but reports and readers keep the word).
  ['度', '度', 'physical'],
  // 工商业平均电价下降5分/千瓦时: a price per unit of power in 分 (分 alone is too many other things).
  ['分/千瓦时', '分/千瓦时', 'amount'],
  // 粳稻每斤分别提高…1毛钱，小麦每斤提高3分钱 (national 2010): cents and dimes with 钱 are money, whatever the context.
  // (Bare 分 and 毛 only in a price change per unit: magnitudes.ts, priceCents.)
  ['分钱', '分', 'amount'],
  ['毛钱', '毛', 'amount'],
  ['角钱', '角', 'amount'],
  ['千瓦', '千瓦', 'physical'],
  ['兆瓦时', '兆瓦时', 'physical'],
  ['兆瓦', '兆瓦', 'physical'],
  ['立方米', '立方米', 'physical'],
  // 10亿方天然气: 方 is the cubic metre of gas and water; older reports measure earthworks in 公方 and floors in 平方公尺.
  ['方', '立方米', 'physical'],
  ['公方', '公方', 'physical'],
  ['平方公尺', '平方公尺', 'physical'],
  // Older reports measure timber and earth in 立方公尺, cloth in 公尺 and 尺 (棉布一亿一千万公尺, 呢绒…六百六十万尺),
  // earthworks in 土方 (兴修八亿土方的农田水利工程).
  ['立方公尺', '立方公尺', 'physical'],
  ['公尺', '公尺', 'physical'],
  ['尺', '尺', 'physical'],
  ['土方', '土方', 'physical'],
  // 供热标准由18℃提高到20℃: temperatures.
  ['℃', '℃', 'physical'],
  // 获亚洲级以上大赛金牌33枚, 毛、麻纺锭七千三百三十枚: medals and spindles counted.
  ['枚', '枚', 'count'],
  // 新建多功能智能杆520根 (坪山 2023), 多功能智能杆7106根 (深圳 2022), 3400根多功能智能杆 (福田 2022), 新增多功能智能杆947根
  // (龙华 2024), all outside: poles counted. (Not 根据, 根本, 根治 …: NOT_BEFORE.)
  ['根', '根', 'count'],
  // 就能增产五十万箱纸烟: cases counted (标准箱 and 标箱 of containers are read first, longest first).
  ['箱', '箱', 'count'],
  // Lamps counted: 安装（更换）路灯800余盏 (曲阳县 2022), 新装太阳能路灯1539盏 (涞水县 2022), both outside. (一盏心灯 is a
  // word: a single numeral character is never a figure.)
  ['盏', '盏', 'count'],
  // Mushroom-growing bags and sticks counted in the millions: 计划年产菌棒4000万包 (涞源县 2020), 菌包核心工厂形成2000万棒
  // 生产能力 (涞源县 2021), 食用菌栽植达到8500万棒以上 (阜平县 2022), all outside; read without them the figures had no unit.
  // (门前三包, “五包一”, 一棒接着一棒干 stay words: a single numeral character is never a figure; 跑好第一棒 is an ordinal.)
  ['包', '包', 'count'],
  ['棒', '棒', 'count'],
  ['微克/立方米', '微克/立方米', 'physical'],
  ['毫克/立方米', '毫克/立方米', 'physical'],
  // 全省PM2.5平均浓度不超过35微克每立方米 (陕西 2025, outside the corpus): the same unit with 每 spelt out.
  ['微克每立方米', '微克/立方米', 'physical'],
  ['毫克每立方米', '毫克/立方米', 'physical'],
  ['GB', 'GB', 'physical'],
  // Computing power and storage of the 2020s (总算力突破1.3万PF, 160EFLOPS, 55GWh).
  ['PF', 'PF', 'physical'],
  // 智能算力超4.8万P: P(eta) of computing power, only after a magnitude (exclusions.ts drops 1080P and the like).
  ['P', 'P', 'physical'],
  ['EFLOPS', 'EFLOPS', 'physical'],
  ['次/秒', '次/秒', 'physical'],
  ['Eflops', 'EFLOPS', 'physical'],
  ['EFlops', 'EFLOPS', 'physical'],
  ['GWh', 'GWh', 'physical'],
  ['GW', 'GW', 'physical'],
  ['MW', 'MW', 'physical'],
  ['岁', '岁', 'duration'],
  ['天', '天', 'duration'],
  ['小时', '小时', 'duration'],
  ['分钟', '分钟', 'duration'],
  ['个月', '个月', 'duration'],
  ['个季度', '季度', 'duration'],
  ['季度', '季度', 'duration'],
  ['场次', '场次', 'count'],
  ['架次', '架次', 'count'],
  // 停靠车次增加至99列次 (坪山 2019), 日停靠列次大幅增至146列次 (坪山 2020), both outside: trains stopping, counted as
  // trips (辆次, 架次); read as 146列 the trips lost their 次.
  ['列次', '列次', 'count'],
  ['班次', '班次', 'count'],
  ['航次', '航次', 'count'],
  ['批次', '批次', 'count'],
  ['片', '片', 'count'],
  ['个工作日', '个工作日', 'duration'],
  ['工作日', '个工作日', 'duration'],
  ['年', '年', 'duration'],
  ['倍', '倍', 'multiple'],
  ['千伏', '千伏', 'physical'],
  // 11万伏 is 110千伏 written in 伏: 抓紧…两个11万伏变电站项目运作 (src32 顺平县-2008), 二十二万伏的高压变压器 (national 1958),
  // both outside; read without a unit the first was a figure of 11万 of nothing. A voltage class, excluded as 千伏 is.
  ['伏', '伏', 'physical'],
  // Older reports: engines in 马力, tractors in 标准台, print runs in 印张, accelerators in 电子伏.
  ['马力', '马力', 'physical'],
  ['标准台', '标准台', 'count'],
  ['印张', '印张', 'physical'],
  ['电子伏', '电子伏', 'physical'],
  // 举办培训班超10期, 开设课堂1万期: sessions held (一期/二期 of a project are names: exclusions.ts).
  ['期', '期', 'count'],
  // 连续12届获中国戏剧梅花奖: editions in a streak (十六届人大 is a meeting's ordinal: exclusions.ts keeps 届 to streaks).
  ['届', '届', 'duration'],
];

export const UNITS: readonly UnitDef[] = rows.map(([surface, base, nature]) => ({ surface, base, nature, ...(NOT_BEFORE[surface] ? { notBefore: NOT_BEFORE[surface] } : {}) }));

/** Bases that are rates or their points (%, ‰, 个百分点, 个千分点): never scaled by 万/亿, never a level with a base. */
const RATE_BASES: ReadonlySet<string> = new Set(UNITS.filter((u) => u.nature === 'percent' || u.nature === 'points').map((u) => u.base));

const COUNT_BASES: ReadonlySet<string> = new Set(UNITS.filter((u) => u.nature === 'count').map((u) => u.base));

/** Whether a unit (a base) counts discrete things (人, 户, 人次, 家 …). */
export function isCountUnit(base: string): boolean {
  return COUNT_BASES.has(base);
}

/** Whether a unit (a base, as the model reports it) is a rate or points of a rate. */
export function isRateUnit(base: string): boolean {
  return RATE_BASES.has(base);
}

const byFirstChar = new Map<string, UnitDef[]>();
for (const u of [...UNITS].sort((a, b) => b.surface.length - a.surface.length)) {
  const k = u.surface[0] as string;
  const list = byFirstChar.get(k) ?? [];
  list.push(u);
  byFirstChar.set(k, list);
}

/** Units that hold a noun's first character (吨煤): read so only when no Han character follows them. */
const WORD_END_ONLY: ReadonlySet<string> = new Set(['吨煤']);

/** The longest unit written at `at`, or undefined. O(units starting with that character). */
export function matchUnit(text: string, at: number): UnitDef | undefined {
  if (inMedalRun(text, at)) return { surface: text[at] as string, base: '枚', nature: 'count' };
  const u = unitAt(text, at, notInsideWord);
  return u && (perUnit(text, at, u) ?? u);
}

// What the two callers of unitAt accept, as functions declared once: an arrow made per call is a function whose
// optimised code a full GC drops, re-optimised on every analysis after one (--trace-opt: matchUnit's, 27 times in 100).
/** A unit that is no word's start (吨煤 only at a word's end), see matchUnit. */
function notInsideWord(d: UnitDef, text: string, at: number): boolean {
  return !(WORD_END_ONLY.has(d.surface) && /[\u4e00-\u9fff]/u.test(text.charAt(at + d.surface.length)));
}
/** A plain unit that can be a rate's denominator, see perDenominator. */
function plainDenominator(d: UnitDef): boolean {
  return !d.base.includes('/') && d.nature !== 'percent' && d.nature !== 'points';
}

/** The longest unit of the table written at `at` that `accept` takes (not cut before one of its notBefore characters). */
function unitAt(text: string, at: number, accept: (u: UnitDef, text: string, at: number) => boolean): UnitDef | undefined {
  for (const u of byFirstChar.get(text[at] ?? '') ?? []) {
    if (!text.startsWith(u.surface, at)) continue;
    if (u.notBefore && u.notBefore.includes(text[at + u.surface.length] ?? '\u0000')) continue;
    if (accept(u, text, at)) return u;
  }
  return undefined;
}

/** Gold, silver and bronze in the order a medal tally is written. */
const MEDALS = '金银铜';

/** A numeral of a medal tally's part: digits, or Chinese numerals (三金、十二银、五铜). */
const TALLY_NUMERAL = /[0-9〇零一二两三四五六七八九十]/;

/**
 * A medal tally written short (获巴黎奥运会2金1银1铜 — 深圳 2025; 斩获8金4银4铜 — 广东 2025; 获7金5银 — 南山 2022, all
 * outside): each part counts medals as 17枚金牌 does, unit 枚. Only inside a run of two or more in that order — a digit
 * before 金 alone (5金) is no tally, and 资金 or 黄金 never follow a digit run of this shape.
 * The parts may be set apart by 、 and written in Chinese numerals (获“3金、4银、4铜”好成绩 — 南山 2018; 取得2金、4银、8铜的
 * 历史最好成绩 — 涞源县 2020; 获得三金、十二银、五铜的优异成绩 — 曲阳县 2020; all outside).
 */
function inMedalRun(text: string, at: number): boolean {
  const k = MEDALS.indexOf(text[at] ?? '');
  if (k < 0 || !TALLY_NUMERAL.test(text[at - 1] ?? '')) return false;
  const after = /^、?[0-9〇零一二两三四五六七八九十]{1,3}([银铜])/.exec(text.slice(at + 1, at + 6));
  if (after && MEDALS.indexOf(after[1] as string) > k) return true;
  let j = at - 1;
  while (j >= 0 && at - j <= 3 && TALLY_NUMERAL.test(text[j] ?? '')) j--;
  if (text[j] === '、') j--;
  const before = MEDALS.indexOf(text[j] ?? '');
  return before >= 0 && before < k && j >= 1 && TALLY_NUMERAL.test(text[j - 1] ?? '');
}

/**
 * What a rate is per (796元/月, 400万吨/年, 30万元/人, 1000元/头, 48.6亿元/平方公里, 2亿元/万平方米): the slash and any
 * unit the table knows, with the magnitude written before it (万平方米 — the denominator is kept as written, so
 * 2亿元/万平方米 is 200000000 元/万平方米). A per-unit compound is one unit: read as 元, 地均GDP 48.6亿元/平方公里 (福田
 * 2018, 2021) and 单位产能 2亿元/万平方米 (宝安 2025, all outside) became totals in 元 and met real totals in a series.
 */
const PER_MAGNITUDE = /^\/(万|千|百)?/;
/** Denominators that are no unit of the table alone (月, 日, 千克): time and weight as rates are written per them. */
const PER_WORD = /^(?:千瓦时|平方米|立方米|千克|公斤|小时|月|年|日|天|人|户|亩|吨)/;

/** A unit with its denominator (元/月): a level per month is not a level in 元, and series must keep them apart. */
function perUnit(text: string, at: number, u: UnitDef): UnitDef | undefined {
  if (u.base.includes('/') || u.nature === 'percent') return undefined;
  const from = at + u.surface.length;
  if (text[from] !== '/') return undefined;
  // (A rate word that opens with a magnitude's character, 千瓦时 or 千克, is the denominator whole: 0.6元/千瓦时 is per
  // kilowatt-hour, not per thousand of 瓦时, which no table holds.)
  const whole = PER_WORD.exec(text.slice(from + 1, from + 5))?.[0];
  const magnitude = whole ? '' : (PER_MAGNITUDE.exec(text.slice(from, from + 2))?.[1] ?? '');
  const per = perDenominator(text, from + 1 + magnitude.length);
  // A magnitude with no unit after it (元/万) is no denominator.
  if (!per) return undefined;
  return { surface: `${u.surface}/${magnitude}${per.surface}`, base: `${u.base}/${magnitude}${per.base}`, nature: u.nature };
}

/** The denominator at `at`: the longer of a rate word (月, 日) and a plain unit of the table (人次 before 人). */
function perDenominator(text: string, at: number): { surface: string; base: string } | undefined {
  const word = PER_WORD.exec(text.slice(at, at + 4))?.[0];
  const unit = unitAt(text, at, plainDenominator);
  if (unit && unit.surface.length > (word?.length ?? 0)) return { surface: unit.surface, base: unit.base };
  return word ? { surface: word, base: word } : undefined;
}
