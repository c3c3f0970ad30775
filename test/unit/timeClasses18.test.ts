import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 16's periods round (issue 8, item 3), on the real sentences of stored web-page excerpts
 * of reports (outside text), quoted exactly.
 */

describe('outside any scope, a paragraph that says the year before the report\'s as its time dates its facts', () => {
  it('在回顾2015年和“十二五”工作时,贾建刚说:2015年,…全年实现生产总值83.91亿元、增长10.8% (镇安 2016, news of the report, outside page): 2015', () => {
    const r = analyzeReport(
      '第十七届人民代表大会第六次会议在县城东关剧院隆重开幕\n' +
        '3月2日上午,镇安县第十七届人民代表大会第六次会议在县城东关剧院隆重开幕。来自全县各地各行各业的160多名代表与会。\n' +
        '县长贾建刚向大会作政府工作报告。在回顾2015年和“十二五”工作时,贾建刚说:2015年,面临最复杂的发展环境、最严峻的下行压力,在县委的坚强领导下,我们迎难而上、奋力拼搏,干成了一批打基础、利长远的大事,攻克了不少啃骨头、拔钉子的难事,办成了诸多惠民生、暖民心的实事。全年实现生产总值83.91亿元、增长10.8%,完成财政总收入4.17亿元、增长6.1%,完成地方财政收入3.02亿元、增长9.2%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%,基本完成年度目标任务。\n' +
        '贾建刚说,2015年各项任务的完成,标志着“十二五”圆满收官。“十二五”确定的9项约束性指标全部完成,15项预期性指标基本完成,为我县在“十三五”时期追赶超越发展,与全国一道同步够格迈入小康社会奠定了坚实基础。主要体现在综合实力明显增强,产业发展更加明晰,发展基础日益坚实,城乡发展更加协调,社会事业全面进步,改革开放稳步推进。\n',
    );
    expect(r.meta.year).toBe(2016);
    for (const t of ['83.91亿元', '10.8%', '7750元', '8.8%', '10%']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '2015' });
  });

  it('一、2020年工作和”十三五”发展回顾 2020年是极不平凡、极为不易的一年。…全年GDP增长4.2% (赣州 2021, a page that runs the heading into its opening line): 2020', () => {
    const r = analyzeReport(
      '1、2021年赣州市政府工作报告(全文) 政府工作报告 2021年2月19日在赣州市第五届人民代表大会第六次会议上 代市长许南吉 各位代表: 现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席同志提出意见。 一、2020年工作和”十三五”发展回顾 2020年是极不平凡、极为不易的一年。在省委、省政府和市委的坚强领导下,全市上下坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记视察江西和赣州重要讲话精神,统筹疫情防控和经济社会发展,扎实做好”六稳”工作、全面落实”六保”任务,经济社会保持平稳健康发展。全年GDP增长4.2%\n',
    );
    expect(r.meta.year).toBe(2021);
    expect(figure(r.indicators, '4.2%')).toMatchObject({ status: 'actual', period: '2020' });
  });
});

describe('with no report year, the year an opening paragraph says carries to the undated paragraphs after it', () => {
  it('1992年,我们是在经济运行极其困难的情况下渡过的。… / 1.农业基本上实现了“一年受灾、一年恢复”目标。粮豆薯总产2267万公斤 (抚远 1993, a yearbook entry, outside page): 1992', () => {
    const r = analyzeReport(
      '抚远县经济和社会在困难情况下实现稳步发展\n' +
        '     抚远县县长 郑世安\n' +
        '    1992年,我们是在经济运行极其困难的情况下渡过的。县政府紧紧围绕“一年受灾、一年恢复”这一工作目标,基本上完成了各项工作任务。社会总产值实现1.02亿元,比上年增长19.6%;国民生产总值实现4280万元,增长3.6%;工农业总产值实现4101万元,增长25.4%;社会商品零售总额实现6182万元,增长1%;居民储蓄余额达7282万元,增长23.8%。\n' +
        '    1.农业基本上实现了“一年受灾、一年恢复”目标。粮豆薯总产2267万公斤,比上年增长近2倍,农业总产值实现3303万元,为上年的1.8倍。\n',
    );
    expect(r.meta.year).toBeNull();
    expect(figure(r.indicators, '1.02亿元')).toMatchObject({ status: 'actual', period: '1992' });
    for (const t of ['2267万公斤', '3303万元', '1.8倍']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '1992' });
  });
});
