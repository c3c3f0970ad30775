/**
 * Pointers resolved to what they point at (anaphora.ts): with who spends before them, a word of plan after them, and
 * a plural pointer to the list of fields named before. Sentences quoted from a dev corpus report (national 2005) and
 * outside reports (national 1954, 1986, public text not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../../src/core/indicators/anaphora';
import { cleanName } from '../../src/core/indicators/names';

/** The pointer name `name` of the figure `figure` in `text`, resolved. */
function resolve(text: string, figure: string, name: string): string | null {
  return resolvePointer(text, text.indexOf(figure), name);
}

describe('pointers', () => {
  it('keeps who spends before the fields a plural pointer stands for (outside: national 1986; dev: national 2005)', () => {
    const y1986 = '在过去的五年中，我国科技、教育、文化事业重新出现了繁荣兴旺的局面。“六五”期间，国家财政用于这些方面的经费共为一千一百七十二亿元。';
    expect(resolve(y1986, '一千一百七十二亿元', '国家财政用于这些经费')).toBe('国家财政科技、教育、文化事业经费');
    const y2005 = '各级政府加大对科技、教育、文化、卫生、体育事业的支持，中央财政用于这些方面的支出987亿元。';
    expect(resolve(y2005, '987亿元', '中央财政这些方面支出')).toBe('中央财政科技、教育、文化、卫生、体育事业支出');
  });

  it('reads past a word of plan after the pointer (outside: national 1954)', () => {
    const y1954 = '第三是国营、合作社营和公私合营工业在工业总产值中的比重迅速上升。由于国营工业和合作社营工业一年一年壮大，这一比重在一九五四年预计将由一九四九年的百分之三十七增加到百分之七十一左右。';
    expect(resolve(y1954, '百分之三十七', '这一比重预计')).toBe('国营、合作社营和公私合营工业占工业总产值比重');
  });

  it('leaves a pointer that points at nothing found as it is', () => {
    expect(resolve('中央财政此项支出从2006年20.5亿元增加到去年的98亿元', '20.5亿元', '中央财政此项支出')).toBe('中央财政此项支出');
  });

  it('drops a leading 为此/因此 whole, never leaving its 此 as the name’s start (outside: national 2007)', () => {
    // …学校建立健全国家奖学金、助学金制度，为此中央财政支出将由上年18亿元增加到95亿元
    expect(cleanName('为此中央财政支出')).toBe('中央财政支出');
    expect(cleanName('因此全年财政收入')).toBe('财政收入');
  });
});
