/**
 * National strategies without a type word (knownNames.ts, entityTypes.json knownNames): a local report follows the
 * strategy of its own region from part to part — reviewed, set to work on, said again — and its repeats link to the
 * first mention (the links convention of session 15); another region's strategy it names in passing stays unlinked.
 * Each on the real dev text (and 河北 2024, read outside the corpus, whose 京津冀协同发展 recurs three times).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import data from '../../src/core/lexicon/entityTypes.json';
import places from '../../src/core/lexicon/placeProvinces.json';
import { SEED, readCorpus } from '../support/corpus';

const entities = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('a local report’s own regional strategy', () => {
  it('安徽 2026 (中部 province): 中部地区崛起 said in the review, the plan and the tasks links to its first mention', () => {
    const anhui = entities(readCorpus('local/安徽省-2026.txt'));
    expect(linksOf(anhui, '中部地区崛起')).toEqual(['L46 → L32 中部地区崛起', 'L78 → L32 中部地区崛起']);
  });

  it('湖南 2026: the first mention has a word put in as the centre says it (中部地区加快崛起), and the later ones go there', () => {
    const hunan = entities(readCorpus('local/湖南省-2026.txt'));
    expect(linksOf(hunan, '中部地区崛起')).toEqual(['L26 → L22 中部地区加快崛起', 'L45 → L22 中部地区加快崛起', 'L81 → L22 中部地区加快崛起']);
  });

  it('辽宁 2026 (东北 province): 东北全面振兴 links; 京津冀协同发展, another region’s, is named once in passing', () => {
    const liaoning = entities(readCorpus('local/辽宁省-2026.txt'));
    expect(linksOf(liaoning, '东北全面振兴')).toEqual(['L38 → L17 东北全面振兴', 'L101 → L17 东北全面振兴']);
    expect(linksOf(liaoning, '京津冀协同发展')).toEqual([]);
  });

  it('another region’s strategy said twice in a local report stays unlinked (a report of 江苏 naming 中部地区崛起 twice)', () => {
    const text = ['江苏省政府工作报告', '各位代表：', '一、2025年工作回顾', '我们主动服务中部地区崛起，深化省际合作。', '二、2026年主要任务', '继续支持中部地区崛起，推进对口合作。'].join('\n');
    expect(linksOf(entities(text), '中部地区崛起')).toEqual([]);
  });

  it('河北 (北京, 天津, 河北 are 京津冀): its repeats link to the first (hebei-2021, dev)', () => {
    const hebei = entities(readCorpus('local/hebei-2021.txt'));
    const links = linksOf(hebei, '京津冀协同发展');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(new Set(links.map((l) => l.split(' → ')[1])).size).toBe(1);
  });

  it('雄安新区, listed as 雄安 (ownPlace leaves 雄安新), follows 京津冀协同发展 as 河北 does; 长三角一体化发展 stays unlinked there', () => {
    const text = [
      '雄安新区2024年政府工作报告',
      '各位代表：',
      '一、2023年工作回顾',
      '深入推进京津冀协同发展，借鉴长三角一体化发展经验。',
      '二、2024年工作安排',
      '服务京津冀协同发展，学习长三角一体化发展做法，推动疏解。',
    ].join('\n');
    const refs = entities(text);
    expect(linksOf(refs, '京津冀协同发展')).toEqual(['L5 → L3 京津冀协同发展']);
    expect(linksOf(refs, '长三角一体化发展')).toEqual([]);
  });

  it('a city of the region too (seed, 苏州市: 抢抓长三角一体化等重大历史机遇 … 长三角一体化发展, said without 发展 first), and 江苏 2026 (长三角一体化发展 said in the plan and the tasks)', () => {
    expect(linksOf(entities(readCorpus(SEED)), '长三角一体化发展')).toEqual(['L30 → L26 长三角一体化', 'L138 → L26 长三角一体化', 'L178 → L26 长三角一体化']);
    expect(linksOf(entities(readCorpus('local/江苏省-2026.txt')), '长三角一体化发展')).toEqual(['L51 → L41 长三角一体化发展']);
  });
});

describe('a county’s report follows its province’s region (placeProvinces.json, from the division codes)', () => {
  // src32 涞水县-2021 (outside ../shared/corpus), lines 2, 11, 15 and 36 verbatim (the review's sentence cut after its clause).
  const laishui = [
    '2021年涞水县政府工作报告',
    '——2021年2月5日在涞水县第十六届人民代表大会第五次会议上',
    '一、“十三五”时期经济社会发展回顾',
    '“十三五”时期是涞水发展史上浓墨重彩的五年，是涞水发展进程中极其难忘的五年。面对经济发展新常态、京津冀协同发展纵深推进、脱贫攻坚精准发力的重大机遇，我们坚持稳中求进工作总基调。',
    '二、“十四五”时期的主要目标任务',
    '将涞水发展置于“两个大局”[21]中去考虑，置于京津冀协同发展、世界级城市群打造、雄安新区建设、京雄保一体化发展等重大国家战略和决策部署中去审视，当前及今后一个时期，涞水面临诸多机遇和挑战。',
  ];

  it('涞水县, a county of 保定, whose title and meeting name no city: 京津冀协同发展 of the five-year goals links to the review', () => {
    expect(linksOf(entities(laishui.join('\n')), '京津冀协同发展')).toEqual(['L5 → L3 京津冀协同发展']);
  });

  it('a county of another province (高唐县, 山东: src32 高唐县-2021) leaves the strategy it names twice alone', () => {
    const gaotang = laishui.map((l) => l.replace(/涞水县/g, '高唐县').replace(/涞水/g, '高唐'));
    expect(linksOf(entities(gaotang.join('\n')), '京津冀协同发展')).toEqual([]);
  });

  it('a county of another province of a region follows that region’s strategy (昆山市, 江苏: 长三角一体化发展)', () => {
    const kunshan = laishui.map((l) => l.replace(/涞水县/g, '昆山市').replace(/涞水/g, '昆山').replace(/京津冀协同发展/g, '长三角一体化发展'));
    expect(linksOf(entities(kunshan.join('\n')), '长三角一体化发展')).toEqual(['L5 → L3 长三角一体化发展']);
  });

  it('a name two provinces share tells no province (通州区: 北京 and 江苏 南通), so it is not listed', () => {
    const all = Object.values(places.provinces).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('通州区');
  });
});

describe('the regional strategies’ data (entityTypes.json)', () => {
  const known = new Set(data.knownNames);
  it('every strategy with a region and every writing’s name is a known name; a writing is no known name of its own', () => {
    for (const name of Object.keys(data.knownNameRegions)) expect(known.has(name), name).toBe(true);
    for (const [written, name] of Object.entries(data.knownWritings)) {
      expect(known.has(name), name).toBe(true);
      expect(known.has(written), written).toBe(false);
      expect(Object.keys(data.knownShorts)).not.toContain(written);
    }
  });

  it('no place is listed twice for one strategy', () => {
    for (const [name, places] of Object.entries(data.knownNameRegions)) expect(new Set(places).size, name).toBe(places.length);
  });
});


describe('a national campaign every government carries out itself (entityTypes.json carriedEverywhere)', () => {
  // Unseen witness (江西 2025, read by hand before the rule): 消费品以旧换新补贴280余万件 in the review, 更大力度推进消费品以旧换新 in the tasks.
  it('安徽 2026: 消费品以旧换新, reviewed by the sales it drove, links from the tasks to the review', () => {
    expect(linksOf(entities(readCorpus('local/安徽省-2026.txt')), '消费品以旧换新')).toEqual(['L56 → L19 消费品以旧换新']);
  });

  it('江西 2026: the tasks’ 消费品以旧换新政策 links to the review, and the glossary’s explanation of “两新” does not', () => {
    expect(linksOf(entities(readCorpus('local/jiangxi-2026.txt')), '消费品以旧换新')).toEqual(['L50 → L19 消费品以旧换新']);
  });

  it('湖南 2026: 扫黑除恶 of the review’s 常态化开展扫黑除恶 links from the tasks’ 常态化扫黑除恶机制', () => {
    expect(linksOf(entities(readCorpus('local/湖南省-2026.txt')), '扫黑除恶')).toEqual(['L111 → L24 扫黑除恶']);
  });

  it('every carried campaign is a known name, listed once', () => {
    const known = new Set(data.knownNames);
    for (const name of data.carriedEverywhere) expect(known.has(name), name).toBe(true);
    expect(new Set(data.carriedEverywhere).size).toBe(data.carriedEverywhere.length);
  });
});
