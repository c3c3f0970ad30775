/**
 * Counts of law-making: what is counted is the submitting with the bills or the making with the class of laws — not
 * the government that submitted them, not the standing committee they went to, not the law named as an example
 * before 等. Sentences quoted from dev reports (national 2015, the 苏州 sample) and outside text (甘肃 2026).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('counts of laws submitted and made', () => {
  it('drops the submitter, the committee and the example law (dev: national 2015)', () => {
    const line = '我们大力推进依法行政，国务院提请全国人大常委会制定修订食品安全法等法律15件，制定修订企业信息公示暂行条例等行政法规38件。';
    expect(namesOf(line, ['15件', '38件'])).toEqual(['制定修订法律', '行政法规']);
  });

  it('names bills put before a province’s committee by the bills (outside: 甘肃 2026)', () => {
    const line = '自觉接受省人大法律监督、工作监督和省政协民主监督，提请省人大常委会审议地方性法规104件，制定、修改和废止省政府规章60件。';
    expect(namesOf(line, ['104件'])).toEqual(['地方性法规']);
  });

  it('shares the laws with the verb after 、 (dev: the 苏州 sample)', () => {
    expect(namesOf('市政府提请市人大常委会制定地方性法规2件、修改5件。', ['2件', '5件'])).toEqual(['地方性法规', '地方性法规']);
  });
});
