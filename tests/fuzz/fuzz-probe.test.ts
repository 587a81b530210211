// The fuzz suite's own checks, shown to catch what they are named after: a call that wrote and still
// answered an error, a commit without its audit entry, an internal error, an English message. Without
// this, a probe that saw nothing would pass every fuzz run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../core/service/api.ts';
import { statsOf } from './support/fuzz-report.ts';
import { makeTemplate, onCopy, probe, removeFuzzFolders, type DbTemplate } from './support/fuzz-probe.ts';
import { frenchProblem } from './support/french-text.ts';

const refusal: Result<unknown> = { ok: false, error: { code: 'validation', message: 'Fichier refusé : rien n’a été importé.' } };
const accepted = () => ({ refused: false, messages: [], mayWrite: true });
const newCall = { year: 2019, title: 'Appel à projets 2019', envelopeCents: 1_000_000 };

let template: DbTemplate<{ callId: number }>;

beforeAll(async () => {
  template = await makeTemplate('probe', async ({ service }) => ({ callId: (await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 1_000_000 })).id }));
});

afterAll(removeFuzzFolders);

describe('the fuzz probe', () => {
  it('passes a French refusal that wrote nothing and a commit that has its audit entry', async () => {
    expect(await onCopy(template, (app) => probe(app, 'self-test clean', 'refusal', async () => refusal, accepted))).toBe(true);
    expect(await onCopy(template, (app) => probe(app, 'self-test clean', 'commit', (service) => service.call('calls.create', newCall), accepted))).toBe(true);
    expect(statsOf('self-test clean')).toMatchObject({ tried: 2, ok: 1, refused: 1, internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0 });
  });

  it('counts a write made by a call that answered an error, audited or not', async () => {
    const audited = await onCopy(template, (app) =>
      probe(app, 'self-test write', 'audited write, then an error', async (service) => {
        await service.call('calls.create', newCall);
        return refusal;
      }, accepted),
    );
    const unaudited = await onCopy(template, (app) =>
      probe(app, 'self-test unaudited', 'a row updated behind the service', async () => {
        app.sqlite.prepare('update calls set title = ? where id = ?').run('Appel modifié', template.data.callId);
        return refusal;
      }, accepted),
    );
    expect([audited, unaudited]).toEqual([false, false]);
    expect(statsOf('self-test write')).toMatchObject({ writesDespiteError: 1, unaudited: 0 });
    expect(statsOf('self-test unaudited')).toMatchObject({ writesDespiteError: 1, unaudited: 1 });
  });

  it('counts an internal error and a message that is not French', async () => {
    await onCopy(template, (app) => probe(app, 'self-test internal', 'internal', async () => ({ ok: false, error: { code: 'internal', message: 'Erreur interne de l’application.' } }), accepted));
    await onCopy(template, (app) => probe(app, 'self-test english', 'english', async () => ({ ok: false, error: { code: 'validation', message: 'Cannot read properties of undefined (reading ‘x’)' } }), accepted));
    expect(statsOf('self-test internal')).toMatchObject({ internal: 1 });
    expect(statsOf('self-test english').notFrench).toBeGreaterThan(0);
  });

  it('tells French for a person from English, stack text and empty parentheses', () => {
    expect(frenchProblem('Le classeur n’a ni feuille « Prestataires » ni feuille « Dossiers ».')).toBeNull();
    expect(frenchProblem('Code postal : 5 chiffres.', 'note')).toBeNull();
    expect(frenchProblem('« Invalid input » n’est pas reconnu.')).toBeNull();
    expect(frenchProblem('Invalid input: expected string, received undefined')).not.toBeNull();
    expect(frenchProblem('Le contenu n’est pas valide () : il est refusé.')).not.toBeNull();
    expect(frenchProblem('TypeError: x is not a function at Object.<anonymous> (node:internal/x)')).not.toBeNull();
    expect(frenchProblem('FICHIER VIDE')).not.toBeNull();
  });
});
