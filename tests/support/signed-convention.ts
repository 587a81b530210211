// A signed convention with its advance paid and an avenant, drafted from the board session, the CCAS
// and the providers filled in as a manager would before printing: for the document and CLI suites.
import type { Service } from '../../core/service/create-service.ts';
import { boardSession } from './board-session.ts';

export const CCAS = {
  name: 'CCAS de Rennes',
  department: 'Direction Insertion',
  address: '12 rue de l’Hôtel-Dieu',
  postalCode: '35000',
  city: 'Rennes',
  phone: '',
  email: '',
  logoDataUrl: null,
  siret: '26350001900017',
  signatories: [{ name: 'Zoé Ménard', role: 'Vice-présidente du CCAS' }],
};

/** A signed convention with its advance paid and an avenant, from the board session; providers completed. */
export async function signedConvention(service: Service, sqlite: { exec: (sql: string) => unknown }) {
  await service.invoke('settings.saveOrganisation', CCAS);
  const setup = await boardSession(service);
  sqlite.exec("update providers set address = '3 rue du Vélo', postal_code = '35200', city = 'Rennes', representative_name = 'Claire Martin', representative_role = 'Présidente'");
  const { drafted } = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
  const id = drafted.find((row) => row.applicationTitle.startsWith('Vélo'))?.id ?? 0;
  await service.invoke('conventions.present', { id });
  await service.invoke('conventions.validate', { id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
  await service.invoke('conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
  const paid = await service.invoke('payments.record', { conventionId: id, lineRank: 1, amountCents: 1_050_000, paidOn: '2018-02-20', mandateRef: 'M-42' });
  await service.invoke('conventions.amend', { id, totalCents: 1_600_000, reason: 'Deux sessions de plus.', deliberationRef: '2018-077', deliberationOn: '2018-06-20', signedOn: '2018-06-28' });
  return { setup, id, paymentId: paid.payments[0]?.id ?? 0, drafted };
}

