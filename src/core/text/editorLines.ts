/**
 * A text's lines as VS Code shows them — breaks at \r\n, \n and a lone \r, none kept — for code that quotes a line
 * by a position's 0-based line (the CLI tables, the References view, the Targets tab). One definition, because three
 * copies of the same split had grown in three layers. The analysis itself splits with `splitLines` (document.ts),
 * which keeps a CRLF line's \r so that its offsets match the raw text; a quoted line should not show it.
 */
const EDITOR_BREAK = /\r\n|\r|\n/u;

export function editorLines(text: string): string[] {
  return text.split(EDITOR_BREAK);
}
