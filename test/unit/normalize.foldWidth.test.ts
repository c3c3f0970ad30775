import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/core/text/normalize';

/** foldWidth one code unit at a time, each alone (with a full-width comma so that it is folded): the table's answer. */
const unitByUnit = (text: string): string =>
  Array.from({ length: text.length }, (_, i) => {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdfff ? text[i] : foldWidth(`${text[i]}，`)[0];
  }).join('');

describe('foldWidth: one code unit for one, whichever way the string is made', () => {
  it('decodes the folded units of a text without surrogates (the UTF-16 decoder path)', () => {
    const text = '全市地区生产总值增长６．１％，達到２萬億元（預計）　二00七年';
    expect(foldWidth(text)).toBe('全市地区生产总值增长6.1%,达到2万亿元(预计) 二〇〇七年');
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  it('keeps lone surrogates as they are (the decoder would make them U+FFFD) and pairs whole', () => {
    const text = '增长６．１％\ud800，𠮷达到\udc00２萬';
    const folded = foldWidth(text);
    expect(folded).toBe('增长6.1%\ud800,𠮷达到\udc002万');
    expect(folded).toBe(unitByUnit(text));
  });

  it('blanks a pinyin note in a folded text, with or without surrogates beside it', () => {
    expect(foldWidth('全區(qū)生產(chǎn)總值，增長')).toBe('全区    生产      总值,增长');
    expect(foldWidth('𠮷全區(qū)生產總值，增長')).toBe('𠮷全区    生产总值,增长');
  });

  it('folds long texts (more than one chunk) the same as unit by unit', () => {
    const piece = '２０２５年，全省生產總值增長５．２％，（一）“十五”期間\u3000';
    const text = piece.repeat(400);
    expect(foldWidth(text)).toBe(unitByUnit(text));
    expect(foldWidth(`${text}\ud83d`)).toBe(`${unitByUnit(text)}\ud83d`);
  });
});
