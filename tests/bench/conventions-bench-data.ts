// The database of the conventions benchmark: a call of a Département's size whose closed session gave
// `count` favourable avis (one in five "sous réserve", one action in ten over three years), providers
// with valid SIRETs and the CCAS with its own. Bulk rows go straight into the tables with prepared
// statements (what is measured is drafting and after, not the scoring that leads to it); the call,
// the jury and the session itself go through the service.
import type { BudgetAccount } from '../../core/domain/budget.ts';
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import type { Service } from '../../core/service/create-service.ts';
import type { PacteDatabase } from '../../db/open-database.ts';
import { saveApplication } from '../../db/queries/application-write.ts';
import { saveProvider } from '../../db/queries/provider-queries.ts';

export type ClosedSession = { callId: number; sessionId: number; applicationIds: number[] };

const words = ['atelier', 'mobilité', 'équipe', 'numérique', 'vélo', 'emploi', 'santé', 'jardin', 'réparation', 'insertion', 'quartier', 'femmes', 'jeunes', 'permis', 'culture'];
const pick = (index: number, salt: number) => words[(index * 7 + salt * 13) % words.length] ?? 'action';

export async function closedSessionWithFavourableAvis(service: Service, database: PacteDatabase, count: number, providerCount: number): Promise<ClosedSession> {
  const { db, sqlite } = database;
  const now = '2017-12-01T09:00:00.000Z';
  await service.invoke('settings.saveOrganisation', {
    name: 'CCAS de Rennes',
    department: 'Ille-et-Vilaine',
    address: '12 rue de l’Hôtel-Dieu',
    postalCode: '35000',
    city: 'Rennes',
    phone: '',
    email: '',
    logoDataUrl: null,
    siret: '26350001900017',
    signatories: [{ name: 'Zoé Ménard', role: 'Vice-présidente du CCAS' }],
  });
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 9_000_000_000 });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const operationalIds = pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((item) => item.id)));
  const territoryIds = (await service.invoke('territories.list', {})).map((territory) => territory.id);

  const providerIds: number[] = [];
  const applicationIds: number[] = [];
  sqlite.exec('begin');
  for (let index = 0; index < providerCount; index += 1) {
    providerIds.push(
      saveProvider(
        db,
        {
          name: `Association ${pick(index, 1)} ${pick(index, 2)} n° ${index + 1}`,
          legalForm: 'association',
          siret: siretWithKeys(`35${String(index).padStart(6, '0')}`, '0001'),
          // One provider in ten known by its RNA too (the SCDL file carries both when they exist).
          rna: index % 10 === 0 ? `W35${String(index).padStart(7, '0')}` : null,
          address: `${index + 1} rue de la République`,
          postalCode: '35000',
          city: 'Rennes',
          representativeCivility: 'madame',
          representativeName: `Camille Martin ${index + 1}`,
          representativeRole: 'Présidente',
          contactName: '',
          contactEmail: '',
          contactPhone: '',
          notes: '',
        },
        now,
      ),
    );
  }
  for (let index = 0; index < count; index += 1) {
    const amount = 500_000 + ((index * 7919) % 4_000_000);
    const multiYear = index % 10 === 9;
    const lines: { account: BudgetAccount; amountCents: number }[] = [
      { account: '64', amountCents: amount * 2 },
      { account: '74-ccas', amountCents: amount },
      { account: '74-departement', amountCents: amount },
    ];
    applicationIds.push(
      saveApplication(
        db,
        {
          callId: call.id,
          providerId: providerIds[index % providerCount] ?? 0,
          title: `Action ${pick(index, 2)} et ${pick(index, 3)} n° ${index + 1}`,
          summary: `Une ${pick(index, 4)} pour la ${pick(index, 5)} et l’${pick(index, 6)} des allocataires du RSA.`,
          description: `Description ${pick(index, 7)} ${pick(index, 8)} ${pick(index, 9)}.`,
          primaryObjectiveId: operationalIds[index % operationalIds.length] ?? null,
          secondaryObjectiveIds: [],
          publics: ['rsa', 'jeunes'],
          publicOther: '',
          expectedParticipants: 20,
          expectedRsaParticipants: 10,
          territoryIds: [territoryIds[index % territoryIds.length] ?? 0],
          startsOn: '2018-01-08',
          endsOn: multiYear ? '2020-12-18' : '2018-12-14',
          isRenewal: index % 3 === 0,
          duration: multiYear ? 'pluriannuelle' : 'annuelle',
          mobility: 'Tickets de bus fournis.',
          budgetLines: lines,
          indicators: [
            { label: 'Personnes accompagnées', target: '20' },
            { label: 'Sorties vers l’emploi ou la formation', target: '' },
          ],
        },
        now,
        'bench',
      ),
    );
  }
  sqlite.prepare("update applications set status = 'recevable' where call_id = ?").run(call.id);
  sqlite.exec('commit');

  const jurorIds: number[] = [];
  for (const [index, role] of (['responsable_dispositifs', 'responsable_antenne', 'representant_departement', 'representant_allocataires', 'professionnel_diap'] as const).entries()) {
    jurorIds.push((await service.invoke('jurors.create', { name: `Juré ${index + 1}`, role, isPermanent: true })).id);
  }
  const session = await service.invoke('sessions.create', { callId: call.id, title: 'CAI du 12 décembre 2017', heldOn: '2017-12-12', jurorIds, chairJurorId: jurorIds[0] ?? null });
  // The agenda, the avis and the close: the state the scoring leaves behind, written in one transaction.
  const addToAgenda = sqlite.prepare('insert into session_agenda (session_id, application_id, position) values (?, ?, ?)');
  const addAvis = sqlite.prepare('insert into avis (session_id, application_id, kind, conditions, motivation, proposed_cents, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const [index, applicationId] of applicationIds.entries()) {
      const reserved = index % 5 === 4;
      const proposed = 400_000 + ((index * 7919) % 3_000_000);
      addToAgenda.run(session.id, applicationId, index + 1);
      addAvis.run(session.id, applicationId, reserved ? 'favorable_sous_reserve' : 'favorable', reserved ? 'Présenter le partenariat avec Pôle emploi.' : '', reserved ? '' : 'Action utile au pacte.', proposed, 'bench', now);
    }
    sqlite.prepare("update cai_sessions set status = 'close', revealed_at = ?, revealed_by = 'bench' where id = ?").run(now, session.id);
  })();
  return { callId: call.id, sessionId: session.id, applicationIds };
}

const day = (month: number, dayOfMonth: number) => `2018-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
const PATH = ['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee'] as const;
type Step = (typeof PATH)[number] | 'resiliee';

/** Where the convention of this position ends up, by tenths: the mix of a year's list in October. */
function targetOf(index: number): Step {
  const slot = index % 10;
  if (slot <= 2) return PATH[slot] ?? 'brouillon';
  if (slot <= 4) return 'signee';
  if (slot === 7) return 'soldee';
  if (slot === 8) return index % 20 === 8 ? 'cloturee' : 'resiliee';
  return 'en_cours';
}

/**
 * After drafting: every status of the life of a convention, as of mid-October 2018 — drafts, before
 * and after the board, signed in February (advance overdue) or in September (advance due), en cours
 * with the advance paid (one in thirty with an accepted bilan and an unpaid balance: overdue), soldées,
 * clôturées, résiliées with an open recovery, and the multi-year ones en cours. Written with prepared
 * statements in one transaction, the history included; the avenants go through the service afterwards.
 */
export function advanceLifecycles(database: PacteDatabase, conventionIds: readonly number[]): void {
  const { sqlite } = database;
  const move = sqlite.prepare('update conventions set status = ?, ca_deliberation_ref = ?, ca_deliberation_on = ?, signed_provider_on = ?, signed_ccas_on = ?, updated_at = ? where id = ?');
  const event = sqlite.prepare("insert into convention_events (convention_id, kind, from_status, to_status, summary, reason, actor, at) values (?, 'statut', ?, ?, ?, ?, 'bench', ?)");
  const lines = sqlite.prepare('select id, year, kind, planned_cents as plannedCents from schedule_lines where convention_id = ? and superseded_by_avenant_id is null order by rank');
  const pay = sqlite.prepare("insert into payments (convention_id, schedule_line_id, amount_cents, status, mandate_ref, paid_on, created_at, created_by, updated_at) values (?, ?, ?, 'paye', ?, ?, ?, 'bench', ?)");
  const bilan = sqlite.prepare('update convention_years set bilan_accepted_on = ? where convention_id = ? and year = ?');
  const recover = sqlite.prepare("insert into recoveries (convention_id, amount_cents, cause, decision_ref, due_on, created_at, created_by) values (?, ?, 'non_realisation', ?, ?, ?, 'bench')");
  sqlite.transaction(() => {
    for (const [index, id] of conventionIds.entries()) {
      const target = targetOf(index);
      const signedOn = day(index % 10 === 3 ? 2 : index % 10 === 4 ? 9 : 3, 1 + (index % 20));
      const steps: Step[] = target === 'resiliee' ? [...PATH.slice(1, 5), 'resiliee'] : PATH.slice(1, PATH.indexOf(target) + 1);
      const dateOf = (step: Step) => (step === 'presentee_ca' ? day(1, 18) : step === 'validee_ca' ? day(1, 25) : step === 'signee' ? signedOn : step === 'en_cours' ? day(4, 1) : day(10, 5));
      let from: Step = 'brouillon';
      for (const step of steps) {
        event.run(id, from, step, `Statut « ${step} » (banc d’essai).`, step === 'resiliee' ? 'Action non réalisée.' : '', `${dateOf(step)}T10:00:00.000Z`);
        from = step;
      }
      const validated = steps.includes('validee_ca');
      const signed = steps.includes('signee');
      move.run(target, validated ? '2018-014' : null, validated ? day(1, 25) : null, signed ? signedOn : null, signed ? signedOn : null, `${dateOf(target)}T10:00:00.000Z`, id);
      if (!steps.includes('en_cours')) continue;
      const current = lines.all(id) as { id: number; year: number; kind: string; plannedCents: number }[];
      const advance = current.find((line) => line.kind === 'avance' && line.year === 2018);
      if (advance) pay.run(id, advance.id, advance.plannedCents, `M-2018-${id}`, day(4, 1 + (index % 20)), `${day(4, 1)}T10:00:00.000Z`, `${day(4, 1)}T10:00:00.000Z`);
      if (steps.includes('soldee')) {
        bilan.run(day(9, 20), id, 2018);
        for (const line of current.filter((candidate) => candidate.kind === 'solde')) pay.run(id, line.id, line.plannedCents, `M-2018-S${id}`, day(10, 1), `${day(10, 1)}T10:00:00.000Z`, `${day(10, 1)}T10:00:00.000Z`);
      } else if (target === 'resiliee') {
        recover.run(id, 100_000, `REV-2018-${id}`, day(12, 31), `${day(10, 5)}T10:00:00.000Z`);
      } else if (index % 30 === 5) {
        bilan.run(day(7, 2), id, 2018);
      }
    }
  })();
}
