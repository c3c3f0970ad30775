/** Default names for exported files: “苏州市-2021-指标.csv”. */
import type { ReportMeta } from '../types';

/** Characters that Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/gu;
const MAX_STEM = 80;

/**
 * The place and year of the report (the title when the place is unknown, the file's own name when neither is
 * known), the suffix and the extension: exportFileName(meta, '苏州市政府工作报告', '指标', 'csv') → “苏州市-2021-指标.csv”.
 */
export function exportFileName(
  meta: Pick<ReportMeta, 'title' | 'place' | 'year'>,
  fallbackStem: string,
  suffix: string,
  extension: string,
): string {
  const who = clean(meta.place ?? '') || clean(meta.title ?? '');
  const parts = who ? [who, meta.year === null ? '' : String(meta.year)] : [clean(fallbackStem) || 'report'];
  const stem = [...parts, clean(suffix)].filter((part) => part.length > 0).join('-');
  return `${truncate(stem)}.${extension.replace(/^\./u, '')}`;
}

function clean(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim().replace(/^\.+/u, '');
}

function truncate(stem: string): string {
  const chars = Array.from(stem);
  return chars.length <= MAX_STEM ? stem : chars.slice(0, MAX_STEM).join('');
}
