// Writes src/core/lexicon/predicateAdverbs.json: the adverbs that open a predicate after a name (一直, 至少; 扎实, 如期;
// 已经, 相继), each with how far it reaches (predicateAdverb.ts reads them) and the characters that bind to its first
// character as a dictionary word (公正, 纠正 for 正; 安全 for 全面): after one of them the adverb's characters are a word's
// inside, not an adverb.
// Run after upgrading nodejieba or editing the lists:  node scripts/build-predicate-adverbs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
// predicate: adverbs of time, frequency, limit and manner, chosen by hand from the words jieba's dictionary tags d or
// ad, that never end or sit inside an indicator's name: said after one, the words are the predicate's (财政赤字率一直控制
// 在3%以内, 城镇登记失业率始终控制在4%以内, 资费年内至少降低30%). One-character adverbs of time and limit too (病床|将增设
// ６万张, 使用面积|还不到百分之五十, 国民党政府…|只修建了 — national 1956, 1957, dev; 1955, outside). Cut only before nothing
// or a short predicate that opens with a verb. Not 直接, 自然, 相对, 特别, 一次性, 再 (直接结算率, 人口自然增长率, 集体经济
// 相对薄弱村, 超长期特别国债, 初信初访一次性化解率, 失业人员再就业: jieba tags them d, but in names they modify the head).
const PREDICATE = ['一直', '始终', '依然', '仍旧', '再度', '曾经', '即将', '至少', '最快', '尽快', '迅速', '踊跃', '纷纷', '不断', '逐步', '逐年', '正', '将', '只', '仅', '还'];
// manner: adverbs of manner that stand between a counted noun read after its count and the verb (36项重点改革任务扎实推进,
// 10件惠民实事圆满办结, 128家医院深度合作, 3个贫困村如期脱贫出列): they end the noun whatever follows, unless the phrase ends
// with a counted head (乡村全面振兴示范区: the adverb is inside the name). Not all of them are tagged d (扎实 is a, 全面 ad).
// 依法, 强力, 重拳 (tagged n) say how a closure or a crackdown was done (依法有序关停自备井182眼, 强力关停自备井226眼,
// 重拳打击阻挠项目落地6人 — src32 曲阳县-2022; 依法取缔…351家 — 高阳县-2018; 依法劝退取缔违规公司5家 — 顺平县-2020, outside).
const MANNER = ['扎实', '圆满', '深度', '有序', '稳步', '顺利', '全面', '如期', '按期', '提前', '高效', '快速', '加快', '持续', '深入', '大力', '积极', '全部', '全力', '努力', '依法', '强力', '重拳'];
// naming: manner adverbs whose predicate names the counted set (2家企业成功上市 → 上市企业, 3个项目成功签约; 8个“全省率先” is a
// title): manner adverbs to the rules that read manner (nameWords.ts MANNER_ADVERBS), never cut before.
const NAMING = ['成功', '率先'];
// end: adverbs of time, certainty and extent left at a name's end once its predicate is gone (87个水毁修复任务按时|完工, 项目已经|建成;
// 21个地级以上市全|覆盖 — dev 广东 2026):
// cut there only.
const END = ['按时', '基本', '已经', '均已', '已', '相继', '陆续', '先后', '全'];
const MIN_FREQUENCY = 200;
const words = new Map();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (word && Number(freq) >= MIN_FREQUENCY) words.set(word, tag);
}
for (const a of PREDICATE) if (!['d', 'ad'].includes(words.get(a))) throw new Error(`not an adverb in jieba's dictionary: ${a}`);
const reaches = [
  ['predicate', PREDICATE],
  ['manner', MANNER],
  ['naming', NAMING],
  ['end', END],
];
const adverbs = reaches.flatMap(([reach, list]) =>
  list.map((word) => {
    const binds = new Set();
    for (const w of words.keys()) if (w.length === 2 && w[1] === word[0] && /^[\u4e00-\u9fff]$/.test(w[0])) binds.add(w[0]);
    return { word, reach, notAfter: [...binds].sort().join('') };
  }),
);
writeFileSync(
  'src/core/lexicon/predicateAdverbs.json',
  JSON.stringify({ source: `nodejieba jieba.dict.utf8: predicate adverbs chosen from tags d/ad, manner, naming and end adverbs by hand (scripts/build-predicate-adverbs.mjs says what each reach means); notAfter: first characters of two-character words (frequency >= ${MIN_FREQUENCY}) that end with the adverb's first character`, adverbs }, null, 1) + '\n',
);
console.log(adverbs.map((a) => `${a.word}:${a.notAfter.length}`).join(' '));
