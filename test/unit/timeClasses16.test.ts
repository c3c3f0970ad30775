import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 14's second periods round (issue 8, items 3 and 4), on the real sentences of
 * stored web-page openings of local reports (outside text), quoted exactly.
 */

describe('a plan\'s end as a start value or a base dates that value only', () => {
  it('由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10% (内蒙古 2001, outside page): the yearly growth spans 九五', () => {
    const f = analyzeReport(
      '政府工作报告\n——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n自治区代主席 乌云其木格\n各位代表:\n' +
        '(一)国民经济持续快速健康发展,综合经济实力明显增强。“九五”时期的五年,是不同寻常的五年。五年来,国民经济增长速度连续五年高于全国平均水平,国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10%,高于全国1.7个百分点,顺利实现了现代化建设的第二步战略目标。\n',
    ).indicators;
    expect(figure(f, '833亿元')).toMatchObject({ status: 'actual', period: '1995' });
    expect(figure(f, '1400亿元')).toMatchObject({ status: 'actual', period: '2000' });
    expect(figure(f, '10%')).toMatchObject({ status: 'actual', period: '1996-2000' });
    expect(figure(f, '1.7个百分点')).toMatchObject({ status: 'actual', period: '1996-2000' });
  });

  it('是“十一五”末的近2倍,年均增長14.3% (濟南市市中區 2016, outside page): an approximate multiple of the plan\'s end is a base too', () => {
    const f = analyzeReport(
      '政 府 工 作 報 告\n——2016年1月12日在濟南市市中區(qū)第十七屆人民代表大會第五次會議上\n區(qū) 長 王勤光\n各位代表:\n一、“十二五”期間全區(qū)經(jīng)濟社會發(fā)展回顧\n' +
        '經(jīng)濟實力顯著增強。2015年,全區(qū)生產(chǎn)總值預(yù)計達到739億元,是“十一五”末的1.6倍,年均增長10%;社會消費品零售總額預(yù)計達到437億元,年均增長14%;實現(xiàn)一般公共預(yù)算收入92.28億元,是“十一五”末的近2倍,年均增長14.3%。\n',
    ).indicators;
    expect(figure(f, '10%')).toMatchObject({ status: 'actual', period: '2011-2015' });
    expect(figure(f, '14.3%')).toMatchObject({ status: 'actual', period: '2011-2015' });
  });
});

describe('an estimate in a review is a fact', () => {
  it('…“要因地制宜发展竹产业…”重要指示精神,…,预计2021年实现竹产业综合产值305亿元 (宜宾 2022, outside page): actual, not a target', () => {
    const f = analyzeReport(
      '各位代表:\n我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。\n一、过去五年工作回顾\n' +
        '翠屏区全国百强区地位持续巩固,预计一般公共预算收入超10亿元的县(区)由2个增加到8个。坚定不移贯彻习近平总书记“要因地制宜发展竹产业,让竹林成为四川美丽乡村的一道风景线”重要指示精神,高标准制定竹产业发展规划和支持政策,预计2021年实现竹产业综合产值305亿元、居全省第1位。\n',
    ).indicators;
    expect(figure(f, '305亿元')).toMatchObject({ status: 'actual', period: '2021' });
  });
});

describe('the report\'s year from lines that look ahead or back', () => {
  it('镇原县2024工作报告 … 回顾2023年工作成果 … 展望2024年工作目标 (a county report retold on a blog, outside page): 2024, and its targets are 2024\'s', () => {
    const r = analyzeReport(
      '镇原县2024工作报告📜\n尊敬的各位领导、各位代表,大家好!👋\n在这春意盎然的季节里,我们齐聚一堂,共同回顾过去一年的工作成果,展望新的一年发展蓝图,我代表镇原县政府,向大家汇报2024年的工作报告。🌟\n回顾2023年工作成果🏆\n过去的一年,镇原县在县委、县政府的坚强领导下,全县人民团结一心,砥砺奋进,取得了显著的成绩。\n经济发展稳中向好,全县GDP增长6%,财政收入增长5%,城乡居民人均可支配收入分别增长7%和8%。📈\n产业发展成效显著,农业产业结构不断优化,粮食产量稳定在10万吨以上;工业经济稳步增长,规模以上工业企业增加值增长8%;第三产业快速发展,服务业增加值增长9%。🌱🌟\n基础设施建设稳步推进,投资10亿元,实施了一批重点基础设施项目,全县交通、水利、能源等基础设施条件得到明显改善。🚗🌊\n生态环境持续改善,深入开展污染防治攻坚战,空气质量、水环境质量明显提升,森林覆盖率提高1.5个百分点。🌳🌬️\n社会事业全面发展,教育、医疗、文化、体育等社会事业取得长足进步,人民群众获得感、幸福感、安全感不断提升。🎓🏥\n展望2024年工作目标🎯\n2024年,我们将继续深入学习贯彻新时代中国特色社会主义思想,紧紧围绕全面建设社会主义现代化国家这个总目标,努力实现以下目标:\n经济高质量发展,确保GDP增长7%,财政收入增长6%,城乡居民人均可支配收入分别增长8%和9%。📈💪\n',
    );
    expect(r.meta.year).toBe(2024);
    expect(figure(r.indicators, '7%', 1)).toMatchObject({ status: 'target', period: '2024' });
  });
});

describe('with no report year, a year said as the paragraph\'s time dates its later sentences', () => {
  it('2009年,我市實現地區生產總值333億元,同比增長13%。完成財政總收入50.8億元 (a city\'s report retold in a news page, outside page): 2009', () => {
    const r = analyzeReport(
      '2009年,金融危機肆虐,但是通過全市上下的齊心努力,我市經濟平穩較快增長,各項社會事業協調進步。以下一組摘自政府工作報告的數據表明,我市各項工作在百尺竿頭上又進了一步。 2009年,我市實現地區生產總值333億元,同比增長13%。完成財政總收入50.8億元,其中一般預算收入18.8億元,分別增長26.7%和18.9%。連續九屆躋身全國縣域經濟基本競爭力百強縣(市)行列,排名升至第47位。\n',
    );
    expect(r.meta.year).toBeNull();
    expect(figure(r.indicators, '333億元')).toMatchObject({ status: 'actual', period: '2009' });
    expect(figure(r.indicators, '50.8億元')).toMatchObject({ status: 'actual', period: '2009' });
    expect(figure(r.indicators, '18.9%')).toMatchObject({ status: 'actual', period: '2009' });
  });

  it('…1997年,国内生产总值完成90.28亿元…。…:五年来,…全县用于基础设施总投资达21亿元 (青浦 1998 in a gazetteer, outside page): a later time cue stops the year', () => {
    const r = analyzeReport(
      '  第一次会议听取、审议县长巢卫林所作的《振奋精神 开拓进取 再创新辉煌 迎接新世纪》的政府工作报告。报告对前五年政府工作进行了回顾,1997年,国内生产总值完成90.28亿元,是1992年的4.7倍,年均递增36.2%;人均国内生产总值19793元,是1992年的4.6倍,年均递增36.2%;财政收入11.6亿元,是1992年的4.5倍,年均递增35.1%,青浦已跻身于全国综合经济实力百强县的行列。产业结构调整取得成效,一、二、三产业增加值的比例由1992年的18.2︰58.7︰23.1调整为8.9︰56.8︰34.3。报告指出:五年来,按高起点、高标准的要求,编制修订了县城综合规划,加快城乡建设步伐,全县用于基础设施总投资达21亿元。五年中完成实事工程项目44件、86项。\n',
    );
    expect(r.meta.year).toBeNull();
    expect(figure(r.indicators, '21亿元')?.period).not.toBe('1997');
  });
});
