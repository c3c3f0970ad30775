import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeReport, buildCard, bundleLanguage, cardStrings, formatIndicatorValue, kindLabels, lineText, moreMentionsText, outcomeLabels,
  outlineKindLabel, statusLabels, tableLabels, translator,
} from '../../src/core';
import type { IndicatorKind, OutlineKind } from '../../src/core';
import { readCorpus, SEED } from '../support/corpus';

const BUNDLE = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
const KINDS: IndicatorKind[] = ['level', 'growth', 'share', 'change', 'count', 'rank', 'other'];
const OUTLINE_KINDS: OutlineKind[] = ['part', 'section', 'subsection', 'lead', 'point', 'annex', 'glossary'];
const LATIN = /[A-Za-z]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every message the core passes to a translator: t('…'), t("…") and t({ message: '…', comment: '…' }) as bundle keys. */
function coreMessages(): { key: string; file: string }[] {
  const out: { key: string; file: string }[] = [];
  for (const file of sourceFiles('src/core')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/gu)) out.push({ key: (m[2] ?? '').replace(/\\(.)/gu, '$1'), file });
    for (const m of text.matchAll(/\bt\(\{\s*message:\s*'([^']*)'[^}]*?comment:\s*'([^']*)'/gu)) out.push({ key: `${m[1]}/${m[2]}`, file });
  }
  return out;
}

/** Every message the editor adapters pass to localize('…') (src/vscode/localize.ts: the setting's language). */
function adapterMessages(): { key: string; file: string }[] {
  const out: { key: string; file: string }[] = [];
  for (const file of sourceFiles('src/vscode')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\blocalize\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/gu)) out.push({ key: (m[2] ?? '').replace(/\\(.)/gu, '$1'), file });
  }
  return out;
}

describe('the editor’s own words follow govreport.language', () => {
  it('finds every message the adapters localize in the zh-cn bundle', () => {
    const messages = adapterMessages();
    expect(messages.length).toBeGreaterThan(100);
    const missing = messages.filter(({ key }) => BUNDLE[key] === undefined).map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});

describe('the core’s words (@vscode/l10n with the extension’s zh-cn bundle)', () => {
  it('finds every message the core translates in the zh-cn bundle', () => {
    const messages = coreMessages();
    expect(messages.length).toBeGreaterThan(40); // the scan itself works: kinds, statuses, card rows, units …
    const missing = messages.filter(({ key }) => BUNDLE[key] === undefined).map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('reads every Chinese tag as Chinese and everything else as English', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh', 'zh-tw', 'zh_CN', 'zh-hans']) expect(bundleLanguage(tag), tag).toBe('zh-cn');
    for (const tag of ['en', 'en-us', 'fr', 'de', 'zhx', '']) expect(bundleLanguage(tag), tag).toBe('en');
  });

  it('words kinds, statuses, outcomes and outline kinds in Chinese without a word of English left', () => {
    const zh = [
      ...Object.values(kindLabels('zh-cn')), ...Object.values(statusLabels('zh-cn')), ...Object.values(outcomeLabels('zh-cn')),
      ...OUTLINE_KINDS.map((kind) => outlineKindLabel(kind, 'zh-cn')),
    ];
    expect(zh.filter((label) => LATIN.test(label))).toEqual([]);
    expect(kindLabels('zh-cn')).toMatchObject({ growth: '增长率', share: '比重/比率', rank: '位次' });
    expect(statusLabels('zh-cn')).toEqual({ actual: '实际', target: '目标' });
    expect(outcomeLabels('zh-cn')).toEqual({ met: '达成', missed: '未达成', 'not reported': '未找到' });
  });

  it('keeps the English source strings for English (the same words the editor’s own tables used)', () => {
    expect(KINDS.map((kind) => kindLabels('en')[kind])).toEqual(['level / total', 'growth rate', 'share / ratio', 'change', 'count', 'rank', 'other']);
    expect(statusLabels('en-us')).toEqual({ actual: 'actual', target: 'target' });
    expect(outlineKindLabel('lead', 'en')).toBe('Lead sentence');
    expect(outlineKindLabel('section', 'zh-cn')).toBe('章节');
  });

  it('tells the Outline view’s “Section” (章节) from the card’s “Section” (所在章节) by the message’s comment', () => {
    expect(cardStrings('zh-cn').section).toBe('所在章节');
    expect(cardStrings('en').section).toBe('Section');
  });

  it('words the Markdown tables and the card in Chinese throughout', () => {
    const table = tableLabels('zh-cn');
    const { kinds, statuses, ...headings } = table;
    expect(Object.values(headings).filter((label) => LATIN.test(label))).toEqual([]);
    expect([...Object.values(kinds), ...Object.values(statuses)].some((label) => LATIN.test(label))).toBe(false);

    const s = cardStrings('zh');
    const words = [
      s.unnamed, s.indicator, s.related, s.value, s.measure, s.kind, s.status, s.qualifier, s.period, s.section, s.previousYearBase,
      s.basePeriodLevel('2015'), s.noSegmenter, s.seriesTitle('苏州市'), s.seriesPending, ...Object.values(s.labels), ...Object.values(s.series),
      ...Object.values(s.outcomes), moreMentionsText(3, 'zh-cn'), lineText(154, 'zh-cn'),
    ];
    expect(words.filter((word) => LATIN.test(word))).toEqual([]);
    expect(s.lexiconName('GDP', '地区生产总值')).toBe('地区生产总值（GDP）');
    expect(cardStrings('en').lexiconName('GDP', '地区生产总值')).toBe('GDP (地区生产总值)');
    expect(lineText(154, 'zh-cn')).toBe('第 155 行');
    expect(lineText(154, 'en')).toBe('line 155');
  });

  it('keeps each language’s words apart when calls for both interleave (one process-wide bundle underneath)', () => {
    const zh = translator('zh-cn');
    const en = translator('en');
    expect([zh('growth rate'), en('growth rate'), zh('met'), en('met'), zh('{0} more', 2), en('{0} more', 2)]).toEqual([
      '增长率', 'growth rate', '达成', 'met', '另有 2 处', '2 more',
    ]);
  });

  it('leaves report text given as an argument alone, braces included', () => {
    expect(translator('zh-cn')('{0} ({1})', '{1}', '“十四五”{0}')).toBe('{1}（“十四五”{0}）');
  });

  it('builds the seed’s cards in Chinese and in English with their own words only', () => {
    const model = analyzeReport(readCorpus(SEED));
    for (const indicator of model.indicators) {
      const zh = buildCard(model, indicator, { lang: 'zh-cn', segmenterAvailable: false });
      const en = buildCard(model, indicator, { lang: 'en', segmenterAvailable: false });
      expect(zh.rows.map((row) => row.label).filter((label) => LATIN.test(label))).toEqual([]);
      expect(en.rows.map((row) => row.label).filter((label) => /[\u4e00-\u9fff]/u.test(label))).toEqual([]);
      expect(zh.rows.length).toBe(en.rows.length);
    }
  });

  it('words a value’s units and ranks through the same bundle', () => {
    const rank = { text: '前三', value: 3, unit: '位次' };
    expect(formatIndicatorValue(rank, 'zh-cn')).toBe('前三 = 前 3 位');
    expect(formatIndicatorValue(rank, 'en')).toBe('前三 = top 3');
    const usd = { text: '1200亿美元', value: 120000000000, unit: '美元' };
    expect(formatIndicatorValue(usd, 'zh-cn')).toBe('1,200 亿美元 = 1.2×10¹¹ 美元');
    expect(formatIndicatorValue(usd, 'en')).toBe('1,200 亿美元 = 1.2×10¹¹ US dollars');
    const points = { text: '0.5个百分点', value: 0.5, unit: '个百分点' };
    expect(formatIndicatorValue(points, 'zh-cn')).toBe('0.5 个百分点');
    expect(formatIndicatorValue(points, 'en')).toBe('0.5 个百分点 (percentage points)');
  });
});
