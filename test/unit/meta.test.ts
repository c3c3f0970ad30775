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

  // A new user's trial: 1957, 1959 and 1980 had no place, so they dropped out of series, charts and Compare Targets.
  it('reads an older national report as 全国 from its traditional-character meeting, or from an opening that speaks for the State Council', () => {
    expect(meta('national/1957.txt')).toMatchObject({ place: '全国', meeting: '第一届全国人民代表大会第四次会议', speaker: '周恩来', year: 1957 });
    expect(meta('national/1959.txt').place).toBe('全国'); // 我现在根据国务院的决定，向第二届全国人民代表大会…
    expect(meta('national/1980.txt').place).toBe('全国'); // 我受国务院的委托，现在向大会提出…
    // 1954, outside the corpus (chinese-political-corpora): 我們第一届全國人民代表大會第一次會議…
    expect(analyzeReport('各位代表：\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告以後，已經光榮地完成了一件歷史性的工作。\n').meta.place).toBe('全国');
  });

  it('does not take a provincial opening for the State Council’s, nor a bare line for a speaker when the block has no date or meeting', () => {
    for (const file of ['local/福建省-2026.txt', 'local/湖南省-2026.txt', 'local/hebei-2010.txt', 'local/hailar-2016.txt']) expect(meta(file).place, file).not.toBe('全国');
    expect(analyzeReport('政府工作报告\n周恩来\n各位代表：\n').meta.speaker).toBeNull();
  });
});
