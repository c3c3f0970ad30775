import { describe, expect, it } from 'vitest';
import { labelEnd } from '../../src/core/outline/labelLeads';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * 高阳县 2016 政府工作报告 as the Hebei archive summarises it (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/高阳县_2016_report.txt), lines 0–26: a labelled part, its introduction, then four paragraphs
 * that open with a run-in topic label and its colon. The archive's 高阳县 summaries of 2008–2014 are laid out alike
 * (纺织产业：… / 经济发展：… / 城乡建设：…).
 */
const GAOYANG_2016_SUMMARY = [
  '标题：高阳县2016年政府工作报告',
  '发文单位：高阳县人民政府',
  '发文时间：2016-01-25（第十七届人民代表大会第五次会议）',
  '备注：高阳县2016年政府工作报告独立文件在高阳县政府网站未找到完整版本，以下内容基于2017年政府工作报告中2016年数据回顾整理',
  '来源URL：https://gaoyang.gov.cn/info_show.asp?infoid=1941',
  '',
  '正文：',
  '',
  '2016年工作回顾：',
  '',
  '2016年，高阳县在市委、市政府和县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党中央、国务院决策部署，坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展取得积极进展。',
  '',
  '纺织产业发展：高阳县作为"中国纺织之乡"和全国最大的毛巾产销基地，2016年纺织产业继续保持稳定发展。全县纺织企业达3000余家，年产巾被约50万吨，约占全国毛巾总产量的三分之一。',
  '',
  '经济发展：全县生产总值保持增长，固定资产投资、一般公共预算收入、社会消费品零售总额等指标保持稳定增长。',
  '',
  '基础设施建设：持续推进县城道路改造提升，实施了多条道路的改建工程。',
  '',
  '脱贫攻坚：扎实推进精准脱贫工作，落实各项扶贫政策措施。',
  '',
  '2017年工作安排：',
  '',
  '2017年经济社会发展主要预期目标：地区生产总值增长7%左右，规模以上工业增加值增长7.5%左右，一般公共预算收入增长7%左右，固定资产投资增长10%左右，社会消费品零售总额增长10%左右，城乡居民人均可支配收入分别增长8%和9%。',
  '',
  '重点工作：',
  '（一）着力推进产业转型升级。',
  '（二）着力推进项目建设。',
].join('\n');

describe('run-in topic labels (纺织产业：…) as leads', () => {
  it('reads a run of labelled paragraphs as the part’s leads, titled by the label', () => {
    for (const label of ['纺织产业发展', '经济发展', '基础设施建设', '脱贫攻坚']) {
      expect(nodeAtLine(GAOYANG_2016_SUMMARY, `${label}：`), label).toMatchObject({ kind: 'lead', level: 2, title: label });
    }
    // The labelled parts around them and the plan's sections are read as before.
    expect(nodeAtLine(GAOYANG_2016_SUMMARY, '2016年工作回顾：')).toMatchObject({ kind: 'part', level: 1 });
    expect(nodeAtLine(GAOYANG_2016_SUMMARY, '（一）着力推进产业转型升级')).toMatchObject({ kind: 'section', level: 2 });
    // A dated field is the part's text, and a label alone announces the list below it.
    expect(nodeAtLine(GAOYANG_2016_SUMMARY, '2017年经济社会发展主要预期目标')).toBeUndefined();
    expect(nodeAtLine(GAOYANG_2016_SUMMARY, '重点工作：')).toBeUndefined();
  });

  it('leaves a lone label in running text alone', () => {
    const lone = GAOYANG_2016_SUMMARY.replace('经济发展：', '全县生产总值').replace('基础设施建设：', '同时').replace('脱贫攻坚：', '此外');
    expect(nodeAtLine(lone, '纺织产业发展：')).toBeUndefined();
  });

  it('reads no leads in labelled enumerations a colon announces, nor in aspects (national 1955)', () => {
    const text = readCorpus('national/1955.txt');
    // “…其主要工业品的建设规模和五年内增加的年产能力的数字如下列：” over 铁：… 钢：… 原煤：… 发电设备：… 机制糖：…
    for (const item of ['原煤：全部建成后', '发电设备：', '机制糖：全部建成后', '油料作物：', '在工业生产方面：', '在商业方面：']) {
      expect(nodeAtLine(text, item), item).toBeUndefined();
    }
  });

  it('reads a run longer than any run of topics as no leads, all of it — not its first twelve items only', () => {
    const topics = ['纺织产业', '经济发展', '基础设施', '脱贫攻坚', '城乡建设', '社会事业', '生态环境', '科技创新', '招商引资', '民生保障', '教育事业', '文化旅游', '医疗卫生'];
    const run = (n: number): string =>
      ['高阳县2016年政府工作报告', '', '一、2016年工作回顾', '', '2016年，高阳县经济社会发展取得积极进展。', '', ...topics.slice(0, n).flatMap((t) => [`${t}：持续推进各项工作，取得明显成效。`, ''])].join('\n');
    const leads = (n: number): boolean[] => topics.slice(0, n).map((t) => nodeAtLine(run(n), `${t}：`)?.kind === 'lead');
    expect(leads(12)).toEqual(Array(12).fill(true));
    expect(leads(13)).toEqual(Array(13).fill(false));
  });

  it('takes a label for a noun phrase that names its topic, with its text after the colon', () => {
    expect(labelEnd('纺织产业：年产毛巾约42万吨。')).toBe(4);
    expect(labelEnd('重点工作：')).toBe(-1);
    expect(labelEnd('总的要求是：坚持稳中求进。')).toBe(-1);
    expect(labelEnd('在农业生产方面：由于春旱秋涝。')).toBe(-1);
    expect(labelEnd('2013年主要预期目标：增长8%。')).toBe(-1);
    // A topic may open with a character that is a preposition elsewhere; a frame closes with its place word.
    expect(labelEnd('就业创业：新增城镇就业1.2万人。')).toBe(4);
    expect(labelEnd('对外开放：进出口总额增长8%。')).toBe(4);
    expect(labelEnd('对口支援：完成援建项目12个。')).toBe(4);
    expect(labelEnd('在农业上：粮食产量增长3%。')).toBe(-1);
    expect(labelEnd('从全年看：经济运行总体平稳。')).toBe(-1);
    expect(labelEnd('关于今年的工作：要坚持稳中求进。')).toBe(-1);
  });
});
