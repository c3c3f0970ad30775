// Writes src/core/lexicon/verbs.json: the verbs of nodejieba's own dictionary (tag `v`), so that the pure core can
// tell where a noun phrase ends without loading the native segmenter. Run after upgrading nodejieba:
//   node scripts/build-verbs.mjs
// Only frequent two- and three-character verbs are kept (the dictionary's rare entries are noise), and verbs that
// real reports use inside indicator names (就业 in 城镇新增就业, 改造 in 棚户区改造) stay out: see KEEP_IN_NAMES.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
const MIN_FREQUENCY = 200;
// Verbs that end an indicator's name rather than start its predicate (…改造, …治理, 城镇新增就业; 经济增速, where the
// dictionary's v for 增速 is the noun “growth rate” in every report).
const KEEP_IN_NAMES = new Set(['增速', '就业', '改造', '治理', '保障', '增长', '整治', '修复', '绿化', '养殖', '种植', '储蓄', '结算', '交易', '出口', '进口', '消费', '融资', '贷款', '存款', '脱贫', '参保', '投保', '救助', '补助', '补贴', '培训', '招聘', '运输', '销售', '生产', '加工', '施工', '建设', '经营', '办学', '办理', '安置', '登记', '保护', '保险', '流转', '监测', '检测', '收入', '支出', '投资', '配套', '入园', '入学', '就读', '就医', '住院', '出行', '接待', '利用', '使用', '节约', '排放', '处理', '处置', '回收', '供应', '供水', '供电', '供暖', '供气', '发电', '通车', '通航', '开行', '吞吐']);
const verbs = new Set();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (tag !== 'v' || !word || Number(freq) < MIN_FREQUENCY) continue;
  if (word.length < 2 || word.length > 3 || !/^[\u4e00-\u9fff]+$/.test(word) || KEEP_IN_NAMES.has(word)) continue;
  verbs.add(word);
}
const sorted = [...verbs].sort();
// Nouns that begin with one of those verbs (进出口, 制造业, 消费品, 完成率): a name that opens with one of them opens
// with its head noun, not with a verb before its object.
const NOUN_TAGS = new Set(['n', 'nz', 'vn', 'j']);
const MIN_NOUN_FREQUENCY = 50;
// A crossing word is read instead of the verb only when the dictionary sees it OUTRANK times as often (verbIndex.ts).
const OUTRANK = 3;
const verbNouns = new Set();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (!word || !NOUN_TAGS.has(tag) || Number(freq) < MIN_NOUN_FREQUENCY) continue;
  if (word.length < 3 || word.length > 4 || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
  if (verbs.has(word.slice(0, 2)) || verbs.has(word.slice(0, 3))) verbNouns.add(word);
}
const nouns = [...verbNouns].sort();
// How often jieba's dictionary sees each verb, and the words that cross one: a word of another tag (地下, 普通, 全面)
// whose last characters open a verb or hold one (地下|下水, 普通|通高, 地下水 ⊃ 下水), seen more often than that verb.
// Where such a word covers the verb's first character, the text reads the word, not the verb (地下水超采 is no
// 下水): verbIndex.ts asks for it before it calls a match a verb. Every word the dictionary sees at least
// MIN_FREQUENCY times is a candidate; only those that outrank one of the verbs they can cross are kept.
const frequency = new Map();
const tagOf = new Map();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (!word || !tag) continue;
  // (A word listed twice keeps its more frequent reading, as jieba's own loader does.)
  if (Number(freq) >= (frequency.get(word) ?? -1)) {
    frequency.set(word, Number(freq));
    tagOf.set(word, tag);
  }
}
const verbFrequency = sorted.map((verb) => frequency.get(verb));
const crossing = new Map();
for (const [word, freq] of frequency) {
  const tag = tagOf.get(word);
  if (word.length < 2 || word.length > 4 || !/^[\u4e00-\u9fff]+$/.test(word) || freq < MIN_FREQUENCY || (tag.startsWith('v') && tag !== 'vn') || verbs.has(word)) continue;
  for (let k = 1; k < word.length && !crossing.has(word); k++) {
    const rest = word.slice(k);
    for (const verb of sorted) {
      if ((verb.startsWith(rest) || rest.startsWith(verb)) && freq > OUTRANK * frequency.get(verb)) {
        crossing.set(word, freq);
        break;
      }
    }
  }
}
// Words of the dictionary made of one of the verbs and a noun of people (退役军人, 下岗职工, 留守人员, 知识青年): jieba reads
// each as one word, people named by what they did or do, so a name that opens with one opens with its noun, not with a
// verb before its object (names.ts withoutLeadingVerb). The people nouns are nameWords.json's people and countedPeople
// and the dictionary's two-character nouns that end with 人 or 员 (军人, 工人, 学员); idioms (依靠群众, tag i) and
// person names (nr) stay out.
const nameWords = JSON.parse(readFileSync('src/core/lexicon/nameWords.json', 'utf8'));
const peopleNouns = new Set([...nameWords.people, ...nameWords.countedPeople]);
for (const [word, tag] of tagOf) if (word.length === 2 && tag === 'n' && /[人员]$/.test(word)) peopleNouns.add(word);
const PEOPLE_WORD_TAGS = new Set(['n', 'nz', 'l']);
const verbPeople = [];
for (const [word, tag] of tagOf) {
  if (!PEOPLE_WORD_TAGS.has(tag) || word.length < 4 || word.length > 5 || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
  if ((verbs.has(word.slice(0, 2)) && peopleNouns.has(word.slice(2))) || (verbs.has(word.slice(0, 3)) && peopleNouns.has(word.slice(3)))) verbPeople.push(word);
}
verbPeople.sort();
// The verbs (tags v/vn, 2-3 characters) that the second character of an action 新X opens (nameWords.json actionVerbs:
// 新开, 新建, 新设) and that jieba's dictionary sees more often than 新X itself: there jieba reads 新 (newly) and that verb,
// 新|开设, 新|建设, not 新建|交通 (figureNames.ts newVerbEnd).
const newVerbs = new Set();
for (const action of nameWords.actionVerbs) {
  if (action.length !== 2 || action[0] !== '新') continue;
  const own = frequency.get(action) ?? 0;
  for (const [word, freq] of frequency) {
    const tag = tagOf.get(word);
    if ((tag === 'v' || tag === 'vn') && word.length >= 2 && word.length <= 3 && word[0] === action[1] && freq >= MIN_FREQUENCY && freq > own) newVerbs.add(word);
  }
}
const afterNew = [...newVerbs].sort();
const crossingWords = Object.fromEntries([...crossing].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
writeFileSync(
  'src/core/lexicon/verbs.json',
  JSON.stringify({
    source: `nodejieba jieba.dict.utf8: verbs tag v, frequency >= ${MIN_FREQUENCY}, 2-3 characters; verbNouns tags n/nz/vn/j, frequency >= ${MIN_NOUN_FREQUENCY}, 3-4 characters, opening with one of the verbs; verbFrequency: each verb's dictionary frequency; crossingWords: words of other tags, frequency >= ${MIN_FREQUENCY}, 2-4 characters, whose end opens or holds a verb they outrank; verbPeople: words tagged n/nz/l made of one of the verbs and a noun of people; afterNew: verbs tagged v/vn, frequency >= ${MIN_FREQUENCY}, that the second character of an action 新X opens and that outrank 新X`,
    verbs: sorted,
    verbFrequency,
    verbNouns: nouns,
    crossingWords,
    verbPeople,
    afterNew,
  }) + '\n',
);
console.log(`${sorted.length} verbs, ${nouns.length} nouns that open with one, ${crossing.size} words that cross one, ${verbPeople.length} people named by one, ${afterNew.length} verbs after 新`);
