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
const verbNouns = new Set();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (!word || !NOUN_TAGS.has(tag) || Number(freq) < MIN_NOUN_FREQUENCY) continue;
  if (word.length < 3 || word.length > 4 || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
  if (verbs.has(word.slice(0, 2)) || verbs.has(word.slice(0, 3))) verbNouns.add(word);
}
const nouns = [...verbNouns].sort();
writeFileSync(
  'src/core/lexicon/verbs.json',
  JSON.stringify({
    source: `nodejieba jieba.dict.utf8: verbs tag v, frequency >= ${MIN_FREQUENCY}, 2-3 characters; verbNouns tags n/nz/vn/j, frequency >= ${MIN_NOUN_FREQUENCY}, 3-4 characters, opening with one of the verbs`,
    verbs: sorted,
    verbNouns: nouns,
  }) + '\n',
);
console.log(`${sorted.length} verbs, ${nouns.length} nouns that open with one`);
