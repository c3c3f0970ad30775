/**
 * Names said short or in a list, read on reports no rule was written on (links23: 山西, 甘肃 2026 and national 2002, by
 * hand before the program ran) and checked on the dev reports where the same shape stands:
 * - a quoted name said without its kind (quotedClips.ts: “双高” of “双高计划”);
 * - list items whose shared type word comes after 等 or a count and ordinary words (listedNames.ts: 金白兰武有色金属、
 *   宝汉天工业母机2个国家先进制造业集群);
 * - a formal name holding 及 (nameStart.ts: 全国区域性科技创新及转化基地);
 * - the great works a national report names bare (entityTypes.json knownNames: 退耕还林).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { nameStarts } from '../../src/core/references/nameStart';

const links = (refs: readonly Reference[], kind: string, name: string): string[] =>
  refs.filter((r) => r.kind === kind && r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);
const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('a quoted name said without its kind (quotedClips.ts)', () => {
  it('links “三医” to “三医联动” (湖南 2026, dev)', () => {
    expect(links(analyzeReport(readCorpus('local/湖南省-2026.txt')).references, 'term', '“三医”')).toEqual(['L75 → L21 “三医联动”']);
  });

  it('links “双高” to “双高计划” (山西 2026, outside the corpus)', () => {
    const text = ['4所高职院校入选国家第二期“双高计划”。', '深入实施职业教育“双高”“双优”计划。'].join('\n');
    const terms = analyzeReport(text).references.filter((r) => r.kind === 'term').map((r) => `${r.from.text} → ${r.to.text}`);
    expect(terms).toEqual(['“双高” → “双高计划”']);
  });

  it('leaves a two-character quote that counts nothing alone (“名片” before “名片工程” is rhetoric)', () => {
    const text = ['打造城市“名片工程”。', '擦亮文化“名片”。'].join('\n');
    expect(analyzeReport(text).references.filter((r) => r.from.text === '“名片”')).toEqual([]);
  });
});

describe('list items whose type word comes after 等 or a count and ordinary words (listedNames.ts)', () => {
  it('links an item said again before another such type word (甘肃 2026, outside the corpus)', () => {
    const text = [
      '创建金白兰武有色金属、宝汉天工业母机2个国家先进制造业集群，镍铜钴新材料产业集群进入国家中小企业特色产业集群。',
      '实施产业创新工程，开展先进制造业集群培育提升行动，壮大金白兰武有色金属等国家级产业集群，布局建设数字经济、生物医药、商业航天等省级制造业集群。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['金白兰武有色金属 → 金白兰武有色金属']);
  });

  it('reads places before a count as no names (甘肃 2026: 庆阳、张掖、天水3个省级区域医疗中心)', () => {
    const text = ['庆阳、张掖、天水3个省级区域医疗中心加快建设。', '建成庆阳、张掖、天水等省级区域医疗中心。'].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('finds the same shape in the dev reports without a link they do not say (辽宁 2026: 沈阳化工新材料、盘锦精细化工2个平台)', () => {
    // Said once, the items stay unlinked: the dev lines did not move.
    expect(analyzeReport(readCorpus('local/辽宁省-2026.txt')).references.filter((r) => r.from.text.includes('盘锦精细化工'))).toEqual([]);
  });
});

describe('a list item that ends as the kind the list would share (listedNames.ts endsAsType)', () => {
  // Unseen witness, 山西 2025: 办好能博会、专业镇博览会、杏花村酒业博览会 — read back from 专业镇博览会, the clip 能博会 was
  // keyed 能博会博览会, and the clip scan (shortNames.ts) took that made-up name for the full name of 能博会: a link from the
  // clip to itself, in place of its link to the first 能博会.
  it('is a name of its own: the list is no list of items sharing that kind (dev 福建 2026: 扩大海峡论坛、海峡青年荟、世界妈祖文化论坛等品牌效应)', () => {
    const refs = analyzeReport(readCorpus('local/福建省-2026.txt')).references;
    const line = readCorpus('local/福建省-2026.txt').split('\n').findIndex((l) => l.includes('扩大海峡论坛、海峡青年荟'));
    expect(line).toBeGreaterThan(0);
    // 海峡论坛 is linked as itself; nothing on that line is keyed 海峡论坛论坛.
    expect(refs.filter((r) => r.from.range.start.line === line && r.key?.includes('论坛论坛') === true)).toEqual([]);
    expect(links(refs, 'entity', '海峡论坛')).toHaveLength(1);
  });

  it('no reference of a dev report takes the reader from a word to that same word', () => {
    for (const path of ['local/福建省-2026.txt', 'local/guangdong-2026.txt', 'local/江苏省-2026.txt', 'national/2024.txt']) {
      const self = analyzeReport(readCorpus(path)).references.filter((r) => r.from.range.start.line === r.to.range.start.line && r.from.range.start.character === r.to.range.start.character);
      expect(self.map((r) => `${path} ${r.kind} ${r.from.text}`)).toEqual([]);
    }
  });
});

describe('a verb and 好 before a name (nameStart.ts)', () => {
  // Unseen witness, 青海 2025: 三江源国家公园进入高质量建设新阶段 … 实施好三江源国家公园总体规划 — read from 好, the second
  // mention was 好三江源国家公园, a name said nowhere else, and the link was lost.
  const nearest = (path: string, phrase: string, type: string): string => {
    const text = readCorpus(path);
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const typeAt = at + phrase.lastIndexOf(type);
    const starts = nameStarts(text, typeAt);
    return text.slice(starts[starts.length - 1] as number, typeAt + type.length);
  };

  it('starts the name after 好 (dev guangdong 2026: 建设好长征国家文化公园; hebei-2010: 实施好国家大型商品粮基地; hailar-2019: 实施好智慧湿地项目)', () => {
    expect(nearest('local/guangdong-2026.txt', '建设好长征国家文化公园', '公园')).toBe('长征国家文化公园');
    expect(nearest('local/hebei-2010.txt', '实施好国家大型商品粮基地', '基地')).toBe('国家大型商品粮基地');
    expect(nearest('local/hailar-2019.txt', '实施好智慧湿地', '湿地')).toBe('智慧湿地');
  });
});

describe('a formal name holding 及 (nameStart.ts)', () => {
  it('is read over 及 where the report says it again (甘肃 2026, outside the corpus)', () => {
    const text = ['高水平建成全国区域性科技创新及转化基地。', '加力实施强科技行动，推动科技创新和产业创新深度融合，建设全国区域性科技创新及转化基地。'].join('\n');
    expect(entityLinks(text)).toEqual(['全国区域性科技创新及转化基地 → 全国区域性科技创新及转化基地']);
  });

  it('stops at 及 where the longer reading is said once (two things joined, not one name)', () => {
    const text = ['建设人才公寓及青年创业基地。', '扩大青年创业基地规模。'].join('\n');
    expect(entityLinks(text)).toEqual(['青年创业基地 → 青年创业基地']);
  });
});

describe('the great works a national report names bare (entityTypes.json knownNames)', () => {
  it('links 退耕还林 said again (national 2015, dev: 新一轮退耕还林还草 … 新增退耕还林还草)', () => {
    expect(links(analyzeReport(readCorpus('national/2015.txt')).references, 'entity', '退耕还林')).toEqual(['L201 → L31 退耕还林']);
  });
});
