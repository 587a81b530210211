// The desktop app runs the service in a thread of its own (electron/main/service-thread.ts): the main
// thread, which routes every event of the window, must stay free while a long method runs.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startThreadedService } from '../../electron/main/threaded-service.ts';
import { repoRoot, tempDir } from '../support/test-app.ts';

describe('the service in its own thread', () => {
  it('answers calls with the same envelopes, and the main thread keeps ticking while the demo loads', async () => {
    const service = await startThreadedService({ databaseFile: path.join(tempDir(), 'pacte.sqlite'), appRoot: repoRoot });
    try {
      const info = await service.call('app.info', {});
      expect(info).toMatchObject({ ok: true, value: { databaseFile: service.databaseFile } });
      expect(await service.call('calls.create', { year: 'deux mille' })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await service.call('no.such.method', {})).toMatchObject({ ok: false });

      // The longest write the menu offers: in the main thread it held the event loop for its whole length.
      const gaps: number[] = [];
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }, 10);
      const started = performance.now();
      const loaded = await service.call('demo.load', {});
      const took = performance.now() - started;
      clearInterval(ticker);
      expect(loaded.ok, JSON.stringify(loaded).slice(0, 300)).toBe(true);
      // Ticks all along the load: the longest pause of the main thread is a small part of the work's length.
      expect(gaps.length).toBeGreaterThan(took / 10 / 4);
      expect(Math.max(...gaps)).toBeLessThan(Math.max(250, took / 4));
    } finally {
      await service.close();
    }
    // Closed: the file is released, and a late call gets a French refusal, not a hang.
    expect(await service.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  }, 120_000);

  it('a base it cannot open is refused with the code and French message of the opening', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pacte.sqlite');
    copyFileSync(path.join(repoRoot, 'package.json'), file);
    await expect(startThreadedService({ databaseFile: file, appRoot: repoRoot })).rejects.toMatchObject({ code: 'database_not_pacte', message: expect.stringContaining('n\'est pas une base Pacte CAI') });
  }, 60_000);
});
