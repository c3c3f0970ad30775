/**
 * Glossary forms beyond [3] / 3. (src/core/references/footnotes.ts, context.ts nestedGlossaries, text/paragraphs.ts):
 * notes numbered in tortoise-shell brackets answering markers of the same kind (阜平 2021/2022: 河湖长制〔3〕 …
 * 〔3〕河湖长制：…), notes in lenticular brackets answering square-bracket markers (满城 2020: “水十条”[25] … 【25】
 * “水十条”：…), numbered notes whose term stands in square brackets (清苑 2020/2021: 3.[两不见面]指…), and a glossary
 * set letter-spaced after the last section (阜平 2021: 名 词 解 释 after (四)坚持依法行政…). Real lines of those
 * outside src32 free texts.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const HEAD = '工作报告\n2022年阜平县政府工作报告\n2022年1月27日在阜平县第十八届人民代表大会第一次会议上\n各位代表：\n一、2021年工作回顾\n';

const links = (text: string, kind: Reference['kind']): string[] =>
  analyzeReport(text)
    .references.filter((r: Reference) => r.kind === kind)
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}`);

describe('glossary forms', () => {
  it('tortoise-shell markers answer tortoise-shell notes, each note a paragraph of its own (阜平 2022)', () => {
    const text =
      HEAD +
      [
        '严格落实“四个不摘”〔1〕要求，主要帮扶政策保持总体稳定。',
        '严格落实河湖长制〔3〕，完成32个行政村生活污水治理。',
        '名词解释',
        '〔1〕四个不摘：即摘帽不摘责任，防止松劲懈怠;摘帽不摘政策，防止急刹车;摘帽不摘帮扶，防止一撤了之;摘帽不摘监管，防止贫困反弹。(见第2页)',
        '〔3〕河湖长制：即由各级党政主要负责人担任“河(湖)长”，负责辖区内河流、湖泊的污染治理。“河(湖)长制”是从河流湖泊水质改善领导督办制、环保问责制所衍生出来的水污染治理制度。(见第4页)',
      ].join('\n');
    // Lines 5 and 6 are the body's, 8 and 9 the notes'.
    expect(links(text, 'footnote').filter((l) => !l.startsWith('8:') && !l.startsWith('9:'))).toEqual(['5:〔1〕 → 8', '6:〔3〕 → 9']);
    // The term said with its own marker links once, by the marker (ownMarker.ts), which holds it for Find All References.
    expect(links(text, 'term')).not.toContain('5:“四个不摘” → 8');
    const marker = analyzeReport(text).references.find((r) => r.kind === 'footnote' && r.from.text === '〔1〕');
    expect(marker?.also?.map((a) => a.key)).toEqual(['term:四个不摘']);
  });

  it('square-bracket markers answer lenticular-bracket notes (满城 2020)', () => {
    const text =
      HEAD.replace(/阜平县/g, '保定市满城区') +
      [
        '按照“一减四增”[2]要求，调减玉米种植1万亩。',
        '深入实施“水十条”[25]。',
        '名词解释',
        '【2】“一减四增”：“一减”指压减非优势区高耗低质低效农作物；“四增”指增加设施农业、农业产业园区、农业规模化生产基地和生态绿化面积。',
        '【25】“水十条”：2015年2月，中央政治局常务委员会会议审议通过《水污染防治行动计划》，简称“水十条”。',
      ].join('\n');
    expect(links(text, 'footnote').filter((l) => !l.startsWith('8:') && !l.startsWith('9:'))).toEqual(['5:[2] → 8', '6:[25] → 9']);
  });

  it('a numbered note’s term in square brackets is the term it explains (清苑 2020)', () => {
    const text =
      HEAD.replace(/阜平县/g, '保定市清苑区') +
      [
        '“1+5”专项整治初见成效，拆除违法建筑。',
        '创新实施“两不见面”和“项目预审批”。',
        '名词解释',
        '1.[“1+5”专项整治]即违建别墅和违法违规用地、违法违规建设、破坏生态环境、违法违规采矿、河道违法违规采砂等问题专项整治。',
        '3.[两不见面]指申请人通过实名注册、网上申请、网上上传申报材料并承诺材料真实性的方式办理事项。',
      ].join('\n');
    expect(links(text, 'term')).toEqual(['5:“1+5” → 8', '6:“两不见面” → 9']);
  });

  it('a letter-spaced glossary heading opens the notes (阜平 2021)', () => {
    const text = [
      '工作报告',
      '2021年阜平县政府工作报告',
      '2021年2月5日在阜平县第十七届人民代表大会第五次会议上',
      '各位代表：',
      '一、“十三五”时期和2020年主要工作回顾',
      '聚焦“两不愁三保障”〔1〕攻坚发力，164个贫困村全部出列。',
      '二、“十四五”时期主要目标任务',
      '(一)聚焦发展动能转换，提升县域综合实力。',
      '三、2021年重点工作',
      '(一)始终保持高度警醒,坚决夺取疫情防控新胜利。',
      '四、全面加强政府自身建设',
      '(一)坚持政治引领，让忠诚干净成为行动自觉。',
      '(二)坚持人民至上，让服务高效成为工作常态。以人民满意为目标，牢固树立“政府就是为群众办事的”理念。',
      '(三)坚持责任为重，让担当有为成为使命追求。大力倡树狠抓落实、敢于担当的精神。',
      '(四)坚持依法行政，让规范法治成为干事习惯。始终把依法行政作为政府工作的行为准则。',
      '各位代表，行者方致远，奋斗正当时!',
      '名 词 解 释',
      '〔1〕两不愁三保障：到2020年，稳定实现农村贫困人口不愁吃、不愁穿，义务教育、基本医疗和住房安全有保障。(见第2页)',
    ].join('\n');
    // The outline reads 名 词 解 释 (line 16) as the glossary's heading (it was a subsection of (四), line 14, until
    // outline36); the note is line 17.
    expect(analyzeReport(text).outline.filter((n) => n.kind === 'glossary').map((n) => `${n.selectionRange.start.line} ${n.title}`)).toEqual(['16 名 词 解 释']);
    expect(links(text, 'footnote').filter((l) => l.startsWith('5:'))).toEqual(['5:〔1〕 → 17']);
    // The note's own words are no body mention of the term it explains.
    expect(links(text, 'term').filter((l) => l.startsWith('17:'))).toEqual([]);
  });
});
