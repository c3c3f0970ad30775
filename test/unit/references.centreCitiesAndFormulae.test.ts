/**
 * Two classes of wrong links read on free outside reports (/work/outside/src27, session 31 links37), tested on their
 * sentences verbatim: 中心 said inside 中心城市 (a city's role: 国际消费中心城市, 经济中心城市, 全球海洋中心城市) is no
 * centre's name ending there, and the centre's standing formulae “三公” and “绿水青山就是金山银山” are no programme.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

/** A small report of real sentences, one a paragraph. */
const refs = (...paragraphs: string[]): Reference[] => analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).references;
const said = (rs: readonly Reference[], kinds: readonly string[]): string[] => rs.filter((r) => kinds.includes(r.kind)).map((r) => `${r.from.text} → ${r.to.text}`);

describe('中心城市 ends the name, not 中心 inside it (entityTypes.json types)', () => {
  it('国际消费中心城市核心区 goes back to itself, not to 国际消费中心 of a list (罗湖 2021-2)', () => {
    const rs = refs(
      '三是深圳“十四五”规划赋予罗湖可持续发展先锋城区重要使命，寄望罗湖打造深港社会协同发展示范区、现代服务业创新发展集聚区、金融商贸中心和国际消费中心，必将进一步激发罗湖发展活力，助推罗湖在服务和融入新发展格局中抢占先机、赢得主动。',
      '依托口岸经济带优化消费空间格局、提升消费服务环境，加快建设服务国内国际双循环的国际消费中心城市核心区。',
      '推动国际消费中心城市核心区内涵式发展，建成湖贝、蔡屋围商业综合区，完成东门步行街改造，升级万象城商圈，复兴人民南商圈，打造业态多元、各具特色的“一河六圈”全域消费格局。',
    );
    const entities = rs.filter((r) => r.kind === 'entity' && r.from.text.startsWith('国际消费中心'));
    expect(entities.map((r) => [r.from.text, r.to.range.start.line])).toEqual([['国际消费中心城市', 6]]);
  });

  it('经济中心城市 is said whole where it recurs (宝安 2025, as 深圳 2023 and 2025 say it)', () => {
    const goal = '为深圳建设更具全球影响力的经济中心城市和现代化国际大都市作出宝安最大贡献。';
    expect(said(refs(goal, goal), ['entity'])).toEqual(['经济中心城市 → 经济中心城市']);
  });
});

describe('the standing formulae “三公” and “绿水青山就是金山银山” link nowhere (entityTypes.json standingFormulae)', () => {
  it('“三公”经费 is a kind of spending every report cuts (盐田 2015)', () => {
    expect(
      said(
        refs(
          '认真贯彻中央八项规定，持续整治政府工作人员“四风”问题和“庸懒散浮奢”现象，扎实推进公务用车制度改革，全区性综合性会议、文件分别减少40%、28.9%，“三公”经费下降37.7%，考核评比项目大幅压减90%。',
          '加强财政资金监管，实施预算编制执行全口径、全流程公开，积极推进对公共资金、国有资产、国有资源的审计监督全覆盖，严控“三公”经费和一般性支出。',
        ),
        ['term', 'entity'],
      ),
    ).toEqual([]);
  });

  it('“绿水青山就是金山银山” is the centre\'s idea, said again in a base\'s name (盐田 2022)', () => {
    expect(
      said(
        refs(
          '　　（八）深入践行绿水青山就是金山银山理念，加快打造人与自然和谐共生的美丽中国典范城区。',
          '积极对接全市GEP“1+3”核算体系，率先核准区级生态系统生产总值，积极创建“绿水青山就是金山银山”实践创新基地。',
        ),
        ['term', 'entity'],
      ),
    ).toEqual([]);
  });
});
