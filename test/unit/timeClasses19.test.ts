import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';

/**
 * Period and status classes of session 17's periods round (issue 8, items 3 and 4), found on a random audit sample of
 * unseen text (national years and a 2026 provincial report not in the corpus), on their real sentences quoted exactly.
 */
const figure = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined => figures.filter((f) => f.text === text)[nth];

describe('a comparison of two years whose base year carries an attribute', () => {
  it('１９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍… (national 1981, outside): every growth spans 1953-1980', () => {
    const r = analyzeReport(
      '政府工作报告——1981年11月30日在第五届全国人民代表大会第四次会议上\n' +
        '（二）今后经济建设的方针\n' +
        '　　千方百计地提高生产、建设、流通等各个领域的经济效益，这是一个核心问题。建国以来，我国经济建设发生过几次重大的曲折，但是总的来说，成绩是巨大的。１９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍，国民收入增长四点二倍，工业固定资产增长二十六倍，全国人民的平均消费水平提高一倍。这些事实充分说明，在社会主义制度下，我国经济建设发展的速度是比较快的。同时，从这些事实可以看出，我国三十二年来国民收入的增长幅度比工农业总产值的增长幅度低得多，而人民生活水平提高的幅度又大大低于国民收入增长的幅度，我国经济建设的效益很不理想，人民生活的改善同人民付出的劳动不相适应。\n',
    );
    expect(r.meta.year).toBe(1981);
    for (const t of ['八点一倍', '四点二倍', '二十六倍', '一倍']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '1953-1980' });
  });
});

describe('五年 before the subject of a total, in a review paragraph that opens with its last year', () => {
  it('…运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里 (national 1998, outside): the five years reviewed', () => {
    const r = analyzeReport(
      '政府工作报告——1998年3月5日在第九届全国人民代表大会第一次会议上\n' +
        '一、关于过去五年的政府工作\n' +
        '过去的五年，经济发展保持良好势头，国家经济实力显著增强。\n' +
        '1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。顺利完成了“八五”计划，提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。制定和实施“九五”计划和2 0 1 0 年远景目标纲要，开局良好。在经济发展过程中，一度出现某些领域过热、物价涨幅过高的问题。通过深化改革，加强和改善宏观调控，既保持了经济的快速增长，又有效地抑制了通货膨胀。去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％，这种“高增长、低通胀”的良好态势，是多年来没有过的。农村经济全面发展，农业增加值平均每年增长4 ．5 ％。各级政府重视农业，加强农业的政策逐步得到落实，调动了广大农民的积极性。多渠道增加农业投入，积极推广先进适用技术，加强水利设施和农田基本建设，农业综合生产能力有较大提高。1 9 9 7 年粮食产量达到4 9 2 5 0 万吨，比五年前增加5 0 0 0 万吨，粮食生产上了一个新的台阶。现在，我国已初步形成比较完备的粮食储备体系。肉、禽、蛋、奶、水产品、水果和蔬菜等农产品产量都有大幅度增加。城乡市场副食品供应充足，花色品种齐全，丰富了人民群众的物质生活。乡镇企业保持了较快增长的态势，不断为农村经济发展增添新的力量。工业增加值平均每年增长1 5 ．3 ％，产业结构和产品结构出现了积极的变化。1 9 9 7 年钢产量达到1 亿吨以上，发电装机容量达到2 ．5 亿千瓦。运输邮电业迅速发展，五年铁路正线铺轨总里程1 1 3 4 4 公里，高速公路增加4 0 8 3 公里，电话交换机总容量达到1 ．1 亿门。主要生产资料和消费品出现了供求基本平衡或供大于求的格局，长期以来困扰我们的商品紧缺现象已经根本改观了。五年全社会固定资产投资累计完成近1 0 万亿元。投资结构进一步改善，基础产业和基础设施建设加快，中西部地区投资得到加强，经济和社会发展取得新的成就。一大批重点建设项目建成投产，京九、南昆铁路全线投入运营，长江三峡和黄河小浪底水利水电枢纽工程顺利截流。一批重大项目正在建设。新发现和探明了一批矿产资源。我国经济发展中长期存在的能源、原材料、交通、邮电等基础产业和基础设施的“瓶颈”制约，得到明显缓解，增添了持续发展的后劲。\n',
    );
    expect(r.meta.year).toBe(1998);
    for (const t of ['1 1 3 4 4 公里', '1 0 万亿元']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '1993-1997' });
  });
});

describe('a goal named after the fact measured against it, in other words than 预期', () => {
  it('国内生产总值比上年增长7.8％，虽然略低于8％的预定目标 (national 1999, outside): the 8% is 1998\'s target', () => {
    const r = analyzeReport(
      '政府工作报告——1999年3月5日在第九届全国人民代表大会第二次会议上\n' +
        '一、1998年工作回顾和1999年工作的总体要求\n' +
        '　　过去一年，面对复杂严峻的国内外经济环境，全国各族人民团结奋斗，克服重重困难，取得了改革开放和社会主义现代化建设的巨大成就。年初确定的改革和发展的各项目标基本实现。\n' +
        '国民经济保持较快增长。\n' +
        '国内生产总值比上年增长7.8％，虽然略低于8％的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。为了应对亚洲金融危机的影响，我们年初就采取了增加投资、扩大内需的对策。但是亚洲金融危机发展的广度、深度和对我国的影响程度，比预料的更为严重。由于外贸出口增长速度大幅度回落和国内需求对经济拉动的力度不够，上半年经济增长速度出现减缓趋势。针对这种情况，中央果断决定实施积极的财政政策，经全国人大常委会批准调整预算后，国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资增长14·1％。投资的较大幅度增加，对拉动经济增长发挥了明显作用。\n',
    );
    expect(r.meta.year).toBe(1999);
    expect(figure(r.indicators, '7.8％')).toMatchObject({ status: 'actual', period: '1998' });
    expect(figure(r.indicators, '8％')).toMatchObject({ status: 'target', period: '1998' });
  });
});
