/**
 * A run of counts written back to back: each counts the noun after it, not the one before (countRun.ts). Outside
 * district reports (/work/outside/src27: 罗湖 2017, 宝安 2017, 2019 — not in the corpus). Session 28, names46.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a count right after the count before’s noun counts the noun after it', () => {
  it('责令7个单位18名干部作出书面检查 (罗湖 2017)', () => {
    expect(namesOf('责令7个单位18名干部作出书面检查。', ['18名'])).toEqual(['干部']);
  });

  it('24个贫困村1749户贫困户7214名贫困人口全部脱贫 (宝安 2017)', () => {
    expect(namesOf('24个贫困村1749户贫困户7214名贫困人口全部脱贫。', ['24个', '1749户', '7214名'])).toEqual(['贫困村', '贫困户', '贫困人口']);
  });

  it('对37个单位87名个人颁发嘉奖令 (宝安 2019)', () => {
    expect(namesOf('对工作质量高、工作成绩突出的37个单位87名个人颁发嘉奖令。', ['87名'])).toEqual(['个人']);
  });

  it('下沉8支专业队伍1.04万人与社区捆绑作战 (宝安 2019): what follows 与 is a partner, not the noun counted', () => {
    expect(namesOf('推动资源、服务、管理和人力向基层倾斜，下沉8支专业队伍1.04万人与社区捆绑作战。', ['1.04万人'])).toEqual(['专业队伍']);
  });
});
