import { smallNumber } from '../numbers/chineseNumerals';

/**
 * The years the Party's national congresses met, by ordinal (八大 1956 … 二十大 2022): a review that counts “since the
 * Nth congress” (党的十八大以来8次视察河北) spans the years from that congress to the report. Data, not a formula: the
 * eighth to tenth congresses came at irregular intervals; from the eleventh (1977) on, every five years.
 */
const CONGRESS_YEARS: Readonly<Record<number, number>> = {
  8: 1956, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022,
};

/** 十八大以来, 党的二十大以来 (not 全国人大以来): the congress's ordinal captured. */
export const SINCE_CONGRESS = /(?<![人政])((?:二十|十)[一二三四五六七八九]?|[八九])大以来(?![最首新])/g;

/** The year the congress of that ordinal (Chinese numeral) met, or null. */
export function congressYear(ordinal: string): number | null {
  return CONGRESS_YEARS[smallNumber(ordinal)] ?? null;
}
