/**
 * Names a random audit of unseen Hebei-archive text found wrong (names40: 河北省 2005, 2015, 2022 and the archive's other
 * years, yver-sun/gaoyang-towel-resilience — none in the corpus). Each case is a sentence quoted from those reports.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a clause that is only a work item names its figure, not the figure before (figureNames.ts)', () => {
  it('农村劳动力转移培训 after 对农民进行实用技术培训 (河北 2005)', () => {
    expect(namesOf('对农民进行实用技术培训600万人次，农村劳动力转移培训120万人次。', ['600万人次', '120万人次'])).toEqual(['农民进行实用技术培训', '农村劳动力转移培训']);
  });

  it('a list item that is a noun and its service (河北 2022)', () => {
    expect(namesOf('培育新型农业经营主体，新发展农民合作社省级示范社300家、家庭农场4000家、农业生产托管服务组织1000家。', ['4000家', '1000家'])).toEqual(['家庭农场', '农业生产托管服务组织']);
  });

  it('a bare verb after the figure before still goes on about it', () => {
    expect(namesOf('全省粮食总产量达到2480万吨，增长3.9％。', ['2480万吨', '3.9％'])).toEqual(['粮食总产量', '粮食总产量']);
  });
});

describe('the children of counted people are what is counted (names.ts, CHILDREN_OF)', () => {
  it('进城务工人员随迁子女 (河北 2014, 2015)', () => {
    expect(namesOf('46.1万进城务工人员随迁子女平等接受义务教育。', ['46.1万'])).toEqual(['进城务工人员随迁子女']);
    expect(namesOf('改造中小学校舍815万平方米，44.7万进城务工人员随迁子女义务教育得到保障。', ['44.7万'])).toEqual(['进城务工人员随迁子女']);
  });

  it('随迁子女 alone is a people noun: the name never ends inside 平等', () => {
    expect(namesOf('46.1万名随迁子女平等接受义务教育。', ['46.1万名'])).toEqual(['随迁子女']);
  });
});

describe('a modifier that reads as a verb opens a word of its own (nameWords.json wordStarts)', () => {
  it('集中供热面积 keeps 集中 (保定 2006, 2007)', () => {
    expect(namesOf('天然气扩户1.17万户，集中供热面积新增163.6万平方米。', ['163.6万平方米'])).toEqual(['集中供热面积']);
  });

  it('分散供养标准 keeps 分散 (河北 2015)', () => {
    expect(namesOf('农村年五保集中供养标准达到5022元、分散供养标准达到3411元。', ['5022元', '3411元'])).toEqual(['农村年五保集中供养标准', '分散供养标准']);
  });
});

describe('a facility named with a verb inside (nameWords.json countedHeads)', () => {
  it('垃圾转运站 is not cut at 转运 (保定 2011; 海拉尔 2019 — dev)', () => {
    expect(namesOf('建成32座污水处理厂、4座再生水处理厂和12座垃圾处理场、13座垃圾转运站，城镇污水、垃圾处理实现全覆盖。', ['12座', '13座'])).toEqual(['垃圾处理场', '垃圾转运站']);
    expect(namesOf('新建12个乡镇垃圾转运站。', ['12个'])).toEqual(['乡镇垃圾转运站']);
  });

  it('with what became of it after the head (3处生活垃圾转运站投入使用 — dev 海拉尔 2019, whose target 2座压缩式生活垃圾转运站 it meets)', () => {
    expect(namesOf('26座水冲式公共厕所、24座移动公厕、3处生活垃圾转运站投入使用，市政基础设施不断完善。', ['3处'])).toEqual(['生活垃圾转运站']);
  });
});

describe('places before 等 are examples of the places counted (figureNames.ts)', () => {
  it('莲池区、竞秀区等7个县（市、区） (保定 2018)', () => {
    expect(namesOf('统筹推进各项社会事业发展，莲池区、竞秀区等7个县（市、区）通过国家义务教育均衡发展评估。', ['7个'])[0]).toMatch(/县（市、区）$|县\(市、区\)$/);
  });

  it('冀州、任丘、巨鹿、涉县等12个县(市) (河北 2011): never the examples with the verb before them', () => {
    const [name] = namesOf('抓好冀州、任丘、巨鹿、涉县等12个县(市)统筹城乡发展示范县建设，大力发展县域经济。', ['12个']);
    expect(name).not.toMatch(/冀州|抓好/);
    expect(name).toMatch(/县\(市\)|县（市）/);
  });
});

describe('a bare count with a predicate after the set counted before it is a part of that set (subsetCounts.ts partDoneName)', () => {
  it('175个建成投产 after 80个重大项目开工 (河北 2014)', () => {
    expect(namesOf('实施"三百"工程，与百家央企合作的80个重大项目开工、175个建成投产。', ['175个'])).toEqual(['建成投产重大项目']);
  });

  it('已有42个开工建设 of 61个国家确认的急需建设项目 (河北 2005)', () => {
    expect(namesOf('61个国家确认的急需建设项目已有42个开工建设。', ['42个'])).toEqual(['开工建设急需建设项目']);
  });

  it('two sets counted in a row stay two sets (建成15个市级以上智能工厂、300个示范智能车间 — dev 苏州)', () => {
    expect(namesOf('建成15个市级以上智能工厂、300个示范智能车间。', ['15个', '300个'])).toEqual(['市级以上智能工厂', '示范智能车间']);
  });
});
