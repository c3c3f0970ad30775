/**
 * An amount said before its own noun with 的 (还会有一百几十亿元的赤字 — national 1981; 1956年全国完成了将近一百四十亿元的
 * 基本建设投资额 — national 1957, both outside): old national prose often names a sum after it, as a count's noun follows the
 * count. When the clause before the amount holds no name of its own — only a verb (完成, 有, 会有) — and no figure
 * before it in the sentence names it, the noun phrase after the 的, running to the clause's end, is what the amount is.
 * Not a frame noun (实现1000亿元的目标, 达到3000亿元的规模: amountOfNoun.json), which says what the amount reaches.
 */
import frameData from './amountOfNoun.json';
import { cleanName, endsWithVerb, firstVerb } from './names';
import { ALL_PEOPLE } from '../numbers/groupNouns';

const FRAMES: ReadonlySet<string> = new Set(frameData.frames);
/**
 * 的 right after the amount, then the noun phrase to the clause's end. Not after 以上/以下, which the mention's tail may
 * hold (推动50万元以上的经济强村数量实现稳步增长 — 高唐县 2023, src32, outside): an amount with its bound and 的 is a threshold that sorts things into a class.
 */
const OF_NOUN = /^的([\u4e00-\u9fff]{2,12})(?=[，,。；;：:）)]|$)/;
/** A clause before the amount with no name of its own: empty, or a verb of having or doing alone (会有, 还有, 完成). */
const NO_OWN_NAME = /^(?:[\u4e00-\u9fff]{0,2}有|)$/;

/**
 * The noun an amount is said of with 的, or '' when there is none. `before` is the cleaned name read before the figure,
 * `verbAlone` whether that was a verb alone (dropped from it).
 */
export function amountOfNoun(text: string, tail: number, before: string, verbAlone: boolean): string {
  if (!verbAlone && !NO_OWN_NAME.test(before)) return '';
  if (/(?:以上|以下)$/.test(text.slice(Math.max(0, tail - 2), tail))) return '';
  const of = OF_NOUN.exec(text.slice(tail, tail + 20));
  if (!of) return '';
  const noun = cleanName(of[1] as string);
  if (noun.length < 2 || isFrame(noun)) return '';
  // (…的增长, …的投入: a verb after the 的 is what happens to the amount, not what it is.)
  if (firstVerb(noun, 0) === 0 || endsWithVerb(noun)) return '';
  return noun;
}

/** A frame noun, alone or after one character of its own (原目标, 新台阶). A loop, not an arrow made per call. */
function isFrame(noun: string): boolean {
  if (FRAMES.has(noun)) return true;
  for (const f of FRAMES) if (noun.length - f.length === 1 && noun.endsWith(f)) return true;
  return false;
}

/**
 * A share of the population said before the people it counts, with 的 (占我们国家人口80%以上的农民 — dev national 1957; 占人口
 * 百分之九十五以上的人民群众 — national 1964, outside): the people are what the share is of, named as the labels write it,
 * people + 占 + whole + 比重 (农民占全国人口比重). `clause` is the figure's clause up to the figure.
 */
export function peopleShareBefore(clause: string, text: string, tail: number): string {
  const whole = SHARE_OF.exec(clause);
  if (!whole) return '';
  const people = PEOPLE_OF.exec(text.slice(tail, tail + 16));
  // (我们国家人口, 我国人口: the country's population, written as the standard term 全国人口.)
  const of = (whole[1] as string).replace(/^(?:我们|我)?国家?的?(?=人口)|^全国的?(?=人口)/, '全国');
  return people ? `${people[1] as string}占${of}比重` : '';
}
/** 占 and the whole, a population noun, ending the clause before the share. */
const SHARE_OF = /占((?:我们|我|全)?(?:国家|国|全国)?的?(?:人口|总人口))$/;
/** 的 and the people after the share (a qualifier between), a modifier of up to four characters before them. */
// (Greedy, so that 人民群众 is read whole, not 人民 before 群众; never across a 的.)
const PEOPLE_OF = new RegExp(`^(?:以上|左右|多)?的((?:(?!的)[\\u4e00-\\u9fff]){0,4}(?:${ALL_PEOPLE.join('|')}))`);
