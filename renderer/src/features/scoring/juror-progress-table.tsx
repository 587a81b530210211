// Where each juror stands before the reveal: complete sheets over sheets to score, submitted or not,
// by which road (app, paper, pack) — never a score.
import { Table, Text } from '@mantine/core';
import { roleTitle, type Civility } from '../../../../core/domain/french-gender.ts';
import type { JurorProgress } from '../../../../core/service/api.ts';
import { ProgressExportCaption } from '../exports/session-export-menus.tsx';
import { formatDateTime } from '../applications/application-labels.ts';
import { SubmittedBadge } from './scoring-badges.tsx';
import { SHEET_SOURCE_LABELS } from './scoring-labels.ts';

type Props = { progress: JurorProgress[]; chairJurorId: number | null; chairCivility?: Civility };

export function JurorProgressTable({ progress, chairJurorId, chairCivility = '' }: Props) {
  return (
    <Table withTableBorder verticalSpacing="xs" fz="sm" aria-label="Avancement de la notation par membre du jury" data-testid="juror-progress">
      <ProgressExportCaption />
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Membre du jury</Table.Th>
          <Table.Th w={140} ta="right">
            Fiches complètes
          </Table.Th>
          <Table.Th w={150}>Notation</Table.Th>
          <Table.Th w={150}>Saisie</Table.Th>
          <Table.Th w={150}>Soumise le</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {progress.map((juror) => (
          <Table.Tr key={juror.jurorId} data-testid="juror-progress-row" data-submitted={juror.isSubmitted}>
            <Table.Td>
              {juror.jurorName}
              {juror.jurorId === chairJurorId && (
                <Text span size="sm">
                  {' '}
                  ({roleTitle('président', chairCivility)})
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {juror.toScoreCount === 0 ? 'Aucun dossier à noter' : `${juror.completeCount} / ${juror.toScoreCount}`}
            </Table.Td>
            <Table.Td>
              <SubmittedBadge submitted={juror.isSubmitted} started={juror.source !== null} />
            </Table.Td>
            <Table.Td>{juror.source === null ? '—' : SHEET_SOURCE_LABELS[juror.source]}</Table.Td>
            <Table.Td>{juror.submittedAt ? formatDateTime(juror.submittedAt) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
