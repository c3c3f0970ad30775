/**
 * A later stage said alone before a count (供应, 续建) counts the things the figure before counted (laterStages.ts).
 * Lines of outside district reports (深圳 free texts, not samples).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a later stage alone before a count', () => {
  it('supplies the housing gathered before (outside: 坪山区 2019, 盐田区 2022)', () => {
    expect(namesOf('建设筹集人才和保障性住房8539套，供应2486套。', ['8539套', '2486套'], lastYearReview(2019))).toEqual(['建设筹集人才和保障性住房', '供应人才和保障性住房']);
    expect(namesOf('首个安居型商品房正式配售，建设筹集公共住房3100套、供应461套。', ['461套'], lastYearReview(2022))).toEqual(['供应公共住房']);
  });

  it('supplies the land assembled before (outside: 南山区 2023)', () => {
    expect(namesOf('整备工业用地20.2公顷，供应11公顷。', ['11公顷'], lastYearReview(2023))).toEqual(['供应工业用地']);
  });

  it('goes on building the works counted before, without their stage (outside: 南山区 2014)', () => {
    expect(namesOf('16、居住：开工建设保障性住房1210套，竣工5477套，续建6342套。', ['6342套'], lastYearReview(2014))).toEqual(['续建保障性住房']);
  });
});

describe('a later stage after works named by their gathering alone', () => {
  // (Review32: the stage-first name stageWorks built, 供应筹集和建设, named the gathering as what was supplied.)
  it('is the stage alone, no gathering supplied (outside: 坪山区 2018)', () => {
    const line = '推进竹坑、秀新等人才和保障性住房项目，筹集和建设8500套以上、供应2000套以上,力争推出首个长租公寓。';
    expect(namesOf(line, ['2000套'], thisYearWork(2018))).toEqual(['供应']);
  });
});
