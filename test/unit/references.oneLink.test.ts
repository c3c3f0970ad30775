/**
 * One link per mention: where a quoted term and a name are said at once (“十个全覆盖”工程), their two links went from
 * one place to one place; the name's is kept, and Find All References on the term still lists that mention.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport, relatedAt } from '../../src/core';
import { readCorpus } from '../support/corpus';

const local = (refs: readonly Reference[]): Reference[] => refs.filter((r) => r.kind !== 'indicator');
const starts = (r: { start: { line: number; character: number } }): string => `${r.start.line}:${r.start.character}`;

// 海拉尔区 2015 (outside the corpus), four sentences quoted whole, one a paragraph.
const HAILAR_2015 = [
  '“十个全覆盖”工程扎实推进，完成了5个行政村17.2公里的村巷硬化；新增村村通、户户通广播电视2200户；解决了3948人的安全饮水问题；新建的7个便民连锁超市全部投入使用。',
  '要认真编制“十三五”规划，充分利用国家和自治区优先支持产业结构调整、城市基础设施、民生和社会保障项目建设的发展机遇，做好项目谋划，争取专项资金，加快旧城区改造、“十个全覆盖”等公共服务和基础设施建设。',
  '深入实施农村牧区“十个全覆盖”工程，统筹摆布项目，引导群众参与，精心安排施工，加强后续管理，全面完成各项任务，认真做好这项自治区最大的综合性民生工程，让广大农民长期受益。',
  '今年，自治区推动科学发展现场会和全市壮大县域经济、加快“十个全覆盖”观摩会将在我区召开，我们要以此次会议为契机，全面推动我区经济社会各项事业的协调发展。',
].join('\n');

describe('one link per mention', () => {
  it('keeps the name’s link where the term it holds goes to the same place (“十个全覆盖”工程)', () => {
    const model = analyzeReport(HAILAR_2015);
    const fromLine2 = local(model.references).filter((r) => r.from.range.start.line === 2);
    expect(fromLine2.map((r) => `${r.kind} ${r.from.text} → ${r.to.text}`)).toEqual(['entity “十个全覆盖”工程 → “十个全覆盖”工程']);
    expect(fromLine2[0]!.also?.map((a) => a.key)).toEqual(['term:十个全覆盖']);
  });

  it('Find All References on the term lists every mention, the one its name holds too', () => {
    const model = analyzeReport(HAILAR_2015);
    const alone = model.references.find((r) => r.kind === 'term' && r.from.range.start.line === 1)!;
    const related = relatedAt(model, alone.from.range.start);
    const at = (line: number): string => `${line}:${HAILAR_2015.split('\n')[line]!.indexOf('“十个全覆盖”')}`;
    expect(related?.ranges.map(starts)).toEqual([at(0), at(1), at(2), at(3)]);
  });

  it('keeps a quoted list’s link and not those of the names inside it (海拉尔 2019: “草原音乐名城、冰雪运动名城、文化旅游名城”)', () => {
    const model = analyzeReport(readCorpus('local/hailar-2019.txt'));
    const line = model.references.filter((r) => r.kind !== 'indicator' && r.from.text.includes('冰雪运动名城') && r.from.range.start.line > 50);
    expect(line.map((r) => r.from.text)).toEqual(['“草原音乐名城、冰雪运动名城、文化旅游名城”']);
    expect(line[0]!.also?.map((a) => a.key)).toEqual(['entity:冰雪运动名城', 'entity:文化旅游名城']);
  });

  it('keeps the name’s link over a term inside it that does not start it (national 2005: 西部地区“两基”攻坚计划)', () => {
    const model = analyzeReport(readCorpus('national/2005.txt'));
    const later = local(model.references).filter((r) => r.from.range.start.line === 235 && r.from.text.includes('两基'));
    expect(later.map((r) => `${r.kind} ${r.from.text}`)).toEqual(['entity 西部地区“两基”攻坚计划']);
    expect(later[0]!.also?.map((a) => a.key)).toEqual(['term:两基']);
  });
});
