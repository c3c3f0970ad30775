import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { SEED, readCorpus } from '../support/corpus';

const meta = (file: string) => analyzeReport(readCorpus(file)).meta;

describe('report metadata from the title block', () => {
  it('reads the seed: title, place, year, date, meeting and speaker past the ad lines', () => {
    expect(meta(SEED)).toEqual({ title: '政府工作报告', place: '苏州市', year: 2021, date: '2021-01-19', meeting: '苏州市十六届人大五次会议', speaker: '李亚平' });
  });

  it('reads a national report whose title and speaker are split over lines (2017)', () => {
    expect(meta('national/2017.txt')).toEqual({ title: '政府工作报告', place: '全国', year: 2017, date: '2017-03-05', meeting: '第十二届全国人民代表大会第五次会议', speaker: '李克强' });
  });

  it('reads a scraper metadata block (hebei-2021) and the most specific place of a district (hailar-2019)', () => {
    expect(meta('local/hebei-2021.txt')).toMatchObject({ title: '2021年河北省政府工作报告', place: '河北省', year: 2021, date: '2021-02-19', speaker: '许勤' });
    expect(meta('local/hailar-2019.txt')).toMatchObject({ place: '海拉尔区', year: 2019, date: '2019-03-04', speaker: '萨国文' });
  });

  it('falls back to the years in part headings when there is no title block (national 2015)', () => {
    expect(meta('national/2015.txt')).toMatchObject({ title: null, place: '全国', year: 2015, date: null });
  });

  it('returns nulls, not guesses, for text with no title block', () => {
    expect(analyzeReport('今天天气很好。').meta).toEqual({ title: null, place: null, year: null, date: null, meeting: null, speaker: null });
  });

  it('keeps a speaker’s name of several parts whole, middle dot and all (艾尔肯·吐尼亚孜)', () => {
    const head = '政府工作报告\n——2026年1月20日在新疆维吾尔自治区第十四届人民代表大会第五次会议上\n自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n';
    expect(analyzeReport(head).meta).toMatchObject({ speaker: '艾尔肯·吐尼亚孜', place: '新疆维吾尔自治区', year: 2026 });
    expect(analyzeReport('政府工作报告\n报告人：买买提·艾力\n各位代表：\n').meta.speaker).toBe('买买提·艾力');
  });
});

