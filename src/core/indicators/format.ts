/**
 * How a figure is shown on the indicator card: as written, then normalised (“3.48万亿元 = 34,800 亿元 = 3.48×10¹² 元”).
 * Pure. All magnitude changes are done on decimal strings (moving the decimal point), never by float division,
 * so 3.48万亿 never turns into 34799.999… 亿.
 */
import { translator } from '../l10n/translate';
import type { DisplayLanguage, Translate } from '../l10n/translate';
import type { Indicator } from '../types';

/** What the value formatter needs of an indicator. */
/** `kind` tells a move in a ranking (提升4位: change) from a position (第四: rank); without it a 位次 is a position. */
export type FormattableValue = Pick<Indicator, 'text' | 'value' | 'valueMax' | 'unit'> & { readonly kind?: Indicator['kind'] };

const YI = 8;
const WAN = 4;
/** From this size on, an amount is also shown in 亿 and in scientific notation. */
const YI_THRESHOLD = 1e8;
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};
/** Base units an English reader may not know, by their English names (Chinese: the unit as written); others stay as written. */
const UNIT_NAMES: Readonly<Record<string, (t: Translate) => string>> = {
  元: (t) => t('yuan'), 美元: (t) => t('US dollars'), 港元: (t) => t('HK dollars'), 欧元: (t) => t('euros'),
};
const RANGE_DASH = '–';

/**
 * Plain decimal notation of a finite number, never exponent notation, with the shortest digits that round-trip
 * (JavaScript's own number → string rule): 3480000000000 → "3480000000000", 1e21 → "1000000000000000000000",
 * 1e-7 → "0.0000001", -0 → "0".
 */
export function decimalString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/u.exec(s);
  if (!m) return s;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  return (sign ? '-' : '') + shiftDecimal(`${int}${frac ? `.${frac}` : ''}`, Number(exp));
}

/** dec × 10^k, exactly, by moving the decimal point: shiftDecimal("3480000000000", -8) → "34800". */
export function shiftDecimal(dec: string, k: number): string {
  const negative = dec.startsWith('-');
  const body = negative ? dec.slice(1) : dec;
  const [int = '0', frac = ''] = body.split('.');
  let digits = int + frac;
  let point = int.length + k;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/u, '');
  const fracPart = digits.slice(point).replace(/0+$/u, '');
  const out = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && /[1-9]/u.test(out) ? `-${out}` : out;
}

/** Thousands separators in the integer part of a decimal string from four digits on: "9772" → "9,772". */
export function groupDigits(dec: string): string {
  const negative = dec.startsWith('-');
  const body = negative ? dec.slice(1) : dec;
  const [int = '', frac] = body.split('.');
  const grouped = int.length >= 4 ? int.replace(/\B(?=(\d{3})+$)/gu, ',') : int;
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Scientific notation of a decimal string with superscript exponent: "3480000000000" → "3.48×10¹²"; "0" → "0". */
export function scientific(dec: string): string {
  const negative = dec.startsWith('-');
  const body = negative ? dec.slice(1) : dec;
  const [int = '0', frac = ''] = body.split('.');
  const digits = int + frac;
  const first = digits.search(/[1-9]/u);
  if (first < 0) return '0';
  const exponent = int.length - first - 1;
  const significant = digits.slice(first).replace(/0+$/u, '');
  const mantissa = significant.length > 1 ? `${significant[0]}.${significant.slice(1)}` : significant;
  if (exponent === 0) return `${negative ? '-' : ''}${mantissa}`;
  const sup = [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${negative ? '-' : ''}${mantissa}×10${sup}`;
}

/** A grouped number: 9772 → "9,772", 34800.5 → "34,800.5". */
export function formatNumber(n: number): string {
  return groupDigits(decimalString(n));
}

/**
 * The figure's value lines joined with " = ": the text as written first (dropped when the normalised form says
 * the same thing with separators only), then the normalised forms.
 *
 *   3.48万亿元 → “3.48万亿元 = 34,800 亿元 = 3.48×10¹² 元”   1528亿元 → “1,528 亿元 = 1.528×10¹¹ 元”
 *   6.1% → “6.1%”   5%-6% → “5%–6%”   一番 (翻一番) → “一番 = ×2”   9772家 → “9,772 家”   17.5个百分点 → “17.5 个百分点” (en: “… (percentage points)”)
 */
export function formatIndicatorValue(ind: FormattableValue, lang: DisplayLanguage = 'zh-cn'): string {
  return valueForms(ind, lang).join(' = ');
}

/** The parts formatIndicatorValue joins. */
export function valueForms(ind: FormattableValue, lang: DisplayLanguage = 'zh-cn'): string[] {
  const t = translator(lang);
  const written = ind.text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const lo = decimalString(ind.value);
  const hi = ind.valueMax !== undefined && ind.valueMax !== ind.value ? decimalString(ind.valueMax) : undefined;
  const unit = ind.unit;
  let normalised: string[];
  if (unit === null || unit === '') {
    // Ratio parts (4.2∶41.1∶54.7) and bare amounts: the text says it best.
    normalised = written === '' ? [span(groupDigits(lo), hi && groupDigits(hi), '')] : [];
  } else if (unit === '%') {
    normalised = [hi ? `${lo}%${RANGE_DASH}${hi}%` : `${lo}%`];
  } else if (unit === '个百分点' || unit === '个千分点') {
    normalised = [`${span(lo, hi, ' ')}${unit}`];
  } else if (unit === '位次') {
    normalised = [ind.kind === 'change' ? (lo === '1' && !hi ? t('{0} place', lo) : t('{0} places', span(lo, hi, ''))) : rankForm(written, lo, hi, t)];
  } else if (unit === '番') {
    // 翻一番 doubles, 翻两番 quadruples: “一番 = 1 番” told a reader nothing (a twelfth trial), the factor does.
    const factor = (n: string): string => decimalString(2 ** Number(n));
    normalised = [`×${span(factor(lo), hi && factor(hi), '')}`];
  } else {
    normalised = amountForms(lo, hi, unit, t);
  }
  const forms = dedupe(written, normalised);
  // Percentage points are not percent: say so to readers for whom 个百分点 is just a unit name (Chinese: nothing added).
  if (unit === '个百分点' && forms.length > 0) forms[forms.length - 1] = t('{0} (percentage points)', forms[forms.length - 1] ?? '');
  if (unit === '个千分点' && forms.length > 0) forms[forms.length - 1] = t('{0} (per-mille points)', forms[forms.length - 1] ?? '');
  return forms;
}

function span(lo: string, hi: string | undefined, sep: string): string {
  return `${hi ? `${lo}${RANGE_DASH}${hi}` : lo}${sep}`;
}

function rankForm(written: string, lo: string, hi: string | undefined, t: Translate): string {
  const n = hi ? `${lo}${RANGE_DASH}${hi}` : lo;
  return written.startsWith('前') ? t('top {0}', n) : t('No. {0}', n);
}

/** Amounts, counts, areas …: grouped, and from 1亿 on also in 亿 and in scientific notation of the base unit. */
function amountForms(lo: string, hi: string | undefined, unit: string, t: Translate): string[] {
  const largest = Math.max(Math.abs(Number(lo)), Math.abs(Number(hi ?? lo)));
  if (largest < YI_THRESHOLD) return [`${span(groupDigits(lo), hi && groupDigits(hi), ' ')}${unit}`];
  const yi = span(groupDigits(shiftDecimal(lo, -YI)), hi && groupDigits(shiftDecimal(hi, -YI)), ' ');
  const sci = span(scientific(lo), hi && scientific(hi), ' ');
  const baseUnit = UNIT_NAMES[unit]?.(t) ?? unit;
  return [`${yi}亿${unit}`, `${sci}${baseUnit}`];
}

/** Compared without spaces and separators, dashes unified: “1528亿元” and “1,528 亿元” say the same. */
function canon(s: string): string {
  return s.normalize('NFKC').replace(/[\s,，]/gu, '').replace(/[-~～—–至到]/gu, RANGE_DASH);
}

/** Also blind to how a number is spelled: “8.0%” and “8%”. */
function canonNumbers(s: string): string {
  return canon(s).replace(/\d+(?:\.\d+)?/gu, (t) => (t.length <= 15 ? decimalString(Number(t)) : t));
}

function dedupe(written: string, normalised: string[]): string[] {
  const [first, ...rest] = normalised;
  if (first === undefined || written === '') return first === undefined ? [written] : normalised;
  if (canon(written) === canon(first)) return normalised; // only separators differ: the formatted form is enough
  if (canonNumbers(written).replace(/%/gu, '') === canonNumbers(first).replace(/%/gu, '') && first.includes(RANGE_DASH)) {
    return normalised; // “5-6%” is the range “5%–6%”
  }
  if (canonNumbers(written) === canonNumbers(first)) return [written, ...rest]; // “8.0%”: keep the writer's digits
  return [written, ...normalised];
}

/** The magnitude (power of ten) an amount is written in: 万亿 → 12, 亿 → 8, 万 → 4, otherwise 0. */
export function writtenMagnitude(text: string): number {
  if (/万亿/u.test(text)) return 12;
  if (/亿/u.test(text)) return YI;
  if (/万/u.test(text)) return WAN;
  return 0;
}

/**
 * An approximate value (a computed base, never exact) in the magnitude the report used for the figure it comes
 * from, rounded to as many significant digits as that figure had (at least 3, at most 6):
 * formatApproximate(1199.37e8, '元', '1528亿元') → “≈ 1,199 亿元”.
 */
export function formatApproximate(value: number, unit: string | null, like: FormattableValue): string {
  let magnitude = writtenMagnitude(like.text);
  if (magnitude === 0 && Math.abs(value) >= YI_THRESHOLD) magnitude = YI;
  const likeDigits = shiftDecimal(decimalString(like.value), -magnitude).replace(/[-.]/gu, '').replace(/^0+/u, '');
  const significant = Math.min(6, Math.max(3, likeDigits.length));
  const scaled = Number((value / 10 ** magnitude).toPrecision(significant));
  const prefix = magnitude === 12 ? '万亿' : magnitude === YI ? '亿' : magnitude === WAN ? '万' : '';
  const unitText = `${prefix}${unit ?? ''}`;
  return `≈ ${formatNumber(scaled)}${unitText ? ` ${unitText}` : ''}`;
}
