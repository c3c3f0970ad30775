/**
 * Names in the lists of local reports OUTSIDE the labelled corpus (2026 provincial reports; 保定, 高阳 and 海拉尔 of
 * yver-sun/gaoyang-towel-resilience and derek-s/Python-GovWorkReportAnalyze), session 13: classes of wrong names
 * counted by reading whole reports.
 */
import { describe, expect, it } from 'vitest';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

describe('parallel modifiers share the head of the last item (分别 lists)', () => {
  it('gives every sector its value added and every group its income (宁夏 2026)', () => {
    expect(namesOf('一产、二产、三产增加值分别增长6%、5.2%、5.2%。', '6%', '5.2%')).toEqual(['一产增加值', '二产增加值']);
    expect(namesOf('其中城镇、农村居民收入分别增长4.8%、5.9%。', '4.8%', '5.9%')).toEqual(['城镇居民收入', '农村居民收入']);
    expect(namesOf('急难型、支出型临时救助最低标准分别提高100元、150元。', '100元')).toEqual(['急难型临时救助最低标准']);
  });

  it('never cuts a word to share a tail (陕西 2026, 安徽 2026)', () => {
    expect(namesOf('苹果、猕猴桃产量稳定在全国1/4、1/3。', '1/4')).toEqual(['苹果']);
    expect(namesOf('制造业、普惠小微贷款余额分别增长10.7%、13.3%。', '10.7%')).toEqual(['制造业']);
  });
});

describe('ranks 分别 shares out take the names of the list before them', () => {
  it('ranks each sector and each group in order (宁夏 2026)', () => {
    expect(namesOf('一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。', '第二', '第七', '第九')).toEqual(['一产增加值', '二产增加值', '三产增加值']);
    expect(namesOf('其中城镇、农村居民收入分别增长4.8%、5.9%，分别居全国第四、第八。', '第四', '第八')).toEqual(['城镇居民收入', '农村居民收入']);
  });

  it('leaves a rank with its own subject alone (陕西 2026)', () => {
    expect(namesOf('省属企业营收和利润分别居全国第5、第6位。', '第5', '第6位')).toEqual(['省属企业营收', '利润']);
  });
});
