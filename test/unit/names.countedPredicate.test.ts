/**
 * A count of a generic noun (企业, 学校, 项目, 农民) with what those did right after it is named by the predicate before
 * the noun (countedPredicate.ts), as dev labels write 上云企业 and 列入中国世界文化遗产预备名单项目.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('a generic counted noun named by what the counted did', () => {
  it('names the set by the predicate (dev: 河北 2021; outside: national 2007, 高阳 2018, 保定 2006)', () => {
    expect(nameOf('深化制造业数字化转型，新增1万家企业上云。', '1万家', lastYearReview(2021))).toBe('上云企业');
    expect(nameOf('中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益。', '7651所', lastYearReview(2007))).toBe('受益学校');
    expect(nameOf('实施千万元以上重点项目62个，其中14个项目列入省市重点，纺织商贸城升级改造工程即将投入使用。', '14个', lastYearReview(2018))).toBe('列入省市重点项目');
    expect(nameOf('启动了农民健康保健工程，125万农民参加新型农村合作医疗，在全国率先设立了81个农民健康"流动医院"。', '125万', lastYearReview(2006))).toBe('参加新型农村合作医疗农民');
  });

  it('reads a listing on a board as what the companies did (outside: 甘肃 2026, names28)', () => {
    const line = '新增国家级单项冠军企业5户、专精特新中小企业1003户，3家企业主板上市，5家企业挂牌“新三板”，10家企业进入“中国隐形独角兽500强”。';
    expect(nameOf(line, '3家')).toBe('主板上市企业');
    expect(nameOf(line, '5家')).toBe('挂牌“新三板”企业');
  });

  it('takes an object that ends with the noun as the set\'s own name (outside: 高阳 2019)', () => {
    expect(nameOf('78件设计产品获国家专利授权；10家企业被认定为高新技术企业，新培育科技型中小企业。', '10家', lastYearReview(2019))).toBe('高新技术企业');
  });

  it('names counted people by what became of them (outside: national 1998, 2004, 2014)', () => {
    expect(nameOf('农村扶贫开发工作取得很大成绩，五年中有3000万贫困人口解决了温饱问题。', '3000万', lastYearReview(1998))).toBe('解决温饱问题贫困人口');
    expect(nameOf('其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。全国2235万城市居民得到最低生活保障。', '2235万', lastYearReview(2004))).toBe('得到最低生活保障城市居民');
    expect(nameOf('今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村。', '1亿', lastYearReview(2014))).toBe('落户城镇农业转移人口');
  });

  it('names works by what became of them (outside: 河北 2000, 2002)', () => {
    expect(nameOf('加快在建项目进度，力争全社会固定资产投资增长5％、省重点项目完成投资253.5亿元、京张高速公路等45个项目竣工投产。', '45个', thisYearWork(2002))).toBe('竣工投产项目');
    expect(nameOf('力争三河电厂二号机组、天威大型变压器技改工程、石黄和京沪高速公路河北段等45个项目建成投产。', '45个', thisYearWork(2000))).toBe('建成投产项目');
  });

  it('reads a ranking list the companies made as part of the predicate (outside: 河北省 2024, names34)', () => {
    // 500强 is the list's name, not a figure (labels README: numbers inside names); 全社会研发经费投入 is untouched.
    const line = '方阵，26家企业上榜全国民企研发投入500强，全社会研发经费投入预计增长10%。';
    expect(nameOf(line, '26家', lastYearReview(2024))).toBe('上榜全国民企研发投入500强企业');
  });

  it('leaves a noun that is not generic, or a predicate with a long clause, alone', () => {
    expect(nameOf('8家重点实验室落户河北。', '8家', lastYearReview(2021))).toBe('重点实验室');
    expect(nameOf('关停3000多家企业，组织近100万人参与。', '3000多家', lastYearReview(2009))).toBe('企业');
  });
});
