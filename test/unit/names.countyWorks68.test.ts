/**
 * Names of county reports never seen, read by hand (names68: src32 涞源县-2020 and 阜平县-2021, lines 0–140, free outside
 * texts; src32, outside ../shared/corpus): the attributes one works is said with in a row, the works a sum pays for past
 * a clause of whom they reach, and a count whose measure only says how or when.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('attributes of one works said in a row are the works’ own', () => {
  it('before 的, past the list mark (src32 涞源县-2020)', () => {
    const line = '项目建设实现零的突破。总投资60亿元、占地1500亩、建筑面积100万平米的雄源服装智慧新城项目，4月份一期工程开工建设，完成投资2.28亿元，智能化厂房主体工程施工至二层，';
    expect(namesOf(line, ['60亿元', '1500亩', '100万平米', '2.28亿元'], lastYearReview(2020))).toEqual(['雄源服装智慧新城项目总投资', '雄源服装智慧新城项目占地面积', '雄源服装智慧新城项目建筑面积', '雄源服装智慧新城项目完成投资']);
  });

  it('a site area after the works’ investment, not the investment (src32 阜平县-2021)', () => {
    const note = '〔14〕大正食品：项目总投资1.23亿元，占地34.68亩，建筑面积18369平米，2020年7月人工车间已实现运营。(见第4页)';
    expect(namesOf(note, ['1.23亿元', '34.68亩'], thisYearWork(2021))).toEqual(['项目总投资', '项目占地面积']);
    const farm = '在阜平县台峪乡吴家庄村建设存栏6000头父母代种猪、750头祖代繁育、100头公猪站、72000头育肥场项目，该项目总投资1.88亿元，占地859亩，可实现年出栏17万头优质商品猪目标。';
    expect(namesOf(farm, ['1.88亿元', '859亩'], thisYearWork(2021))).toEqual(['该项目总投资', '项目占地面积']);
  });

  it('the money spent this year after the works’ total (src32 顺平县-2020)', () => {
    const line = '二是工业经济发展势头强劲。实施省市重点项目11个,总投资142亿元,当年完成投资29亿元，中联水泥、恒天天鹅、顺安远大等项目相继建成投产，维尔机电试运行。';
    expect(namesOf(line, ['142亿元', '29亿元'], lastYearReview(2020))).toEqual(['省市重点项目总投资', '省市重点项目完成投资']);
  });

  it('but not an area after an investment that names no works (src32 阜平县-2021)', () => {
    // (The place the works stand names the investment here; no works head, so the area keeps the reading it had.)
    const line = '希望集团育肥猪代养项目，位于阜平县平阳镇白家峪村，总投资2.2亿元，占地328.41亩，规划总建筑面积18万平方米，';
    const [money, area] = namesOf(line, ['2.2亿元', '328.41亩'], thisYearWork(2021));
    expect(area).toBe(money);
  });
});

describe('the works a sum pays for, past a clause of whom they reach', () => {
  it('with figures of its own closed by 的 (src32 曲阳县-2022, 涞源县-2020)', () => {
    const quyang = '坚决守住不发生规模性返贫底线。投资1000余万元实施覆盖36个村7.4万人的农村饮水安全巩固提升工程。规范扶贫资产运营管理，';
    expect(namesOf(quyang, ['1000余万元'], lastYearReview(2022))).toEqual(['农村饮水安全巩固提升工程投资']);
    const laiyuan = '重点实施了投资1.97亿元涉及177个行政村342个自然村27346户的农村安全饮水工程、投资1.98亿元的交通路网建设和近100万平米的村内道路硬化工程、投资8237万元的电力改造工程、';
    expect(namesOf(laiyuan, ['1.97亿元', '177个', '1.98亿元', '8237万元'], lastYearReview(2020))).toEqual(['农村安全饮水工程投资', '行政村', '交通路网投资', '电力改造工程投资']);
  });

  it('not past a list mark to the next item’s works (src32 徐水区-2018)', () => {
    // (对…: the object holds a count and a list; no 的 closes a reach before works, so no works are read.)
    const line = '投入资金5000余万元，对全区298个村及国省干道、乡村道路卫生分4个区域进行保姆式托管，推进农村垃圾全域治理，';
    expect(namesOf(line, ['5000余万元'], lastYearReview(2018))[0]).not.toMatch(/托管|干道/);
  });
});

describe('a count whose measure is said only with how or when', () => {
  it('a verb that makes one action with the work verb (src32 阜平县-2021, 河北省-2022)', () => {
    expect(namesOf('新建中医院、妇幼保健院和疾控中心，完成13所乡镇卫生院改扩建，规范提升209个村卫生室。', ['13所', '209个'], lastYearReview(2021))).toEqual(['乡镇卫生院', '村卫生室']);
    expect(namesOf('培育先进制造业集群。优化提升12个省级主导产业，推动钢铁行业提质升级，', ['12个'], thisYearWork(2022))).toEqual(['省级主导产业']);
  });

  it('a manner adverb, and a time after the works are built (src32 容城县-2020, 阜平县-2021)', () => {
    expect(namesOf('用心用情用力做好群众工作，圆满完成13个整体征迁村、74个分步征迁村征迁任务，征收土地6.55万亩，', ['13个'], lastYearReview(2020))).toEqual(['整体征迁村']);
    const fuping = '建设2条肉鸡WD168屠宰生产线、1条大肉食鸡屠宰线、4条饲料生产线，建成后可实现3000个贫困人口就业，税收5000万元。';
    expect(namesOf(fuping, ['3000个'], thisYearWork(2021))).toEqual(['贫困人口']);
  });

  it('keeps a subject before the measure (dev-style: 高新技术企业数量达到6家 — src32 阜平县-2021)', () => {
    expect(namesOf('力争到2025年，高新技术企业数量达到6家以上，省市级科技型中小企业数量达到220家。', ['6家', '220家'], thisYearWork(2021))).toEqual(['高新技术企业数量', '省市级科技型中小企业数量']);
  });
});

describe('a count inside the noun read after a count is a figure of its own', () => {
  it('the first counts only the noun before it (src32 涞源县-2020)', () => {
    const line = '计划年产菌棒4000万包，6个基地1000栋大棚基本建成，3月份实现入棚产耳，';
    expect(namesOf(line, ['6个', '1000栋'], lastYearReview(2020))).toEqual(['基地', '大棚']);
  });

  it('buildings counted by 栋 after a count of cases are the noun both count (src32 涞源县-2020)', () => {
    const line = '推动专项整治行动深入开展，15宗95栋违建别墅全部整治到位，违法占地整改完成98宗、1364.94亩，';
    expect(namesOf(line, ['15宗', '95栋'], lastYearReview(2020))).toEqual(['违建别墅', '违建别墅']);
  });
});

describe('a sum alone said 投入资金, whose next clause opens no work', () => {
  it('pays for what the action before it acted on (src32 涞源县-2020, 唐县-2020)', () => {
    expect(namesOf('三免一助政策;全面实施营养改善计划，全年投入资金1100多万元、惠及学生14095人次。', ['1100多万元'], lastYearReview(2020))).toEqual(['营养改善投入资金']);
    expect(namesOf('加强控辍保学，建立从学前教育到高中阶段全学段资助体系，全年投入资金2565万元，资助学生3.6万人次，', ['2565万元'], lastYearReview(2020))).toEqual(['学前教育到高中阶段全学段资助体系投入资金']);
  });

  it('or for the subject whose progress the clause before tells (src32 涞源县-2020)', () => {
    expect(namesOf('新一中建设快速推进，累计投入资金3.15亿元，目前17栋单体建筑主体已全部封顶，', ['3.15亿元'], lastYearReview(2020))).toEqual(['新一中建设投入资金']);
  });

  it('but not past a sentence’s end, whose headline is no subject (src32 涞源县-2020)', () => {
    expect(namesOf('华夏幸福无私援助彰显社会责任。累计投入资金7亿多元，整拆整建幸福新村5个，', ['7亿多元'], lastYearReview(2020))[0]).not.toContain('彰显');
  });
});

describe('a counted head the verb inside the noun before it does not cut (nameWords.json countedHeads)', () => {
  it('安置区 and 合作社 end the counted noun (src32 阜平县-2021, 涞源县-2020)', () => {
    expect(namesOf('实现全覆盖，有效支撑了群众持续稳定增收。建成39个易地搬迁安置区，共搬迁1.77万户5.38万人。', ['39个'], lastYearReview(2021))).toEqual(['易地搬迁安置区']);
    const laiyuan = '先后四次对11家投资咨询类公司、4家小贷公司、828家农民专业合作社、32家房地产企业及中介机构进行现场检查，';
    expect(namesOf(laiyuan, ['828家', '32家'], lastYearReview(2020))).toEqual(['农民专业合作社', '房地产企业']);
  });
});
