/**
 * A verb with its 至/到 right before a figure says what became of the thing named before it; it is no part of that
 * name; nor is the report’s own place (我省) before a rank. Sentences quoted from 河南省 and 云南省 2026
 * (johncodes404/china-provincial-gov-reports-2026) and national 2025 (aldohemsn/chinese-political-corpora), all
 * outside the corpus, and from hebei-2010 (dev).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, FIVE_YEAR_REVIEW);

describe('a verb with its 至 before the figure', () => {
  it('is cut from the name (河南 2026, national 2025)', () => {
    expect(nameOf('开放空间不断拓展，自贸试验区新设企业10.1万家，跨境电商综试区扩容至7个，中欧（亚）班列累计开行1.7万列。', '7个')).toBe('跨境电商综试区');
    expect(nameOf('扩大单方面免签国家范围，过境免签境内停留时间延长至240小时，入境旅游持续升温。', '240小时')).toBe('过境免签境内停留时间');
  });

  it('leaves a widened scope to the rule that reads it whole (hebei-2010)', () => {
    expect(nameOf('完善省内财政体制，明确政府间支出责任划分，推进省直管县财政管理改革，直管范围扩 大到92个县，完善县乡财政体制。', '92个')).not.toBe('直管范围');
  });
});

describe('the report’s own place before a rank', () => {
  it('is who ranks, not what is ranked (云南 2026, outside)', () => {
    expect(nameOf('文明健康绿色环保生活方式评估我省连续两年全国第一。', '第一')).toBe('文明健康绿色环保生活方式评估');
  });
});
