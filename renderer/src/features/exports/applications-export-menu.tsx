// "Exporter" on the Dossiers list: every application the filters and search in the address match, in the
// order shown — all of them, even beyond the 2,000 rows the screen loads.
import { client } from '../../api/client.ts';
import type { ApplicationListInput } from '../applications/use-applications.ts';
import { ExportMenu } from './export-menu.tsx';

type Props = { input: ApplicationListInput; total: number | undefined };

export function ApplicationsExportMenu({ input, total }: Props) {
  // The screen's page is not the export's: the host reads every matching row.
  const { limit: _limit, offset: _offset, ...filters } = input;
  const note = total === undefined ? undefined : `${total.toLocaleString('fr-FR')} dossier${total > 1 ? 's' : ''} : la recherche et les filtres affichés, dans l’ordre du tableau`;
  return <ExportMenu label="Exporter" note={note} testId="applications-export" produce={(format) => client.call('applications.export', { ...filters, format })} />;
}
