/**
 * A folder on disk as the core's WorkspaceHost: the candidate files below it (the one rule: isReportFileName, no
 * node_modules or hidden folders), their bytes decoded like any report file (readReport.ts), and, when asked, a
 * watcher. Used by `govreport series DIR` (through indexFolder), the benchmark and the tests; the editor's own host is
 * src/vscode/workspaceIndex.ts.
 */
import type { Dirent } from 'node:fs';
import { promises as fs, watch as watchFolder } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isExcludedFolder, isReportFileName } from '../core';
import type { CancellationLike, FileChange, WorkspaceHost } from '../core';
import { decodeReportBytes, ReportReadError, toReadError } from './readReport';

/** A file found below the folder, with its size in bytes. */
export interface ReportFile {
  readonly path: string;
  readonly size: number;
}

/** The .txt and .govreport files below `dir`, sorted by path; node_modules and hidden folders are not entered. */
export async function listReportFiles(dir: string, signal?: AbortSignal): Promise<ReportFile[]> {
  const out: ReportFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    signal?.throwIfAborted();
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (err) {
      // The root must exist; an unreadable subfolder is passed over.
      if (folder === dir) throw err;
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isExcludedFolder(entry.name)) await walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isReportFileName(entry.name)) {
        // Symbolic links to files are followed, links to folders are not (no cycles).
        const stat = await fs.stat(path).catch(() => null);
        if (stat?.isFile()) out.push({ path, size: stat.size });
      }
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface FolderWorkspaceOptions {
  /** Files read and analysed at once (default 4: file reads overlap the analyses). */
  readonly concurrency?: number;
  /** The files to index, when the caller has listed them already (default: listReportFiles). */
  readonly files?: readonly string[];
  /** Watch the folder for changes (fs.watch, recursive): a long-lived index. Off by default. */
  readonly watch?: boolean;
}

/** The folder `dir` as a workspace (uris are file: URLs). */
export function folderWorkspace(dir: string, options: FolderWorkspaceOptions = {}): WorkspaceHost {
  const pathOf = (uri: string): string => fileURLToPath(uri);
  return {
    maxFiles: Number.MAX_SAFE_INTEGER, // a folder given on purpose is read whole
    concurrency: options.concurrency ?? 4,
    async findFiles(max: number, _token: CancellationLike) {
      const paths = options.files ?? (await listReportFiles(dir)).map((f) => f.path);
      return paths.slice(0, max).map((path) => pathToFileURL(path).href);
    },
    async stat(uri) {
      const stat = await fs.stat(pathOf(uri)).catch(() => null);
      return stat?.isFile() ? { mtime: stat.mtimeMs, size: stat.size } : undefined;
    },
    // Errors carry the short reason the CLI prints (“permission denied”, “it looks like a binary file …”).
    readBytes: (uri) => fs.readFile(pathOf(uri)).catch((err: unknown) => Promise.reject(new Error(toReadError(err, pathOf(uri)).reason))),
    decode: (bytes) => {
      try {
        return decodeReportBytes(bytes).text;
      } catch (err) {
        throw new Error(err instanceof ReportReadError ? err.reason : String(err));
      }
    },
    relativePath: (uri) => relative(dir, pathOf(uri)).split(sep).join('/'),
    ...(options.watch ? { watch: (listener: (change: FileChange) => void) => watchTree(dir, listener) } : {}),
  };
}

/** File events below `dir`; a rename is a creation when the file is there afterwards, else a deletion. */
function watchTree(dir: string, listener: (change: FileChange) => void): { dispose(): void } {
  const watcher = watchFolder(dir, { recursive: true }, (event, name) => {
    if (!name) return;
    const path = join(dir, name.toString());
    const uri = pathToFileURL(path).href;
    if (event === 'change') return listener({ kind: 'changed', uri });
    void fs.stat(path).then(
      () => listener({ kind: 'created', uri }),
      () => listener({ kind: 'deleted', uri }),
    );
  });
  watcher.on('error', () => watcher.close());
  return { dispose: () => watcher.close() };
}
