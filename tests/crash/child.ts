// Runs in a child process of the crash harness (tests/crash/run.ts), bundled by it with esbuild: one
// scenario's real work through the service on a database, until it is killed with SIGKILL at any moment.
// Prints "ready" once the database is open, "result {…}" and "done" if it lives to the end.
import { readFileSync } from 'node:fs';
import type { Result } from '../../core/service/api.ts';
import { openService } from '../../core/service/open-service.ts';
import type { ChildInput } from './crash-scenarios.ts';

const [scenario, databaseFile, inputFile, appRoot] = process.argv.slice(2);
if (!scenario || !databaseFile || !inputFile || !appRoot) throw new Error('usage: child <scenario> <database> <input.json> <appRoot>');
const input = JSON.parse(readFileSync(inputFile, 'utf8')) as ChildInput;
const { service, close } = openService({ databaseFile, appRoot, actor: 'crash-harness' });
process.stdout.write('ready\n');

async function must(result: Promise<Result<unknown>>): Promise<unknown> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

async function run(): Promise<Result<unknown>> {
  switch (input.scenario) {
    case 'import':
      return service.call('imports.run', { fileName: input.fileName, contentBase64: input.contentBase64, callId: input.callId, mode: 'commit' });
    case 'jury-pack':
      return service.call('juryPack.open', { contentBase64: input.contentBase64, passphrase: input.passphrase });
    case 'score-pack':
      return service.call('scorePack.import', { contentBase64: input.contentBase64, sessionId: input.sessionId });
    case 'scoring': {
      // Scores saved one by one, as the jury screen autosaves them, then each sheet sealed.
      for (const juror of input.jurors) {
        const { juryToken } = (await must(service.call('jury.open', { sessionId: input.sessionId, jurorId: juror.jurorId, pin: juror.pin }))) as { juryToken: string };
        for (const applicationId of input.applicationIds) {
          for (const [criterionKey, answer] of Object.entries(input.answers)) await must(service.call('jury.saveAnswer', { juryToken, applicationId, criterionKey, answer }));
        }
        await must(service.call('jury.submit', { juryToken }));
      }
      return { ok: true, value: null };
    }
  }
}

const result = await run();
process.stdout.write(`result ${JSON.stringify(result.ok ? { ok: true } : result)}\n`);
close();
process.stdout.write('done\n');
