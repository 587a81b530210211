// "Exporter" on the deliberation page: the results and avis as the table shows them (its order), and the
// jurors' progress (counts only) from under their table.
import { Table } from '@mantine/core';
import { useParams } from 'react-router';
import type { ResultsOrder } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { parseId } from '../applications/application-labels.ts';
import { ExportMenu } from './export-menu.tsx';

type ResultsProps = { sessionId: number; order: ResultsOrder; disputedFirst: boolean };

export function ResultsExportMenu({ sessionId, order, disputedFirst }: ResultsProps) {
  return (
    <ExportMenu
      label="Exporter les résultats"
      note={`Dans l’ordre du tableau${disputedFirst ? ', les plus disputés d’abord' : ''}, avec les avis`}
      testId="results-export"
      produce={(format) => client.call('sessions.exportResults', { sessionId, format, order, disputedFirst })}
    />
  );
}

/**
 * Under the progress table, as its caption (the table keeps its own accessible name); the session is the
 * page's (#/seances/:id/deliberation), the only place the table is shown.
 */
export function ProgressExportCaption() {
  const sessionId = parseId(useParams().id);
  if (sessionId === null) return null;
  return (
    <Table.Caption style={{ captionSide: 'bottom', textAlign: 'right' }}>
      <ExportMenu
        label="Exporter l’avancement"
        note="Les fiches de chaque membre, sans aucune note"
        testId="progress-export"
        produce={(format) => client.call('sessions.exportProgress', { sessionId, format })}
      />
    </Table.Caption>
  );
}
