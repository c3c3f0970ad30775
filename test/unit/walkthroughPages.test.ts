/**
 * The walkthrough's pages against what the extension shows (review24): the hover step's page lists what the card of
 * the sample's first target (地区生产总值增长6%以上, the figure walkthrough.ts selects) reads, and the Indicators page names
 * the icons a figure's row gets (indicatorsView.ts). The pages had said “≥ 6%” and “GDP”, which the card does not
 * write, and “others a plain figure”, while every figure's row is a target's or an actual's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, buildCard, renderCardMarkdown } from '../../src/core';
import type { CardLinks } from '../../src/core';

const root = join(__dirname, '..', '..');
const page = (name: string): string => readFileSync(join(root, 'media', 'walkthrough', name), 'utf8');

describe('the walkthrough’s pages', () => {
  it('list only what the hover step’s card reads, in English or in Chinese', () => {
    const sample = page('苏州市2021年政府工作报告.txt');
    // walkthrough.ts sampleFigure: the first percentage after 主要预期目标.
    const plan = sample.indexOf('主要预期目标');
    const at = plan + /\d+(?:\.\d+)?%/u.exec(sample.slice(plan))!.index;
    const line = sample.slice(0, at).split('\n').length - 1;
    const model = analyzeReport(sample);
    const figure = model.indicators.find((i) => i.range.start.line === line && i.text === '6%')!;
    expect(figure).toBeDefined();
    const links: CardLinks = { uri: 'file:///sample.txt', reveal: () => 'command:x', describe: (t) => t, charts: [] };
    const cards = (['en', 'zh'] as const)
      .map((lang) => renderCardMarkdown(buildCard(model, figure, { lang, segmenterAvailable: true }), { lang, links }))
      .join('\n')
      .replace(/\\/gu, '');
    const rows = [...page('hoverFigure.md').matchAll(/^\| \*\*\w+\*\* \S+ \| (.+) \|$/gmu)].map((m) => m[1]!);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      // (A note in brackets that explains the word, “(an actual 实绩 is a result)”, is the page's own.)
      for (const word of row.replace(/\(an [^)]*\)/u, '').split(/[\s()]+/u).filter((w) => w !== '')) expect(cards, `${row}: ${word}`).toContain(word);
    }
  });

  it('name the two icons a figure’s row gets, and no third kind of figure', () => {
    const view = readFileSync(join(root, 'src', 'vscode', 'indicatorsView.ts'), 'utf8');
    const icons = /new vscode\.ThemeIcon\(indicator\.status === 'target' \? '(\w+)' : '(\w+)'\)/u.exec(view);
    expect(icons).not.toBeNull();
    const indicators = page('indicators.md');
    for (const icon of icons!.slice(1)) expect(indicators).toContain(`\`${icon}\``);
    expect(indicators).not.toMatch(/plain figure/u);
  });
});
