// PINs kept off the command line (issue 11, finding 7): an argument is readable by every account of the
// machine (`ps`), an environment variable only by the same account. `--pin` and `--pin-president` given
// alone read $PACTE_PIN and $PACTE_PIN_PRESIDENT; a required PIN missing everywhere is refused in French.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../core/service/api.ts';
import { addRecevableApplication } from '../support/recevable-application.ts';
import { pacte } from '../support/run-pacte.ts';
import { openTestService, tempDir } from '../support/test-app.ts';

async function preparedSession(): Promise<{ db: string; id: string; applicationId: number; providerId: number }> {
  const db = path.join(tempDir(), 'pacte.sqlite');
  expect((await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'Appel 2018', '--enveloppe', '100 000'])).code).toBe(0);
  const { service, close } = openTestService({ file: db });
  const application = await addRecevableApplication(service, { callId: 1, providerName: 'Mobiliclés', title: 'Vélo-école' });
  close();
  await pacte(['--db', db, 'jurors', 'add', '--nom', 'Agnès Martin', '--role', 'responsable_dispositifs']);
  await pacte(['--db', db, 'jurors', 'add', '--nom', 'Bruno Le Gall', '--role', 'representant_allocataires']);
  const created = await pacte(['--db', db, 'sessions', 'create', '--appel', '1', '--titre', 'CAI de mars', '--date', '12/03/2018', '--jure', '1', '2', '--president', '1', '--json']);
  const id = String((JSON.parse(created.stdout) as SessionDetail).id);
  expect((await pacte(['--db', db, 'sessions', 'agenda', '--seance', id, '--remplir'])).code).toBe(0);
  return { db, id, applicationId: application.id, providerId: application.providerId };
}

describe('PINs from the environment', () => {
  it('sets a member’s PIN from $PACTE_PIN when --pin comes alone, and the chair’s confirmation from $PACTE_PIN_PRESIDENT', async () => {
    const { db, id, providerId } = await preparedSession();
    const setChair = await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '1', '--pin'], { env: { PACTE_PIN: '1234' } });
    expect(setChair).toMatchObject({ code: 0, stdout: 'Code PIN de Agnès Martin enregistré.\n' });
    // Without the option at all, the variable serves too: the digits never appear among the arguments.
    expect((await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '2'], { env: { PACTE_PIN: '2222' } })).code).toBe(0);

    const { service, close } = openTestService({ file: db });
    try {
      const detail = await service.invoke('sessions.get', { id: Number(id) });
      expect(detail.members.every((member) => member.hasPin)).toBe(true);
    } finally {
      close();
    }

    const confirmed = await pacte(['--db', db, 'conflicts', 'declare', '--seance', id, '--jure', '2', '--prestataire', String(providerId), '--type', 'usager', '--pin-president'], {
      env: { PACTE_PIN_PRESIDENT: '1234' },
    });
    expect(confirmed).toMatchObject({ code: 0, stdout: expect.stringContaining('confirmé par le président') as string });
    // The chair's variable alone does not confirm: the option says the chair confirms.
    const plain = await pacte(['--db', db, 'conflicts', 'declare', '--seance', id, '--jure', '2', '--dossier', '1', '--type', 'autre'], { env: { PACTE_PIN_PRESIDENT: '1234' } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('confirmé par le président');
  });

  it('refuses a required PIN given nowhere, and an option alone with its variable empty, in French with exit 1', async () => {
    const { db, id } = await preparedSession();
    const missing = await pacte(['--db', db, 'sessions', 'pin', '--seance', id, '--jure', '1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Code PIN manquant : donnez-le dans la variable d’environnement PACTE_PIN');
    const empty = await pacte(['--db', db, 'sessions', 'reveal', id, '--pin-president'], { env: { PACTE_PIN_PRESIDENT: ' ' } });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('--pin-president sans chiffres les lit dans la variable d’environnement PACTE_PIN_PRESIDENT, qui est vide');
  });

  it('says in each PIN option’s help where the digits may come from instead', async () => {
    for (const command of [['sessions', 'pin'], ['sessions', 'reveal'], ['scores', 'import'], ['conflicts', 'declare']]) {
      const help = await pacte([...command, '--help']);
      expect(help.stdout, command.join(' ')).toMatch(/lit\s+les\s+chiffres\s+dans\s+\$PACTE_PIN/u);
    }
  });
});
