/**
 * The language of the CLI's labels (kinds, actual/target, outcomes, table headings): `--lang` when given, else the
 * environment's locale as POSIX orders it (LC_ALL, then LC_MESSAGES, then LANG). A Chinese locale or tag (zh_CN.UTF-8,
 * zh-cn, zh) gives the Chinese labels, anything else (C, POSIX, en_US.UTF-8, unset) the English ones. JSON and CSV
 * carry codes, never labels, so they are the same in every language.
 */
import type { DisplayLanguage } from '../core';

/** The locale variables that name the language of messages, in the order POSIX consults them. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** zh_CN.UTF-8 → zh-cn, en_US.ISO-8859-1@euro → en-us, C → en: a POSIX locale name as a display language tag. */
export function localeLanguage(locale: string): DisplayLanguage {
  const tag = locale.split(/[.@]/u)[0]?.trim().replace(/_/gu, '-').toLowerCase() ?? '';
  return tag === '' || tag === 'c' || tag === 'posix' ? 'en' : tag;
}

/** The language of this run: the option if given, else the first locale variable that is set and not empty. */
export function cliLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): DisplayLanguage {
  if (option !== undefined && option.trim() !== '') return option.trim().toLowerCase();
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  return locale === undefined ? 'en' : localeLanguage(locale);
}
