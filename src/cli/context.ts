import type { DisplayLanguage } from '../core';
import type { DecodedReport } from '../node/readReport';

/** Where the CLI writes and what it reads; runCli's caller provides it (main.ts binds the process, tests pass sinks). */
export interface CliIo {
  /** Receives complete chunks of standard output, newlines included. */
  stdout(s: string): void;
  /** Receives complete chunks of standard error, newlines included. */
  stderr(s: string): void;
  /** All of standard input, for the file argument `-` (main.ts reads the process's; tests pass bytes). */
  stdin?(): Promise<Uint8Array>;
  /** The environment's locale variables (main.ts passes process.env); without them the labels are English. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** What every command receives: the output, the one way to read a report, the exit code, the labels' language. */
export interface CommandContext {
  readonly io: CliIo;
  /** Reads the file (or standard input for `-`), or prints one line saying why it cannot and returns null. */
  read(file: string): Promise<DecodedReport | null>;
  /** The run fails: exit code 2 when a file or folder cannot be read, 1 for a usage error. */
  fail(reason: 'cannot-read' | 'usage'): void;
  /** Asked when an action runs, after commander has parsed --lang wherever it stands on the command line. */
  language(): DisplayLanguage;
}
