import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';
import { isLeadSentence, isStatement } from '../../src/core/outline/leads';
import { readCorpus } from '../support/corpus';

// Session 27: the national 1994, 2000 and 2009 and 贵州/北京 2026 reports some tests below read are sealed for the figures
// but dev for the outline (test/fixtures/expected/split.json seals none of them), whose rules these tests witness; they
// stay, as outline-dev text. No outline test reads a report sealed for the outline.

/** Rules of issue 9 (an outline right on every layout), each on the real text that shows it. */
const nodes = (file: string): OutlineNode[] => flattenOutline(analyzeReport(readCorpus(file)).outline).map(({ node }) => node);
const lineOf = (file: string, start: string): number => {
  const at = readCorpus(file)
    .split('\n')
    .findIndex((l) => l.replace(/^[\s\u3000]+/, '').startsWith(start));
  if (at < 0) throw new Error(`${file}: no line starts with ${start}`);
  return at;
};
/** The node whose heading opens the line that starts with `start` (inline 一是 points further on are not it). */
const nodeAt = (file: string, start: string): OutlineNode | undefined => {
  const line = lineOf(file, start);
  const indent = (readCorpus(file).split('\n')[line] ?? '').indexOf(start);
  return nodes(file).find((n) => n.selectionRange.start.line === line && n.selectionRange.start.character === indent);
};

describe('statements are not leads', () => {
  it('takes the maxims that introduce a block for prose, while the leads around them stay leads (2015 parts 三, 四, 五)', () => {
    const file = 'national/2015.txt';
    for (const maxim of ['改革开放是推动发展的制胜法宝。', '提高创新效率重在优化科技资源配置。', '立国之道，惟在富民。', '能源生产和消费革命，关乎发展与民生。']) {
      expect(nodeAt(file, maxim), maxim).toBeUndefined();
    }
    expect(nodeAt(file, '多管齐下改革投融资体制。')?.kind).toBe('lead');
    // 166 sits between a body paragraph and two statements: the statements still count for its series.
    expect(nodeAt(file, '推动产业结构迈向中高端。')?.kind).toBe('lead');
  });

  it('takes the maxim closing a section for prose, not for a fifth lead (湖南 2026 （一）)', () => {
    const file = 'local/湖南省-2026.txt';
    expect(nodeAt(file, '市场是最稀缺的资源。')).toBeUndefined();
    expect(nodeAt(file, '持续壮大经营主体。')?.kind).toBe('lead');
  });

  it('takes “X也是Y” and “X，Y是关键” for statements that introduce their blocks (2015 parts 三, 四)', () => {
    const file = 'national/2015.txt';
    expect(nodeAt(file, '开放也是改革。')).toBeUndefined();
    expect(nodeAt(file, '推进农业现代化，改革是关键。')).toBeUndefined();
    expect(nodeAt(file, '推动外贸转型升级。')?.kind).toBe('lead');
    expect(nodeAt(file, '推进新型城镇化取得新突破。')?.kind).toBe('lead');
  });

  it('takes a maxim of how two things stand to each other (X和Y相辅相成) for prose introducing the part (2015 part 四)', () => {
    const file = 'national/2015.txt';
    expect(nodeAt(file, '稳增长和调结构相辅相成。')).toBeUndefined();
    expect(isStatement('改革和发展相得益彰')).toBe(true);
    expect(nodeAt(file, '加快培育消费增长点。')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('takes a maxim with 贵在 and a sentence placing its subject in a period or stage for statements (dev 2015, 2005)', () => {
    // Unseen witnesses (session 24): 内蒙古 2025 （三） “科技创新贵在持之以恒、久久为功。” and the 14th CPC congress report's
    // “当今世界正处在大变动的历史时期。” were read as leads. The dev sentences are of the same make.
    expect(isStatement('生态环保贵在行动、成在坚持')).toBe(true);
    expect(isStatement('我国经济体制改革仍处在攻坚阶段')).toBe(true);
    expect(isStatement('加快培育消费增长点')).toBe(false);
    expect(isStatement('推动高质量发展迈上新阶段')).toBe(false);
    expect(isStatement('提高农业生产组织化程度')).toBe(false);
  });

  it('takes maxims of cause and consequence (X则Y, X决定Y, 愈…愈…) for prose (湖南 2026 （二）（三）, 1955)', () => {
    const file = 'local/湖南省-2026.txt';
    expect(nodeAt(file, '产业强则经济强。')).toBeUndefined();
    expect(nodeAt(file, '创新的深度和广度决定未来发展的高度和维度。')).toBeUndefined();
    expect(nodeAt(file, '深化两业共融。')?.kind).toBe('lead');
    expect(nodeAt(file, '加快教育科技人才一体发展。')?.kind).toBe('lead');
    expect(nodeAt('national/1955.txt', '愈是重要的建设单位，浪费的可能性愈大。')).toBeUndefined();
  });

  it('takes “X是…的” with the 的-phrase as its whole predicate for a statement, and keeps “这是…的五年” titles (1984 外交 一、)', () => {
    // 1984年国务院政府工作报告 (aldohemsn/chinese-political-corpora @99bc4b0), line 172's first sentence.
    expect(isStatement('反对霸权主义和维护世界和平是互相联系、不可分割的')).toBe(true);
    // 广东 2026's series lead “这是经济实力持续提升的五年。” stays a title.
    expect(isStatement('这是经济实力持续提升的五年')).toBe(false);
  });

  it('takes a “为了…，必须…” sentence for prose (1956 part 三)', () => {
    expect(nodeAt('national/1956.txt', '为了健全财政工作，必须制订必要的制度。')).toBeUndefined();
  });
});

describe('a sentence whose subject is a government body reports, it does not title', () => {
  it('takes “国务院机构改革基本完成，…。” for prose among the leads of （三） (2009 part 一)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '国务院机构改革基本完成，地方机构改革稳步推进。')).toBeUndefined();
    expect(nodeAt(file, '对外开放水平继续提高。')?.kind).toBe('lead');
  });
});

describe('a paragraph that goes on an enumeration begun before it', () => {
  it('takes “严格控制…的贷款。三是…” for the rest of 二是, not a lead (2009 part 三 （一）)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '严格控制对高耗能、高污染和产能过剩行业企业的贷款。')).toBeUndefined();
    expect(nodeAt(file, '实施适度宽松的货币政策。')?.kind).toBe('lead');
  });
});

describe('announcements are not leads', () => {
  it('takes “做好今年政府工作，要把握好以下几点。” for the announcement of an inline list, not a lead (2017 part 二)', () => {
    const file = 'national/2017.txt';
    expect(nodeAt(file, '做好今年政府工作，要把握好以下几点。')).toBeUndefined();
    expect(nodeAt(file, '货币政策要保持稳健中性。')?.kind).toBe('lead');
  });
});

describe('the closing words of a part, after its numbered sections', () => {
  it('lists no leads after “各位代表！” once the part has numbered sections (2018 part 一, 天津 2026 part 一)', () => {
    expect(nodeAt('national/2018.txt', '过去五年，港澳台工作取得新进展。')).toBeUndefined();
    expect(nodeAt('national/2018.txt', '全面加强党风廉政建设。')).toBeUndefined();
    expect(nodeAt('local/天津市-2026.txt', '五年来，京津冀协同发展动能不断显现。')).toBeUndefined();
    // The leads of the sections before the address stay.
    expect(nodeAt('national/2018.txt', '强化民生兜底保障。')?.level).toBe(3);
  });

  it('lets the numbered list go on after the address (辽宁 2026 （十） after “各位代表！今年，我们继续安排20件民生实事”)', () => {
    const file = 'local/辽宁省-2026.txt';
    expect(nodeAt(file, '（十）')?.level).toBe(2);
    expect(nodeAt(file, '深化金融化险改革。')?.level).toBe(3);
  });

  it('lists no dash leads after the paragraph owning up to the problems, once the part has numbered sections (2008 part 一)', () => {
    const file = 'national/2008.txt';
    expect(nodeAt(file, '——经济运行中一些突出问题和深层次矛盾依然存在。')).toBeUndefined();
    expect(nodeAt(file, '——政府自身建设和管理需要加强。')).toBeUndefined();
    // The lessons before it stay sections, and the dash leads before the part's first section stay leads.
    expect(nodeAt(file, '第六，')?.level).toBe(2);
    expect(nodeAt(file, '——经济跨上新台阶。')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('still lists the series after an address that follows 一是 points, which are no sections (湖南 2026 这五年，…)', () => {
    const file = 'local/湖南省-2026.txt';
    expect(nodeAt(file, '这五年，综合经济实力不断增强。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

describe('a 一是 list right after a lead sentence is the lead’s', () => {
  it('nests 一是…七是 under “努力保持对外贸易稳定增长。…” (2009 （五）), and 一是… under “千方百计促进就业。” (（六）)', () => {
    const file = 'national/2009.txt';
    const trade = nodeAt(file, '努力保持对外贸易稳定增长。');
    expect(trade).toMatchObject({ kind: 'lead', level: 3 });
    expect(trade?.children.filter((c) => c.kind === 'point').map((c) => c.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
    expect(nodeAt(file, '一是把促进高校毕业生就业放在突出位置')?.level).toBe(4);
    // A 一是 list that opens a section with no lead before it stays the section's (（二）).
    expect(nodeAt(file, '一是扩大消费尤其是居民消费。')?.level).toBe(3);
  });
});

describe('a paragraph the page repeats adds no heading', () => {
  it('reads the lead once when the scrape left its paragraph twice, the first copy cut short (2015 part 三)', () => {
    const file = 'national/2015.txt';
    const leads = nodes(file).filter((n) => n.title === '加大简政放权、放管结合改革力度');
    expect(leads).toHaveLength(1);
    expect(leads[0]?.selectionRange.start.line).toBe(lineOf(file, '加大简政放权、放管结合改革力度。'));
  });
});

describe('parallel leads that share their first word and their shape', () => {
  it('reads “坚持X，Y，Z。” ×4 as the leads of 2015 part 六, though each has two commas', () => {
    const file = 'national/2015.txt';
    const part6 = nodes(file).find((n) => n.level === 1 && n.marker === '六、');
    expect(part6?.children.map((c) => `${c.kind} ${c.title}`)).toEqual([
      'lead 坚持依宪施政，依法行政，把政府工作全面纳入法治轨道',
      'lead 坚持创新管理，强化服务，着力提高政府效能',
      'lead 坚持依法用权，倡俭治奢，深入推进党风廉政建设和反腐败工作',
      'lead 坚持主动作为，狠抓落实，切实做到勤政为民',
    ]);
  });

  it('does not take a lone sentence of that shape for a lead (2015 part 六 opens with “我们要全面推进依法治国，…”)', () => {
    expect(nodeAt('national/2015.txt', '我们要全面推进依法治国')).toBeUndefined();
  });
});

describe('a lead titles a body longer than itself', () => {
  it('takes a paragraph of short feats for no lead, and a short lead over a longer sentence for one (2009 part 一)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '全面夺取抗击特大自然灾害的重大胜利。')).toBeUndefined();
    expect(nodeAt(file, '出台养老保险关系转移接续办法。')).toBeUndefined();
    // “就业和社会保障工作进一步加强。完善促进就业、以创业带动就业的政策，落实最低工资制度。”: a body of 27 characters.
    expect(nodeAt(file, '就业和社会保障工作进一步加强。')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('takes a paragraph that is only its title for a lead when leads stand on both sides of it (2009 （五）)', () => {
    const file = 'national/2009.txt';
    expect(nodeAt(file, '加快地方政府机构改革，推进事业单位改革。')).toMatchObject({ kind: 'lead', level: 3 });
    // Alone, such a paragraph is prose: “鼓励各地从实际出发，…。” after the regional paragraph that is no lead.
    expect(nodeAt(file, '鼓励各地从实际出发')).toBeUndefined();
  });
});

describe('a bold marker alone on its line, over a whole paragraph, numbers an enumeration', () => {
  it('does not read 第一，…第五， of 1955 （五） and 第一，…第三， of 1988 五、 as sections', () => {
    expect(nodes('national/1955.txt').some((n) => n.title.startsWith('支援工业建设和国防建设'))).toBe(false);
    expect(nodes('national/1988.txt').some((n) => n.title.startsWith('这次机构改革主要着眼于转变职能'))).toBe(false);
    // A whole bold line “第一，基本建设规模的大小问题” is a section (1955 （一）).
    expect(nodes('national/1955.txt').find((n) => n.title === '基本建设规模的大小问题')).toMatchObject({ marker: '第一，', level: 3 });
  });
});

describe('the first lead of a run, after a section’s introduction', () => {
  it('takes a bracketed lead for the first of its series when two leads follow it (天津 2026 （二）)', () => {
    const file = 'local/天津市-2026.txt';
    expect(nodeAt(file, '积极共建北京（京津冀）国际科技创新中心。')).toMatchObject({ kind: 'lead', level: 3, title: '积极共建北京（京津冀）国际科技创新中心' });
    // The introduction itself is no lead.
    expect(nodeAt(file, '发挥教育科技人才比较优势')).toBeUndefined();
  });
});

describe('a paragraph looking back on the leads closes their topics', () => {
  it('gives 一是…三是 after “在切实做好上述工作的同时，…” to the part, not to the lead before it (2000 part 七)', () => {
    const file = 'national/2000.txt';
    expect(nodeAt(file, '一是依法扩大社会保险的覆盖面')).toMatchObject({ kind: 'point', level: 2 });
    expect(nodeAt(file, '大力促进下岗职工再就业。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

describe('prose openers', () => {
  it('takes a sentence that opens on “对于X，” for prose that takes up a topic, not a lead (1957)', () => {
    expect(nodeAt('national/1957.txt', '对于科学规划，有人表示怀疑。')).toBeUndefined();
  });
});

describe('blocks have items, not sub-headings', () => {
  it('reads no lead inside a glossary note (广东 2026 名词解释 8.“链式改造”)', () => {
    const file = 'local/guangdong-2026.txt';
    expect(nodeAt(file, '包括“供应链改造”和“产业链改造”')).toBeUndefined();
    expect(nodes(file).find((n) => n.kind === 'glossary')?.children.length).toBe(13);
  });
});

describe('where a heading starts', () => {
  it('starts a lead on its own line, not on the em-space line above it that stands for a blank line (2024 （九）)', () => {
    const file = 'national/2024.txt';
    const line = lineOf(file, '推动生态环境综合治理。');
    expect(readCorpus(file).split('\n')[line - 1]).toBe('\u2003');
    const lead = nodes(file).find((n) => n.title === '推动生态环境综合治理');
    expect(lead?.range.start).toEqual({ line, character: 0 });
    expect(lead?.selectionRange.start.line).toBe(line);
  });
});

describe('a bold first sentence that kept its body on its line', () => {
  it('takes the flush line below an indent-only line for a lead titled by its first sentence (1993 part 五)', () => {
    const file = 'national/1993.txt';
    const lead = nodeAt(file, '坚决开展禁止卖淫嫖娼、');
    expect(lead).toMatchObject({ kind: 'lead', level: 2 });
    expect(lead?.title.endsWith('净化社会环境')).toBe(true);
    // The plain paragraphs of the layout keep their indent on their first line: their sentences are no leads.
    expect(nodeAt(file, '认真抓好计划生育和环境保护。')).toMatchObject({ kind: 'lead', level: 2 });
    expect(nodeAt(file, '当前是我国人口增长的一个高峰期')).toBeUndefined();
  });
});

describe('the last lead of a long series', () => {
  it('ends a series of three or more leads on a longer lead even when body text follows (2008 （五）)', () => {
    const file = 'national/2008.txt';
    expect(nodeAt(file, '拓展对外开放广度和深度，提高开放型经济水平。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAt(file, '加快金融体制改革，加强金融监管。')).toMatchObject({ kind: 'lead', level: 3 });
    // The closing remark after it is prose.
    expect(nodeAt(file, '在推进改革开放中，要加快现代市场体系建设')).toBeUndefined();
  });
});

describe('a lead that names a list of fields', () => {
  it('reads the 、-list closed by 等 as one word when judging a lead’s length beside other leads (2015 part 三)', () => {
    const file = 'national/2015.txt';
    expect(nodeAt(file, '继续推进科技、教育、文化、医药卫生、养老保险、事业单位、住房公积金等领域改革。')).toMatchObject({ kind: 'lead', level: 2 });
    // Alone, the same length is still too long for a lead.
    expect(isLeadSentence('继续推进科技、教育、文化、医药卫生、养老保险、事业单位、住房公积金等领域改革。发展需要改革添动力，群众期盼改革出实效，我们要努力交出一份答卷。')).toBe(-1);
  });
});
