/**
 * The one rule for which files of a workspace or folder are reports, shared by every host (the editor's workspace,
 * `govreport series DIR`, the tests): its name, where it sits, its size and its opening.
 */
import { detectReport } from '../detect';

/** Reports are saved as .govreport or, far more often, as plain .txt beside other text files. */
export const REPORT_FILE_GLOB = '**/*.{govreport,txt}';
/** Folders never searched, as a glob for hosts that list files with one: dependencies and hidden folders (.git …). */
export const EXCLUDED_FOLDERS_GLOB = '{**/node_modules/**,**/.*/**}';
/** Bounds on the work one editor workspace can cause (a folder given to the CLI is read whole). */
export const MAX_WORKSPACE_FILES = 500;
/** Files larger than this are not indexed (a single report opened on its own may be larger: MAX_REPORT_BYTES). */
export const MAX_INDEXED_BYTES = 20 * 1024 * 1024;
/** detectReport only needs a report's opening (title, meeting line, first headings); never feed it megabytes. */
export const DETECT_PREFIX_CHARS = 16 * 1024;
/**
 * Beyond this many characters (three times the longest real report) a report's figures are not bound without being
 * asked: links, diagnostics and highlights stay off, an index keeps only its metadata, and the editor's analysis
 * worker keeps the figures to itself (a hover asks for one card).
 */
export const MAX_FIGURE_CHARS = 350_000;

const REPORT_NAME = /\.(?:txt|govreport)$/iu;

/** A file name that may hold a report: .txt or .govreport, in any case. */
export function isReportFileName(name: string): boolean {
  return REPORT_NAME.test(name);
}

/** A folder never entered: node_modules and hidden folders (.git, .vscode …). */
export function isExcludedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Whether a file at this path (relative to the workspace folder or the folder given, `/` or `\` separated) is one
 * to index: a report file name in no excluded folder. The path must be relative: the folder itself may sit in a
 * hidden folder.
 */
export function isIndexablePath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/u).filter((part) => part.length > 0);
  const name = parts.pop();
  return name !== undefined && isReportFileName(name) && !parts.some(isExcludedFolder);
}

/**
 * Han characters of sentence text (on lines with a full stop) a detected report holds at least. A portal's page
 * about a report — its title, a teaser, links to other pages — has about a hundred and fifty (a fifteenth trial's
 * 保定市 2020 page: 139; it stood in the series for a year whose targets then all read “not reported”). An official
 * summary that gives the headline targets may have under a thousand (the Hebei archive's 高阳县 2020–2026 and 保定市
 * 2017 summaries: 570–945; 河北省 2016, cut after its opening: 474), and it is a report.
 */
export const MIN_BODY_HAN = 300;

/** Whether a text holds a report's body, not only its title: linear, and it stops once it has seen enough. */
export function hasReportBody(text: string): boolean {
  let han = 0;
  let line = 0;
  let stop = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      if (stop && (han += line) >= MIN_BODY_HAN) return true;
      line = 0;
      stop = false;
    } else if (c === 0x3002) stop = true;
    else if (c >= 0x4e00 && c <= 0x9fff) line++;
  }
  return false;
}

/** A .govreport file is a report by declaration; a .txt must read like one. */
export function isDeclaredReport(path: string): boolean {
  return /\.govreport$/iu.test(path);
}

/** Whether a file's text is a report: declared (.govreport, or open as a report in the editor) or detected. */
export function readsAsReport(text: string, declared: boolean): boolean {
  return declared || detectReport(text.slice(0, DETECT_PREFIX_CHARS)).isReport;
}

/**
 * Whether a file found in a workspace or folder is a report to index: it reads as one, and a detected one holds a
 * report's body (a folder holds what a scraper saved, pages about reports among them). A text given on its own — an
 * open editor's, a test's excerpt — needs only readsAsReport.
 */
export function indexesAsReport(text: string, declared: boolean): boolean {
  return readsAsReport(text, declared) && (declared || hasReportBody(text));
}

/** The last segment of a uri or path, percent-decoded when it can be (“2023.txt”, “苏州市2021年.txt”). */
export function fileNameOf(uriOrPath: string): string {
  const base = uriOrPath.slice(Math.max(uriOrPath.lastIndexOf('/'), uriOrPath.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
