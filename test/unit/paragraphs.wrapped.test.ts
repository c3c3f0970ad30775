/**
 * A page that hard-wrapped its text breaks sentences at one width (PDF copies, gongwensou.com's county reports at
 * 40 characters): a line that fills the width, without an end mark, goes on in the next, and the figure split
 * over the break is named by the subject on the line before. Lines quoted exactly from outside pages (not in the
 * corpus): 正蓝旗 2019 (watermark “vfO” at each paragraph's end) and 桂阳县 2016.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { wrapWidth } from '../../src/core/text/wrapWidth';
import { readCorpus } from '../support/corpus';
import { lastYearReview, namesOf } from '../support/names';
import { ZHENGLAN_2019_PAGE as ZHENGLAN } from '../support/pages';

const GUIYANG = [
  '现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人',
  '员提出意见。vzT',
  '一、本届政府工作回顾vzT',
  '2013年以来,面对复杂形势、严峻挑战、艰巨任务,本届政府在县委的正确领导下,坚',
  '持产业主导、全面发展,主动适应经济发展新常态,积极应对各种困难,统筹推进稳增',
  '长、调结构、促改革、惠民生、防风险等工作,通过全县人民的共同努力,保持了经济',
  '社会持续健康发展态势,较好地实现了县十六届人大一次会议确定的目标任务。vzT',
  '(一)县域经济较快发展,综合实力越来越强。2016年,预计(下同)全县生产总值34',
  '0亿元,比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%;一般公共',
  '预算收入26.06亿元,增长39.8%;社会消费品零售总额106.3亿元,增长69.2%;城镇、',
  '农村居民人均可支配收入29462元、16733元,分别增长43.7%和65.5%。县域经济综合实',
  ].join('\n');

describe('a hard-wrapped page', () => {
  it('finds the width the page wrapped at, counted as a screen shows it', () => {
    expect(wrapWidth(buildDocument(ZHENGLAN).lines)).toBeGreaterThanOrEqual(69);
    expect(wrapWidth(buildDocument(GUIYANG).lines)).toBeGreaterThanOrEqual(69);
  });

  it('finds no wrap width in corpus reports', () => {
    for (const f of ['national/2017.txt', 'local/hebei-2010.txt', 'local/湖南省-2026.txt']) expect(wrapWidth(buildDocument(readCorpus(f)).lines), f).toBe(0);
  });

  it('names a figure after a full line by the subject before the break (正蓝旗 2019: 固定资产投资 / 完成15亿元)', () => {
    expect(namesOf(ZHENGLAN, ['3.98亿元', '15亿元', '16亿元'], lastYearReview(2019))).toEqual(['一般公共预算收入', '固定资产投资', '社会消费品零售总额']);
  });

  it('joins a heading’s full line to its next (桂阳 2016: …全县生产总值34 / 0亿元,比2012年(下同)增长47.7%)', () => {
    expect(namesOf(GUIYANG, ['34\n0亿元', '47.7%', '353.7亿元'], lastYearReview(2016))).toEqual(['生产总值', '生产总值', '固定资产投资']);
  });
});
