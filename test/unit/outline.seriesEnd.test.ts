/**
 * A series of points or leads each one line of text ends with its last item's line: what follows closes the part or
 * section. A sixth trial saw 辽宁 2026's “十四五” review paragraph (after 一是…八是) filed under 八是风险化解有力有效 in
 * breadcrumbs and cards; 湖南 2026's closing paragraph of （一） (市场是最稀缺的资源。…) sat under its fourth lead.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { sectionPath } from '../../src/core/indicators/card';
import { readCorpus } from '../support/corpus';

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start));

describe('the end of a series of one-line items', () => {
  it('leaves the paragraphs after 八是 to the part (辽宁 2026)', () => {
    const text = readCorpus('local/辽宁省-2026.txt');
    const model = analyzeReport(text);
    const last = lineOf(text, '八是');
    expect(sectionPath(model.outline, { line: last, character: 5 })).toMatch(/› 八是风险化解有力有效$/u);
    // Every line after it up to the next part: the part alone.
    const nextPart = model.outline[1]!.range.start.line;
    for (let line = last + 1; line < nextPart; line++) {
      if (text.split('\n')[line]!.trim() === '') continue;
      expect(sectionPath(model.outline, { line, character: 5 })).toBe('一、2025年和“十四五”时期工作回顾');
    }
  });

  it('leaves a section’s closing paragraph to the section (湖南 2026, （一）)', () => {
    const text = readCorpus('local/湖南省-2026.txt');
    const model = analyzeReport(text);
    const closing = lineOf(text, '市场是最稀缺的资源');
    expect(sectionPath(model.outline, { line: closing, character: 5 })).toMatch(/（一）全力推动经济稳定增长[^›]*$/u);
    expect(sectionPath(model.outline, { line: closing - 1, character: 5 })).toMatch(/› 持续壮大经营主体$/u);
  });

  it('ends a series of one-line leads that a section of another kind follows (src32 河北省-2023, lines 15–24)', () => {
    // src32 河北省-2023.txt, outside ../shared/corpus, lines 12–26 (0-based), each cut after its first sentence or two.
    const text = [
      '一、过去五年工作回顾',
      '过去的五年，是党和国家事业取得举世瞩目重大成就的五年，也是河北抢抓机遇、砥砺前行的五年。',
      '过去的五年，我们牢记嘱托、感恩奋进，始终坚持以习近平新时代中国特色社会主义思想为指导。',
      '这五年，是综合经济实力稳步提升的五年。我们始终坚持发展第一要务，着力打基础利长远、提质量增效益，推动经济持续健康发展。',
      '这五年，是重大国家战略深入实施的五年。我们紧紧扭住承接北京非首都功能疏解“牛鼻子”，在对接京津、服务京津中加快发展。',
      '这五年，是产业结构调整扎实推进的五年。我们坚决去、主动调、加快转，供给侧结构性改革持续深化。',
      '这五年，是改革开放持续深化的五年。我们坚持改革不停顿、开放不止步，发展动力活力不断增强。',
      '这五年，是生态环境显著改善的五年。我们全面贯彻习近平生态文明思想，在治理污染、修复生态中加快营造良好人居环境。',
      '这五年，是人民生活水平不断提高的五年。我们认真践行以人民为中心的发展思想，持续加大民生投入，连续实施20项民生工程，解决了一批群众急难愁盼问题。',
      '各位代表，在抗击新冠疫情的日子里，我们始终坚持人民至上、生命至上，全面落实党中央、国务院决策部署。',
      '各位代表，刚刚过去的2022年，是本届政府的收官之年。',
      '预计全省生产总值增长3.8%左右，一般公共预算收入可比增长6.6%，固定资产投资增长8%左右。',
      '一年来，我们主要做了以下工作：',
      '（一）抓投资扩内需，经济运行实现稳中向好。坚持把投资和项目建设作为重中之重，千方百计稳住经济基本盘。',
      '（二）抓承接办盛会，协同发展取得重要进展。',
    ].join('\n');
    const model = analyzeReport(text);
    const growth = 11; // 预计全省生产总值增长3.8%左右
    expect(sectionPath(model.outline, { line: 8, character: 30 })).toMatch(/› 这五年，是人民生活水平不断提高的五年$/u);
    expect(sectionPath(model.outline, { line: growth, character: 12 })).toBe('一、过去五年工作回顾');
    expect(sectionPath(model.outline, { line: 9, character: 5 })).toBe('一、过去五年工作回顾');
    expect(sectionPath(model.outline, { line: 13, character: 20 })).toMatch(/（一）抓投资扩内需/u);
  });

  it('leaves 回顾过去一年 after the ——lead series to the part (national 2016, dev)', () => {
    const text = readCorpus('national/2016.txt');
    const model = analyzeReport(text);
    const last = lineOf(text, '——人民生活进一步改善');
    const after = lineOf(text, '回顾过去一年，成绩来之不易');
    expect(last).toBeGreaterThan(0);
    expect(sectionPath(model.outline, { line: last, character: 5 })).toMatch(/› ——人民生活进一步改善$/u);
    expect(sectionPath(model.outline, { line: after, character: 5 })).toBe('一、2015年工作回顾');
    expect(sectionPath(model.outline, { line: lineOf(text, '科技领域一批创新成果'), character: 5 })).toBe('一、2015年工作回顾');
  });
});
