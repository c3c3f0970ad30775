import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtLine as at, outlineNodes } from '../support/outlineNodes';
import { CORPUS } from '../support/expectedOutline';

/**
 * National 2010 as published on Wikisource (aldohemsn/chinese-political-corpora, outside the corpus), part 二, paragraphs
 * quoted whole, a blank line between them: （六） opens on an introduction and then its leads; （八） runs on as prose —
 * what the year showed, the shortcomings, then 我们要…/要… paragraphs — and lead-like sentences come only deep inside it.
 */
const NATIONAL_2010_EXCERPT = [
  '各位代表：',
  '二、2010年主要任务',
  '（六）着力保障和改善民生，促进社会和谐进步',
  '改善民生是经济发展的根本目的。只有着力保障和改善民生，经济发展才有持久的动力，社会进步才有牢固的基础，国家才能长治久安。',
  '千方百计扩大就业。这是保障和改善民生的头等大事。今年就业形势依然严峻，工作上不能有丝毫松懈。要继续实施积极的就业政策。中央财政拟投入433亿元用于促进就业。',
  '重点做好高校毕业生、农民工、就业困难人员就业和退伍转业军人就业安置工作。2009年到期的“五缓四减三补贴”就业扶持政策延长一年。',
  '（八）努力建设人民满意的服务型政府',
  '一年来，政府自身改革和建设取得新进展。为应对各种困难，我们特别注意发扬民主、倾听基层群众意见，重视维护群众利益。',
  '广大公务员兢兢业业、勤勉尽责，为保增长、保民生、保稳定作出了积极贡献。但是政府工作与人民的期望还有较大差距。',
  '职能转变不到位，对微观经济干预过多，社会管理和公共服务比较薄弱；一些工作人员依法行政意识不强；一些领导干部脱离群众、脱离实际，形式主义、官僚主义严重；一些领域腐败现象易发多发。',
  '我们要以转变职能为核心，深化行政管理体制改革，大力推进服务型政府建设，努力为各类市场主体创造公平的发展环境，为人民群众提供良好的公共服务，维护社会公平正义。',
  '我们要全面正确履行政府职能，更加重视公共服务和社会管理。加快健全覆盖全民的公共服务体系，全面增强基本公共服务能力。',
  '健全重大自然灾害、突发公共安全事件应急处理机制。加强防灾减灾能力建设。加强食品药品质量监管，做好安全生产工作，遏制重特大事故发生。',
  '要适应新形势，推进社会管理体制改革和创新，合理调节社会利益关系。认真解决企业改制、征地拆迁、环境保护、劳动争议、涉法涉诉等领域损害群众利益的突出问题，保障人民群众的合法权益。加强和改进信访工作。',
  '改善流动人口管理和服务。加强社会治安综合治理，着力解决突出治安问题，防范和依法严厉打击各类违法犯罪活动，维护国家安全和社会稳定。',
  '要努力提高执行力和公信力。坚持决策的科学化、民主化，使各项政策更加符合实际、经得起检验。加强对政策执行情况的检查监督，做到令行禁止。',
  '强化行政问责，对失职渎职、不作为和乱作为的，要严肃追究责任。各地区、各部门对中央的决策部署要执行有力，绝不允许各自为政。各级行政机关及其公务员要自觉遵守宪法和法律，严格依法行政。',
].join('\n\n');

/** Dev national 1980, part 三 (corpus lines 134–188): 第一，'s energy measures after an announcement, 第三，'s materials prose. */
const NATIONAL_1980 = readFileSync(join(CORPUS, 'national/1980.txt'), 'utf8');

describe('a lead-like sentence deep inside a section of running prose is no lead', () => {
  it('reads the leads that open a section after its introduction (2010 （六）)', () => {
    expect(at(NATIONAL_2010_EXCERPT, '千方百计扩大就业')).toMatchObject({ kind: 'lead', level: 3, title: '千方百计扩大就业' });
  });

  it('gives the sentences after five paragraphs of prose no node (2010 （八）)', () => {
    const section = at(NATIONAL_2010_EXCERPT, '（八）努力建设人民满意的服务型政府');
    expect(section).toMatchObject({ kind: 'section', level: 2, children: [] });
    expect(at(NATIONAL_2010_EXCERPT, '健全重大自然灾害')).toBeUndefined();
    expect(at(NATIONAL_2010_EXCERPT, '改善流动人口管理和服务')).toBeUndefined();
    expect(at(NATIONAL_2010_EXCERPT, '要努力提高执行力和公信力')).toBeUndefined();
  });

  it('gives “进一步发展新型材料。” after six paragraphs of 第三，’s prose no node (dev 1980)', () => {
    expect(at(NATIONAL_1980, '进一步发展新型材料')).toBeUndefined();
    expect(at(NATIONAL_1980, '第三，加强材料工业')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('lets an announcement open a run of leads after prose (dev 1980 第一，: “…准备采取如下措施：”)', () => {
    expect(at(NATIONAL_1980, '继续加强能源管理')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(NATIONAL_1980, '逐步改变工业结构和产品结构')).toMatchObject({ kind: 'lead', level: 3 });
    expect(outlineNodes(NATIONAL_1980).filter((n) => n.kind === 'lead' && n.range.start.line >= 146 && n.range.start.line <= 156)).toHaveLength(6);
  });
});
