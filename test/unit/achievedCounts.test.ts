import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/achievedCounts.json';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('one-digit counts of things that won, joined or were named to something', () => {
  it('reads the count that opens its clause before such a verb (outside text, no dev report has the form)', () => {
    // 广西 2026: beside a count in digits of the same thing.
    expect(figures('中小学和幼儿园办学条件持续改善。两所高校实现升格，5所高职院校入选国家新一轮“双高建设计划”。')).toEqual([
      ['两所', 2, '所'],
      ['5所', 5, '所'],
    ]);
    // 山西 2026: a figure between the noun and the verb.
    expect(figures('高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”。')).toEqual([
      ['两所', 2, '所'],
      ['3个', 3, '个'],
    ]);
    // 高阳 2015 and 保定 2014 (Hebei archive): after 等 closing the list the count totals.
    expect(figures('三利集团、宏润公司等四家企业进入全省"三个一百"领军企业行列。')).toEqual([['四家', 4, '家']]);
    expect(figures('白洋淀、野三坡创建5A精品景区，白石山等五处景区升格5A，加快易水湖等景区建设。')).toEqual([['五处', 5, '处']]);
    // After the topic the count belongs to (广西 2026; 河北 2004, Hebei archive).
    expect(figures('城市生活垃圾分类工作成效保持西部第一。城市更新两个项目入选全国典型案例。')).toEqual([['第一', 1, '位次'], ['两个', 2, '个']]);
    expect(figures('邢台栾卸村改善农村住房两个项目荣获"中国人居环境范例奖"。')).toEqual([['两个', 2, '个']]);
  });

  it('reads the count right after a verb of setting up, building, holding or winning', () => {
    // 广东 2026 (dev: labelled 两批).
    expect(figures('扎实推进“高效办成一件事”，新增两批重点事项落地实施。')).toEqual([['两批', 2, '批']]);
    // 保定 2010 and 2025 (Hebei archive, outside).
    expect(figures('市商业银行完成增资扩股并设立两个县域支行。')).toEqual([['两个', 2, '个']]);
    expect(figures('成为全省唯一拥有两个国家级集群的地级市。')).toEqual([['两个', 2, '个']]);
    // Editions held: 两 is never an ordinal (甘肃 2026; 河北 2003), as 十四届全运会 is (陕西 2026, dev).
    expect(figures('连续举办两届产业转移对接活动。')).toEqual([['两届', 2, '届']]);
    expect(figures('成功举办了两届中国吴桥国际杂技艺术节。')).toEqual([['两届', 2, '届']]);
    expect(figures('成功举办十四届全运会、中美旅游高层对话。')).toEqual([]);
  });

  it('leaves slogans, articles and counts that do not open their clause alone', () => {
    // national 1981 and 1986 (outside): verbs of doing are not in the list.
    expect(figures('如果不解决这个问题，四个现代化就无法实现。')).toEqual([]);
    expect(figures('当前的首要问题是，两个超级大国应当率先实现大幅度裁减核军备。')).toEqual([]);
    // 一 is an article; a quoted name is a name; a count after a verb is its object, not a subject.
    expect(figures('一个项目入选全国典型案例。')).toEqual([]);
    expect(figures('推动“两个项目”入选。')).toEqual([]);
    expect(figures('。万家企业进入新时代。')).toEqual([]);
    expect(figures('促进两个德国通过直接谈判解决问题。')).toEqual([]);
    // A demonstrative or an ordinal before it; editions before a verb name the event (河北 2002: the ninth games).
    expect(figures('这两个项目入选全国典型案例。')).toEqual([]);
    expect(figures('我省运动员在九届全运会上获得金牌12枚。')).toEqual([['12枚', 12, '枚']]);
    // Verbs of doing take slogans (national 1979, outside; 落实两个确保); 方面 and a quoted count are no things.
    expect(figures('不可能真正着手实现四个现代化。')).toEqual([]);
    expect(figures('要继续做好两个确保工作，新增两个方面的任务。')).toEqual([]);
    expect(figures('新增“两个”平台。')).toEqual([]);
  });

  it('keeps its word lists unique and each verb free of punctuation', () => {
    expect(new Set(data.verbs).size).toBe(data.verbs.length);
    expect(new Set(data.objectVerbs).size).toBe(data.objectVerbs.length);
    for (const v of data.objectVerbs) expect(v).toMatch(/^[\u4e00-\u9fff]{2}$/);
    // A verb of doing in either list would take slogans for counts.
    for (const v of ['实现', '完成', '落实', '通过', '成功']) expect([...data.verbs, ...data.objectVerbs]).not.toContain(v);
    expect(new Set(data.units).size).toBe(data.units.length);
    for (const v of data.verbs) expect(v).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    for (const u of data.units) expect(u).toMatch(/^[\u4e00-\u9fff]$/);
  });
});
