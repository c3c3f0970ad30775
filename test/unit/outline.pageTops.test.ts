import { describe, expect, it } from 'vitest';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * The openings of real city and county reports as web pages show them (stored page excerpts, /work/outside/outline12/
 * pages/): a portal's fields above the title, a short text with no blank lines, a PDF's broken lines.
 */

/** 泾县 2007 from ahjx.gov.cn (pages/010): the portal's fields, the title again, the session line, the speaker; no salutation. */
const JINGXIAN_2007 = [
  '您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 政府工作报告',
  '索引号: 003257952/200808-00011 组配分类: 政府工作报告',
  '发布机构: 泾县人民政府(办公室) 主题分类: 综合政务',
  '名称: 2007年政府工作报告 文号: 200808_PF001030601200808003',
  '发布日期: 2007-03-02 00:00',
  '2007年政府工作报告',
  '发布时间:2007-03-02 00:00 来源:泾县人民政府 浏览次数: 字体:[ ]',
  '',
  '——2007年2月8日在泾县第十五届人民代表大会第一次会议上',
  '泾县人民政府县长  张 平',
  '',
  '',
  '',
  '   一、过去四年政府工作回顾',
  '   过去四年,是我县应对不断变化的外部环境、迎接各种挑战的四年;是我县经受阻截非典、禽流感疫情等多种考验的四年;更是我县在负重中拼搏、在困境中奋起、在继承中发展的四年。',
  '   这四年,我们坚持加快发展,牢牢扭住经济建设不放松,国民经济较快增长,综合实力明显提高。',
  '   经济总量稳步攀升。2006年地区生产总值26.8亿元,较上年增长12%,年均增长11%;财政收入(不含基金)2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点,年均增长20%。',
  '   工业主体地位明显增强。着力培育宣纸宣笔、电机泵阀、矿产品深加工和农副产品深加工等四大主导产业,集群经济发展步伐加快。实施促进宣纸宣笔产业发展行动计划。',
].join('\n');

describe('a line of the title block before the body, with no salutation', () => {
  it('is no part: the report title and the speaker line a portal repeats below its fields (泾县 2007)', () => {
    expect(nodeAtLine(JINGXIAN_2007, '2007年政府工作报告')).toBeUndefined();
    expect(nodeAtLine(JINGXIAN_2007, '泾县人民政府县长')).toBeUndefined();
    expect(nodeAtLine(JINGXIAN_2007, '一、过去四年政府工作回顾')).toMatchObject({ kind: 'part', level: 1 });
    expect(nodeAtLine(JINGXIAN_2007, '经济总量稳步攀升')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

/** 武汉市武昌区 2020 from wuchang.gov.cn (pages/025): one paragraph a line, an unnumbered part, its ——leads. */
const WUCHANG_2020 = [
  '——2019年12月24日在武汉市武昌区第十五届人民代表大会',
  '第五次会议上',
  '武昌区人民政府区长 余 松',
  '各位代表:',
  '现在,我代表区人民政府向大会报告工作,请予审议,并请区政协各位委员和列席人员提出意见。',
  '2019年工作回顾',
  '2019年是新中国成立70周年,是第七届世界军人运动会盛大举办之年,也是全区上下凝心聚力、拼搏赶超的实干之年、奋进之年、收获之年。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实中央和省市、区委的决策部署,围绕打造“红色引擎+五线推进”升级版,克难攻坚,砥砺奋进,较好地完成了区十五届人大四次会议确定的目标任务,创新型城区和国家中心城市核心区建设取得新进展。',
  '——首位基础持续巩固。预计地区生产总值增长8%,达到1450亿元,经济规模跃居中心城区第一;预期实现地方一般公共预算收入140.7亿元,继续领跑中心城区;市场主体总量突破8万户,居全市前列。',
  '——首府形象全面提升。全域环境整治刷新城市颜值,水果湖地区“端庄大气”,黄鹤楼俯视线“古典秀美”;户部巷风情街、昙华林核心区改造修缮后精彩亮相、华丽升级;长江右岸完成港口码头搬迁调整和岸线修复,还岸于民、绿满江滩。',
  '——首创活力有效激发。阿里巴巴华中中心落户,聚集产业发展新动能;上海证券交易所湖北基地入驻,搭建资本市场服务新平台;国际公益学院武汉中心揭牌,探索公益事业发展新模式。',
].join('\n');

describe('a short text with no blank line between its paragraphs', () => {
  it('is read as compact: an unnumbered part name on a line of its own over its leads (武昌 2020)', () => {
    expect(nodeAtLine(WUCHANG_2020, '2019年工作回顾')).toMatchObject({ kind: 'part', level: 1, title: '2019年工作回顾' });
    expect(nodeAtLine(WUCHANG_2020, '——首位基础持续巩固')).toMatchObject({ kind: 'lead', level: 2 });
    expect(outlineNodes(WUCHANG_2020)).toHaveLength(4);
  });

  it('the same lines set apart by blank lines read alike (the part name standing alone)', () => {
    expect(nodeAtLine(WUCHANG_2020.split('\n').join('\n\n'), '2019年工作回顾')).toMatchObject({ kind: 'part', level: 1 });
  });
});

/** 武汉 2020 from a PDF on baijiadoc.com (pages/026): characters lost, lines broken at the page width. */
const WUHAN_2020 = [
  '各位代表:',
  '现在,我代表市人民政府,向大会报告工作请予审议,',
  '并请市政协各位委员和列席人员提出意见。',
  '一、2019 年工作回顾',
  '2019 年是国成 70 是武史上',
  '特殊意义的一年。第七届世界军人运动会在武汉举办,习近',
  '平总书记出席开幕式并宣布开幕,对军运会成功举办作出重',
  '要指示,极大地鼓舞了全市人民。一年来,我们坚持以习近',
  '平新时代中国特色社会主义思想为指导深入学习贯彻习近',
  '平总书记视察湖北重要讲话精神,在省委、省政府和市委的',
  '坚强领导下积极应对各种风险挑战,稳中求进、高位求进、',
  '克难奋进,较好完成了全年经济社会发展目标任务现代化、',
  '国际化、生态化大武汉建设取得新进展,呈现新亮点。',
  '——第七届世界军人运动会圆满成功。109 个国家 9308',
  '名军体健儿同台竞技,赛事规模、竞技水平创历届之最,实',
  '形象,激扬了城市自信,加速了武汉国际化进程。武汉,前',
  '所未有地站到了世界舞台的聚光灯下,展前景为各界看好。',
].join('\n');

describe('a line cut short by the page width', () => {
  it('is no name line when it has a copula: a clause, not a heading (武汉 2020)', () => {
    expect(nodeAtLine(WUHAN_2020, '2019 年是国成')).toBeUndefined();
    expect(nodeAtLine(WUHAN_2020, '——第七届世界军人运动会圆满成功')).toMatchObject({ kind: 'lead', level: 2 });
  });
});
