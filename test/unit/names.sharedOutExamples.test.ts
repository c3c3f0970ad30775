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

  it('leaves a class that holds no measure, and 等 inside a word', () => {
    // (福田区 2014: 支柱产业 is the items' kind; the measure is said after the verb.)
    expect(sharedOutExamples('金融、高新技术、文化创意等支柱产业分别实现')).toBeNull();
    expect(sharedOutExamples('2007年中、高等职业教育在校生分别达到')).toBeNull();
  });
});
