/**
 * A responsibility system (河长制, 林长制, 河湖长制) is a named institution whose later mentions link to its first:
 * src/core/references/responsibilitySystems.ts. Real lines of src32 唐县-2020 (lines 17, 33), 易县-2021 (31, 44),
 * 米易县-2024 (34, 74), 曲阳县-2020 (18) and 阜平县-2022 (19, 51, 68), outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { headBefore } from '../../src/core/references/responsibilitySystems';

const TITLE = '标题：2020年唐县政府工作报告\n发文单位：唐县人民政府\n\n正文：\n\n';

const links = (body: string): string[] =>
  analyzeReport(TITLE + body)
    .references.filter((r: Reference) => r.from.text.includes('长制'))
    .map((r) => `${r.kind} ${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a responsibility system said again', () => {
  it('links a later mention to the first, unquoted both times (唐县 2020)', () => {
    const body = [
      '各类河流断面水质均达到或优于考核目标。全面落实河长制，设立县乡村三级河长465名，聘用巡河员279名。',
      '二是强力治污，让水更清。严格落实河长制，深入推进白洋淀上游环境综合治理。',
    ].join('\n');
    expect(links(body)).toEqual(['entity 6:河长制 → 5:河长制']);
  });

  it('reads the longest head: 河湖长制 is not 湖长制, and each system has its own chain (易县 2021)', () => {
    const body = [
      '严格落实河湖长制，开展全流域综合治理保护。深入推进生态保护修复，加强矿山综合治理和地下水超采治理。推行林长制，开展大规模国土绿化行动。',
      '强化水污染防治。严格落实河湖长制。把白洋淀上游综合治理作为重中之重。加强矿山恢复治理，完成1600亩湿地修复任务。推行林长制，开展大规模国土绿化行动。',
    ].join('\n');
    expect(links(body)).toEqual(['entity 6:河湖长制 → 5:河湖长制', 'entity 6:林长制 → 5:林长制']);
  });

  it('reads a head in brackets (米易县 2024: 河（湖）长制)', () => {
    const body = ['持续打好污染防治攻坚战，深入推进河（湖）长制、林长制，全县森林覆盖率达64.33%。', '严格落实河（湖）长制、林长制，持续抓好重点流域十年禁捕。'].join('\n');
    expect(links(body).map((l) => l.replace(/[（(]湖[）)]/g, '(湖)'))).toEqual(['entity 6:河(湖)长制 → 5:河(湖)长制', 'entity 6:林长制 → 5:林长制']);
  });

  it('leaves a name the report defines to its glossary entry (阜平县 2022: 〔3〕河湖长制：即由…)', () => {
    const body = [
      '严格落实河湖长制〔3〕，完成32个行政村生活污水治理。',
      '深入推进河湖长制，继续做好白洋淀上游生态综合整治。',
      '〔3〕河湖长制：即由各级党政主要负责人担任河长湖长。',
    ].join('\n');
    expect(links(body).filter((l) => l.startsWith('entity'))).toEqual([]);
  });

  it('takes only the listed heads: 河道警长制 is no 长制 of a 警, nor 家长制 of a 家 (曲阳县 2020)', () => {
    const line = '严格落实“河长制”“库长制”“河道警长制”，抓好“十大重点整治工作”';
    expect(headBefore(line, line.indexOf('长制'))).toBe('河');
    expect(headBefore(line, line.indexOf('长制', line.indexOf('库')))).toBe('库');
    expect(headBefore(line, line.indexOf('长制', line.indexOf('警')))).toBeUndefined();
    expect(headBefore('反对家长制作风', 3)).toBeUndefined();
  });
});
