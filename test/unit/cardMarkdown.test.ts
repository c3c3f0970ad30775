import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport, buildCard, crossReportSeries, figurePhrase, indexReport, renderCardMarkdown, sparkBlocks, sparklineSvg } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import type { CardLinks, IndexedReport, Indicator, IndicatorCard, Range, ReportModel } from '../../src/core';
import { base64Ascii } from '../../src/core/indicators/cardSparkline';
import { MAX_SERIES_YEARS, seriesWindow } from '../../src/core/indicators/cardMarkdown';
import { readCorpus, SEED } from '../support/corpus';

const REVEAL = 'govreport.revealRange';
const CHART = 'govreport.showChart';

/** Links as the hover adapter makes them: `command:` URIs of the extension's own commands, arguments JSON-encoded. */
function links(uri: string, charts = true): CardLinks {
  const encode = (args: unknown): string => encodeURIComponent(JSON.stringify(args)).replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return {
    uri,
    reveal: (target: string, range: Range) => `command:${REVEAL}?${encode([target, range])}`,
    describe: (target: string) => target.slice(target.lastIndexOf('/') + 1),
    charts: charts ? [{ label: 'Chart across years', uri: `command:${CHART}?${encode([{ type: 'years', place: '全国', groupKey: 'lexicon:grp', unit: '%' }])}` }] : [],
  };
}

/** Every link and image target of the Markdown: `[text](target "title")` and `![alt](target)`. */
function targets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^ )]+)(?: "[^"]*")?\)/gu)].map((m) => m[1] ?? '');
}

/** The arguments of a reveal link: [uri, range]. */
function revealArgs(target: string): [string, Range] {
  return JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))) as [string, Range];
}

/** The card's lines before the rule (what the hover shows at its default size) and after it. */
function split(markdown: string): { top: string[]; rest: string } {
  const at = markdown.indexOf('\n---\n');
  const top = at < 0 ? markdown : markdown.slice(0, at);
  return { top: top.split('  \n').map((l) => l.trim()).filter((l) => l !== ''), rest: at < 0 ? '' : markdown.slice(at) };
}

const sameStart = (a: Range, b: Range): boolean => a.start.line === b.start.line && a.start.character === b.start.character;

describe('the card’s Markdown on the seed report (苏州 2021)', () => {
  let model: ReportModel;
  let target: Indicator;
  let review: Indicator;
  const uri = 'file:///r/000.txt';

  beforeAll(() => {
    model = analyzeReport(readCorpus(SEED));
    // Read in the report: “地区生产总值增长6%以上” is the 2021 target; “地区生产总值年均增长6.1%” the five-year review.
    target = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.status === 'target' && i.period === '2021')!;
    review = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.text === '6.1%')!;
    expect(target?.text).toBe('6%');
    expect(review?.period).toBe('2016-2020');
  });

  it('puts the figure first, then status, qualifier and period, then its actual dated as that figure is, then the details below a rule', () => {
    const card = buildCard(model, target, { lang: 'zh', segmenterAvailable: true });
    const md = renderCardMarkdown(card, { lang: 'zh', links: links(uri) });
    const { top, rest } = split(md);
    expect(top[0]).toBe('**地区生产总值** 增长 **6%**');
    expect(top[1]).toBe('目标 · 以上 · 2021 · 增长率');
    // The review's level over the plan (迈上2万亿元, 2016-2020), dated as its own card and the links date it.
    expect(top[2]).toMatch(/^↔ 2016\\-2020年实际：\[迈上 2万亿元\]/u);
    expect(top[top.length - 1]).toMatch(new RegExp(`^\\[Chart across years\\]\\(command:${CHART.replace('.', '\\.')}\\?`, 'u'));
    // Section, definition and mentions, in that order, after the rule.
    const order = ['**所在章节**', '**定义**', '**本报告中的其他提及'].map((needle) => rest.indexOf(needle));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links the counterpart to the actual the report pairs with the target (the reference Go to Definition follows)', () => {
    const card = buildCard(model, target, { lang: 'zh', segmenterAvailable: true });
    const pair = model.references.find((r) => r.kind === 'indicator' && sameStart(r.from.range, target.range));
    expect(pair).toBeDefined();
    expect(card.counterpart?.status).toBe('actual');
    expect(card.counterpart?.range).toEqual(pair!.to.range);
    const md = renderCardMarkdown(card, { lang: 'zh', links: links(uri) });
    const counterpartLine = split(md).top[2] ?? '';
    const [linkUri, range] = revealArgs(targets(counterpartLine)[0] ?? '');
    expect(linkUri).toBe(uri);
    expect(range).toEqual(pair!.to.range);
    // And the other way: the actual's card names the 2021 target — a growth beside this level, so it says so (增长).
    const actual = model.indicators.find((i) => sameStart(i.range, pair!.to.range))!;
    const back = buildCard(model, actual, { lang: 'en', segmenterAvailable: true });
    expect(actual.kind).not.toBe(target.kind);
    expect(back.counterpart).toMatchObject({ status: 'target', label: '2021 target', text: '增长 6%以上' });
    // Measured the same way, the pair needs no measure word.
    const same = model.indicators.filter((i) => i.status === 'target' && counterpartFigure(model.pairs, i)?.kind === i.kind);
    expect(same.length).toBeGreaterThan(0);
    for (const i of same) expect(buildCard(model, i, { lang: 'en', segmenterAvailable: true }).counterpart?.text).toBe(figurePhrase(counterpartFigure(model.pairs, i)!));
  });

  it('gives no counterpart to a five-year average (年均增长6.1%), and lists the other mentions with a count', () => {
    const card = buildCard(model, review, { lang: 'zh', segmenterAvailable: true });
    expect(card.counterpart).toBeUndefined();
    const md = renderCardMarkdown(card, { lang: 'zh', links: links(uri) });
    expect(md).not.toContain('↔');
    expect(md).toContain(`**本报告中的其他提及（${card.mentions.length - 1}）**`);
    const mentionTargets = targets(split(md).rest).filter((t) => t.startsWith(`command:${REVEAL}`));
    const others = card.mentions.filter((m) => !m.current);
    expect(mentionTargets.map((t) => revealArgs(t)[1])).toEqual(others.slice(0, 3).map((m) => m.range));
  });

  // A trial's new analyst found “↔” and “Related indicator” unexplained: the card says what the marks it shows mean.
  it('ends with a one-line legend of the marks it shows, and only those, in both languages', () => {
    const zh = renderCardMarkdown(buildCard(model, target, { lang: 'zh', segmenterAvailable: true }), { lang: 'zh', links: links(uri) });
    expect(zh.split('\n').at(-1)).toBe('*↔ 本报告中与此数字对应的目标或实绩*');
    const en = renderCardMarkdown(buildCard(model, target, { lang: 'en', segmenterAvailable: true }), { lang: 'en', links: links(uri) });
    expect(en.split('\n').at(-1)).toBe('*↔ the target or result this figure pairs with in the report*');
    // The five-year average pairs with nothing and names its own indicator: no legend at all.
    const plain = renderCardMarkdown(buildCard(model, review, { lang: 'en', segmenterAvailable: true }), { lang: 'en', links: links(uri) });
    expect(plain).not.toMatch(/↔|Related indicator/u);
    // Every card of the report: the related-indicator words exactly when the card has that row, ↔ exactly with a counterpart.
    let related = 0;
    for (const i of model.indicators) {
      const card = buildCard(model, i, { lang: 'en', segmenterAvailable: true });
      const last = renderCardMarkdown(card, { lang: 'en', links: links(uri) }).split('\n').at(-1) ?? '';
      const hasRelated = card.rows.some((r) => r.key === 'related');
      if (hasRelated) related++;
      expect(last.includes('Related indicator: the nearest'), i.text).toBe(hasRelated);
      expect(last.includes('↔ the target or result'), i.text).toBe(card.counterpart !== undefined);
    }
    expect(related).toBeGreaterThan(0);
  });

  it('shows no sparkline and no met/missed without a series', () => {
    const md = renderCardMarkdown(buildCard(model, target, { lang: 'zh', segmenterAvailable: true }), { lang: 'zh', links: links(uri) });
    expect(md).not.toContain('data:image');
    expect(md).not.toMatch(/[✓✗]/u);
    expect(md).not.toContain('<span');
  });

  it('says in the card that the series may follow while the workspace is being indexed', () => {
    const card = buildCard(model, target, { lang: 'en', segmenterAvailable: false, seriesPending: true });
    const md = renderCardMarkdown(card, { lang: 'en', links: links(uri, false) });
    const { top } = split(md);
    expect(top.some((l) => /^\*Indexing the workspace/u.test(l))).toBe(true);
    expect(md.trimEnd().endsWith('*The word segmenter is not loaded; indicator names may be incomplete\\.*')).toBe(true);
  });
});

describe('the card’s Markdown with the series of national reports (2015–2019, 2022, 2023)', () => {
  const YEARS = [2015, 2016, 2017, 2018, 2019, 2022, 2023];
  const uriOf = (year: number): string => `file:///n/${year}.txt`;
  let reports: IndexedReport[];
  const models = new Map<number, ReportModel>();

  beforeAll(() => {
    reports = YEARS.map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
    for (const year of [2019, 2023]) models.set(year, analyzeReport(readCorpus(`national/${year}.txt`)));
  });

  /** The card of the report's GDP growth figure with the given status and period, with the series across the folder. */
  function card(year: number, status: Indicator['status'], period: string, lang: 'zh' | 'en'): IndicatorCard {
    const model = models.get(year)!;
    const figure = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.unit === '%' && i.status === status && i.period === period);
    if (!figure) throw new Error(`national ${year} has no GDP growth ${status} for ${period}`);
    const rows = crossReportSeries(reports, reports.find((r) => r.uri === uriOf(year))!.meta, 'lexicon:grp', '%');
    return buildCard(model, figure, { lang, segmenterAvailable: true, series: rows, uri: uriOf(year), place: '全国' });
  }

  // Asserts on sealed text (national 2023's 3%, 2022's growth): the one missed GDP growth target of the national series;
  // every outcome the dev national reports can judge (2015–2017) was met, so no dev figure can take its place (session 27).
  it('marks the 2022 actual (3% against 5.5%左右) missed: a red ✗ and the word, before the series', () => {
    const c = card(2023, 'actual', '2022', 'zh');
    expect(c.verdict).toMatchObject({ year: 2022, outcome: 'missed' });
    const md = renderCardMarkdown(c, { lang: 'zh', links: links(uriOf(2023)) });
    const { top } = split(md);
    const verdict = top.findIndex((l) => l.startsWith('<span style="color:var(--vscode-charts-red);">✗ 未达成</span>'));
    const series = top.findIndex((l) => l.startsWith('历年对比（全国）：'));
    expect(verdict).toBeGreaterThan(0);
    expect(series).toBeGreaterThan(verdict);
    expect(top[verdict]).toMatch(/2022年目标 \[5\\\.5%左右\]\(command:govreport\.revealRange\?[^ ]+ "2022\\\.txt · 第 \d+ 行"\)，实际 \*\*\[3%\]/u);
  });

  it('marks a met target green with ✓, and every met or missed year of the row with its glyph', () => {
    const c = card(2019, 'actual', '2018', 'en');
    expect(c.verdict?.outcome).toBe('met');
    const md = renderCardMarkdown(c, { lang: 'en', links: links(uriOf(2019)) });
    const { top } = split(md);
    expect(top.some((l) => l.startsWith('<span style="color:var(--vscode-charts-green);">✓ met</span> · 2018 target '))).toBe(true);
    const row = top.find((l) => l.startsWith('Across years \\(全国\\): ')) ?? '';
    const shown = seriesWindow(c.series!.rows);
    expect(shown.length).toBe(Math.min(MAX_SERIES_YEARS, c.series!.rows.length));
    // One cell per year shown, in order; the hovered year bold.
    const years = [...row.matchAll(/(?:^|· |\) )(\*\*)?(\d{4})(\*\*)? /gu)].map((m) => Number(m[2]));
    expect(years).toEqual(shown.map((r) => r.year));
    expect(row).toContain('**2018**');
    const glyphs = (re: RegExp): number => [...row.matchAll(re)].length;
    expect(glyphs(/<span style="color:var\(--vscode-charts-green\);">✓<\/span>/gu)).toBe(shown.filter((r) => r.outcome === 'met').length);
    expect(glyphs(/<span style="color:var\(--vscode-charts-red\);">✗<\/span>/gu)).toBe(shown.filter((r) => r.outcome === 'missed').length);
  });

  it('draws the sparkline of the years shown: an SVG image with a dot per actual, coloured by outcome', () => {
    const c = card(2023, 'actual', '2022', 'zh');
    const md = renderCardMarkdown(c, { lang: 'zh', links: links(uriOf(2023)) });
    const image = /!\[走势\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/u.exec(md);
    expect(image).not.toBeNull();
    const svg = Buffer.from(image![1]!, 'base64').toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const shown = seriesWindow(c.series!.rows);
    expect([...svg.matchAll(/<circle /gu)].length).toBe(shown.filter((r) => r.actual).length);
    expect([...svg.matchAll(/fill="#e5534b"/gu)].length).toBe(shown.filter((r) => r.actual && r.outcome === 'missed').length);
    expect(svg).not.toMatch(/<script|href=|on[a-z]+=/iu);
    // Unicode blocks instead, on request: one character per year shown.
    const blocks = renderCardMarkdown(c, { lang: 'zh', links: links(uriOf(2023)), sparkline: 'blocks' });
    expect(blocks).not.toContain('data:image');
    expect(blocks).toMatch(new RegExp(`\`[▁▂▃▄▅▆▇█ ]{${shown.length}}\``, 'u'));
  });

  it('links only to the extension’s own commands (and the sparkline image), in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const c of [card(2023, 'actual', '2022', lang), card(2019, 'target', '2019', lang)]) {
        const md = renderCardMarkdown(c, { lang, links: links(c.verdict?.year === 2022 ? uriOf(2023) : uriOf(2019)) });
        const all = targets(md);
        expect(all.length).toBeGreaterThan(5);
        for (const t of all) expect(t).toMatch(/^(command:govreport\.(revealRange|showChart)\?|data:image\/svg\+xml;base64,)/u);
        // The only HTML is the outcome's colour.
        const tags = [...md.matchAll(/<[^>]*>/gu)].map((m) => m[0]);
        for (const tag of tags) expect(tag).toMatch(/^(<span style="color:var\(--vscode-charts-(green|red)\);">|<\/span>)$/u);
      }
    }
  });

  it('words the card in English without Chinese labels, and in Chinese without English ones', () => {
    const en = split(renderCardMarkdown(card(2019, 'actual', '2018', 'en'), { lang: 'en', links: links(uriOf(2019), false) }));
    expect(en.top[1]).toBe('actual · 2018 · growth rate');
    expect(en.top[2]).toMatch(/^↔ 2019 target: \[6%－6\\\.5%\]/u);
    const zh = split(renderCardMarkdown(card(2019, 'actual', '2018', 'zh'), { lang: 'zh', links: links(uriOf(2019), false) }));
    expect(zh.top[1]).toBe('实际 · 2018 · 增长率');
    expect(zh.top[2]).toMatch(/^↔ 2019年目标：\[6%－6\\\.5%\]/u);
    // Labels only (links and figures aside): no Latin letter in the Chinese card's first lines.
    const words = zh.top.join('\n').replace(/\]\([^)]*\)/gu, ']').replace(/<[^>]*>/gu, '');
    expect(words).not.toMatch(/[A-Za-z]/u);
  });

  it('keeps what matters first within the hover’s default height: at most 8 lines before the rule', () => {
    for (const [year, status, period] of [[2023, 'actual', '2022'], [2019, 'target', '2019'], [2019, 'actual', '2018']] as const) {
      const c = card(year, status, period, 'zh');
      const { top } = split(renderCardMarkdown(c, { lang: 'zh', links: links(uriOf(year)) }));
      expect(top.length).toBeLessThanOrEqual(8);
      expect(top.some((l) => l.startsWith('历年对比'))).toBe(true);
      expect(top.some((l) => l.includes(`command:${CHART}`))).toBe(true);
    }
  });
});

describe('escaping and the sparkline’s pieces', () => {
  const range = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 2 } });

  it('keeps report text from becoming Markdown or HTML', () => {
    const card: IndicatorCard = {
      title: '<img src=x onerror=alert(1)>', rows: [{ key: 'value', label: '数值', value: '1](command:evil) <b>' }],
      labels: { definition: '定义', mentions: '提及', current: '当前', colon: '：' },
      mentions: [
        { range: range(1), text: '1%', period: null, status: 'actual', label: 'a](command:evil)', current: true },
        { range: range(2), text: '2%', period: null, status: 'target', label: '<script>x</script>', current: false },
      ],
    };
    const md = renderCardMarkdown(card, { lang: 'zh', links: links('file:///r/a (1).txt', false) });
    expect(md).not.toMatch(/(?<!\\)</u); // every < escaped: no tag from report text
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(targets(md).every((t) => t.startsWith(`command:${REVEAL}?`))).toBe(true);
    expect(revealArgs(targets(md)[0] ?? '')[0]).toBe('file:///r/a (1).txt');
  });

  it('draws nothing from fewer than two values, and higher values higher', () => {
    expect(sparklineSvg([{ actual: 5, outcome: null, current: true }])).toBeUndefined();
    expect(sparklineSvg([{ outcome: null, current: false }, { outcome: null, current: false }])).toBeUndefined();
    const svg = sparklineSvg([
      { actual: 1, outcome: null, current: false },
      { actual: 3, outcome: 'met', current: true },
    ])!;
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/gu)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[1]).toBeLessThan(ys[0]!); // SVG y grows downwards
    expect(sparkBlocks([1, undefined, 3, 2])).toBe('▁ █▅');
  });

  it('encodes base64 as Node does', () => {
    for (const text of ['', 'a', 'ab', 'abc', '<svg width="76"/>', 'x'.repeat(1000) + '=+/']) {
      expect(base64Ascii(text)).toBe(Buffer.from(text, 'latin1').toString('base64'));
    }
  });
});
