/**
 * Figures named from the verb around them (src/core/indicators/durationNames.ts), on whole DEV corpus reports: an
 * extension's term, a streak's years named by the object of the verb after it, a number of times by the action; and
 * a clause with no subject that measures the topic its sentence opened with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { extensionName, occasionName, streakObject, withoutPredicate } from '../../src/core/indicators/durationNames';
import { lastYearReview, namesOf } from '../support/names';

/** The name of the figure written `figure` on the first line of a corpus report holding `needle`. */
function nameIn(file: string, needle: string, figure: string): string | null {
  const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const hit = analyzeReport(text).indicators.find((f) => f.range.start.line === at && f.text === figure);
  if (!hit) throw new Error(`${figure} not a figure on the line of ${needle}`);
  return hit.name;
}

describe('duration names', () => {
  it('names an extension by what is extended, whatever verb governs it (落实, 开展好, 稳步推进)', () => {
    expect(nameIn('national/2018.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
    expect(nameIn('national/2022.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
    expect(nameIn('national/2024.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
  });

  it('names a streak with no subject by the object of the verb after it', () => {
    // 连续7年提高企业退休人员基本养老金水平
    expect(nameIn('national/2011.txt', '连续7年提高企业退休人员', '7年')).toBe('企业退休人员基本养老金');
    // 再连续三年进一步提高企业退休人员基本养老金水平: an adverb between the streak and its verb.
    expect(nameIn('national/2008.txt', '再连续三年进一步提高', '三年')).toBe('企业退休人员基本养老金');
    expect(nameIn('local/guangdong-2026.txt', '连续3年大规模开展', '3年')).toBe('水塘河道清淤行动');
  });

  it('names nothing when the verb has no object, or there is no extension', () => {
    // (连续6年获得丰收 names its harvest now: the streak counts the years of the harvest won — see below.)
    expect(streakObject('保持丰收。')).toBeNull();
    expect(streakObject('优秀，')).toBeNull();
    expect(extensionName('整省试点')).toBeNull();
    expect(withoutPredicate('进一步提高企业退休人员基本养老金')).toEqual({ rest: '企业退休人员基本养老金', verb: '提高' });
  });
});

describe('numbers of times', () => {
  it('names a number of times by the action after it, verb and object', () => {
    expect(nameIn('national/2024.txt', '两次降低存款准备金率', '两次')).toBe('降低存款准备金率');
    // 四次提高重点优抚对象的抚恤补助标准 (the scorer reads 的 as structural).
    expect(nameIn('national/2008.txt', '四次提高重点优抚对象', '四次')?.replace('的', '')).toBe('提高重点优抚对象抚恤补助标准');
    expect(occasionName('获得丰收。')).toBeNull();
  });
});

describe('a clause with no subject of its own', () => {
  it('measures the noun phrase its sentence opened with, even dated (一九五九年基本建设投资总额，…，拟定为…)', () => {
    expect(nameIn('national/1959.txt', '一九五九年基本建设投资总额，通过国家预算的部分', '二百七十亿元')).toBe('基本建设投资总额');
    expect(nameIn('national/1959.txt', '一九五九年基本建设投资总额，通过国家预算的部分', '百分之二十六')).toBe('基本建设投资总额');
  });

  it('skips a clause that says why or how (由于…原因, 按可比部分计算) for the topic before it', () => {
    expect(nameIn('national/1956.txt', '全国社会商品零售总额，由于', '９４％')).toBe('社会商品零售总额');
    expect(nameIn('national/1956.txt', '各部门基本建设的投资额，按可比部分计算', '９％')).toBe('各部门基本建设投资额');
  });
});

describe('a span right before a count of times, and an honour counted (保定 2025, outside)', () => {
  it('names both by the honour, not by the clause before', () => {
    const line = '打造北京医疗资源疏解“微中心”系列做法，入选国务院高质量发展综合督查典型经验，4年10次获国务院督查通报表扬。';
    expect(namesOf(line, ['4年', '10次'], lastYearReview(2025))).toEqual(['获国务院督查通报表扬', '获国务院督查通报表扬']);
  });
});

describe('a streak of harvests with no subject of its own', () => {
  it('counts the years of the harvest won (dev: national 1993, 河北 2010)', () => {
    expect(namesOf('农业总产值平均每年增长百分之四点九，粮食生产摆脱了一度徘徊局面，连续四年获得丰收。', ['四年'], lastYearReview(1993))).toEqual(['丰收']);
    expect(namesOf('遭受自然灾害的情况下，粮食总产量达到2910万吨，连续6年获得丰收。', ['6年'], lastYearReview(2010))).toEqual(['丰收']);
    expect(streakObject('获得丰收。')).toBe('丰收');
  });
});

/** The name of the figure written `figure` in a report made of `line` under a 2020 one-year review's heading. */
function nameInLine(line: string, figure: string): string | null {
  const text = `河北省政府工作报告\n一、2019年工作回顾\n${line}\n`;
  const hit = analyzeReport(text).indicators.find((f) => f.range.start.line === 2 && f.text === figure);
  if (!hit) throw new Error(`${figure} not a figure of ${line}`);
  return hit.name;
}

// A trial (session 35) saw 两年 of 科技创新工作连续两年获国务院通报表扬 carded as a figure named 科技创新工作, as if it
// were the work's own amount: the labels head a streak after its subject with what the years count.
describe('a streak after its subject is named with what its years count', () => {
  it('takes the predicate after the streak (src32 河北省-2020 line 18, 河北省-2017 line 18, 保定市-2022 line 12 (0-based), outside ../shared/corpus)', () => {
    expect(nameInLine('高新技术产业增加值增长12%左右。国家级高新技术企业突破7000家，科技创新工作连续两年获国务院通报表扬。', '两年')).toBe('科技创新工作获国务院通报表扬年数');
    expect(nameInLine('农业生产稳中调优，粮食总产692亿斤，乳制品产量连续两年居全国第一。', '两年')).toBe('乳制品产量居全国第一年数');
    expect(nameInLine('全市制造业质量竞争力指数连续七年全省第一。', '七年')).toBe('制造业质量竞争力指数全省第一年数');
  });

  it('as the dev labels write it, and a rank after the streak keeps the subject (guangdong 2026, 福建 2026)', () => {
    expect(nameIn('local/guangdong-2026.txt', '区域创新能力连续9年全国第一', '9年')).toBe('区域创新能力全国第一年数');
    expect(nameIn('local/guangdong-2026.txt', '区域创新能力连续9年全国第一', '第一')).not.toMatch(/年数$/);
    expect(nameIn('local/福建省-2026.txt', '耕地面积连续4年净增加', '4年')).toBe('耕地面积净增加年数');
  });

  it('keeps the subject alone when the predicate is shared on, a scope or inside a 的-phrase', () => {
    // 长江干流断面连续8年、赣江干流断面连续5年保持Ⅱ类水质 — dev jiangxi 2026.
    expect(nameIn('local/jiangxi-2026.txt', '长江干流断面连续8年', '8年')).toBe('长江干流断面');
    // 扭转了空气综合指数和PM2.5浓度连续两年不降反升的被动局面 — src32 涞源县-2020 line 20 (0-based), outside.
    expect(nameInLine('彻底扭转了空气综合指数和PM2.5浓度连续两年不降反升的被动局面，空气综合指数5.67。', '两年')).not.toMatch(/局面/);
  });

  it('names a bare change by the change, without 连续 (labels README, a streak’s name, session 38)', () => {
    // 贸易顺差连续两年下降 — dev national 2011; 全国粮食连续四年增产 — dev national 2008.
    expect(nameIn('national/2011.txt', '贸易顺差连续两年下降', '两年')).toBe('贸易顺差下降年数');
    expect(nameIn('national/2008.txt', '全国粮食连续四年增产', '四年')).toBe('粮食增产年数');
    // 贫困地区农村学生上重点高校人数连续两年增长10%以上 — dev national 2015: the size is a figure of its own.
    expect(nameIn('national/2015.txt', '人数连续两年增长10%以上', '两年')).toBe('贫困地区农村学生上重点高校人数增长年数');
  });
});

describe('the time a work took, said before the work', () => {
  it('is named by the work + 用时, as the dev label writes it (dev hebei 2021)', () => {
    expect(nameIn('local/hebei-2021.txt', '用37天实现本地日新增确诊病例为零', '37天')).toBe('本地日新增确诊病例清零用时');
  });

  it('reads the work past the figures it counts, from the next clause, or from the clause before (src32 保定市-2014, 徐水区-2019, 涞源县-2021, outside)', () => {
    const baoding = '以人为本、过细工作，集中力量推进重大项目征迁，京港澳高速拓宽、保津城际铁路、南水北调配套工程等顺利实施，特别是仅用100天就完成大王店工业园区1.4万亩土地、5个村庄的整体征迁，农民高兴，企业满意，省委省政府充分肯定。';
    expect(namesOf(baoding, ['100天'])).toEqual(['大王店工业园区整体征迁用时']);
    const xushui = '勠力同心、昼夜奋战，利用20天时间，完成了釜山文化新村、健康产业基地、中小企业园等片区土地收储，共收储土地近万亩。';
    expect(namesOf(xushui, ['20天'])).toEqual(['片区土地收储用时']);
    const laiyuan = '投资4亿元的国家高山跳台滑雪训练科研基地一期项目，仅用307天就建成投训，创造了同类基地建设用时最短的世界记录。';
    expect(namesOf(laiyuan, ['307天'])).toEqual(['国家高山跳台滑雪训练科研基地一期项目建成投训用时']);
  });

  it('leaves 用时 after the works to the usual rules (src32 徐水区-2024)', () => {
    expect(namesOf('雄忻高铁征迁再现“徐水速度”，辖区363户农房用时3天全部签约，省道S524项目徐水段完成用地组卷报批及电力设施迁改。', ['3天'])).toEqual(['农房用时']);
  });
});
