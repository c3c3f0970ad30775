/**
 * A footnote marker: a note's number (up to three digits, so a document year 〔2021〕 is not one) in ASCII or full-width
 * square brackets, or in the lenticular and tortoise-shell brackets some counties number their notes with (满城 2020:
 * “水十条”[25] … 【25】“水十条”：…; 阜平 2020–2022: 河湖长制〔3〕 … 〔3〕河湖长制：…, outside src32), with the caret some
 * Markdown copies keep (^[3]). One definition, because the same marker is a link to the glossary (references/footnotes.ts)
 * and never part of an indicator's name (indicators/footnoteMarks.ts): if the two read different brackets, a name would
 * keep a marker that links, or lose one that does not.
 */
export const FOOTNOTE_MARKER = String.raw`\^?[[［【〔](\d{1,3})[\]］】〕]`;

/** The brackets a footnote marker opens with. */
export const FOOTNOTE_OPEN = /[[［【〔]/;
