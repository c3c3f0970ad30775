import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTerms, compareReportTerms, prepareTerms, readTermBody, termVocabulary } from '../../src/core/terms';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { WorkerSegmenter } from '../../src/node/workerSegmenter';

// The worker script is the bundled dist/jiebaWorker.js; in tests, the TypeScript entry runs through a shim.
const SHIM = require.resolve('../support/jiebaWorkerShim.cjs');
const read = (year: number): string => readFileSync(`test/fixtures/corpus/national/${year}.txt`, 'utf8');

/** The CLI's segmenter: the process-wide kind, with jieba's own dictionary. */
const cli = new JiebaSegmenter();
const plain = new WorkerSegmenter(SHIM, { userWords: false });
const lexicon = new WorkerSegmenter(SHIM);

afterAll(() => {
  plain.dispose();
  lexicon.dispose();
});

describe('the segmentation worker’s cut mode (the editor’s term counts)', () => {
  it('cuts the pieces of a report word for word as the CLI’s segmenter does, when started without the lexicon', async () => {
    const body = readTermBody(read(2023));
    const { pieces } = prepareTerms(body, termVocabulary([body]));
    expect(pieces.length).toBeGreaterThan(300);
    const words = await plain.cutMany(pieces, 'cut');
    expect(plain.state).toBe('ready');
    expect(words).toEqual(pieces.map((piece) => cli.cut(piece)));
  });

  it('gives the editor the CLI’s comparison of national 2023 against 2022', async () => {
    const editor = await analyzeTerms(read(2023), read(2022), (pieces) => plain.cutMany(pieces, 'cut'));
    const command = compareReportTerms(read(2023), read(2022), { segmenter: cli });
    expect(editor.current.segmented).toBe(true);
    expect(editor.comparison).toEqual(command.comparison);
    expect(editor.current.terms).toEqual(command.current.terms);
  });

  it('needs that separate worker: the regrouping worker’s lexicon keeps indicator names whole and so changes the words', async () => {
    const [withLexicon] = await lexicon.cutMany(['国内生产总值增长'], 'cut');
    const [without] = await plain.cutMany(['国内生产总值增长'], 'cut');
    expect(withLexicon).toContain('国内生产总值');
    expect(without).not.toContain('国内生产总值');
    expect(without).toEqual(cli.cut('国内生产总值增长'));
  });

  it('keeps search mode the default, for the indicator regrouping', async () => {
    const [search] = await lexicon.cutMany(['农村公路养护']);
    expect(search).toEqual(expect.arrayContaining(['农村', '公路', '农村公路']));
    const [words] = await lexicon.cutMany(['农村公路养护'], 'cut');
    expect(words?.join('')).toBe('农村公路养护');
  });
});
