import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensWithCountryStance, opensWithRequirement } from '../../src/core/outline/speakerOpeners';
import { CORPUS } from '../support/expectedOutline';
import { nodeAtLine as at } from '../support/outlineNodes';

/**
 * National 1984 as published on Wikisource (aldohemsn/chinese-political-corpora, outside the corpus), paragraphs quoted
 * whole, a blank line between them. Section 二、 of 关于国内建设 runs on as measures (three paragraphs, then 要… sentences);
 * section 一、 of 关于外交工作 opens on statements whose subject is 中国.
 */
const NATIONAL_1984_BUILDING = [
  '各位代表：',
  '关于国内建设',
  "二、改革建筑业和基本建设的管理体制，大力提高投资效益",
  "建筑业的经济效益如何，对整个国民经济关系极大。长期以来，建筑业缺乏独立经营的必要条件，普遍存在着工期长，消耗高，浪费大，技术上不求进步等问题。这种状况不改变，就会严重影响大规模经济建设的开展和城乡人民居住条件的改善。建筑业历来有承包的传统，任务比较明确，国家同企业的关系比较容易划分清楚，牵动面较小，加以建筑产品的销路有保证，因此，在城市各业中，建筑业可以首先进行全行业的改革。",
  "建筑业的改革，要围绕缩短工期，降低造价，提高工程质量和投资效益来进行。关键是要推行投资包干制和招标承包制。",
  "今后，凡是有条件的建设项目，都要签订投资包干协议，由建设单位对国家全面负责。凡是有偿还能力的项目，都要按照资金有偿使用的原则，改财政拨款为银行贷款。国家将投资包干协议规定的总金额拨给建设银行，由建设银行根据工程进度，按实际需要付款，在不超过投资总额的前提下，可以不受年度的限制。要制订鼓励缩短工期、节约投资、提前投产和达到设计能力的政策。由于提前竣工而节约的资金，应归承包单位。由于延误工期而多贷的资金，由承包单位负担。这样既可以提高建设单位、承包单位的责任感和主动性，又可以发挥建设银行统一调剂资金的作用。",
  "要积极推行以招标承包为核心的多种形式的经济责任制。凡重要工程和城市开发建设的承发包，都必须进行招标、投标。在国家统一计划和监督下，由发包单位通过招标，择优选用设计、施工单位。国营和集体的设计、施工单位，不论来自哪个地区、哪个部门，经审查合格后都可以参加投标。要鼓励竞争，防止垄断。",
  "要着手组建多种形式的工程承包公司和综合开发公司。工业、交通等生产性建设项目由专业性的工程承包公司投标，从可行性研究、设计、设备配套、工程施工到竣工试车进行全过程的总承包；然后再由工程承包公司向各设计、施工、设备供应单位招标，签订分包经济合同。城市住宅区、新建工矿区及其公共设施工程的建设，由开发公司承包，按照城镇总体规划，统一办理土地征用事宜，进行设计和配套建设。要保证承包企业的法人地位，给以必要的自主权。上级行政部门不得干预其正常的经济活动，同时要切实加强质量监督和财务监督。",
  "在整个工程、整个开发区实行承包后，建筑企业内部还应当结合自己的特点，落实各种形式的承包责任制。比如工业、交通项目实行施工图预算包干，民用建筑按最终产品实行小区包干、栋号包干，对建筑企业实行按百元产值工资含量包干等。",
  "要改革建筑材料供应方式，实行包工包料。过去材料供应环节多，层层设库，余缺不能调剂，经常处于停工待料的被动状态。今后应逐步改为由物资部门将材料直接供应给承包单位，并相应改革材料和设备订货程序。与此同时，要允许一部分材料和设备实行市场调节。",
].join('\n\n');

const NATIONAL_1984_PEACE = [
  '各位代表：',
  '关于外交工作',
  "一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、停止军备竞赛、促进实现裁军、防止世界战争而努力",
  "中国要和平，不要战争。中国人民正在致力于建设现代化的国家，当然需要一个稳定的、长期的和平国际环境。我们不仅今天需要和平，到将来实现了社会主义现代化，也同样需要和平。我们绝不愿意让自己经过千辛万苦取得的建设成果遭到战争破坏，绝不愿意让自己同胞在战争中蒙受生命财产的巨大损失，也不希望看到人类再一次蒙受世界战争的浩劫。令人不安的是，当前国际局势依然紧张动荡。两个超级大国的全球性争夺继续加剧，核军备竞赛不断升级。它们在欧洲的军事对峙更加尖锐，在亚洲和太平洋地区的军事扩张活动有增无已。世界各处的“热点”没有降温，有的冲突还有扩大的趋势。世界战争的危险并未消除。面对严峻的现实，中国人民不能不对战争与和平问题感到严重关切。",
  "中国既反对热战，也反对冷战。国际紧张局势的根源是两个超级大国争夺世界霸权。要缓和国际紧张局势，首先应当结束超级大国的军备竞赛和它们在东南亚、西南亚、中东、南部非洲、中美洲等地区策动或支持的局部战争，消除由于它们的争夺而引起的动乱。我们希望美苏缓和它们之间的关系，不希望它们加剧对抗，增加战争的危险。我们也赞成东欧和西欧各国改善关系，消除两个军事集团的严重对立。我们衷心希望整个国际紧张局势以及区域性的武装冲突和紧张局势，都能得到缓和。一切为此而进行的努力，都将得到中国的支持。",
  "中国赞成裁军，反对军备竞赛特别是核军备竞赛，主张全面禁止与彻底销毁核武器、化学和生物武器、太空武器，主张大量裁减常规军备。中国正在集中全力进行经济建设，提高人民生活水平。我们将和各国人民一起，为促进裁军的实现，缓和紧张局势，继续进行不懈的努力。",
].join('\n\n');

/** Dev national 2022, part 一: “中国特色大国外交全面推进。” opens its paragraph as a lead (中国 starts a noun there). */
const NATIONAL_2022 = readFileSync(join(CORPUS, 'national/2022.txt'), 'utf8');

describe('a sentence that speaks for the government is no lead', () => {
  it('reads 要… after three paragraphs of a section’s measures as prose (1984 二、)', () => {
    expect(at(NATIONAL_1984_BUILDING, '二、改革建筑业和基本建设的管理体制')).toMatchObject({ kind: 'section', level: 2, children: [] });
    expect(at(NATIONAL_1984_BUILDING, '要积极推行以招标承包为核心')).toBeUndefined();
    expect(at(NATIONAL_1984_BUILDING, '要着手组建多种形式的工程承包公司')).toBeUndefined();
    expect(at(NATIONAL_1984_BUILDING, '要改革建筑材料供应方式')).toBeUndefined();
  });

  it('reads 中国 as the subject of a stance as prose (1984 外交 一、)', () => {
    expect(at(NATIONAL_1984_PEACE, '中国要和平，不要战争。')).toBeUndefined();
    expect(at(NATIONAL_1984_PEACE, '中国既反对热战，也反对冷战。')).toBeUndefined();
    expect(at(NATIONAL_1984_PEACE, '一、维护世界和平是我国对外政策的主要目标')).toMatchObject({ kind: 'section', level: 2, children: [] });
  });

  it('keeps a lead whose first word is a noun starting with 中国 (dev 2022 “中国特色大国外交全面推进。”)', () => {
    expect(at(NATIONAL_2022, '中国特色大国外交全面推进。')).toMatchObject({ kind: 'lead', title: '中国特色大国外交全面推进' });
  });

  it('tells the openers from nouns that start alike', () => {
    expect(opensWithRequirement('要改革建筑材料供应方式，实行包工包料')).toBe(true);
    expect(opensWithRequirement('要素市场化配置机制')).toBe(false); // a noun phrase of dev national 2018
    expect(opensWithCountryStance('中国赞同核裁军应与常规裁军结合进行的主张')).toBe(true);
    expect(opensWithCountryStance('中国特色大国外交全面推进')).toBe(false);
  });
});
