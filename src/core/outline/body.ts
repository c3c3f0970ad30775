import type { Paragraph } from '../text/paragraphs';

const SALUTATION = /^各位代表\s*[:!]?$/;

/** The body starts after the salutation (各位代表：); the title block before it never yields headings. */
export function findBodyStart(paragraphs: readonly Paragraph[], end: number): number {
  const limit = Math.min(end, 80);
  for (let i = 0; i < limit; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (text.length <= 8 && SALUTATION.test(text)) return i + 1;
  }
  return 0;
}

/** Unnumbered headings need evidence that the body has begun: a salutation before, or a long paragraph. */
export function isAfterSalutation(paragraphs: readonly Paragraph[], bodyStart: number, pi: number): boolean {
  if (bodyStart > 0) return true;
  for (let i = 0; i < pi && i < 200; i++) if ((paragraphs[i] as Paragraph).text.length > 80) return true;
  return false;
}


/** A paragraph addressed to the deputies: 各位代表！ alone, or opening the paragraph (各位代表，“十四五”以来，…). */
export function isAddress(text: string): boolean {
  return /^(?:各位代表|代表们)[!！,，]/.test(text) || text === '各位代表';
}
