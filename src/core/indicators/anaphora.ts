/**
 * A name that points back (这个比重, 此项支出, 这方面的投资): the indicator is the noun phrase the text named just
 * before, ending in the same head noun (…职工住宅、科学文教卫生和城市建设等方面的投资比重。这个比重，1978年为…).
 */
import { cleanName } from './names';
import { isVerb } from '../lexicon/verbs';

const POINTER = /^(?:这个|这一|这些|此项|该项|这项|这方面的?|这部分)([\u4e00-\u9fff]{1,4})$/;
/** How far back the phrase that is pointed at may stand: the sentence before, at most. */
const LOOK_BACK = 120;

/** The name `name` points back to, read from the text before `at`; `name` itself when it points at nothing found. */
export function resolvePointer(text: string, at: number, name: string | null): string | null {
  const m = name ? POINTER.exec(name) : null;
  if (!m || !name) return name;
  const head = m[1] as string;
  const window = text.slice(Math.max(0, at - LOOK_BACK), at);
  // The pointer's own place in the window: the phrase pointed at stands before it.
  const self = window.lastIndexOf(name.slice(0, 2));
  const before = self > 0 ? window.slice(0, self) : window;
  const end = before.lastIndexOf(head);
  if (end < 0) return name;
  // From the clause boundary before the head noun (、 joins the phrase's items and stays).
  const phraseStart = Math.max(...['，', ',', '。', '；', ';', '：', '\n'].map((c) => before.lastIndexOf(c, end))) + 1;
  // (提高了职工住宅、…的投资比重: the verb that raised it is not part of what was raised.)
  const raw = cleanName(before.slice(phraseStart, end + head.length).replace(/等?方面的?/g, ''));
  const phrase = isVerb(raw.slice(0, 2)) && raw.length - 2 > head.length + 1 ? raw.slice(2) : raw;
  return phrase.length > head.length + 1 && !POINTER.test(phrase) ? phrase : name;
}
