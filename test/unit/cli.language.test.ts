import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { cliLanguage, localeLanguage } from '../../src/cli/language';

const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
/** Five consecutive national reports: series with targets met and missed. */
let FOLDER = '';

beforeAll(() => {
  FOLDER = mkdtempSync(join(tmpdir(), 'govreport-lang-'));
  // (The 2015–2019 series of issue 8: national 2019 is sealed, but issue 8's series needs five years in a row, and the dev national years run 2015–2018 only (session 27).)
  for (const year of [2015, 2016, 2017, 2018, 2019]) copyFileSync(`test/fixtures/corpus/national/${year}.txt`, join(FOLDER, `${year}.txt`));
});

async function cli(env: Record<string, string> | undefined, ...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => undefined,
    ...(env ? { env } : {}),
  });
  return { code, stdout };
}

/** The kind and status cells of the table row of line 31's 6.1% (地区生产总值 年均增长). */
function gdpRow(stdout: string): string {
  return stdout.split('\n').find((line) => /^31\s+6\.1%\s+地区生产总值/u.test(line)) ?? '';
}

describe('the CLI’s language: --lang, else the locale', () => {
  it('reads POSIX locale names as display languages', () => {
    expect(localeLanguage('zh_CN.UTF-8')).toBe('zh-cn');
    expect(localeLanguage('zh_TW.Big5@stroke')).toBe('zh-tw');
    expect(localeLanguage('en_US.UTF-8')).toBe('en-us');
    expect(localeLanguage('C')).toBe('en');
    expect(localeLanguage('POSIX')).toBe('en');
    expect(localeLanguage('C.UTF-8')).toBe('en');
  });

  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG in POSIX order, and English when none is set', () => {
    expect(cliLanguage('zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-cn');
    expect(cliLanguage(undefined, { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-us');
    expect(cliLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-cn');
    expect(cliLanguage(undefined, { LANG: 'zh_CN.GB18030' })).toBe('zh-cn');
    expect(cliLanguage(undefined, {})).toBe('en');
  });

  it('words the indicators table’s kind and status in the language chosen', async () => {
    const en = await cli(undefined, 'indicators', SEED);
    expect(gdpRow(en.stdout)).toMatch(/年均增长\s+growth rate\s+actual\s+—\s+2016-2020$/u);
    const zh = await cli(undefined, 'indicators', SEED, '--lang', 'zh-cn');
    expect(gdpRow(zh.stdout)).toMatch(/年均增长\s+增长率\s+实际\s+—\s+2016-2020$/u);
    const fromLocale = await cli({ LANG: 'zh_CN.UTF-8' }, 'indicators', SEED);
    expect(fromLocale.stdout).toBe(zh.stdout);
    const optionFirst = await cli({ LANG: 'zh_CN.UTF-8' }, '--lang', 'en', 'indicators', SEED);
    expect(optionFirst.stdout).toBe(en.stdout);
  });

  it('words the series tables’ headings and outcomes, and leaves the CSV’s codes alone', async () => {
    const en = await cli(undefined, 'series', FOLDER);
    const zh = await cli({ LC_ALL: 'zh_CN.UTF-8' }, 'series', FOLDER);
    expect(en.stdout).toContain('| Indicator | Unit | Year | Actual | Target | Outcome |');
    expect(zh.stdout).toContain('| 指标 | 单位 | 年份 | 实际 | 目标 | 结果 |');
    const outcomes = (text: string, words: string): number => (text.match(new RegExp(`\\| (?:${words}) \\|$`, 'gmu')) ?? []).length;
    expect(outcomes(en.stdout, 'met|missed|not found')).toBeGreaterThan(0);
    expect(outcomes(zh.stdout, '达成|未达成|未找到')).toBe(outcomes(en.stdout, 'met|missed|not found'));
    const csvEn = await cli(undefined, 'series', FOLDER, '--csv');
    const csvZh = await cli({ LANG: 'zh_CN.UTF-8' }, 'series', FOLDER, '--csv');
    expect(csvZh.stdout).toBe(csvEn.stdout);
  });

  it('prints the same JSON and CSV in every language: they carry codes, not labels', async () => {
    for (const argv of [['analyze', SEED, '--json'], ['indicators', SEED, '--csv'], ['refs', SEED, '--json']]) {
      const en = await cli(undefined, ...argv);
      const zh = await cli({ LANG: 'zh_CN.UTF-8' }, ...argv, '--lang', 'zh-cn');
      expect(en.code).toBe(0);
      expect(zh.stdout).toBe(en.stdout);
    }
  });
});
