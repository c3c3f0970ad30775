import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 23 (periods40), each checked on outside text of the corpus's own sources, quoted as written.
 */
describe('a sentence that opens with a year and states its totals, inside a review of several years, speaks for itself', () => {
  it('一九八一年国内财政收入比一九七八年减少一百多亿元，… then 我国外汇收支连续两年出现顺差 (national 1982 on 1981-1982, dev corpus)', () => {
    const figures = analyzeReport(readFileSync(join(CORPUS, 'national/1982.txt'), 'utf8')).indicators;
    // The comparison's own figures span the years after its base; the streak said two sentences on is the review's.
    expect(figure(figures, '一百多亿元')?.period).toBe('1979-1981');
    expect(figure(figures, '两年')?.period).toBe('1981-1982');
  });

  // 保定 2011 (Hebei archive, outside): the “十一五” review's first theme opens with 2010's totals; the paragraph then goes on
  // with what the five years did. Only the opening sentence is 2010's.
  const baoding = '关于保定市国民经济和社会发展第十二个五年规划纲要的报告\n\n2011年2月14日在保定市第十三届人民代表大会第四次会议上\n\n' +
    '各位代表：\n\n 一、"十一五"时期经济社会发展取得显著成就\n\n' +
    ' "十一五"时期，是我市发展史上极不平凡的五年。\n\n' +
    '（一）经济平稳较快发展，综合实力跨上新台阶。2010年全市生产总值完成2050.3亿元，比"十五"末增长74%；全部财政收入完成206.1亿元，增长1.4倍。农业和农村经济全面发展，粮食生产连续八年增产丰收，总产达到585万吨。伊利、蒙牛、康师傅、汇源、娃哈哈、喜之郎等食品企业落户我市，农业产业化率由40%提高到57%。工业支撑作用大幅增强，规模以上工业增加值达到686.3亿元，增长1.3倍。服务业发展水平不断提升，社会消费品零售总额达到852.7亿元，增长1.2倍。项目和投资实现新突破，全社会固定资产投资累计完成4632亿元，增长1.4倍。新增建设用地14.3万亩，保证了重大建设需求。改革开放迈出新步伐，中纺、兵装、国电、恒天、燕山石化、大无缝、新希望等一批大企业落户我市，妥善解决了依棉、宝硕、涞钢涞铜等国有企业改革问题，企业战略重组取得重大进展。金融生态环境不断改善，成立了保定商业银行，4家股份制银行在我市设立机构。全市贷款余额1162.6亿元，比2005年底增加631亿元。上市企业达到11家，直接融资127亿元，居全省首位。累计引进外资20.3亿美元、内资658.4亿元，分别增长1.6倍和1.9倍。出口总值达到145.7亿美元，增长3.9倍。' + '\n\n' +
    ' 二、"十二五"时期经济社会发展的指导思想和主要目标\n\n 我们要通过五年的努力，使全市生产总值达到3800亿元，年均增长11%以上。\n';

  it('2010年全市生产总值完成2050.3亿元，… then 规模以上工业增加值达到686.3亿元，增长1.3倍 and 累计完成4632亿元: 2006-2010', () => {
    const figures = analyzeReport(baoding).indicators;
    // The opening sentence's own figures: 2010's levels, the growths over the plan before's end the span.
    expect(figure(figures, '2050.3亿元')?.period).toBe('2010');
    expect(figure(figures, '206.1亿元')?.period).toBe('2010');
    expect(figure(figures, '74%')?.period).toBe('2006-2010');
    // Past its full stop: the five years reviewed.
    for (const t of ['1.3倍', '1.2倍', '4632亿元', '14.3万亩', '20.3亿美元', '1.6倍', '3.9倍']) expect(figure(figures, t)?.period, t).toBe('2006-2010');
    // 由40%提高到57%: the start value is the year before the span.
    expect(figure(figures, '40%')?.period).toBe('2005');
  });

  it('a year that opens an event (一九五三年，全國各地先後開展了…民主選擧運動。) dates the figures told after it (national 1954, outside)', () => {
    const text = '政府工作报告——1954年9月23日在第一届全国人民代表大会第一次会议上\n一、五年來的工作\n' + '在我國建國的最初幾年內，由於召開各級人民代表大會的條件還不具備，我們採取了召開地方各級人民代表會議的過渡辦法，並不斷地加以充實和提高，使它逐步代行地方各級人民代表大會的職權，選擧地方各級人民政府。一九五三年，全國各地先後開展了我國歷史上空前的規模巨大的民主選擧運動。除少數暫不進行選擧的地區外，在全國二十一萬四千七百九十八個基層選擧單位中，共登記選民三億二千三百八十萬九千六百八十四人；參加投票的選民共二億七千八百零九萬三千一百人，佔登記選民總數的百分之八十五點八八；選出的基層人民代表大會代表共五百六十六萬九千一百四十四名。婦女參加投票的佔登記婦女選民總數的百分之八十四點零一，選出的婦女代表佔全體代表的百分之十七點三一。這次普選充分表現了人民羣衆的政治積極性和政治覺悟的提高，充分表現了人民羣衆對於共産黨和人民政府的信任和支持。' + '\n二、今後的任務\n今年要增產糧食百分之五。\n';
    const figures = analyzeReport(text).indicators;
    for (const t of ['三億二千三百八十萬九千六百八十四人', '百分之八十五點八八', '五百六十六萬九千一百四十四名']) expect(figure(figures, t)?.period, t).toBe('1953');
  });
});
