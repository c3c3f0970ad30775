import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineNode } from '../../src/core/types';
import { readTermBody } from '../../src/core/terms/body';

/**
 * A report whose line breaks were written out as the escapes backslash-r backslash-n is one physical line: every heading,
 * figure and link of it is on line 0 (text/escapedBreaks.ts). What asked “which heading is this paragraph under” by line
 * then read every paragraph as under the last heading, or in the glossary. Pieces as they stand in src32 (outside
 * ../shared/corpus; the xlsx column H of yver-sun/gaoyang-towel-resilience @a1caada), some cut after a sentence or two.
 */
const ESCAPED = '\\r\\n';

/**
 * 易县 2018 (src32 易县-2018), pieces 0–4, 13–14 and 40–46 (3, 14 and 42–45 cut after a sentence or two): a review, this
 * year's work, the closing words. Its year is its file name's (the text names none alone).
 */
const YIXIAN_2018 = [
  '各位代表：',
  '现在，我代表县人民政府，向大会作工作报告，请予审议，并请政协委员和列席会议的同志提出意见。',
  '一、2017年工作回顾',
  '2017年，在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，县政府深入学习贯彻习近平新时代中国特色社会主义思想，紧紧抓住京津冀协同发展和雄安新区规划建设的重大历史机遇，以脱贫攻坚统揽全县经济社会发展全局，狠抓稳增长、调结构、治污染、惠民生等各项工作，较好地完成了十七届人大一次会议确定的重点工作任务。',
  '一是加大扶贫投入，落实扶贫政策，脱贫攻坚成效显著。严格落实“六个精准”“五个一批”，全年整合财政涉农资金2.66亿元，实施扶贫项目683个，实现了扶贫产业全覆盖。大力改善贫困村基础设施。易地扶贫搬迁全面完成。创新医疗服务代办制，落实贫困户“先诊疗、后付费”以及一站式补偿救助政策。推进金融、教育、社保扶贫。筹资1100万元，对特困群众家庭进行环境整治。推进与北京海淀区对接合作，实施帮扶项目17个，争取帮扶资金6511.6万元。扎实开展建档立卡“回头看”，22项退出指标全部完成，贫困发生率降到0.81%，基本达到脱贫标准，通过了市级核查验收。',
  '二、2018年目标任务和重点工作',
  '新的一年是贯彻党的十九大精神的开局之年，是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。',
  '三、全面加强政府自身建设',
  '新时代、新征程，要有新气象、新作为。政府系统必须高举习近平新时代中国特色社会主义思想伟大旗帜，不忘初心、牢记使命，忠诚履职、勇挑重担，务实进取、廉洁从政，全面提升执政能力和服务水平。',
  '（一）旗帜鲜明讲政治，坚决落实全面从严治党。把学懂弄通做实党的十九大精神作为首要政治任务，不断提高政治素养和思想理论水平。',
  '（二）勇于担当解难题，坚决抓好各项工作落实。新时代的领导干部要能干事、敢担当、有作为，勇于直面矛盾，敢于动真碰硬，对工作中遇到的难题、群众关注的热点，紧盯不放、全力突破。',
  '（三）依法行政尽职责，坚决推进法治政府建设。深入落实法治政府建设实施纲要，把依法行政、依法办事的要求贯穿于政府决策、执行、落实的全过程，提升政府公信力。',
  '（四）持之以恒转作风，坚决做到勤政务实为民。严格落实中央八项规定和实施细则精神，深入开展纠正“四风”和作风纪律专项整治，树立雷厉风行、快干实干、务求实效的优良作风。',
  '各位代表！今天的易县，千载难逢的大好机遇催人奋进，蓬勃向上的发展态势鼓舞人心。让我们在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，紧紧团结和依靠全县人民，锐意进取，埋头苦干，为推进全县经济社会全面快速发展而努力奋斗！',
].join(ESCAPED);
const YIXIAN_FILE = { fileName: '易县-2018.txt' };

/** 容城县 2017 (src32 容城县-2017), pieces 0, 3 (cut), 23, 53–55: a footnote marker in the body, the glossary at the end. */
const RONGCHENG_2017 = [
  '一、过去五年工作回顾 ',
  '过去的五年，创新能力建设和产业转型升级取得显著成效。培育标杆企业，打造行业龙头，规模以上工业企业达到 59家。与深圳搏实基金投资管理有限公司合作，积极推动企业股权改革上市工作，澳森制衣、津海制衣在“新三板”[1]挂牌上市，企业发展迈出新步伐。',
  '三、 2017年工作任务 ',
  '【名词解释】 ',
  '[１]“新三板”：全国中小企业股份转让系统。',
  '[２]“五位一体”：经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体。',
].join(ESCAPED);


/** 徐水 2011 (src32 徐水-2011), pieces 3–6, 18, 19 (cut), 22 (cut) and 28: two parts named by the plans they treat. */
const XUSHUI_2011 = [
  '各位代表：',
  '现在，我代表徐水县人民政府向大会报告工作，请连同《徐水县国民经济和社会发展第十二个五年规划纲要（草案）》一并审议，并请政协委员和其他列席同志提出意见。',
  '一、“十一五”期间经济社会发展取得重大成就',
  '“十一五”时期，在上级党委、政府和县委的正确领导下，在人大的依法监督、政协的民主监督和大力支持下，县政府认真贯彻落实科学发展观，紧紧围绕经济建设这个中心，真抓实干，奋力拼搏，实现了国民经济持续快速发展和社会事业全面进步。',
  '二、“十二五”时期经济社会发展的战略任务',
  '“十二五”时期，是全面建设小康社会的关键时期。',
  '（一）以项目和园区建设为保障，构建经济发展支撑体系。抓好大项目。加快长城汽车、巨力集团扩建、风帆工业园等重点项目建设，积极引进一批科技含量高、带动能力强、富民强县的大项目，为全县经济跳越式发展注入强劲动力。“十二五”期间力争新上投资千万元以上生产经营性项目80个，总投资500亿元。建好大园区。加快县城工业园区和大王店产业园区基础设施建设，坚持资金向园区投放，政策向园区倾斜，资源向园区整合，产业向园区聚集，将县城工业园区和大王店产业园区建设成为布局合理、功能完备、环境优美的现代工业园区。',
  '三、2011年经济社会发展的重点工作',
].join(ESCAPED);

/** 徐水 2011's title block (src32 徐水-2011, pieces 0–4): the session on two pieces, the speaker on a piece of its own. */
const XUSHUI_2011_HEAD = [
  '政府工作报告2011年1月20日在徐水县第十四届人民代表大会',
  '第五次会议上',
  '徐水县人民政府县长李保森',
  '各位代表：',
  '现在，我代表徐水县人民政府向大会报告工作，请连同《徐水县国民经济和社会发展第十二个五年规划纲要（草案）》一并审议，并请政协委员和其他列席同志提出意见。',
].join(ESCAPED);

describe('headings and blocks of a report written on one line with escaped breaks', () => {
  it('reads a figure of the review under the review, not under the last heading of the line (易县 2018)', () => {
    const figure = analyzeReport(YIXIAN_2018, YIXIAN_FILE).indicators.find((i) => i.text === '0.81%');
    expect(figure?.range.start).toEqual({ line: 0, character: YIXIAN_2018.indexOf('0.81%') });
    expect(figure && { name: figure.name, status: figure.status, period: figure.period }).toEqual({ name: '贫困发生率', status: 'actual', period: '2017' });
  });

  it('ends the last section before the closing words that share its line (易县 2018)', () => {
    const self = analyzeReport(YIXIAN_2018, YIXIAN_FILE).outline.find((n) => n.title === '全面加强政府自身建设') as OutlineNode;
    const last = self.children[self.children.length - 1] as OutlineNode;
    expect(last.title).toBe('持之以恒转作风，坚决做到勤政务实为民');
    expect(last.range.end).toEqual({ line: 0, character: YIXIAN_2018.indexOf(`${ESCAPED}各位代表！今天的易县`) });
  });

  it('links a footnote marker of the body to its glossary entry (容城县 2017)', () => {
    const model = analyzeReport(RONGCHENG_2017);
    expect(model.outline.map((n) => n.kind)).toEqual(['part', 'part', 'glossary']);
    const footnote = model.references.find((r) => r.kind === 'footnote');
    expect(footnote?.from).toEqual({ range: { start: { line: 0, character: RONGCHENG_2017.indexOf('[1]') }, end: { line: 0, character: RONGCHENG_2017.indexOf('[1]') + 3 } }, text: '[1]' });
    expect(footnote?.to.range.start).toEqual({ line: 0, character: RONGCHENG_2017.indexOf('[１]') });
  });

  it('counts the body’s words and leaves the glossary out (容城县 2017)', () => {
    const body = readTermBody(RONGCHENG_2017);
    expect(body.paragraphs.some((p) => p.text.includes('澳森制衣'))).toBe(true);
    expect(body.paragraphs.some((p) => p.text.includes('全国中小企业股份转让系统'))).toBe(false);
  });

  it('links a plan said in the body to its part, not the plan of the part\'s own title (徐水 2011)', () => {
    const links = analyzeReport(XUSHUI_2011).references.filter((r) => r.kind === 'section');
    const at = (text: string, from = 0): number => XUSHUI_2011.indexOf(text, from);
    expect(links.map((r) => [r.from.range.start.character, r.to.range.start.character])).toEqual([
      [at('十一五', at('“十一五”时期')), at('一、“十一五”')],
      [at('十二五', at('“十二五”时期，是')), at('二、“十二五”')],
      [at('十二五', at('“十二五”期间力争')), at('二、“十二五”')],
    ]);
  });
  it('reads the title block piece by piece: the session whole, the speaker found (徐水 2011)', () => {
    const { meeting, speaker, date } = analyzeReport(XUSHUI_2011_HEAD).meta;
    expect({ meeting, speaker, date }).toEqual({ meeting: '徐水县第十四届人民代表大会第五次会议', speaker: '李保森', date: '2011-01-20' });
  });
});
