// A provider's bilan received for a convention's year: what `conventions.acceptBilan` and
// `bilans.validate` now require before the year's balance becomes payable.
import type { Service } from '../../core/service/create-service.ts';

export async function receiveBilan(service: Service, conventionId: number, year: number, receivedOn: string): Promise<number> {
  const saved = await service.invoke('bilans.saveContent', {
    conventionId,
    year,
    outcome: 'realisee',
    receivedOn,
    qualitative: 'Action réalisée comme prévu.',
    values: [
      { code: 'IC01', dimension: 'total', category: '', value: 12 },
      { code: 'IC10', dimension: 'total', category: '', value: 8 },
      { code: 'IC12', dimension: 'total', category: '', value: 4 },
    ],
    financialLines: [
      { side: 'charge', account: '64', label: 'Salaires', plannedCents: 1_000_000, actualCents: 990_000 },
      { side: 'produit', account: '74', label: 'Subvention du CCAS', plannedCents: 1_000_000, actualCents: 990_000 },
    ],
  });
  return saved.bilanId;
}

/** The same, on a base file a CLI test works on: the service opens it, receives the bilan, and closes. */
export async function receiveBilanInFile(file: string, conventionId: number, year: number, receivedOn: string): Promise<number> {
  const { openService } = await import('../../core/service/open-service.ts');
  const { repoRoot } = await import('./test-app.ts');
  const opened = openService({ databaseFile: file, appRoot: repoRoot, actor: 'porteur (classeur reçu)' });
  try {
    return await receiveBilan(opened.service, conventionId, year, receivedOn);
  } finally {
    opened.close();
  }
}
