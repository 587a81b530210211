// The demo's open call: whoever tries the app can hold a CAI session of their own on it, without
// attaching a file or ticking a point — its recevable applications have their pieces, every point met,
// no avis, and the rule the agenda uses ("Ajouter les dossiers recevables") takes them in.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE, loadDemo, readDemoFile, readDemoOpenCallFile } from '../../core/service/demo/demo-handlers.ts';
import { DEMO_OPEN_CALL_FILE } from '../../core/service/demo/demo-open-call.ts';
import { openTestService, repoRoot, tempDir } from '../support/test-app.ts';

const resourcesDir = path.join(repoRoot, 'resources');

/** How many applications a newcomer needs for a session worth deliberating: ranks, an envelope to share. */
const SCHEDULABLE_AT_LEAST = 8;

describe('the demo’s open call', () => {
  it('names only providers of the main file, with titles of its own', () => {
    const main = readDemoFile(resourcesDir);
    const open = readDemoOpenCallFile(resourcesDir);
    const keys = new Set(main.providers.map((provider) => provider.key));
    const titles = new Set(main.applications.map((application) => application.title));
    expect(open.call.status).toBe('ouvert');
    expect(open.call.title).toContain('démonstration');
    for (const application of open.applications) {
      expect(keys.has(application.provider), application.provider).toBe(true);
      expect(titles.has(application.title), application.title).toBe(false);
    }
  });

  it(`gives a new session at least ${SCHEDULABLE_AT_LEAST} schedulable applications, each with its pieces, every point met and no avis, and the session runs to its results`, { timeout: 180_000 }, async () => {
    const { service } = openTestService();
    const loaded = await service.invoke('demo.load', {});
    const openCallId = loaded.openCall?.callId ?? 0;
    expect(loaded.openCall?.recevable).toBeGreaterThanOrEqual(SCHEDULABLE_AT_LEAST);
    const call = await service.invoke('calls.get', { id: openCallId });
    expect(call).toMatchObject({ status: 'ouvert', isDemo: true });
    expect(await service.invoke('sessions.list', { callId: openCallId })).toEqual([]);

    // A newcomer's session: the demo's jury, kept across years; the agenda filled by the app's own rule.
    const jurors = (await service.invoke('jurors.list', {})).filter((juror) => juror.isPermanent);
    const session = await service.invoke('sessions.create', {
      callId: openCallId,
      title: 'CAI d’essai',
      heldOn: '2018-01-16',
      jurorIds: jurors.map((juror) => juror.id),
      chairJurorId: jurors[0]?.id ?? null,
    });
    const { agenda } = await service.invoke('sessions.fillAgenda', { sessionId: session.id });
    expect(agenda.length).toBeGreaterThanOrEqual(SCHEDULABLE_AT_LEAST);
    expect(agenda).toHaveLength(loaded.openCall?.recevable ?? -1);

    for (const item of agenda) {
      const attachments = await service.invoke('attachments.list', { applicationId: item.applicationId });
      expect(attachments.required.filter((entry) => entry.isRequired && !entry.isPresent), item.title).toEqual([]);
      const eligibility = await service.invoke('eligibility.get', { applicationId: item.applicationId });
      expect(eligibility.items.filter((entry) => entry.state !== 'ok' && entry.state !== 'not_applicable'), item.title).toEqual([]);
      const application = await service.invoke('applications.get', { id: item.applicationId });
      expect(application).toMatchObject({ status: 'recevable', isDemo: true, decisions: [] });
    }

    // And the session runs to its results: PINs, notation, the sheets, attendance, deliberation, reveal.
    const pins = jurors.map((_juror, index) => String(index + 1).repeat(4));
    for (const [index, juror] of jurors.entries()) await service.invoke('sessions.setPin', { sessionId: session.id, jurorId: juror.id, pin: pins[index] ?? '' });
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'notation' });
    const grid = (await service.invoke('grids.get', { id: session.gridId })).definition;
    const rows = jurors.flatMap((juror) => agenda.flatMap((item) => grid.criteria.map((criterion) => [juror.id, item.applicationId, criterion.key, criterion.scale.min + 3, ''].join(';'))));
    const csv = ['juror;application;criterion;score;comment', ...rows].join('\r\n');
    const imported = await service.invoke('scores.importCsv', { sessionId: session.id, fileName: 'fiches.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64'), chairPin: pins[0] ?? '' });
    expect(imported.errors).toEqual([]);
    for (const juror of jurors) await service.invoke('sessions.setAttendance', { sessionId: session.id, jurorId: juror.id, attendance: 'present' });
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'deliberation' });
    const results = await service.invoke('sessions.reveal', { sessionId: session.id, chairPin: pins[0] ?? '' });
    expect(results.outcomes).toHaveLength(agenda.length);
    expect(results.outcomes.every((outcome) => outcome.mean !== null && outcome.jurorsCounted === jurors.length)).toBe(true);
  });

  it('is added on its own to a database holding the demo without it, reusing the providers, and only once', { timeout: 180_000 }, async () => {
    const { service } = openTestService();
    const first = await service.invoke('demo.load', {});
    // A later version ships another open call: a database with the demo gets it, and nothing else is written twice.
    const dir = tempDir();
    mkdirSync(path.join(dir, 'demo'));
    copyFileSync(path.join(resourcesDir, DEMO_FILE), path.join(dir, DEMO_FILE));
    const open = readDemoOpenCallFile(resourcesDir);
    writeFileSync(path.join(dir, DEMO_OPEN_CALL_FILE), JSON.stringify({ ...open, call: { ...open.call, title: 'Appel complémentaire 2019 (démonstration)' } }));
    const context = { ...service.context, resourcesDir: dir };

    const again = loadDemo(context);
    expect(again).toMatchObject({ status: 'created', callId: first.callId, providers: 27, applications: 40, sessionId: first.sessionId, conventions: 26 });
    expect(again.openCall?.callId).not.toBe(first.openCall?.callId);
    expect(again.openCall).toMatchObject({ applications: first.openCall?.applications, recevable: first.openCall?.recevable });
    expect((await service.invoke('providers.list', { limit: 500 })).total).toBe(27);
    expect(await service.invoke('calls.list', {})).toHaveLength(3);
    expect(loadDemo(context)).toEqual({ ...again, status: 'unchanged' });
  });
});
