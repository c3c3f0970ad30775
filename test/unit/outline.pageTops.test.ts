import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';

/**
 * The openings of real city and county reports as web pages show them (stored page excerpts, /work/outside/outline12/
 * pages/): a portal's fields above the title, a short text with no blank lines, a PDF's broken lines.
 */

/** 泾县 2007 from ahjx.gov.cn (pages/010): the portal's fields, the title again, the session line, the speaker; no salutation. */
const JINGXIAN_2007 = [
  '您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 政府工作报告',
  '索引号: 003257952/200808-00011 组配分类: 政府工作报告',
  '发布机构: 泾县人民政府(办公室) 主题分类: 综合政务',
  '名称: 2007年政府工作报告 文号: 200808_PF001030601200808003',
  '发布日期: 2007-03-02 00:00',
  '2007年政府工作报告',
  '发布时间:2007-03-02 00:00 来源:泾县人民政府 浏览次数: 字体:[ ]',
  '',
  '——2007年2月8日在泾县第十五届人民代表大会第一次会议上',
  '泾县人民政府县长  张 平',
  '',
  '',
  '',
  '   一、过去四年政府工作回顾',
  '   过去四年,是我县应对不断变化的外部环境、迎接各种挑战的四年;是我县经受阻截非典、禽流感疫情等多种考验的四年;更是我县在负重中拼搏、在困境中奋起、在继承中发展的四年。',
  '   这四年,我们坚持加快发展,牢牢扭住经济建设不放松,国民经济较快增长,综合实力明显提高。',
  '   经济总量稳步攀升。2006年地区生产总值26.8亿元,较上年增长12%,年均增长11%;财政收入(不含基金)2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点,年均增长20%。',
  '   工业主体地位明显增强。着力培育宣纸宣笔、电机泵阀、矿产品深加工和农副产品深加工等四大主导产业,集群经济发展步伐加快。实施促进宣纸宣笔产业发展行动计划。',
].join('\n');

describe('a line of the title block before the body, with no salutation', () => {
  it('is no part: the report title and the speaker line a portal repeats below its fields (泾县 2007)', () => {
    expect(nodeAtLine(JINGXIAN_2007, '2007年政府工作报告')).toBeUndefined();
    expect(nodeAtLine(JINGXIAN_2007, '泾县人民政府县长')).toBeUndefined();
    expect(nodeAtLine(JINGXIAN_2007, '一、过去四年政府工作回顾')).toMatchObject({ kind: 'part', level: 1 });
    expect(nodeAtLine(JINGXIAN_2007, '经济总量稳步攀升')).toMatchObject({ kind: 'lead', level: 2 });
  });
});
