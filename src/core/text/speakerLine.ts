/**
 * The speaker's signature in a report's title block (“市长 李亚平”, “国务院总理 李克强”, “保定市人民政府市长 闫继红”): the
 * offices a report is signed with and the shape of a name. meta.ts reads the speaker with them; the paragraph joining
 * keeps a signature line whole.
 */

/** A person's name: two to four characters, or parts joined by a middle dot (·, •, ‧, ・). */
export const PERSON = '[\\u4e00-\\u9fff]{1,6}(?:[·•‧・][\\u4e00-\\u9fff]{1,8}){1,3}|[\\u4e00-\\u9fff]{2,4}';
export const SPEAKER_TITLES = '(?:国务院总理|总理|代省长|省长|代市长|市长|代区长|区长|代县长|县长|代州长|州长|代盟长|盟长|代旗长|旗长|主席|代主席)';

/**
 * An office, a space, a name and nothing after it: the space sets the name apart as a signature does. A two-character
 * name is often spaced out to the width of three (武昌 2020: “武昌区人民政府区长 余 松”).
 */
const SIGNATURE = new RegExp(`${SPEAKER_TITLES}\\s+(?:${PERSON}|[\\u4e00-\\u9fff]\\s{1,2}[\\u4e00-\\u9fff])$`, 'u');
const MAX_SIGNATURE = 30;

/** True for a line that is only the speaker's signature (short: the office may follow the government's name). */
export function isSignatureLine(text: string): boolean {
  return text.length <= MAX_SIGNATURE && SIGNATURE.test(text);
}
