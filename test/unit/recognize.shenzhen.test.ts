import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

/**
 * Forms found by reading the 深圳 city and district reports (outside the corpus: github Jianzi270/zizhengLLM, see
 * /work/outside/src27/SOURCES.md of session 27) against the recogniser's figures, session 28. Short real lines, each
 * with its report.
 */
const written = (s: string) => {
  const text = foldWidth(s);
  return recognizeNumbers(text).filter((m) => m.nature !== 'bare').map((m) => text.slice(m.start, m.end));
};

describe('a count’s measure word is followed by the counted noun, not a generation, model or line suffix', () => {
  it('29个代表处 counts offices (深圳 2003)', () => {
    expect(written('华为、中兴等高科技企业在境外设立了29个代表处，我市累计在境外投资的生产性和贸易性项目已达243个。')).toEqual(['29个', '243个']);
  });
  it('5条线 counts lines in a list of counts (宝安 2019)', () => {
    expect(written('全面落实扬尘治理，构建覆盖2000个点、5条线、7个面的城市扬尘防控体系。')).toEqual(['2000个', '5条', '7个']);
  });
  it('a bare number before 代 or 代线 still names a generation (深圳 2010, 广东 2019)', () => {
    expect(written('华星光电8.5代液晶面板等一批重大产业项目开工或投产，')).toEqual([]);
    expect(written('扎实抓好富士康广州10.5代线、广州乐金OLED')).toEqual([]);
  });
});

describe('24小时 before a word is round the clock, not a length of time', () => {
  it('通关, 自助图书馆, 开放, 热线 (深圳 2003, 深圳 2010, 盐田 2025, 罗湖 2023)', () => {
    expect(written('深港合作深入推进，皇岗口岸24小时通关顺利实施')).toEqual([]);
    expect(written('美术馆新馆、音乐厅、中心书城、24小时街区自助图书馆等一批文化设施建成')).toEqual([]);
    expect(written('新建改造公厕5座，全面实现市政公厕24小时开放')).toEqual(['5座']);
    expect(written('开通24小时暖心服务热线，组建小分队')).toEqual([]);
  });
  it('a time limit set to 24小时 stays a figure', () => {
    expect(written('审批时限压缩至24小时以内，办理时间缩短到24小时。')).toEqual(['24小时', '24小时']);
  });
});

describe('the unit a magnitude takes from the words around it', () => {
  const units = (s: string) => analyzeReport(s).indicators.map((i) => [i.text, i.value, i.unit]);
  it('volunteers and the people of a place counted by a magnitude alone are people (深圳 2014, 2024; 宝安 2015; 盐田 2023)', () => {
    expect(units('志愿者之城建设加快，注册志愿者超过90万。')).toEqual([['90万', 9e5, '人']]);
    expect(units('建设志愿者之城，注册志愿者总数超381万。')).toEqual([['381万', 3.81e6, '人']]);
    expect(units('注册义工达到31万，')).toEqual([['31万', 3.1e5, '人']]);
    expect(units('全区30万父老乡亲团结一心、守望相助')).toEqual([['30万', 3e5, '人']]);
  });
  it('平米 and ㎡ are square metres (深圳 2016, 福田 2014)', () => {
    expect(units('出台严查严控违法建设决定，拆除违法建筑153.6万平米，')).toEqual([['153.6万平米', 1.536e6, '平方米']]);
    expect(units('用地面积6.49万㎡、总建筑面积32万㎡，开发建设保障性住房')).toEqual([['6.49万㎡', 64900, '平方米'], ['32万㎡', 3.2e5, '平方米']]);
  });
  it('money: funds or investment after the amount, 金额 and 投资额 before it (宝安 2017, 2019, 2020; 南山 2024; 坪山 2024)', () => {
    expect(units('落实知识产权扶持激励政策，安排150万资金资助区内知识产权创造')).toEqual([['150万', 1.5e6, '元']]);
    expect(units('用好16亿科技产业扶持资金，优化资金申报')).toEqual([['16亿', 1.6e9, '元']]);
    expect(units('完成空港新城179亿投资，')).toEqual([['179亿', 1.79e10, '元']]);
    expect(units('累计登记金额超百亿，“知产”变资产')).toEqual([['百亿', 1e10, '元']]);
    expect(units('签约投资额超千亿。')).toEqual([['千亿', 1e11, '元']]);
  });
});

describe('第N that names or prioritises, not ranks', () => {
  it('第六立面, 第五立面 name a city’s surfaces (深圳 2023, 福田 2023)', () => {
    expect(written('深圳湾通廊。启动城市第六立面提升行动。')).toEqual([]);
    expect(written('全面开展辖区城市第六立面普查，完成3个市')).toEqual(['3个']);
  });
  it('第一位 of a task is its priority (坪山 2017, 盐田 2018, 龙华 2021)', () => {
    expect(written('坚持把安全发展放在城市工作第一位，提升城区建设与管理')).toEqual([]);
    expect(written('作为头等大事和最重要、第一位的政治任务来抓，')).toEqual([]);
    expect(written('坚持以第一位任务周密组织抓防控，')).toEqual([]);
  });
  it('a place a ranking moves from stays a rank (深圳 2002)', () => {
    expect(written('集装箱港口中的排名由2000年的第11位跃居第8位。')).toEqual(['第11位', '第8位']);
  });
});
