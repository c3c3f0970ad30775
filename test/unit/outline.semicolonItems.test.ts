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

/** 宝安区 2017 lines 0–1 and 92–101 (its second part's first section), cut after one sentence. */
const BAOAN_2017_TASKS = [
  '同志们：',
  '　　现在，我代表宝安区人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '2017年主要工作任务',
  '　　2017年是党的十九大召开之年，是实施“十三五”规划的重要一年，是率先全面建成小康社会的攻坚年，是供给侧结构性改革的深化年。',
  '　　（一）深入落实创新驱动和供给侧结构性改革',
  '　　1.实施创新驱动、质量引领战略，高新技术产品产值占规上工业总产值比重提高到63%，现代服务业增加值占GDP比重提高到32%。',
  '　　2.瞄准世界500强、中国100强以及大型央企、民企，力争引进龙头项目3宗以上。',
  '　　3.开展“互联网+”未来科技城项目详细蓝图编制国际咨询，做好动工前期准备工作。',
  '　　4.3月底前完成亚太星通运营总部土地出让，完成卫星科普教育基地选址、航天卫星产业科技园规划。',
  '　　5.推广产业用地“大族模式”，为成长性好、技术含量高、对宝安有贡献的优质企业精准配置产业空间，落实臻鼎科技、长盈精密、帝晶光电、德昌电机等一批重点产业项目的增资扩产用地需求。',
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

describe('a numbered item whose text opens with a number (seriesItems.ts decimalLookalikeItem)', () => {
  it('is the next item after the one a number lower (宝安区 2017: 3. then “4.3月底前完成…”, then 5.)', () => {
    // Alone, the excerpt's part name reads as a title line: （一） is its top heading.
    const section = analyzeReport(BAOAN_2017_TASKS).outline[0];
    expect(section?.children.map((c) => `${c.marker}${c.title.slice(0, 6)}`)).toEqual(['1.实施创新驱动', '2.瞄准世界50', '3.开展“互联网', '4.3月底前完成', '5.推广产业用地']);
  });
});
