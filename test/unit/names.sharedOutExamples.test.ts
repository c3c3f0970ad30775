/**
 * Examples before 等 that 分别 shares out (A、B、C等零售额分别增长a%、b%、c%): each figure is its own item's, measured by
 * what the class after 等 is measured by (listNames.ts sharedOutExamples). Lines of free outside texts (src27): 深圳市
 * 2025, 2017, 宝安区 2017, 坪山区 2020; the same shape in 宝安区 2016.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { sharedOutExamples } from '../../src/core/indicators/listNames';

describe('examples before 等 shared out by 分别', () => {
  it('gives each figure its item and the class\'s measure (深圳市 2025)', () => {
    const line = '社会消费品零售总额增长4.3%，带动新能源汽车、家电产品、家居家装等零售额分别增长11.0%、26.8%、19.2%。扩大有效益的投资。';
    expect(namesOf(line, ['11.0%', '26.8%', '19.2%'], lastYearReview(2025))).toEqual(['新能源汽车零售额', '家电产品零售额', '家居家装零售额']);
  });

  it('takes the measure the class ends with, not its kind (深圳市 2017: 新产品产量; 宝安区 2017: 主要警情)', () => {
    expect(namesOf('无人机、新能源汽车等新产品产量分别增长60%和146%。', ['60%', '146%'], lastYearReview(2017))).toEqual(['无人机产量', '新能源汽车产量']);
    const line = '八类严重暴力、入室盗窃、诈骗、两抢等主要警情分别下降30.6%、34.5%、24.1%和42.4%，社会治安平稳。';
    expect(namesOf(line, ['30.6%', '34.5%', '24.1%', '42.4%'], lastYearReview(2017))).toEqual(['八类严重暴力警情', '入室盗窃警情', '诈骗警情', '两抢警情']);
  });

  it('reads quoted items with no 、 between them (坪山区 2020)', () => {
    const line = '打掉犯罪团伙15个，“命案”“两抢”“八类暴力”等警情分别下降57%、70%和20%，刑事治安警情五年连降。';
    expect(namesOf(line, ['57%', '70%', '20%'], lastYearReview(2020))).toEqual(['命案警情', '两抢警情', '八类暴力警情']);
  });

  it('reads a long class by the head it ends with, and 及 inside an item (src32 河北省 2012, 保定市 2022)', () => {
    // (Outside ../shared/corpus: src32 河北省-2012.txt line 20 — 战略性新兴产业增加值 is longer than eight characters; 保定市-2022.txt
    // line 16 — 汽车及零部件 is one item. Both lists were named by their class alone, every figure alike.)
    const hebei = '高新技术产业增加值增长25%左右，新能源、生物医药、电子信息等战略性新兴产业增加值分别增长50%、10%和17%。';
    expect(namesOf(hebei, ['50%', '10%', '17%'], lastYearReview(2012))).toEqual(['新能源产业增加值', '生物医药产业增加值', '电子信息产业增加值']);
    const baoding = '全市节能环保、汽车及零部件、新材料、生物医药健康、高端装备制造等产业增加值分别同比增长29.2%、16.5%、16%、17.6%和33%。';
    expect(namesOf(baoding, ['29.2%', '16.5%', '16%', '17.6%', '33%'], lastYearReview(2022))).toEqual(['节能环保产业增加值', '汽车及零部件产业增加值', '新材料产业增加值', '生物医药健康产业增加值', '高端装备制造产业增加值']);
    // (A 和 or 及 in the last item may close the list itself: no item split from it.)
    expect(sharedOutExamples('新能源、生物医药和电子信息等产业增加值分别增长')).toBeNull();
  });

  it('leaves a class that holds no measure, and 等 inside a word', () => {
    // (福田区 2014: 支柱产业 is the items' kind; the measure is said after the verb.)
    expect(sharedOutExamples('金融、高新技术、文化创意等支柱产业分别实现')).toBeNull();
    expect(sharedOutExamples('2007年中、高等职业教育在校生分别达到')).toBeNull();
  });
});
