// Writes src/core/lexicon/predicateAdverbs.json: adverbs that open a predicate (一直, 始终, 至少 …) — chosen by hand from
// the words nodejieba's dictionary tags d or ad — with, for each, the characters that bind to its first character as a
// dictionary word (公正, 纠正 for 正): after one of them the adverb's characters are a word's inside, not an adverb.
// Run after upgrading nodejieba or editing ADVERBS:  node scripts/build-predicate-adverbs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
// Adverbs of time, frequency, limit and manner that never end or sit inside an indicator's name: said after one, the
// words are the predicate's (财政赤字率一直控制在3%以内, 城镇登记失业率始终控制在4%以内, 资费年内至少降低30%).
// One-character adverbs of time and limit too (病床|将增设６万张, 使用面积|还不到百分之五十, 国民党政府…|只修建了 — national
// 1956, 1957, dev; 1955, outside), with the characters that make words of them (偿还, 即将, 不仅) from the dictionary.
// Not 直接, 自然, 相对, 特别, 一次性, 再 (直接结算率, 人口自然增长率, 集体经济相对薄弱村, 超长期特别国债, 初信初访一次性
// 化解率, 失业人员再就业: jieba tags them d, but in names they modify the head).
const ADVERBS = ['一直', '始终', '依然', '仍旧', '再度', '曾经', '即将', '至少', '最快', '尽快', '迅速', '踊跃', '纷纷', '不断', '逐步', '逐年', '正', '将', '只', '仅', '还'];
const MIN_FREQUENCY = 200;
const words = new Map();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  if (word && Number(freq) >= MIN_FREQUENCY) words.set(word, tag);
}
for (const a of ADVERBS) if (!['d', 'ad'].includes(words.get(a))) throw new Error(`not an adverb in jieba's dictionary: ${a}`);
const adverbs = ADVERBS.map((word) => {
  const binds = new Set();
  for (const w of words.keys()) if (w.length === 2 && w[1] === word[0] && /^[\u4e00-\u9fff]$/.test(w[0])) binds.add(w[0]);
  return { word, notAfter: [...binds].sort().join('') };
});
writeFileSync(
  'src/core/lexicon/predicateAdverbs.json',
  JSON.stringify({ source: `nodejieba jieba.dict.utf8: adverbs chosen from tags d/ad; notAfter: first characters of two-character words (frequency >= ${MIN_FREQUENCY}) that end with the adverb's first character`, adverbs }, null, 1) + '\n',
);
console.log(adverbs.map((a) => `${a.word}:${a.notAfter.length}`).join(' '));
