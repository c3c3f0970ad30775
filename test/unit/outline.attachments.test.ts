import { describe, expect, it } from 'vitest';
import { outlineNodes } from '../support/outlineNodes';

/**
 * What a district report's page puts after the closing (issue 9, session 30): the Shenzhen district reports of
 * Jianzi270/zizhengLLM @61a35a3, free texts named in /work/outside/src27/SOURCES.md. Short real excerpts (long lines cut
 * after a whole sentence).
 */

const blocks = (text: string): string[] => outlineNodes(text).filter((n) => n.kind === 'annex' || n.kind === 'glossary').map((n) => `${n.selectionRange.start.line} ${n.kind} ${n.title}`);

// 宝安区 2019, the last section, the closing and the page's list of files (lines 135–142).
const BAOAN_2019_END = [
  '各位代表：',
  '　　现在，我代表宝安区人民政府向大会作政府工作报告，请予审议，并请区政协委员和列席人员提出意见。',
  '二、2019年主要工作任务',
  '　　2019年是新中国成立70周年，是深圳市建市40周年，是粤港澳大湾区发展规划纲要全面实施的启动之年。做好今年工作意义十分重大。',
  '　　4. 打造廉洁务实政府。进一步压实主体责任、织密制度防线。',
  '　　各位代表，新时代赋予新使命，新征程激发新作为。',
  '',
  '',
  '附件：',
  '1．附件1：有关名词解释.doc',
  '2．附件2：2019年宝安区民生实事项目.doc',
].join('\n');

// 坪山新区 2016, the caption naming the glossary, then the page's list of files (lines 69–74).
const PINGSHAN_2016_END = [
  '各位代表：',
  '　　现在，我代表坪山新区管委会向大会作工作报告，请予审议。',
  '　　“十三五”规划的主要思路及2016年工作计划',
  '　　（十）推动作风真转真变，打造服务型政府。坚持把作风建设作为政府自身建设的重中之重。',
  '　　各位代表，2016年是新区全力落实深圳“东进战略”，开创“十三五”事业新局面的关键之年。',
  '　　附件：名词解释',
  '',
  '',
  '附件：',
  '1．附件：名词解释.docx',
].join('\n');

// 福田区 2019, the closing, the caption naming the attachment, then the attachment itself (lines 66–71).
const FUTIAN_2019_END = [
  '各位代表：',
  '　　我代表福田区人民政府向大会作政府工作报告，请予审议。',
  '　　一、2018年工作回顾',
  '　　强力建设廉洁政府。紧盯重点环节和关键领域。',
  '　　各位代表！习近平总书记对广东重要讲话和对深圳重要指示批示精神为福田的工作提供了根本遵循。',
  '　　附件：《区政府工作报告》名词、术语注释',
  '　　 ',
  '　　附件',
  '　　《区政府工作报告》名词、术语注释',
  '　　1.“8853”工程：《福田区现代产业体系中长期发展规划三年行动方案》提出用3年时间打造产业体系。',
  '　　2.“1+9+N”产业资金政策体系：指福田区促进辖区产业发展的系列政策文件。',
].join('\n');

// 坪山新区 2015, the same caption before its glossary (lines 28–31).
const PINGSHAN_2015_END = [
  '各位代表：',
  '　　现在，我代表坪山新区管委会向大会作工作报告，请予审议。',
  '　　一、2014年工作回顾',
  '　　（八）强化作风建设，打造高效服务型政府。坚持作风建设永远在路上。',
  '　　各位代表，面对新常态，须有新作为。',
  '　　附件：名词解释',
  '　　附件',
  '　　名词解释',
  '　　1、“1+2+1+N”社区治理新架构：前面的“1”是指社区综合党委，“2”是指社区工作站和社区居委会。',
  '　　2、整村统筹：坪山新区提出的土地整备的创新模式。',
].join('\n');

describe('the page lists its attachments as files for download', () => {
  it('opens no annex on “附件：” over file names (宝安区 2019): the files are not on the page', () => {
    expect(blocks(BAOAN_2019_END)).toEqual([]);
    // Nor are the file names read as headings of the last section.
    expect(outlineNodes(BAOAN_2019_END).some((n) => /\.doc/.test(n.title))).toBe(false);
  });

  it('keeps the caption that names the glossary, the only trace of it on the page (坪山新区 2016)', () => {
    expect(blocks(PINGSHAN_2016_END)).toEqual(['5 glossary 名词解释']);
  });
});

describe('a caption after the closing names the attachment that follows', () => {
  it('gives one glossary at the attachment heading, not a second at the caption (福田区 2019)', () => {
    expect(blocks(FUTIAN_2019_END)).toEqual(['7 glossary 《区政府工作报告》名词、术语注释']);
  });

  it('gives one glossary when caption and heading name it alike (坪山新区 2015)', () => {
    expect(blocks(PINGSHAN_2015_END)).toEqual(['6 glossary 名词解释']);
  });
});
