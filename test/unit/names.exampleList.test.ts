/**
 * A list of examples closed by 等 inside a name: the figure counts the class after 等, not the examples
 * (exampleList.ts, lexicon/exampleLists.json). Lines from the dev corpus and free outside texts (src27, names51).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import { withoutExampleList } from '../../src/core/indicators/exampleList';
import data from '../../src/core/lexicon/exampleLists.json';

describe('a name after a list of examples', () => {
  it('counts the class after 等 (dev 天津 2026; 深圳市 2017, 2019 and 2025)', () => {
    expect(nameOf('启动城市道桥设施更新行动，更新改造复康路等道路80条、桥梁15座，整治背街小巷100条。', '80条')).toBe('道路');
    expect(nameOf('新组建神经科学研究院等新型研发机构23家。', '23家', lastYearReview(2017))).toBe('新型研发机构');
    expect(nameOf('新增石墨烯等省级制造业创新中心4家。', '4家', lastYearReview(2019))).toBe('省级制造业创新中心');
    expect(nameOf('招商推介大会成果丰硕，新引进西门子高端医疗影像等亿元以上项目640个。', '640个', lastYearReview(2025))).toBe('亿元以上项目');
  });

  it('keeps the count that closes the list with the class (深圳市 2012; dev 福建 2026)', () => {
    expect(nameOf('华强文化科技等十家文化领军企业平均增速超过30%。', '30%', lastYearReview(2012))).toBe('十家文化领军企业');
    expect(nameOf('茶叶、食用菌、林竹等十大乡村特色产业全产业链总产值突破3万亿元。', '3万亿元')).toBe('十大乡村特色产业全产业链总产值');
  });

  it('keeps a 等 inside a word, and a class only the examples define (dev 辽宁, 湖南 2026)', () => {
    expect(nameOf('推出省级政务服务“立等可取”事项52项、“一次不用跑”事项899项。', '52项')).toBe('省级政务服务立等可取事项');
    expect(nameOf('超长期特别国债、专项债、中央预算内等资金2118亿元，支持各类项目3000余个。', '2118亿元')).toBe('超长期特别国债、专项债、中央预算内等资金');
    // (Money words are as bare as 资金: the examples say which money — review33, 盐田区 2023 and 南山区 2025, outside.)
    expect(withoutExampleList('三公等经费')).toBe('三公等经费');
    expect(withoutExampleList('设备购置或租赁等费用')).toBe('设备购置或租赁等费用');
    expect(withoutExampleList('高等教育毛入学率')).toBe('高等教育毛入学率');
    expect(withoutExampleList('获得国家科技进步二等奖技术成果')).toBe('获得国家科技进步二等奖技术成果');
    expect(withoutExampleList('交通运输业、建筑业等行业增值税税率')).toBe('交通运输业、建筑业等行业增值税税率');
    expect(withoutExampleList('防汛、抢险、堵口、复堤、救济等项的支出')).toBe('防汛、抢险、堵口、复堤、救济等项的支出');
  });
});

describe('exampleLists.json', () => {
  it('holds unique Han words, with 等 where the word lists say', () => {
    for (const key of ['withinWordBefore', 'withinWordAfter', 'classWords', 'bareClasses'] as const) {
      const list: readonly string[] = data[key];
      expect(new Set(list).size, key).toBe(list.length);
      for (const w of list) expect(w, key).toMatch(/^[\u4e00-\u9fff]{1,4}$/);
    }
    for (const w of data.withinWordBefore) expect(w.endsWith('等'), w).toBe(true);
    for (const w of data.withinWordAfter) expect(w.startsWith('等'), w).toBe(true);
  });
});

describe('a figure that is an item of a list of figures closed by 等', () => {
  it('measures its own item, not the list’s class nor the item before (罗湖区 2018, 福田区 2020, outside)', () => {
    expect(nameOf('综合运用土地确权、规划调整、等价置换等手段加快土地整备，完成2万平方米土地整备、4万平方米建设用地清退、24万平方米更新土地供应等目标任务。', '24万平方米', lastYearReview(2018))).toBe('更新土地供应');
    expect(nameOf('全区共有130条道路、24公里市政污水管网、18公里雨污分流管网等四百多个工地同步施工建设。', '18公里', lastYearReview(2020))).toBe('雨污分流管网');
  });
});
