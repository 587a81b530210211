// Entry point of the `pacte` command (runs in plain Node: `npm run cli -- …` or the built dist/node/pacte.mjs).
import { findAppRoot } from '../common/app-paths.ts';
import { runCli } from './run-cli.ts';

const stopped = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  appRoot: findAppRoot(import.meta.dirname),
  untilStopped: () => stopped,
});
process.exitCode = exitCode;
// A finished command must not linger on the signal listeners.
process.exit(exitCode);
