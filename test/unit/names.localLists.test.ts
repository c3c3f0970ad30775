/**
 * Names in the lists of local reports OUTSIDE the labelled corpus (2026 provincial reports; 保定, 高阳 and 海拉尔 of
 * yver-sun/gaoyang-towel-resilience and derek-s/Python-GovWorkReportAnalyze), session 13: classes of wrong names
 * counted by reading whole reports.
 */
import { describe, expect, it } from 'vitest';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

describe('parallel modifiers share the head of the last item (分别 lists)', () => {
  it('gives every sector its value added and every group its income (宁夏 2026)', () => {
    expect(namesOf('一产、二产、三产增加值分别增长6%、5.2%、5.2%。', '6%', '5.2%')).toEqual(['一产增加值', '二产增加值']);
    expect(namesOf('其中城镇、农村居民收入分别增长4.8%、5.9%。', '4.8%', '5.9%')).toEqual(['城镇居民收入', '农村居民收入']);
    expect(namesOf('急难型、支出型临时救助最低标准分别提高100元、150元。', '100元')).toEqual(['急难型临时救助最低标准']);
  });

  it('gives every industry its value added (甘肃 2026, 云南 2026)', () => {
    expect(namesOf('有色冶金、石化化工、装备制造产业增加值年均分别增长17.8%、4.8%、9.9%。', '17.8%', '4.8%')).toEqual(['有色冶金产业增加值', '石化化工产业增加值']);
    expect(namesOf('第一、第三产业增加值分别增长3.1%、5.1%。', '3.1%')).toEqual(['第一产业增加值']);
  });

  it('gives every industry named before 行业/产业 its measure, whatever the items’ lengths (辽宁 2026, 湖南 2026)', () => {
    expect(namesOf('船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%。', '84.8%', '17.5%', '12.3%')).toEqual(['船舶行业增加值', '电子专用材料行业增加值', '航空航天行业增加值']);
    expect(namesOf('新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%。', '9.2%', '8.2%')).toEqual(['新一代信息技术产业产值', '新能源产业产值']);
  });

  // (names30: an industry named by 业 takes the measure alone — industriesTail — never 行业/产业 again; it was left bare
  // before, and the labels write the industry's measure whole: 陕西 2026's 战略性新兴产业增加值.)
  it('gives an industry already named by 业 the measure only, never a second 产业', () => {
    expect(namesOf('推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。', '5%')).toEqual(['制造业增加值']);
  });

  it('never cuts a word to share a tail (陕西 2026, 安徽 2026)', () => {
    expect(namesOf('苹果、猕猴桃产量稳定在全国1/4、1/3。', '1/4')).toEqual(['苹果']);
    // (The whole shared head 贷款余额 is read from the end of the last item, as the dev label writes 制造业贷款余额 —
    // wholeHeadTail, names44; a cut at the first item's length would have given 制造业小微贷款余额.)
    expect(namesOf('制造业、普惠小微贷款余额分别增长10.7%、13.3%。', '10.7%')).toEqual(['制造业贷款余额']);
  });
});

describe('ranks 分别 shares out take the names of the list before them', () => {
  it('ranks each sector and each group in order (宁夏 2026)', () => {
    expect(namesOf('一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。', '第二', '第七', '第九')).toEqual(['一产增加值', '二产增加值', '三产增加值']);
    expect(namesOf('其中城镇、农村居民收入分别增长4.8%、5.9%，分别居全国第四、第八。', '第四', '第八')).toEqual(['城镇居民收入', '农村居民收入']);
  });

  it('leaves a rank with its own subject alone (陕西 2026)', () => {
    expect(namesOf('省属企业营收和利润分别居全国第5、第6位。', '第5', '第6位')).toEqual(['省属企业营收', '利润']);
  });
});

describe('whom and how often a standard pays is its unit, not its name', () => {
  it('drops 每月 and 每人每年 with the verb of change before them (宁夏 2026, 内蒙古 2026, national 2012)', () => {
    expect(namesOf('出台进一步保障和改善民生政策，最低工资标准每月提高183元。', '183元')).toEqual(['最低工资标准']);
    expect(namesOf('城乡低保标准提高到每月815元和615元，基本民生保障全部达到或超过全国平均水平。', '815元', '615元')).toEqual(['城市低保标准', '农村低保标准']);
    expect(namesOf('城镇居民医保和新农合补助标准提高到每人每年240元。', '240元')).toEqual(['城镇居民医保和新农合补助标准']);
  });
});

describe('a size in a list of sized works names its own work', () => {
  it('never takes the work of the item before (海拉尔 2012/2013, 内蒙古 2026)', () => {
    expect(namesOf('自来水厂、污水处理厂运行良好，11公里污水管网、16公里雨水管网、18公里供水管网和19公里城市道路等改扩建工程顺利完工。', '16公里', '18公里')).toEqual(['雨水管网', '供水管网']);
    expect(namesOf('新建5条主干道路、2台热水锅炉、12公里热力主管网、10公里供水管网、13公里双线燃气管道。', '12公里', '10公里')).toEqual(['热力主管网', '供水管网']);
    expect(namesOf('开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。', '5万平方米')).toEqual(['公安小区']);
  });
});

describe('a counted phrase runs on to its head noun through the verbs that modify it', () => {
  it('keeps 示范典型 and 产业片区 as heads (内蒙古 2026, 保定 2014)', () => {
    expect(namesOf('成功创建65个全国民族团结进步示范典型，全面推广经验。', '65个')).toEqual(['民族团结进步示范典型']);
    expect(namesOf('重点发展10大扶贫产业、打造10个太行山综合开发产业片区、建设10个现代农业园区。', '10个')).toEqual(['太行山综合开发产业片区']);
  });
});

describe('the editions of events in a list name their own event', () => {
  it('never takes the event of the item before (新疆 2026)', () => {
    expect(namesOf('成功举办2届亚欧博览会、3届商博会，与228个国家和地区建立贸易关系。', '2届', '3届')).toEqual(['亚欧博览会', '商博会']);
  });
});

describe('the average of a rate is the rate’s figure (trailingNoise.json: 均值, 平均值 after 率)', () => {
  it('names the unemployment rate’s yearly average by the rate (广东 2026; outside: 云南 2026)', () => {
    expect(namesOf('地方一般公共预算收入增长2.3%、支出首次超过7000亿元，城镇调查失业率均值5.2%，居民人均可支配收入增长4.6%。', '5.2%')).toEqual(['城镇调查失业率']);
    expect(namesOf('城镇新增就业149.4万人、超额完成国家下达任务，城镇调查失业率平均值为5.0%。', '5.0%')).toEqual(['城镇调查失业率']);
  });
});

describe('a leading action is never cut inside a word (开放共享: 共 opens 共享)', () => {
  it('keeps 共享 whole in the things shared (辽宁 2026)', () => {
    expect(namesOf('强化企业创新主体地位。开放共享科研设施和科研仪器1万台（套）以上。', '1万台')).toEqual(['共享科研设施和科研仪器']);
  });
});

describe('parallel processes that open alike share the last one’s head (names.ts parallelTail)', () => {
  it('gives 炼铁 the capacity 炼钢 ends with (山西 2026, names28)', () => {
    expect(namesOf('——产业转型步伐加快。炼焦先进产能占比达到100%，炼铁、炼钢先进产能占比分别达到64.3%、62.3%。', '64.3%', '62.3%')).toEqual(['炼铁先进产能占比', '炼钢先进产能占比']);
  });
});
