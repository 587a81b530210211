// Runs npm scripts side by side and fails if any fails: the type checks and the lint are each
// single-threaded, so on CI's two cores they take the time of the longest instead of their sum.
// Usage: node scripts/run-parallel.mjs typecheck lint
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Indiquez les scripts npm à lancer.');
  process.exit(2);
}

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      // Output is kept per script and printed whole at its end: interleaved lines would be unreadable.
      const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => {
        process.stdout.write(`── npm run ${script} : ${code === 0 ? 'réussi' : `échec (code ${code})`}\n${output}`);
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
