import { describe, expect, it } from 'vitest';
import { analyzeReport, flattenOutline } from '../../src/core';
import navLabels from '../../src/core/outline/pageNavLabels.json';

/**
 * 唐县 2020 政府工作报告 as a portal page (src32 outside source: yver-sun/gaoyang-towel-resilience,
 * data/policies/保定市各县政府工作报告.xlsx, the cell's lines 2, 13–15 and 61–124): the title, the first part's heading and
 * opening, then the page's share buttons and its boxes of other reports' titles (上一篇/下一篇,
 * 相关文章, 本栏最新, 本栏推荐, 阅读排行), each title on a line of its own under a date stamp. Ten 保定 county pages of that
 * source end this way (唐县, 易县, 博野县, 徐水区, 顺平县 …).
 */
const TANGXIAN_2020 = [
  "2020年唐县政府工作报告",
  "一、2019年工作回顾",
  "刚刚过去的一年，是多重压力叠加、挑战与困难并存的一年，也是攻坚克难、负重奋进的一年。一年来，面对经济下行、环保管控、土地制约、财政困难等巨大压力，全县上下在省市和县委正确领导下，在县人大、县政协的监督支持下，深入学习贯彻习近平新时代中国特色社会主义思想，认真贯彻中央、省市重大决策部署，以脱贫攻坚总揽全局，坚定不移稳增长、促改革、调结构、治污染、惠民生，基本完成了县十七届人大三次会议确定的目标任务。预计，全县生产总值完成120亿元，增长2.4%，固定资产投资增长12.4%，社会消费品零售总额完成44.2亿元，增长9.6%;城乡居民人均可支配收入分别完成23538元、9292元，增长10.5%、13.7%。全部财政收入完成11.43亿元，增长34.2%;一般公共预算收入完成6.49亿元，增长42.8%。全县存、贷款余额分别达到249亿元、108亿元，增长7.49%、11.99%，全县经济发展稳步向前。",
  "一年来，我们讲政治、守初心、勇担当、抓落实，主要做了以下七方面工作。",
  "分享到：",
  "QQ空间",
  "新浪微博",
  "人人网",
  "开心网",
  "百度空间",
  "和讯",
  "天涯社区",
  "上一篇：",
  "2020年梧州市政府工作报告",
  "下一篇：",
  "2020年岳阳县政府工作报告",
  "相关文章",
  "11-22",
  "2020年岳阳县政府工作报告",
  "11-22",
  "2020年涞水县政府工作报告",
  "11-22",
  "2020年临潭县政府工作报告",
  "11-22",
  "2020年溧阳市政府工作报告",
  "11-22",
  "2020年麟游县政府工作报告",
  "11-22",
  "2020年长沙市政府工作报告",
  "11-22",
  "2020年古田县政府工作报告",
  "本栏最新",
  "12-03",
  "焦作市解放区2025年政府工作报告",
  "12-03",
  "焦作市中站区2025年政府工作报告",
  "12-03",
  "焦作市山阳区2025年政府工作报告",
  "12-03",
  "修武县2025年政府工作报告",
  "11-15",
  "博爱县2025年政府工作报告",
  "11-15",
  "武陟县2025年政府工作报告",
  "11-15",
  "温县2025年政府工作报告",
  "11-15",
  "沁阳市2025年政府工作报告",
  "11-15",
  "孟州市2025年政府工作报告",
  "11-07",
  "濮阳市2025年政府工作报告",
  "本栏推荐",
  "焦作市解放区2025年政府工作报告",
  "焦作市中站区2025年政府工作报告",
  "焦作市山阳区2025年政府工作报告",
  "郏县2025年政府工作报告",
  "鲁山县2025年政府工作报告",
  "叶县2025年政府工作报告",
  "宝丰县2025年政府工作报告",
  "平顶山市石龙区2025年政府工作报告",
  "平顶山市新华区2025年政府工作报告",
  "平顶山市2025年政府工作报告",
  "阅读排行",
  "宁德市2021年政府工作报告",
  "六盘水市水城区2024年政府工作报告",
  "2022年金堂县政府工作报告",
  "上海市奉贤区2023年政府工作报告",
];

describe('a portal page’s boxes of other reports’ titles', () => {
  // Left in the body, a title said in two boxes (焦作市解放区2025年政府工作报告 under 本栏最新 and 本栏推荐) linked to its
  // first mention as a named place: three links between other places' report titles.
  it('are no part of the report: nothing links from or to them', () => {
    const model = analyzeReport(TANGXIAN_2020.join('\n'));
    const boxes = TANGXIAN_2020.indexOf('相关文章');
    expect(boxes).toBeGreaterThan(0);
    const inBoxes = model.references.filter((r) => r.from.range.start.line >= boxes || r.to.range.start.line >= boxes);
    expect(inBoxes.map((r) => r.from.text)).toEqual([]);
    expect(model.indicators.filter((i) => i.range.start.line >= boxes)).toEqual([]);
  });

  it('end the part before them, so folding and the breadcrumb stop at the report’s last words', () => {
    const model = analyzeReport(TANGXIAN_2020.join('\n'));
    const boxes = TANGXIAN_2020.indexOf('相关文章');
    const part = model.outline.find((n) => n.title.includes('2019年工作回顾'));
    expect(part?.range.end.line).toBeLessThan(boxes);
    // Two titles in a row are not yet a box (上一篇 / 下一篇 name one each): the body goes on past them, to the report's
    // words after them.
    const two = [...TANGXIAN_2020.slice(0, 4), '2020年梧州市政府工作报告', '2020年岳阳县政府工作报告', TANGXIAN_2020[3] as string];
    const kept = analyzeReport(two.join('\n')).outline.find((n) => n.title.includes('2019年工作回顾'));
    expect(kept?.range.end.line).toBe(two.length - 1);
  });

  // The same page with a blank line between any two lines (as a page copied with its paragraphs set apart reads): the
  // labels 上一篇：/下一篇：/相关文章 stand alone between the titles and break their run, and the titles before the box of
  // seven (2020年梧州市政府工作报告, 2020年岳阳县政府工作报告) and 相关文章 read as three sections of the last part (src32 易县
  // 2021, 唐县 2020 and 28 more free pages alike). The page's first label ends the body, whatever the blanks.
  it('end the body at the page’s first label, with blank lines between the lines or not', () => {
    const spaced = TANGXIAN_2020.flatMap((line) => [line, '']).join('\n');
    const model = analyzeReport(spaced);
    const share = spaced.split('\n').indexOf('分享到：');
    const titles = flattenOutline(model.outline).map(({ node }) => node.title);
    expect(titles).toEqual(['2019年工作回顾']);
    expect(model.outline[0]?.range.end.line).toBeLessThan(share);
    expect(model.indicators.filter((i) => i.range.start.line >= share)).toEqual([]);
    expect(model.references.filter((r) => r.from.range.start.line >= share || r.to.range.start.line >= share)).toEqual([]);
  });

  // A page that prints its previous/next links above the article keeps the article: the labels end the body only once
  // it has begun (a numbered heading or a paragraph of prose before them).
  it('end nothing above the report', () => {
    const top = ['上一篇：', '2020年梧州市政府工作报告', '下一篇：', '2020年岳阳县政府工作报告', '', ...TANGXIAN_2020.slice(0, 4)].join('\n');
    expect(analyzeReport(top).outline.map((n) => n.title)).toEqual(['2019年工作回顾']);
  });

  // Each label of the list, standing after the report's words over two titles of other reports set apart by blank lines
  // (fewer than a box of three): the titles stay out of the outline and of the figures.
  it.each([...navLabels.labels.map((l) => `${l}：`), ...navLabels.boxes])('end the body at %s', (label) => {
    const page = [...TANGXIAN_2020.slice(0, 4), label, '2020年梧州市政府工作报告', '2020年岳阳县政府工作报告'].join('\n\n');
    const model = analyzeReport(page);
    expect(flattenOutline(model.outline).map(({ node }) => node.title)).toEqual(['2019年工作回顾']);
    expect(model.outline[0]?.range.end.line).toBeLessThan(page.split('\n').indexOf(label));
  });
});
