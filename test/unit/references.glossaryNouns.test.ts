/**
 * A term the notes explain links its later mentions to the note; a back link to its first mention in the body is kept
 * only for a term the body quotes (the report's own coinage: “平安易站”, “三大高地”), not for a common noun the notes
 * explain and the body never quotes (国际陆港, 海绵城市, 湾区经济: 盐田 2018/2019, 深圳 2014, outside free texts), whose
 * earlier mention says nothing the note does not. Short real lines of 盐田 2019.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const text = [
  '某区政府工作报告',
  '各位代表：',
  '一、2018年工作回顾',
  '盐田国际荣获“亚洲最佳集装箱码头”大奖，全国首家县级国际陆港醴陵陆港挂牌。创建两级“平安易站”，110刑事警情下降。',
  '二、2019年工作安排',
  '支持盐田港东港区规划建设，规划布局更多国际陆港。深化“五化一体”警务改革，全面推进“平安易站”建设。',
  '政府工作报告名词、术语注释',
  '　　1.国际陆港:设在内陆经济中心城市铁路、公路交汇处，便于货物装卸、暂存的车站。',
  '　　2.平安易站:通过优化整合工作站、警务室、社区网格，打造的综合警务服务站点。',
].join('\n');
const linksFrom = (term: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.from.range.start.line === 5 && r.from.text.includes(term))
    .map((r) => `L${r.to.range.start.line}`);

describe('a later mention of a term the notes explain', () => {
  it('盐田 2019: 国际陆港, never quoted, links to its note only', () => {
    expect(linksFrom('国际陆港')).toEqual(['L7']);
  });
  it('盐田 2019: “平安易站”, quoted, links to its note and back to its first mention', () => {
    expect(linksFrom('平安易站').sort()).toEqual(['L3', 'L8']);
  });
});
