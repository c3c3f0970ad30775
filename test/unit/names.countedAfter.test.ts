/**
 * A count whose own noun follows it, after words that only frame it, counts that noun (countedAfter.ts). Sentences
 * quoted from reports outside the corpus (保定 2023, 山西 2026, 河北 2003, openings of city reports).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';
import { countedAfterName } from '../../src/core/indicators/countedAfter';

describe('the noun after a count, after words that only frame it (names33: a random audit of unseen text)', () => {
  it('keeps a short frame as the modifier of the noun after the count (outside: 保定 2023)', () => {
    expect(namesOf('八是民生保障全面加强、稳步发展。省定20项民生工程和市定20项民生事项全部完成。', ['20项'], thisYearWork(2023))).toEqual(['省定民生工程']);
  });

  it('names the count by the noun after it when the words before are a dictionary-less verb (outside: 山西 2026)', () => {
    expect(nameOf('谋划9条技术路径，制定出台20条具体举措，抓实风电光伏、新一代煤电、新型储能等11个重点领域项目。', '9条')).toBe('谋划技术路径');
  });

  it('names the count by the noun after it, not by the programme before it (outside: 河北 2003)', () => {
    expect(nameOf('工业结构调整100个重点项目竣工投产，高新技术产业增加值占规模以上工业的比重提高到10．4％。', '100个', lastYearReview(2003))).toBe('重点项目');
  });

  // (The programme named them alone until session 27; the dev labels write the programme and its measures,
  // 稳经济举措 — names.programmeMeasures.test.ts.)
  it('names the generic parts of a programme by the programme before the count (outside: 南开区 2010)', () => {
    expect(nameOf('定期分析經濟運行狀況,推動重點項目建設。落實保增長促發展10項措施,成立中小企業服務中心,搭建小額貸款、中小企業擔保、自主創新三個資金服務平台。', '10項', lastYearReview(2010))).toBe('保增长促发展措施');
  });

  it('leaves a from-to pair to what stands before it (outside: a city report)', () => {
    expect(namesOf('高新企业由1253家发展到4700多家。', ['1253家', '4700多家'])).toEqual(['高新企业', '高新企业']);
  });

  // A review: the noun ran on into an adverb of manner and the verb after it, and a time frame was kept as its modifier.
  it('ends the counted noun before an adverb of manner, and keeps no time frame (outside: 山西, 云南, 保定 2026)', () => {
    expect(nameOf('深化改革攻坚，激发市场活力。年度36项重点改革任务扎实推进。', '36项')).toBe('重点改革任务');
    expect(nameOf('举办第一届云南省城市足球联赛。年度10件惠民实事圆满办结。', '10件')).toBe('惠民实事');
    expect(nameOf('84家医院与京津128家医院深度合作，京津来保就医人次明显增加。', '128家', FIVE_YEAR_REVIEW)).toBe('医院');
  });

  // A review: the counted noun ran on into what became of the works (开诊运营, 正式运营).
  it('ends the counted noun before 开诊运营 / 正式运营 (dev: 安徽 2026; outside: 海拉尔 2014)', () => {
    expect(nameOf('紧密型县域医共体监测评价稳居全国前二，9个国家区域医疗中心开诊运营，位居全国第2位。', '9个', FIVE_YEAR_REVIEW)).toBe('国家区域医疗中心');
    expect(nameOf('中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。', '4个')).toBe('4S店');
  });

  // The adverb's characters inside a longer noun are part of a word: no cut there. (No report read has such a count;
  // the sentence is made up around a real designation, 国家可持续发展实验区, to hold the guard.)
  it('cuts no word that holds an adverb of manner inside it', () => {
    const text = '省定3个国家可持续发展实验区通过验收。';
    expect(countedAfterName(text, 4, '省定3个', '个', '省定', '国家可持续发展实验区')).toBe('省定国家可持续发展实验区');
    const clinics = '84家医院与京津128家医院深度合作';
    expect(countedAfterName(clinics, 12, '84家医院与京津128家', '家', '与京津', '医院深度合作')).toBe('医院');
  });
});
