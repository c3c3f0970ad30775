/**
 * One quoted word that opens two names is two terms (src/core/references/termSenses.ts): “五个一”管理服务 and “五个一”机制,
 * “双区”驱动 and “双区”叠加. Read on free outside reports (Shenzhen's districts, /work/outside/src27), tested on their
 * sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const analyse = (lines: readonly string[]): { refs: Reference[]; lines: readonly string[] } => ({ refs: analyzeReport(lines.join('\n')).references.filter((r) => r.kind === 'term'), lines });
/** Each term link as 'line:character → line:character', from where it is said to where it goes. */
const at = ({ refs }: { refs: Reference[] }): string[] => refs.map((r) => `${r.from.range.start.line}:${r.from.range.start.character} → ${r.to.range.start.line}:${r.to.range.start.character}`);

describe('a quoted word that opens two names links each to its own (termSenses.ts)', () => {
  it('龙华 2021: “五个一”机制 goes to the note on the 机制, not to the first note’s 跨境司机“五个一”管理服务, nor back to that one', () => {
    const review = '同时，创新构建跨境司机“五个一”管理服务闭环，精心策划“安心留龙华”活动，推出总额2千万元数字红包等10项礼包，尽最大努力动员居民留深过年、降低疫情传播风险。';
    const work = '落实“5G+8K+AI+云”新引擎战略，实施“链长制”和“五个一”机制，以十大集群为抓手，启动数字经济先行区建设。';
    const report = analyse([
      '各位代表：',
      '一、2020年工作回顾',
      review,
      '二、2021年工作安排',
      work,
      '附：名词解释',
      '1.跨境司机“五个一”管理服务：组建一支轨迹管理队伍，规划一条出入路线，设置一套每日一报轨迹台账，签订一份承诺书，建立一套预警机制。',
      '11.“五个一”机制：一位区领导挂点、一个工作专班、一份产业地图、一套产业政策、一片产业空间。',
    ]);
    const fromWork = at(report).filter((l) => l.startsWith('4:'));
    expect(fromWork).toEqual([`4:${work.indexOf('“五个一”')} → 7:0`]);
    expect(at(report)).toContain(`2:${review.indexOf('“五个一”')} → 6:0`);
  });

  it('盐田 2022: “双区”叠加 said again goes to the first “双区”叠加, not to the “双区”驱动 listed before it', () => {
    const review = '按照区第六次党代会部署要求，抢抓“双区”驱动、“双区”叠加、“双改”示范等重大战略机遇，统筹疫情防控和经济社会发展，大力实施产业兴盐、创新驱动，全力以赴拼经济，实现“十四五”良好开局。';
    const work = '按照中央、省、市和区委的决策部署和工作安排，充分发挥“双区”驱动、“双区”叠加、“双改”示范效应，继续做好“六稳”、“六保”任务，坚定不移深化产业兴盐、创新驱动。';
    const report = analyse(['各位代表：', '一、2021年工作回顾', review, '二、2022年工作安排', work]);
    const first = (text: string, n: number): number => {
      let k = -1;
      for (let i = 0; i <= n; i++) k = text.indexOf('“双区”', k + 1);
      return k;
    };
    const again = report.refs.filter((r) => r.from.range.start.line === 4 && r.from.text === '“双区”');
    expect(at({ refs: again })).toEqual([`4:${first(work, 0)} → 2:${first(review, 0)}`, `4:${first(work, 1)} → 2:${first(review, 1)}`]);
  });
});
