/**
 * The report model: plain data shared by the editor adapters and the CLI.
 * Shapes follow the CLI JSON contract (schemaVersion 1, README "JSON contract (schemaVersion 1)").
 * Positions are VS Code's: 0-based line (split on "\n"), UTF-16 character offset within the line as stored.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type OutlineKind = 'part' | 'section' | 'subsection' | 'lead' | 'point' | 'annex' | 'glossary';

export interface OutlineNode {
  /** 1 = part (or annex/glossary block), 2 = section, … */
  readonly level: number;
  readonly kind: OutlineKind;
  /** The numbering as written: "一、", "（一）", "1.", "一是", "" for an unnumbered heading. */
  readonly marker: string;
  /** Heading text without its marker; for a heading fused with its paragraph, its first sentence without 。 */
  readonly title: string;
  /** From the heading to the start of the next sibling (or the end of the parent). */
  readonly range: Range;
  /** The marker and heading text. */
  readonly selectionRange: Range;
  readonly children: OutlineNode[];
}

export interface ReportMeta {
  readonly title: string | null;
  readonly place: string | null;
  readonly year: number | null;
  /** YYYY-MM-DD */
  readonly date: string | null;
  readonly meeting: string | null;
  readonly speaker: string | null;
}

export type IndicatorKind = 'level' | 'growth' | 'share' | 'change' | 'count' | 'rank' | 'other';
export type Qualifier = '以上' | '左右' | '以内' | '以下' | '超过' | '约' | '力争';

export interface Indicator {
  readonly text: string;
  readonly range: Range;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string | null;
  readonly name: string | null;
  readonly measure: string | null;
  readonly kind: IndicatorKind;
  readonly status: 'actual' | 'target';
  readonly qualifier: Qualifier | null;
  readonly period: string | null;
  /**
   * Editor-only extras, not part of the CLI JSON contract: where the name stands in the text (so hovering the
   * name shows the card) and the key that groups mentions of the same indicator (lexicon id or normalised name).
   */
  readonly nameRange?: Range;
  readonly groupKey?: string;
  /**
   * The qualifier word as the report wrote it before the figure when it says more than `qualifier` does (不到, 不超过,
   * 不低于, 突破, 接近, 近): `qualifier` keeps the bound's sense for met/missed, and a card quotes the report.
   */
  readonly qualifierWord?: string;
  /**
   * Editor-only too: a figure whose words say it counts what is (to be) added in its year (新建|智能化煤矿60座,
   * 新培育|科技型中小企业3000家, read from its paragraph when the figure is bound — references/additions.ts), so that the
   * hover card, which pairs a figure on its own mentions without the paragraph text, judges it as the report's links
   * do, and the rows across reports (series.ts addsToStock) put it with the other years' additions.
   */
  readonly addsNew?: true;
  /**
   * Editor-only too: a growth its clause says is net of price changes (扣除物价因素比上年增长5%, 按可比价格计算增长,
   * 实际增长), read where the paragraph is at hand; the card then works out no previous-year level from it, since
   * the level beside it is in current prices.
   */
  readonly priceAdjusted?: true;
  /**
   * Editor-only too: a growth its clause says is on the comparable basis (增长1.7%（同口径增长2.5%以上）, 可比口径增长):
   * the report's like-for-like restatement of the figure said plainly before it, by which last year's target is judged
   * (workspace/comparableBasis.ts).
   */
  readonly comparableBasis?: true;
}

export interface Reference {
  readonly kind: 'abbreviation' | 'section' | 'term' | 'indicator' | 'footnote' | (string & {});
  readonly from: { readonly range: Range; readonly text: string };
  readonly to: { readonly uri?: string; readonly range: Range; readonly text: string };
  /** Editor-only, not in the CLI contract: references with one key are mentions of one thing (Find All References). */
  readonly key?: string;
  /**
   * Editor-only too: things this reference's source holds whose own links, from within this place to within the place
   * it goes to, were left out as the same link twice (the term “三北” of the name “三北”工程): Find All References on
   * such a thing still lists this mention, at its own range.
   */
  readonly also?: ReadonlyArray<{ readonly key: string; readonly range: Range }>;
}

export interface ReportModel {
  readonly meta: ReportMeta;
  /** Glossary entries and footnote markers without a partner (diagnostics); not in the CLI contract. */
  readonly footnotes?: FootnoteResult;
  /** Mentions of people's congress sessions (last year's → last year's report, resolved by the workspace index). */
  readonly meetings?: MeetingMention[];
  readonly outline: OutlineNode[];
  readonly indicators: Indicator[];
  readonly references: Reference[];
  /**
   * This year's targets and the actuals they are judged by (references/targets.ts: pairTargetsAndActuals), computed
   * once per analysis: the target ↔ actual links, the hover card, Compare Targets (the Targets year on year tab and its Markdown export)
   * all read it. Not in the CLI contract (the links are).
   */
  readonly pairs: readonly FigurePair[];
  /** Lines (0-based) that the parser recognised as page chrome, ads or scraper metadata. */
  readonly chromeLines: readonly number[];
  /** When the page holds the report twice: the line where the second copy starts (left out of the outline). */
  readonly duplicateFromLine: number | null;
  /** When the file holds more reports after this one (a compilation): where each starts. Not analysed; not in the CLI contract. */
  readonly laterReports: readonly LaterReport[];
}

/** A target and the actual it is judged by: both are figures of the model's `indicators` (the same objects). */
export interface FigurePair {
  readonly target: Indicator;
  readonly actual: Indicator;
  /** The indicator's grouping key the pair was found under (the link's key is `indicator:` and this). */
  readonly key: string;
  /**
   * The actual is the level the target's own sentence starts from (由380元提高到420元): the card and the tables show
   * it beside the target; no link is made (a link to the same sentence leads nowhere).
   */
  readonly sameSentence?: true;
}

/** A report that follows the first one in the same file: its title line and what its header says. */
export interface LaterReport {
  readonly line: number;
  readonly title: string | null;
  readonly place: string | null;
  readonly year: number | null;
}

/** A glossary entry (名词解释): “[3]…”, “3.…” at the start of a paragraph of the glossary block. */
export interface GlossaryEntry {
  readonly number: string;
  readonly term: string | null;
  /** Every term the entry explains: “三大高地”“五大战略”：… explains two. */
  readonly terms: readonly string[];
  readonly range: Range;
  readonly text: string;
}

/** Footnote markers and glossary entries (references/footnotes.ts), kept on the model for diagnostics. */
export interface FootnoteResult {
  readonly references: Reference[];
  readonly entries: GlossaryEntry[];
  /** Markers with no entry, and entries no marker points at (for diagnostics). */
  readonly orphanMarkers: Array<{ range: Range; text: string }>;
  readonly unreferencedEntries: GlossaryEntry[];
}

/** A people's congress session named in the body (references/meetings.ts). */
export interface MeetingMention {
  readonly range: Range;
  readonly text: string;
  /** 届 and 次 of the mentioned session. */
  readonly term: number;
  readonly session: number;
  /** The mention is the session before this report's own (last year's congress): its report is last year's. */
  readonly previous: boolean;
}
