/**
 * The administrative level of a report's place, read from the name its title block gives (全国, 江苏省, 北京市, 苏州市,
 * 海拉尔区 …). Comparing places across one year only makes sense within a level: the country's GDP beside a
 * district's draws the district's bar invisible (a trial user's chart of 全国 and 海拉尔区).
 */
export type PlaceLevel = 'national' | 'province' | 'city' | 'county';

export const PLACE_LEVELS: readonly PlaceLevel[] = ['national', 'province', 'city', 'county'];

/** The four municipalities, whose names end in 市 like a city's but rank as provinces. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** The country's own report (全国; 中国 and 中华人民共和国 as some titles give it): the one test of “national”. */
export function isNationalPlace(place: string | null | undefined): boolean {
  return place === '全国' || place === '中国' || place === '中华人民共和国';
}

export function placeLevel(place: string): PlaceLevel {
  if (isNationalPlace(place)) return 'national';
  if (MUNICIPALITIES.has(place) || /(?:省|自治区|特别行政区)$/u.test(place)) return 'province';
  // 区, 县, 旗 (Inner Mongolia's counties), 自治县: below a city. A county-level 市 cannot be told from its name.
  if (/(?:区|县|旗)$/u.test(place)) return 'county';
  return 'city';
}
