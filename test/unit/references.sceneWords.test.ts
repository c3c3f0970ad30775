/**
 * Words that say when, or which part of what was said, before a type word (年内|计划, 今年|计划, 其中|南北山绿化工程):
 * a name starts after them. Before 计划 used as a verb (年内计划投资…) they leave no name to link.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('words of time and part before a type word', () => {
  it('reads no name in 年内计划 (海拉尔 2013, outside the corpus: two paragraphs open with it)', () => {
    const text = ['年内计划投资64.8亿元，实施重点项目32个。', '年内计划投资3.9亿元，实施19个城市重点基础设施项目，解决好事关群众切身利益的问题。'].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('reads no name in 今年计划 (national 1979, outside the corpus)', () => {
    const text = [
      '对于一部分城镇职工、今年计划适当提高工资，同时继续推选奖励制度，对劳动好、贡献大的工人、科学技术人员和干部进行精神鼓励和物质鼓励，并且切实纠正滥发奖金的现象。',
      '今年计划在全民所有制和集体所有制单位安排七百多万人就业，同时还要拨出一些资金，在全国大、中城市办好劳动服务公司，通过多种形式，陆续把待业人员全部组织起来进行就业训练和劳动服务。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('starts the name after 其中 (西藏 2026, outside the corpus)', () => {
    const text = [
      '新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩，治理水土流失23万亩。',
      '深化落实河湖长制、林长制，实施雅鲁藏布江流域等关键区域生态修复工程，完成营造林40万亩以上、其中南北山绿化工程20万亩，修复治理退化草原220万亩、治理水土流失25万亩。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['南北山绿化工程 → 南北山绿化工程']);
  });
});

describe('words that say how much or what kind before a type word', () => {
  it('reads no name in 实际行动 or 整个工程 (national 1984, outside the corpus)', () => {
    const text = [
      '只要美国严格遵守历次中美公报共同确认的原则，真正奉行一个中国的政策，拿出看得见的实际行动来逐步地和大幅度地减少向台湾出售武器，并导致这一问题的最终解决，中美关系就有可能稳定持久地发展。',
      '苏联方面既然表示愿意改善中苏关系，就应当采取实际行动来排除上述障碍。',
      '在整个工程、整个开发区实行承包后，建筑企业内部还应当结合自己的特点，落实各种形式的承包责任制。',
      '设计是整个工程的灵魂。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });
});

describe('verbs of leaning on something before a name', () => {
  it('starts the name after 借势 (保定 2018, outside the corpus: 借势雄安新区 twice, its longer reading was the name)', () => {
    const text = [
      '从市、县领导班子换届，到党中央、国务院决定设立雄安新区，再到党的十九大胜利召开，大事不断，喜事连连。',
      '我们牢牢抓住协同发展重大机遇，借势雄安新区，锐意进取，扎实修为，夯实了保定跨越、崛起和复兴的发展基础。',
      '必须抓住京津冀协同发展这个头等大事，借势雄安新区，做优环境，做大平台，打造发展高地，持续迈出京津保率先联动发展的坚实步伐。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['雄安新区 → 雄安新区', '雄安新区 → 雄安新区']);
  });
});

describe('where a long name starts', () => {
  it('starts after 成功 (保定 2014, outside the corpus: 申办成功全国"公交都市"试点)', () => {
    const text = [
      '万博广场、华创广场投入使用，东风路东延直通高铁车站，完成市区71条小街巷改造，申办成功全国"公交都市"试点；农业生态园展现新貌，国家园林城市正式授牌。',
      '鼓励发展绿色交通，倡导绿色出行，积极推进全国"公交都市"试点建设。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['全国"公交都市"试点 → 全国"公交都市"试点']);
  });

  it('starts after a verb that begins beyond a long name’s reach (海拉尔 2015, outside the corpus: 成功举办第十届…展销会)', () => {
    const text = [
      '成功举办第十届中国·海拉尔中俄蒙经贸洽谈暨商品展销会。',
      '全力办好第十一届中国·海拉尔中俄蒙经贸洽谈暨商品展销会，全面提升展会的层次、规模和质量，不断扩大展会的影响力。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['第十一届中国·海拉尔中俄蒙经贸洽谈暨商品展销会 → 第十届中国·海拉尔中俄蒙经贸洽谈暨商品展销会']);
  });
});

describe('kinds of things said with ordinary words', () => {
  it('reads no name in 智能农机 or 高水平对外开放平台 (黑龙江 2026, outside the corpus)', () => {
    const text = [
      '战略性新兴产业和未来产业加快发展，第七届新博会成功举办，算电融合项目加力推进，工大卫星研发试验总部基地建成投产，吨级无人直升机成功首航，新增智能农机国家级产业链链主3个。',
      '深入实施战略性新兴产业倍增计划，加力发展数字智能、高端装备、航空航天、新材料、智能机器人、智能农机、低空经济等战略性新兴产业集群，战略性新兴产业营收增长15%左右。',
      '以开放促改革促发展，构建全方位对外开放新格局，深化对俄务实合作，畅通跨境立体互联互通网络，打造高水平对外开放平台，提高国际经贸合作水平，推动对外开放从通道经济向进出口加工等多元化经济发展转变，进出口加工总值达到1000亿元。',
      '打造高水平对外开放平台。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });
});

describe('a word of manner and a verb before a name', () => {
  it('starts the name after 高水平共建, however often that is said (广西 2026, outside the corpus)', () => {
    const text = [
      '推动西部陆海新通道建设提质增效，北海铁山港20万吨级散货泊位等7个港航项目建成运营，北部湾港新增外贸泊位20个，船舶平均待泊时间同比减少8.9小时。',
      '开放合作成效显著提升，国内国际双循环市场经营便利地建设加快，对接粤港澳大湾区建设等国家重大战略取得实效，高水平共建西部陆海新通道和深度融入共建“一带一路”取得重要成果，与东盟的全方位、多领域共赢合作深化拓展。',
      '高水平共建西部陆海新通道，打造平陆运河经济带，建设江海联动产业发展先行区。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['西部陆海新通道 → 西部陆海新通道', '西部陆海新通道 → 西部陆海新通道']);
  });
});
