import { runCli } from '../../src/cli/cli';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process and collects what it prints. */
export async function run(...argv: string[]): Promise<Run> {
  return runWithStdin(undefined, ...argv);
}

/** Runs the CLI in-process with these bytes on standard input (undefined: no standard input at all). */
export async function runWithStdin(input: Uint8Array | undefined, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    ...(input ? { stdin: () => Promise.resolve(input) } : {}),
  });
  return { code, stdout, stderr };
}
