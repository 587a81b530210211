// What a backup holds, before anything is restored: its facts (date, kind, versions, audit head, integrity)
// and its rows table by table against the current base — the main ones first, the others on demand.
import { Alert, Button, Code, Collapse, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { backupReasonLabel, backupTableLabel, MAIN_BACKUP_TABLES } from '../../../../../core/domain/backup-labels.ts';
import type { BackupPreview } from '../../../../../core/service/api.ts';
import { auditHeadText, formatBackupDate, shortHash } from './backup-format.ts';

const count = new Intl.NumberFormat('fr-FR');
const MAIN = new Set<string>(MAIN_BACKUP_TABLES);

export function BackupFacts({ preview, currentSchema }: { preview: BackupPreview; currentSchema: number | undefined }) {
  const { manifest } = preview;
  return (
    <Table variant="vertical" withTableBorder layout="fixed" verticalSpacing={6} fz="sm" data-testid="backup-preview-facts">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={120}>Faite le</Table.Th>
          <Table.Td data-testid="backup-preview-date">
            {manifest ? `${formatBackupDate(manifest.createdAt)} (${backupReasonLabel(manifest.reason)})` : 'inconnu (pas de manifeste)'}
          </Table.Td>
        </Table.Tr>
        {manifest && (
          <Table.Tr>
            <Table.Th>Par</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{manifest.createdBy}</Table.Td>
          </Table.Tr>
        )}
        <Table.Tr>
          <Table.Th>Version</Table.Th>
          <Table.Td data-testid="backup-preview-schema">
            {manifest ? `Pacte CAI ${manifest.appVersion}, ` : ''}schéma n°&nbsp;{preview.schemaVersion}
            {currentSchema !== undefined && preview.schemaVersion < currentSchema && ` (mis à jour vers le n°\u00A0${currentSchema} en la restaurant)`}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Journal d’audit</Table.Th>
          <Table.Td>
            {preview.auditHead ? `jusqu’à l’entrée ${auditHeadText(preview.auditHead)}` : auditHeadText(null)}
            {preview.auditHead && (
              <>
                {' '}
                <Code title={`Empreinte de l’entrée : ${preview.auditHead.hash}`}>{shortHash(preview.auditHead.hash)}</Code>
              </>
            )}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Intégrité</Table.Th>
          <Table.Td data-testid="backup-preview-integrity">
            {preview.matchesManifest === true && 'Conforme à son manifeste (empreinte SHA\u2011256 vérifiée).'}
            {preview.matchesManifest === null && 'Non vérifiable\u00A0: pas de manifeste à côté du fichier.'}
            {preview.matchesManifest === false && (
              <Text component="span" size="sm" fw={700} c="#a51111">
                Ne correspond plus à son manifeste&nbsp;: copie modifiée ou abîmée.
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Fichier</Table.Th>
          <Table.Td>
            <Code style={{ wordBreak: 'break-all' }}>{preview.file}</Code>
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

type Row = BackupPreview['tables'][number];

function CountsTable({ rows, label, testId }: { rows: readonly Row[]; label: string; testId: string }) {
  return (
    <Table withTableBorder striped layout="fixed" verticalSpacing={4} fz="sm" aria-label={label} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Données</Table.Th>
          <Table.Th w={110} ta="right">
            Sauvegarde
          </Table.Th>
          <Table.Th w={110} ta="right">
            Aujourd’hui
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const differs = row.inBackup !== row.current;
          return (
            <Table.Tr key={row.name} data-testid="backup-preview-row" data-table={row.name} data-differs={differs}>
              <Table.Td>{backupTableLabel(row.name)}</Table.Td>
              <Table.Td ta="right" fw={differs ? 700 : undefined}>
                {count.format(row.inBackup)}
              </Table.Td>
              <Table.Td ta="right">{count.format(row.current)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function BackupCounts({ preview }: { preview: BackupPreview }) {
  const [showOthers, setShowOthers] = useState(false);
  const main = MAIN_BACKUP_TABLES.flatMap((name) => preview.tables.filter((table) => table.name === name));
  const others = preview.tables.filter((table) => !MAIN.has(table.name));
  const othersDiffering = others.filter((table) => table.inBackup !== table.current).length;
  return (
    <Stack gap="xs">
      <CountsTable rows={main} label="Nombre de lignes dans la sauvegarde et dans la base actuelle" testId="backup-preview-counts" />
      {others.length > 0 && (
        <>
          <Text size="xs" c="dimmed">
            {othersDiffering === 0
              ? `Les ${others.length} autres tables sont identiques en nombre de lignes.`
              : `${othersDiffering} des ${others.length} autres tables diffèrent en nombre de lignes.`}
          </Text>
          <div>
            <Button
              size="compact-xs"
              variant="subtle"
              rightSection={showOthers ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
              aria-expanded={showOthers}
              aria-controls="backup-preview-others"
              onClick={() => setShowOthers((shown) => !shown)}
            >
              {showOthers ? 'Masquer les autres tables' : 'Voir les autres tables'}
            </Button>
          </div>
          <Collapse expanded={showOthers} id="backup-preview-others">
            <CountsTable rows={others} label="Autres tables" testId="backup-preview-other-counts" />
          </Collapse>
        </>
      )}
    </Stack>
  );
}

export function DamagedBackupAlert() {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Cette sauvegarde ne peut pas être restaurée" role="alert" data-testid="backup-preview-damaged">
      Le fichier a changé depuis qu’il a été fait&nbsp;: son empreinte ne correspond plus à celle de son manifeste. Choisissez une autre sauvegarde&nbsp;; la base actuelle n’est pas modifiée.
    </Alert>
  );
}
