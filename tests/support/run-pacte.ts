// Runs the `pacte` command in-process and keeps what it printed.
import { runCli } from '../../electron/cli/run-cli.ts';
import { repoRoot } from './test-app.ts';

export type Run = { code: number; stdout: string; stderr: string };

export async function pacte(args: string[], options: { env?: NodeJS.ProcessEnv; appRoot?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    // Never the developer's own PACTE_DB or user data folder.
    env: options.env ?? {},
    appRoot: options.appRoot ?? repoRoot,
    untilStopped: () => new Promise<void>(() => undefined),
  });
  return { code, stdout, stderr };
}
