/**
 * Firms named in lists (firmLists.ts): an item of …、…等(龙头|重点|…)企业 is one of the report's own firms, named by no
 * type word, and its mentions elsewhere in the report link to its first (周大福荣获… … 支持周大福、百泰等企业). Seen on
 * outside free texts (盐田 2016, 2017, 2019, 2023, 2024, 2025; 南山 2016, 2024; 宝安 2021; 福田 2021, 2022; 深圳 2012), the lines
 * below are short real lines of them; the fields a list may hold instead (罗湖 2025: 咨询、法律、会计等领域知名企业) and a firm's name that is also a word of the prose (盐田 2020: 平安) name no firm.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const report = (review: readonly string[], tasks: readonly string[]): string =>
  ['某区政府工作报告', '各位代表：', '一、2018年工作回顾', ...review, '二、2019年工作安排', ...tasks].join('\n');
const entities = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('a firm named in a list of firms', () => {
  it('盐田 2019: 周大福 and 百泰, reviewed in prose and listed before 等企业 in the tasks, link to the review', () => {
    const refs = entities(
      report(
        ['国家首饰质量监督检验中心分别与周大福、百泰建立联合实验室，周大福荣获2018年度JNA年度制造商大奖，规上黄金珠宝企业产值448.64亿元。'],
        ['支持周大福、百泰等企业发挥“联合实验室”平台优势，加快技术革新和工艺改造，吸引集聚优秀黄金珠宝设计创意人才。'],
      ),
    );
    // (Said twice in its first paragraph, it is in view there: only the tasks' mention links.)
    expect(linksOf(refs, '周大福')).toEqual(['L5 → L3 周大福']);
    expect(linksOf(refs, '百泰')).toEqual(['L5 → L3 百泰']);
  });

  it('南山 2024: a list that opens its sentence (迈瑞、大疆等企业获…) teaches the firms said again later', () => {
    const refs = entities(
      report(['迈瑞、大疆等企业获第二十四届中国专利奖金奖3项、银奖5项、优秀奖27项。'], ['携手大疆、顺丰、美团、东部通航等头部企业，试点低空物流、公共管理等新型应用场景。']),
    );
    expect(linksOf(refs, '大疆')).toEqual(['L5 → L3 大疆']);
  });

  it('罗湖 2025: a list of fields (咨询、法律、会计等领域知名企业) names no firm, though its items recur as words', () => {
    const refs = entities(
      report(['为企业提供法律、会计、物流、金融等服务。'], ['建设管理咨询和法律、会计服务业集聚区，引进更多咨询、法律、会计等领域知名企业。']),
    );
    expect(linksOf(refs, '法律')).toEqual([]);
  });

  it('深圳 2002: a list holding a kind of firm (燃气集团) is of sectors: 能源 names no firm', () => {
    const refs = entities(
      report(['36家市属一级企业的改革方案正在实施，自来水、能源、燃气集团等企业重组已经启动。'], ['污水、垃圾处理和能源等领域的投融资改革方案已开始实施，加快能源、水务改革。']),
    );
    expect(linksOf(refs, '能源')).toEqual([]);
  });

  it('盐田 2020: a firm whose name is also said before another noun (平安盐田) is a word of the prose, not linked', () => {
    const refs = entities(
      report(
        ['华为、平安、腾讯三大企业首次联手中标，智慧城区建设加快。持续擦亮平安盐田闪亮名片。'],
        ['积极对接华为、平安、腾讯、深投控等实力雄厚企业，加快引进一批产业契合度高的项目。'],
      ),
    );
    expect(linksOf(refs, '平安')).toEqual([]);
    expect(linksOf(refs, '腾讯')).toEqual(['L5 → L3 腾讯']);
  });

  it('盐田 2023: a firm of three characters or more said once inside another name (华大基因学院) still links where it stands alone', () => {
    const refs = entities(
      report(
        ['全球首批生命时空图谱正式发布，华大基因学院获评全国首批科普教育基地。', '支持华大基因加快新一代基因测序仪等产品研发生产，发展精准诊断、精准营养、细胞储存、生物育种等新业态。'],
        ['支持华大基因、盐田港等企业牵头组建新型研发机构、创新联盟、创新联合体。', '发挥华大基因、东部华侨城等重点企业在基因育种、乡村旅游方面的特色优势。'],
      ),
    );
    expect(linksOf(refs, '华大基因')).toEqual(['L6 → L4 华大基因', 'L7 → L4 华大基因']);
  });
});
