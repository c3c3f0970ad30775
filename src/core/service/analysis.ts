/**
 * The one analysis path of the service: structure first (prepareReport), then, for the features that need them, the
 * figures — bound once per version, grouped through the host's segmenter when it is ready, and the references built
 * from those same grouped figures. The same functions run in the calling thread (inlineRunner) and in the editor's
 * analysis worker (src/node/analysisWorkerMain.ts), so both give one model for one text.
 */
import { throwIfCancelled } from '../cancellation';
import type { CancellationLike } from '../cancellation';
import { regroupIndicators } from '../indicators/regroup';
import { prepareReport } from '../report';
import { fileNameOf } from '../workspace/reportFiles';
import type { ReferenceResult } from '../references';
import type { PreparedReport, ReportStructure } from '../report';
import type { FigurePair, FootnoteResult, Indicator, MeetingMention, Reference, ReportModel } from '../types';
import type { IndexAnalysis } from '../workspace/host';
import type { AnalysisRunner, FiguresElsewhere, PartialModel, ReportFigures, RunningAnalysis, SegmenterProvider } from './types';

/**
 * The figures of a prepared report. They are bound once without a segmenter (grouping keys by characters) and kept;
 * with a segmenter ready, the texts the grouping asks about are segmented and the figures regrouped — which is what
 * binding them with the segmenter gives, since words only change the grouping keys — and the references are built
 * from the regrouped figures, so target↔actual pairs follow the grouping the hover card shows. The references are
 * built on first use (a hover card needs none), always from the figures they come with.
 */
export type FiguresStage = (segmenter: SegmenterProvider | undefined, token: CancellationLike, options?: { readonly references?: boolean }) => Promise<ReportFigures>;

export function figuresStage(prepared: PreparedReport): FiguresStage {
  let plain: Indicator[] | undefined;
  let asked: string[] | undefined;
  return async (segmenter, token, options = {}) => {
    plain ??= prepared.indicators(undefined, token);
    throwIfCancelled(token);
    const ready = segmenter?.state === 'ready';
    asked ??= ready ? textsToSegment(plain) : undefined;
    const words = ready && asked && asked.length > 0 ? await segmenter.segmenterFor(asked, token) : undefined;
    throwIfCancelled(token);
    const indicators = words ? regroupIndicators(plain, words) : plain;
    let references: ReferenceResult | undefined;
    let pairs: readonly FigurePair[] | undefined;
    const pairsNow = (): readonly FigurePair[] => (pairs ??= prepared.pairs(indicators));
    return {
      indicators,
      segmented: words !== undefined,
      references: options.references === false ? NO_REFERENCES : () => (references ??= prepared.references(indicators, undefined, pairsNow())),
      pairs: pairsNow,
    };
  };
}

/** What a workspace index's figures carry: it keeps no references (it shows none), so none are built. */
const NO_REFERENCES = Object.freeze({
  references: [],
  footnotes: Object.freeze({ references: [], entries: [], orphanMarkers: [], unreferencedEntries: [] }),
  meetings: [],
}) as unknown as ReferenceResult;

/**
 * The texts regrouping will ask a segmenter about (names as the grouping normalises them; none for a name the
 * lexicon knows), found by regrouping once with a segmenter that only records what it is asked. A segmenter in
 * another thread can then be asked for exactly these, in one batch.
 */
function textsToSegment(indicators: readonly Indicator[]): string[] {
  const asked = new Set<string>();
  const record = (text: string): string[] => {
    asked.add(text);
    return [text];
  };
  regroupIndicators(indicators, { cut: record, cutForSearch: record });
  return [...asked];
}

/** Runs the whole analysis in the calling thread: the CLI, the tests, and the editor's small documents. */
export const inlineRunner: AnalysisRunner = Object.freeze({
  async run(document: { readonly uri: string; readonly text: string }, token: CancellationLike): Promise<RunningAnalysis> {
    throwIfCancelled(token);
    const prepared = prepareReport(document.text, token, fileNameOf(document.uri));
    return { structure: prepared.structure, figures: figuresStage(prepared) };
  },
});

/**
 * The one analysis a workspace index keeps of a file — structure and figures, no references, no word segmentation (so
 * that its grouping keys are the same for every file whenever it was read) — through any runner. Throws what the
 * runner throws (CancelledError included).
 */
export async function indexAnalysis(runner: AnalysisRunner, uri: string, text: string, token: CancellationLike): Promise<IndexAnalysis> {
  const analysis = await runner.run({ uri, version: 0, text }, token);
  try {
    return modelOf(analysis.structure, await analysis.figures(undefined, token, { references: false }));
  } finally {
    analysis.dispose?.();
  }
}

/** The references of figures, built now if they were left for first use. */
export function referencesOf(figures: ReportFigures): ReferenceResult {
  return typeof figures.references === 'function' ? figures.references() : figures.references;
}

/** The target ↔ actual pairs of figures, computed now if they were left for first use. */
export function pairsOf(figures: ReportFigures): readonly FigurePair[] {
  return typeof figures.pairs === 'function' ? figures.pairs() : figures.pairs;
}

/**
 * The report model of a structure and its figures, in the field order of the CLI's JSON contract. Its references
 * are read on first use from the figures' own (so one model never pairs other figures than those it holds). Figures
 * kept elsewhere give a PartialModel with no figures or references.
 */
export function modelOf(structure: ReportStructure, figures: ReportFigures | FiguresElsewhere | undefined): ReportModel | PartialModel {
  const { meta, outline, chromeLines, duplicateFromLine, laterReports } = structure;
  if (!figures || 'partial' in figures) {
    return { meta, outline, indicators: [], references: [], pairs: [], chromeLines, duplicateFromLine, laterReports, ...(figures ? { partial: true as const } : {}) };
  }
  const { indicators } = figures;
  return {
    meta,
    outline,
    indicators,
    get references(): Reference[] {
      return referencesOf(figures).references;
    },
    get pairs(): readonly FigurePair[] {
      return pairsOf(figures);
    },
    get footnotes(): FootnoteResult {
      return referencesOf(figures).footnotes;
    },
    get meetings(): MeetingMention[] {
      return referencesOf(figures).meetings;
    },
    chromeLines,
    duplicateFromLine,
    laterReports,
  };
}
