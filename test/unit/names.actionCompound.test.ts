/**
 * A count named after the action that brings its things about (培育, 建设, 争创, 引育) counts the things, also when a verb
 * stands inside their modifiers (示范镇, 创新团队, 应用示范场景企业): a head noun that closes the phrase makes it a noun, and
 * the action goes (actionCompound.ts). And a present time word is looked for only on a word's edge: 项目前期 holds
 * 目前. Lines verbatim from src32 高唐县-2022 and 米易县-2023 (outside ../shared/corpus; 0-based lines).
 */
import { describe, expect, it } from 'vitest';
import { compoundAfterAction, withoutLeadAdverb } from '../../src/core/indicators/actionCompound';
import { COUNTED_HEADS, FACILITY_HEADS } from '../../src/core/lexicon/nameWords';
import compoundHeads from '../../src/core/lexicon/compoundHeads.json';
import { FIVE_YEAR_REVIEW, lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a count after an action, a verb inside its modifiers', () => {
  it('names the things, not the action (src32 高唐县-2022 lines 63, 64, 65)', () => {
    const towns = '依托云谷·寸金直播电商创业基地等平台，培育市级电商示范镇1个、示范村8个。';
    expect(namesOf(towns, ['1个'], thisYearWork(2022))).toEqual(['市级电商示范镇']);
    const rivers = '建设县镇级美丽幸福河湖63条，争创省级美丽幸福示范河湖2条。';
    expect(namesOf(rivers, ['2条'], thisYearWork(2022))).toEqual(['省级美丽幸福示范河湖']);
    const bases = '支持党支部领办合作社等新型经营主体发展，力争农业生产托管率达到70%。建设科技示范基地4个，培训技术指导员70人、科技示范主体200个、高素质农民200人。';
    expect(namesOf(bases, ['4个'], thisYearWork(2022))).toEqual(['科技示范基地']);
  });

  it('takes a second action off too (src32 米易县-2023 lines 57, 70)', () => {
    const teams = '以省级人才工作先行区先进县创建为引领，制定出台住房、医疗、教育等配套支持政策，力争全年引育高层次创新团队2个、创新人才200人以上。';
    expect(namesOf(teams, ['2个'], thisYearWork(2023))).toEqual(['高层次创新团队']);
    const subjects = '高标准建设四川种业“南繁”基地，培育提升新型经营主体100家以上，争创国家稻菜现代农业产业园。';
    expect(namesOf(subjects, ['100家'], thisYearWork(2023))).toEqual(['新型经营主体']);
  });

  it('keeps what is no noun phrase closed by a head', () => {
    // The object's own predicate (实施|棚户区改造) and a verb with its object right after the action stay.
    expect(compoundAfterAction('棚户区改造', '实施')).toBeNull();
    expect(compoundAfterAction('参与示范创建企业', '培育')).toBeNull();
    expect(compoundAfterAction('应用示范场景', '培育')).toBeNull();
    expect(compoundAfterAction('提升新型经营主体', '培育')).toBe('新型经营主体');
    // (获批省级营商环境创新“揭榜挂帅”试点项目5个 — src32 高唐县-2024 line 20: 获 opens 获批, no dictionary verb.)
    expect(compoundAfterAction('批省级营商环境创新揭榜挂帅试点项目', '获')).toBeNull();
  });
});

describe('a present time word inside a name', () => {
  it('is no time inside 项目前期 (src32 米易县-2023 lines 43, 53)', () => {
    const fees = '以“项目攻坚突破年”为统揽，包装储备在库项目320个、总投资达1257.93亿元，分别增长6%、14.2%；县级财政保障项目前期经费1000万元，创新“五个一”工作机制，推动116个重点项目加快建设。';
    expect(namesOf(fees, ['1000万元'], thisYearWork(2023))).toEqual(['县级财政保障项目前期经费']);
    const works = '推动长隆钛白废酸综合利用等5个重点项目开工建设，有序启动潘家田铁矿露天转地下开采工程等7个重点项目前期工作，';
    expect(namesOf(works, ['7个'], thisYearWork(2023))).toEqual(['重点项目前期工作']);
  });
});

describe('an adverb of manner or order before a count’s verb', () => {
  it('goes, the verb and its object reading on (src32 高唐县-2022 line 22, 米易县-2023 line 43)', () => {
    const tasks = '先后实施国家级农村改革试验任务4个、省级农村改革试点任务6个。';
    expect(namesOf(tasks, ['4个'], FIVE_YEAR_REVIEW)).toEqual(['国家级农村改革试验任务']);
    const motions = '依法公开政务信息2.9万余条。高效办理人大代表建议62件、政协委员提案74件，办复率、满意度均达100%。';
    expect(namesOf(motions, ['62件'], lastYearReview(2023))).toEqual(['办理人大代表建议']);
  });

  it('stays before a noun it describes (高效农业示范园)', () => {
    expect(withoutLeadAdverb('高效农业示范园')).toBe('高效农业示范园');
    expect(withoutLeadAdverb('先后实施国家级农村改革试验任务')).toBe('实施国家级农村改革试验任务');
  });
});

describe('compoundHeads.json', () => {
  it('lists heads the counted and facility heads lack, once each', () => {
    const heads = compoundHeads.heads;
    expect(new Set(heads).size).toBe(heads.length);
    for (const h of heads) {
      expect(h).toMatch(/^[\u4e00-\u9fff]{1,4}$/);
      expect(COUNTED_HEADS).not.toContain(h);
      expect(FACILITY_HEADS).not.toContain(h);
    }
  });
});
