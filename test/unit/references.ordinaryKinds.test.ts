/**
 * Kinds of places a report counts or lists, said with ordinary words only before their type word (entityTypes.json
 * genericModifiers: 交通, 社康, 区属, 创业): a kind of thing, not one named thing, so no link joins two of them. Read on
 * free outside reports (Shenzhen's districts and the province, /work/outside/src27), tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('ordinary words before a type word make a kind of place (genericModifiers 交通, 社康, 区属, 创业)', () => {
  it('交通枢纽 in a list of open spaces and of places to tidy (深圳 2025) is any hub, as in 罗湖 2025', () => {
    expect(
      said(
        report(
          '完善公共文化服务体系，拓展“文旅深圳”平台服务功能，健全公共文化设施延时错时开放机制，用好街区园区、楼宇商圈、公园绿地、交通枢纽等开放空间资源，嵌入阅读、展览、演艺、文创等元素，打造50处“小而美”新型公共文化空间。',
          '突出以赛营城、以赛兴城，实施城市环境面貌品质提升行动，加强城市绿化美化净化亮化，持续抓好背街小巷、地下通道、老旧小区、城中村、交通枢纽等环境整治改善，在细节上用心、细微处发力，以“绣花”功夫绣出城市精致精美的新颜值、欣欣向荣的新形象。',
        ),
      ),
    ).toEqual([]);
    expect(
      said(
        report(
          '开展交通枢纽建设行动，开工建设环仓南路和东门路升级改造、清三路拓宽改造工程，推动深南路东延、罗沙路改扩建、翠竹路北延等重大交通项目，建成3个立体停车场，改造提升3座人行天桥。',
          '扩大“智慧城管”覆盖面，持续抓好背街小巷、地下通道、老旧小区、城中村、交通枢纽等环境整治改善，加强城区公共秩序管理，开展道路交通、工地施工、公共场所等秩序专项治理，实施电动自行车全链条规范管理。',
        ),
      ),
    ).toEqual([]);
  });

  it('社康中心 is a community health centre, of which a district has dozens (南山 2015)', () => {
    expect(said(report('提高社康中心基本设备配置水平，试点家庭医生责任制服务。', '优化社康服务网络，适度提升社康中心单体规模，成立9家区域社康中心。'))).toEqual([]);
  });

  it('区属医院 is any hospital the district runs (福田 2017)', () => {
    expect(
      said(
        report(
          '在全市率先启动分级诊疗工作，辖区医疗机构突破500家，区属医院新增病床85张、执业医师491名。',
          '可在区妇幼保健院享受孕前优生健康检查，在区属医院的社康中心领取叶酸，在区属产科医院享受中医体质辨识、增补叶酸、常规产前检查、唐氏筛查、甲状腺功能检测、BV检测、妊娠糖尿病监测、新生儿疾病筛查等生育全程健康管理与服务。',
        ),
      ),
    ).toEqual([]);
  });

  it('创新创业基地 of 盐田区 is not the one of 深港澳青年 (盐田 2021), nor the 13 of 广东 2020 one base', () => {
    expect(
      said(
        report(
          '南开大学深圳研究院、上海交通大学深圳研究院技术转移中心顺利运行，力合生物—大百汇联合创新中心正式落户，盐田区创新创业基地、创新创业人才研究院建成启用，培育引进华西工程科技（深圳）等90余家企业，新引进各类人才2326人。',
          '全面建设高品质国际化城区，积极融入大湾区都市圈，紧密对接香港新界北发展计划，依托沙头角免税购物中心、深港澳青年创新创业基地等平台，吸引香港人才来盐发展，率先探索香港居民来盐就业创业、旅行居住等，为香港融入国家发展大局贡献盐田力量。',
        ),
      ),
    ).toEqual([]);
    expect(
      said(
        report(
          '民生领域合作取得新进展，港澳创业者纳入内地创业补贴扶持范围，与港澳共建13家青年创新创业基地，启动建设香港科技大学（广州）。',
          '全面落实中央惠港惠澳政策，实施“湾区通”工程，大力推进港澳青年创新创业基地建设，推动在粤工作生活的港澳居民民生方面享有本地市民待遇，积极推进粤港澳合作办学、合作办医，强化生态环保合作，打造宜居宜业宜游的优质生活圈。',
        ),
      ),
    ).toEqual([]);
  });
});
