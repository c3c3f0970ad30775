/**
 * What of an indicator a rank measures: the scope it is ranked in and 位次 (出口规模 · 全国位次, 综合算力指数 · 全国位次,
 * 唐山港沿海货物吞吐量 · 世界位次). The dev labels written blind name ranks indicator + scope + 位次 in 173 of 175 cases
 * (labels README, names75); the tool keeps the indicator (with the attribute ranked: 增速, 数量, 总量) as the name and
 * gives scope + 位次 as the figure's measure, the field that says what of the indicator is measured (增长, 年均增长 …).
 * So the card reads “出口规模 全国位次 第3” and groups the rank apart from the indicator's level, while the name stays
 * the indicator readers elsewhere phrase in their own way (names77 put scope + 位次 in the name: dev name= rose, but
 * a name no other phrasing of the rank's scope held).
 *
 * The scope is the place word right before the ordinal (居全国第2位, 稳居世界第二, 居中部地区第1, 保持西部第1位 …:
 * rankScopes.json, or a province by name, 居河北省第3位). A rank said after another one in the same clause without a
 * scope of its own holds the same scope (从全国第11位跃升至第7位, 分别居全国第5、第6位, 由上年居世界第四位上升为第三位).
 * A tier (第一档) is a 档次, not a 位次. A rank with no scope, right after a rank verb (在…考核评价中稳居第一), measures
 * 位次. A rank said in no such way (服务业成为第一大产业) keeps its name and measure.
 */
import scopeData from './rankScopes.json';

const SCOPES: readonly string[] = scopeData.scopes;
/** A province named before the ordinal, after the verb that ranks it (居河北省第3位, 位居广东省首位). */
const PROVINCE = /(?:居|列|至|为)([\u4e00-\u9fff]{2,3}(?:省|自治区))$/;
/** A rank verb right before the ordinal: the rank is placed, though in no scope the text names. */
const RANK_VERB_END = /(?:居|位居|稳居|跃居|位列|名列|排名|排在|保持|升至|跃升至|上升至|上升为|提升至)$/;
/** A rank verb said after the scope (全市排名, 全省排在), read past to the scope. */
const SCOPE_THEN_VERB = /(?:排名|排在|排位)$/;
/** How far a later rank in the clause may stand from the one before and still share its scope (、第6位; 跃升至第7位). */
const SHARED_SCOPE_GAP = 10;
/** A name already ending as a rank's (…全国位次, …排名, …名次, …档次): left as it is. */
const RANK_NAME_END = /(?:位次|排名|名次|档次|排位)$/;

/** The last rank's scope and where it ended in the paragraph, for a later rank of the same clause. */
export type RankScope = { readonly scope: string; readonly tail: number; readonly item: string; readonly base: string };

/** The scope said right before the ordinal at `start` (quotes and blanks skipped), or '' when there is none. */
export function scopeBefore(text: string, start: number): string {
  // (The scope may stand before the rank verb too: 投资完成率全市排名第二 — src32 满城区-2020; 全省排名第24名 — 清苑区-2021.)
  const before = text.slice(Math.max(0, start - 14), start).replace(/[\s“”"「」]+$/, '').replace(SCOPE_THEN_VERB, '');
  let best = '';
  for (const s of SCOPES) if (s.length > best.length && before.endsWith(s)) best = s;
  if (best) return best;
  return PROVINCE.exec(before)?.[1] ?? '';
}

/**
 * The rank's scope: its own, or the one of the rank just before it in the same clause (`last`), or ''. `tail` is where
 * this rank's mention ends.
 */
export function rankScopeAt(text: string, start: number, last: RankScope | null): string {
  const own = scopeBefore(text, start);
  if (own) return own;
  if (last === null || start < last.tail || start - last.tail > SHARED_SCOPE_GAP) return '';
  return /[，,。；;！!？?]/.test(text.slice(last.tail, start)) ? '' : last.scope;
}

/** A rank read as the indicator it ranks (`name`) and what of it is measured: scope + 位次, or 档次 for a tier. */
export type RankMeasure = { readonly name: string; readonly measure: string };

/**
 * The rank's name and measure: `indicator` (its scope dropped where it ends with it) and scope + 位次 (档次 for a tier),
 * or null when the text places the rank neither in a scope nor after a rank verb, or when the name already ends as a
 * rank's (…排名, …名次).
 */
export function rankMeasure(indicator: string, text: string, start: number, end: number, scope: string): RankMeasure | null {
  if (RANK_NAME_END.test(indicator)) return null;
  const before = text.slice(Math.max(0, start - 8), start).replace(/[\s“”"「」]+$/, '');
  if (!scope && !RANK_VERB_END.test(before)) return null;
  const unit = /档$/.test(text.slice(start, end)) ? '档次' : '位次';
  // (A name that already ends with its scope, 城乡居民人均可支配收入全国, keeps the indicator alone.)
  const name = scope && indicator.endsWith(scope) && indicator.length > scope.length ? indicator.slice(0, -scope.length) : indicator;
  return { name, measure: `${scope}${unit}` };
}

/** The attribute a rank clause says before its ordinal (增速居全国第5位, 增量保持全国第一, 总量连续37年居全国首位). */
// (Two said together share the rank, 增长102%，总量、增幅全省第一 — src32 保定市-2023; 总量、增速全省第二 — 保定市-2009: both
// are kept, as written.)
const SAID_ATTRIBUTE = /^[、，,\s]*((?:增速|增幅|增量|总量|规模|数量|总数)(?:[、和](?:增速|增幅|增量|总量|规模|数量|总数))?)/;
/** Where two attributes said together part (总量、增幅; 增量和总量). */
const ATTRIBUTE_JOINER = /[、和]/;
/** A name that already says an amount of the things (…企业数, …出口量, 整车出口): no 数量 is added to it. */
const AMOUNT_END = /(?:数|量|数量|总数|出口|进口|出栏|存栏)$/;
/**
 * A rank among a counted group (在全省62个贫困县中排名第五 — src32 涞水县-2020; 在全国入围的500个县中排名第53位 — 涞源县-2021):
 * the count before is the group's size, not the things ranked.
 */
const AMONG_GROUP = /中(?:排名|排在|位居|居|位列|名列)?$/;

/**
 * What a rank said right after another figure of the same name ranks (`before` is the figure before in the paragraph,
 * `between` the text from its end to the rank), as the dev labels name it:
 * - the attribute the rank's clause opens with (进出口总额突破万亿元、增速居全国第5位 → 进出口总额增速; 地区生产总值增长
 *   5.3%、增量保持全国第一 → 地区生产总值增量);
 * - else a growth's speed (全市生产总值…增长7.2%、全省第一 → 地区生产总值增速全省位次: 10 dev labels of 2 reports);
 * - else a count's number (国家先进制造业集群总数达8个、居全国第2位 → 国家先进制造业集群数量), or, when the count was of
 *   additions (新增国家制造业单项冠军企业22家、居全国第6), the added things (新增…).
 */
export function rankedAttribute(indicator: string, before: { readonly kind: string; readonly name: string | null; readonly measure?: string | null } | null, between: string): string {
  // (境内上市公司…总数186家、从全国第9位: the total's name is the things' with 总数.)
  if (before === null || (before.name !== indicator && before.name !== `${indicator}总数`)) return indicator;
  // (5个国家先进制造业集群、居中部第1: the things counted, said after the count, are no words between it and the rank.)
  const gap = between.startsWith(indicator) ? between.slice(indicator.length) : between;
  if (/[。；;！!？?]/.test(gap) || AMONG_GROUP.test(between)) return indicator;
  // (The attribute opens the rank's clause, however long the streak after it: 、总量连续37年居全国首位.)
  const said = SAID_ATTRIBUTE.exec(gap)?.[1];
  // (A name that already ends with one of the attributes said keeps it alone: 总量达到312家，增量、总量均居全市第一 →
  // …企业总量, not …企业总量增量、总量 — outside 宝安区 2022.)
  if (said) return said.split(ATTRIBUTE_JOINER).some((a) => indicator.endsWith(a)) ? indicator : `${indicator}${said}`;
  if (gap.length > SHARED_SCOPE_GAP) return indicator;
  // (Only right after the growth, by 、: 增长35.7%，由上年居世界第四位 ranks the amount the sentence opened with.)
  if (before.kind === 'growth') return !gap.startsWith('、') ? indicator : /(?:增速|增长)$/.test(indicator) ? indicator : `${indicator}增速`;
  if (before.kind !== 'count') return indicator;
  if (before.measure === '新增') return `新增${indicator}`;
  if (before.name !== indicator) return `${indicator}数量`;
  return AMOUNT_END.test(indicator) ? indicator : `${indicator}数量`;
}

/**
 * The text a figure is grouped by: a place in a ranking with its scope + 位次 measure (出口规模全国位次), anything else its
 * name — one function for the analysis (extract.ts) and the regrouping with words (regroup.ts), because the service's
 * regrouped model must key a rank as the one-shot analysis does (the two disagreed on every rank once names78 moved the
 * scope into the measure and only the analysis added it back).
 */
export function groupingName(figure: { readonly kind: string; readonly measure: string | null }, name: string): string {
  const m = figure.measure;
  return figure.kind === 'rank' && m !== null && (m.endsWith('位次') || m.endsWith('档次')) ? `${name}${m}` : name;
}

const SCOPE_GLOSSES: Readonly<Record<string, string>> = scopeData.scopeGlosses;

/**
 * The English gloss of a rank's measure (全国位次 → national rank, 档次 → tier), for an English card: the measure is a
 * scope the text says + 位次, an open set MEASURE_EN cannot list (card.ts). Null for a measure that is no rank's.
 */
export function rankMeasureGloss(measure: string): string | null {
  if (measure === '档次') return 'tier';
  if (!measure.endsWith('位次')) return null;
  const gloss = SCOPE_GLOSSES[measure.slice(0, -2)];
  return gloss ? `${gloss} rank` : 'rank';
}
