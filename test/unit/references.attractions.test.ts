/**
 * A place the report names as an attraction is a named thing (test/fixtures/links/README.md, session 37):
 * src/core/references/attractions.ts. Real lines of src32 易县-2021 (lines 18, 43, 64), 易县-2018, 博野县-2022 and
 * 曲阳县-2022, outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { gradedPlaces } from '../../src/core/references/attractions';

const TITLE = '标题：2021年易县政府工作报告\n发文单位：易县人民政府\n\n正文：\n\n';

const links = (body: string): string[] =>
  analyzeReport(TITLE + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a place named as an attraction', () => {
  it('is found where a clause opens with it and its scenic grade follows (易县-2021 line 18)', () => {
    const line = '太行水镇拔地而起，2020年入选“中国最美小镇”。清西陵升级为5A级景区。狼牙山5A级景区创建全面启动。易水湖升级为4A级景区，被评为“省级旅游度假区”。';
    expect(gradedPlaces(line).map((g) => g.place)).toEqual(['清西陵', '狼牙山', '易水湖']);
  });

  it('not where the clause sets a grade as a goal (博野县-2022, 易县-2018, 曲阳县-2022)', () => {
    expect(gradedPlaces('支持景区提档升级，加快4A级景区创建。')).toEqual([]);
    expect(gradedPlaces('全域旅游示范县创建取得突破，力争通过5A级景区景观质量评审。')).toEqual([]);
    expect(gradedPlaces('推进景区基础设施建设，争创国家5A级景区。')).toEqual([]);
  });

  it('links its later bare mentions to its first, not where it opens a longer name (易县-2021 lines 18, 43, 64)', () => {
    const body = [
      '清西陵升级为5A级景区。狼牙山5A级景区创建全面启动。易水湖升级为4A级景区。',
      '清西陵、狼牙山、太行水镇要巩固创建高等级旅游景区。易水湖要以打造国家旅游度假区为目标，构建易水湖区域旅游发展新格局。',
      '加快建设经济开发区、狼牙山三产融合示范区、易水湖城乡融合乡村振兴示范区。',
    ].join('\n');
    const got = links(body).filter((l) => /清西陵|狼牙山|易水湖/.test(l));
    expect(got).toEqual(['6:清西陵 → 5:清西陵', '6:狼牙山 → 5:狼牙山', '6:易水湖 → 5:易水湖']);
  });
});
