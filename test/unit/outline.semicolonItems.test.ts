import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A numbered paragraph whose first sentence holds a ； is an enumeration item (titles.ts isListItem) unless its
 * neighbours in the series are headings and it ends, like them, on a full stop (seriesItems.ts inHeadingSeries). Free
 * outside texts of /work/outside/src27/SOURCES.md (Jianzi270/zizhengLLM @61a35a3): 宝安区 2017 lines 0–8 and 12–13,
 * 南山区 2014 lines 0–7 and 10–11, each paragraph cut after two sentences. Both number their items on across sections.
 */
const BAOAN_2017 = [
  '同志们：',
  '　　现在，我代表宝安区人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '2016年工作回顾',
  '　　过去一年，我们在市委市政府和区委的坚强领导下，深入贯彻落实党的十八大以来中央各项决策部署、习近平总书记系列重要讲话精神，统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，坚持以五大发展理念引领经济发展新常态，坚持稳中求进工作总基调，以推进供给侧结构性改革为主线，深入打造“深圳质量”，扎实推进“滨海宝安、产业名城、活力之区”建设，顺利完成各项工作任务，实现了“十三五”良好开局。',
  '　　（一）稳增长',
  '　　1.地区生产总值突破三千亿大关，达3003亿元，增长8.8%。规模以上工业总产值5831亿元，占全市21.7%；税收收入535亿元，财政一般预算收入218亿元，分别增长17.9%和16.2%。',
  '　　2.完成全社会固定资产投资650亿元，增长19.2%；其中，工业投资94亿元，增长13.0%。',
  '　　3.加大外贸企业服务力度，出口总额364亿美元。实现全社会消费品零售总额715亿元，增长8.1%。',
  '　　4.成功举办宝博会、智博会、电博会，主办国际工业设计节，承办文博会十大分会场，搭建了“宝安质量”、“宝安智造”、“宝安创意”大展台。',
  '　　（二）促转型',
  '　　5.实施科技、企业、人才“三大政策”，资助技术创新项目186个，扶持企业430家，资助团队12个、人才709名。',
].join('\n');
const NANSHAN_2014 = [
  '各位代表：',
  '　　现在，我代表南山区人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　2013年工作回顾',
  '　　过去一年，我们在市委市政府和区委的坚强领导下，按照区六届人大二次会议确定的目标任务，坚持质量引领、创新驱动，举自主创新大旗，树国际城市标杆，全力做好稳增长、抓创新、惠民生各项工作，实现了有质量的稳定增长和可持续的全面发展。',
  '　　一、经济发展',
  '　　1、主要经济指标：全年实现本地生产总值3206.57亿元，在全市各区中排名第一；GDP增速12%，在全市六个行政区中排名第一；规模以上 工业增加值1819.67亿元，增长12.3%；社会消费品零售总额629.1亿元，增长16%。',
  '　　2、质量效益：人均GDP28.85万元，每平方公里产出GDP17.33亿元，均高出全市平均水平一倍以上。人均可支配收入4.9万元，增长 11.9%。',
  '　　3、产业结构：二、三产业比例为58.5:41.5。先进制造业占工业比重达80.45%，提高1.8个百分点。',
  '　　二、自主创新',
  '　　4、政策与措施：全面落实核心技术自主创新先行区“1+6”政策。出台“科技创新20条”，安排自主创新产业发展专项资金8.1亿元。',
].join('\n');

const markers = (text: string): string[][] => (analyzeReport(text).outline[0]?.children ?? []).map((s) => s.children.map((c) => `${c.level} ${c.marker}`));

describe('numbered items whose first sentence holds a ；', () => {
  it('stand in their series after a heading item (宝安区 2017: 2.…；其中，….)', () => {
    expect(markers(BAOAN_2017)).toEqual([['3 1.', '3 2.', '3 3.', '3 4.'], ['3 5.']]);
  });

  it('open their series when the next item is a heading (南山区 2014: 1、主要经济指标：…；…。 then 2、质量效益：…。)', () => {
    expect(markers(NANSHAN_2014)).toEqual([['3 1、', '3 2、', '3 3、'], ['3 4、']]);
  });

  it('stay enumeration items where they end on their ； (an item of a ；-list titles nothing)', () => {
    const text = BAOAN_2017.replace('增长13.0%。', '增长13.0%；');
    expect(markers(text)[0]).toEqual(['3 1.']);
  });
});
