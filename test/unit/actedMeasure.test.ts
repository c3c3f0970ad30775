/**
 * A verb of cutting or adding right before a figure's name is the figure's measure (lexicon/actedVerbs.json): the card
 * read 削减煤炭消费量500万吨 as a level of 煤炭消费量 (the province's whole consumption) with no measure. Sentences of the
 * dev corpus and of public reports OUTSIDE the labelled corpus (the Hebei archive, yver-sun/gaoyang-towel-resilience,
 * data/government_reports/; johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, crossReportSeries, indexReport } from '../../src/core';
import { isSpanMeasure } from '../../src/core/indicators/spanEnd';
import data from '../../src/core/lexicon/actedVerbs.json';
import { actedMeasure } from '../../src/core/indicators/actedMeasure';

function figure(year: number, line: string, written: string): { name: string | null; measure: string | null; kind: string } {
  const text = `${year}年政府工作报告\n一、${year - 1}年工作回顾\n${line}\n`;
  const hit = analyzeReport(text).indicators.find((i) => i.text === written);
  if (!hit) throw new Error(`${written} not found as a figure`);
  return { name: hit.name, measure: hit.measure, kind: hit.kind };
}

describe('the verb list (actedVerbs.json)', () => {
  it('lists each verb once, in Han characters, with a measure that is itself a listed verb', () => {
    const surfaces = data.verbs.map(([s]) => s);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    for (const [s, m] of data.verbs) {
      expect(s).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(surfaces).toContain(m);
    }
  });
});

describe('a verb of cutting or adding before the name is the measure, the name kept', () => {
  it('reads cuts as cuts (河北 2015 and 2017, outside)', () => {
    expect(figure(2017, '淘汰改造燃煤锅炉1.3万台，削减煤炭消费量500万吨，压减焦炭产能1279万吨。', '500万吨')).toEqual({ name: '煤炭消费量', measure: '削减', kind: 'level' });
    expect(figure(2015, '严控扬尘污染，完成307座矿山粉尘治理。淘汰黄标车66.7万辆。', '66.7万辆')).toMatchObject({ name: '黄标车', measure: '淘汰' });
  });

  it('reads additions and the items the verb opens (national 2005 and 河北 2001, outside; 西藏 2026, outside)', () => {
    expect(figure(2005, '全年新增煤炭生产能力1.2亿吨，新增发电装机容量5055万千瓦，新增公路通车里程4.6万公里。', '5055万千瓦')).toMatchObject({ name: '发电装机容量', measure: '新增' });
    expect(figure(2001, '新增发电装机370万千瓦、高速公路1168公里、电话装机626万门。', '1168公里')).toMatchObject({ name: '高速公路', measure: '新增' });
    expect(figure(2026, '建立长期护理保险制度，新建农村幸福院30个，优化生育保险政策措施。', '30个')).toMatchObject({ name: '农村幸福院', measure: '新建' });
  });

  it('gives the items of a list the verb that opens it, unless an item says its own (national 2010, 河北 2017: outside)', () => {
    expect(figure(2010, '关停小火电机组2617万千瓦，淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨、水泥产能7416万吨。', '2113万吨')).toMatchObject({ name: '炼铁产能', measure: '淘汰' });
    expect(figure(2017, '退出煤矿54处、压减煤炭产能1400万吨，均超额完成国家下达任务。', '1400万吨').measure).toBe('压减');
  });

  it('leaves a level reached alone, and gives a rank its scope, not the verb before it (河北 2010, 湖南 2026: outside)', () => {
    expect(figure(2010, '新增高速公路通车里程768公里、总里程突破4000公里。', '4000公里').measure).toBeNull();
    // (Since session 39 a rank's measure is its scope + 位次 — rankName.ts —, never the 新增 of the count before it.)
    expect(figure(2026, '新增国家制造业单项冠军企业22家、居全国第6。', '第6').measure).toBe('全国位次');
  });

  it('reads the cuts of the dev corpus as the labels write them (national 2008, 2015)', () => {
    const y2008 = analyzeReport(readFileSync('test/fixtures/corpus/national/2008.txt', 'utf8')).indicators;
    expect(y2008.find((i) => i.text === '4659万吨')).toMatchObject({ measure: '淘汰', kind: 'level' });
    expect(y2008.find((i) => i.text === '450亿元' && i.name === '财政赤字')).toMatchObject({ measure: '削减', kind: 'level' });
    // (The list's later items, 炼钢产能3747万吨、水泥产能8700万吨, are cut the same way: the labels write 淘汰.)
    expect(y2008.find((i) => i.text === '3747万吨')).toMatchObject({ measure: '淘汰', kind: 'level' });
    const y2015 = analyzeReport(readFileSync('test/fixtures/corpus/national/2015.txt', 'utf8')).indicators;
    expect(y2015.find((i) => i.text === '29项')).toMatchObject({ measure: '取消', kind: 'count' });
  });

  it('needs the name right before the figure, or only a qualifier between', () => {
    const text = '减少收入的农户只占10%';
    expect(actedMeasure(text, 2, 7, 9)).toBeNull();
    const cut = '削减煤炭消费量超过500万吨';
    expect(actedMeasure(cut, 2, 7, 9)).toBe('削减');
    expect(actedMeasure(cut, -1, 0, 9)).toBeNull();
  });

  it('reads the verb before a name the report wrote short (规上 for 规模以上) as before the name written in full', () => {
    // The name is cleaned to 规模以上 but stands in the text as 规上 (05d9294 locates it there): the verb's reach is the
    // written name's, not the cleaned one's, which ran two characters past the figure and lost the measure.
    const short = figure(2025, '通过技改扩能，带动新增规上工业企业120家。', '120家');
    expect(short).toMatchObject({ name: '规模以上工业企业', measure: '新增' });
    expect(short).toEqual(figure(2025, '通过技改扩能，带动新增规模以上工业企业120家。', '120家'));
    expect(figure(2025, '推动削减规上工业企业煤炭消费量300万吨。', '300万吨')).toMatchObject({ name: '规模以上工业企业煤炭消费量', measure: '削减' });
  });

  it('reads no verb in a noun it opens: 增加值 (value added) after a clause’s opening words', () => {
    // 实现 is an opening word of incrementOpening.ts; the 增加 of 增加值 read as the verb gave “增加 500亿元”.
    expect(figure(2025, '工业生产稳中有进，全年实现增加值500亿元。', '500亿元').measure).toBeNull();
    expect(figure(2025, '全年实现增加值500亿元，新增规模以上工业企业120家。', '120家').measure).toBe('新增');
  });

  it('keeps the verbs said with one of them over one object as the measure, as the labels write it (dev)', () => {
    const read = (file: string) => analyzeReport(readFileSync(`test/fixtures/corpus/${file}`, 'utf8')).indicators;
    const y2018 = read('national/2018.txt');
    expect(y2018.find((i) => i.text === '127万公里')?.measure).toBe('新建改建');
    const y2017 = read('national/2017.txt');
    expect(y2017.find((i) => i.text === '35项')?.measure).toBe('取消或停征');
    expect(y2017.find((i) => i.text === '5000万千瓦')?.measure).toBe('淘汰、停建、缓建');
    expect(read('national/2016.txt').find((i) => i.text === '311项')?.measure).toBe('取消和下放');
    expect(read('local/陕西省-2026.txt').find((i) => i.text === '94.18万亩')?.measure).toBe('新建和改造');
    // A stage takes the works as its object: 新开工改造城镇老旧小区5.6万个 is 新开工 (labelled so).
    expect(read('national/2022.txt').find((i) => i.text === '5.6万个')?.measure).toBe('新开工');
    // Unseen: 河北 2022 (Hebei archive), 新建、改扩建中小学教学用房15万平方米.
    expect(figure(2022, '深入落实“双减”政策，新建、改扩建中小学教学用房15万平方米。', '15万平方米').measure).toBe('新建、改扩建');
    // A verb alone stays the verb's measure.
    expect(figure(2026, '建立长期护理保险制度，新建农村幸福院30个，优化生育保险政策措施。', '30个').measure).toBe('新建');
  });

  it('lists each coordinated verb once, in Han characters (下放 is both: 取消和下放, and 下放审批权限 alone)', () => {
    expect(new Set(data.coordinated).size).toBe(data.coordinated.length);
    for (const v of data.coordinated) expect(v).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });

  it('reads a phrase of verbs said together over a span as an amount done over it, never the level at its end', () => {
    // national 2018 (dev): 新建改建农村公路127万公里 is the five years' work (2013-2017), not 2017's, so 2017's target
    // 新建改建农村公路20万公里 is not “met” by it; 增加到 still says the level reached (财政收入增加到17.3万亿元).
    expect(isSpanMeasure({ measure: '新建改建' })).toBe(true);
    expect(isSpanMeasure({ measure: '取消和下放' })).toBe(true);
    expect(isSpanMeasure({ measure: '增加到' })).toBe(false);
    const reports = [2017, 2018].map((y) => indexReport(`file:///ws/national/${y}.txt`, readFileSync(`test/fixtures/corpus/national/${y}.txt`, 'utf8'), { fileName: `${y}.txt` })!);
    const target = reports[0]!.indicators.find((i) => i.text === '20万公里' && i.status === 'target' && i.measure === '新建改建')!;
    const row = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, '公里', target).find((r) => r.year === 2017);
    expect(row?.actual).toBeUndefined();
    expect(row?.outcome).not.toBe('met');
  });
});
