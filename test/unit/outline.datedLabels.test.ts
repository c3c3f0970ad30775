import { describe, expect, it } from 'vitest';
import { isLabelledPartName } from '../../src/core/outline/leads';
import { nodeAtLine as at } from '../support/outlineNodes';

/**
 * 高阳县 2005 as the scraper's archive summarised it (yver-sun/gaoyang-towel-resilience data/government_reports/
 * 高阳县_2005_report.txt, outside the corpus), lines 1–3 and 5–27 (the scraper's fields, its note on line 4 left out,
 * then the body; one line a paragraph, blank lines between blocks): a dated label over the review's 一、…四、, and one over the year's （一）…（四）, the
 * first of them on the very next line.
 */
const GAOYANG_2005_SUMMARY = [
  '标题：高阳县2005年政府工作报告',
  '发文单位：高阳县人民政府',
  '发文时间：2005-01',
  '',
  '正文：',
  '',
  '2005年高阳县经济社会发展主要情况：',
  '',
  '一、纺织产业发展',
  '年产毛巾约32-35万吨，继续保持全国最大的毛巾产销基地地位。纺织企业达2000余家。',
  '三利集团等龙头企业持续壮大，带动全县纺织产业发展。',
  '',
  '二、经济发展',
  '全县生产总值保持稳定增长，固定资产投资持续扩大，社会消费品零售总额稳步提升。',
  '',
  '三、城乡建设',
  '城镇化率不断提高，县城道路改造提升工程持续推进。',
  '',
  '四、民生改善',
  '城镇居民人均可支配收入和农民人均纯收入持续增长。',
  '',
  '2005年工作重点：',
  '（一）推进纺织产业转型升级。',
  '（二）加强项目建设。',
  '（三）推进城乡建设。',
  '（四）改善民生福祉。',
].join('\n');

describe('a dated label names a part (portal summaries)', () => {
  it('reads “YYYY年…主要情况：” and “YYYY年工作重点：” as part names; undated, 工作重点： announces', () => {
    expect(isLabelledPartName('2005年高阳县经济社会发展主要情况：')).toBe(true);
    expect(isLabelledPartName('2005年工作重点：')).toBe(true);
    expect(isLabelledPartName('今年的工作重点：')).toBe(false);
    expect(isLabelledPartName('2005年工作重点是：')).toBe(false);
  });

  it('makes the review and the plan of 高阳 2005 two parts, the plan\'s label followed by its （一） with no blank line', () => {
    expect(at(GAOYANG_2005_SUMMARY, '2005年高阳县经济社会发展主要情况：')).toMatchObject({ kind: 'part', level: 1 });
    expect(at(GAOYANG_2005_SUMMARY, '一、纺织产业发展')).toMatchObject({ level: 2 });
    expect(at(GAOYANG_2005_SUMMARY, '2005年工作重点：')).toMatchObject({ kind: 'part', level: 1, title: '2005年工作重点' });
    // The plan's sections were nested under the review's last item 四、 before.
    expect(at(GAOYANG_2005_SUMMARY, '（一）推进纺织产业转型升级。')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(GAOYANG_2005_SUMMARY, '（四）改善民生福祉。')).toMatchObject({ kind: 'section', level: 2 });
  });
});
