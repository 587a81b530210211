// The backups of the folder, newest first: when, which kind, what they hold, their size and the audit
// entry they end on, and "Restaurer…" on each.
import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { backupContentsSummary, backupReasonLabel } from '../../../../../core/domain/backup-labels.ts';
import type { BackupSummary } from '../../../../../core/service/api.ts';
import { auditHeadText, fileNameOf, formatBackupDate, formatBytes, shortHash } from './backup-format.ts';

const REASON_COLORS: Readonly<Record<string, string>> = { manuelle: 'blue', 'avant-restauration': 'orange', 'avant-import': 'grape' };

type Props = { backups: readonly BackupSummary[]; onRestore: (file: string) => void; disabled: boolean };

export function BackupsTable({ backups, onRestore, disabled }: Props) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder striped layout="fixed" verticalSpacing="xs" aria-label="Sauvegardes, de la plus récente à la plus ancienne" data-testid="backups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>Date</Table.Th>
            <Table.Th w={165}>Type</Table.Th>
            <Table.Th>Contenu</Table.Th>
            <Table.Th w={80}>Taille</Table.Th>
            <Table.Th w={170}>Journal d’audit</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map(({ file, manifest }) => (
            <Table.Tr key={file} data-testid="backup-row" data-reason={manifest?.reason ?? ''} data-file={file}>
              {manifest ? (
                <>
                  <Table.Td>{formatBackupDate(manifest.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={REASON_COLORS[manifest.reason] ?? 'gray'} radius="sm" tt="none" maw="100%" h="auto" styles={{ label: { color: 'var(--mantine-color-text)', whiteSpace: 'normal' } }}>
                      {backupReasonLabel(manifest.reason)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{backupContentsSummary(manifest.rowCounts)}</Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {manifest.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(manifest.bytes)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{auditHeadText(manifest.auditHead)}</Text>
                    {manifest.auditHead && (
                      <Code fz="xs" title={`Empreinte de l’entrée : ${manifest.auditHead.hash}`}>
                        {shortHash(manifest.auditHead.hash)}
                      </Code>
                    )}
                  </Table.Td>
                </>
              ) : (
                <>
                  <Table.Td>—</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="gray" radius="sm" tt="none">
                      sans manifeste
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">Contenu inconnu&nbsp;: «&nbsp;Restaurer…&nbsp;» l’examine d’abord.</Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {fileNameOf(file)}
                    </Text>
                  </Table.Td>
                  <Table.Td>—</Table.Td>
                  <Table.Td>—</Table.Td>
                </>
              )}
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRestore size={16} aria-hidden />}
                  disabled={disabled}
                  onClick={() => onRestore(file)}
                  aria-label={`Restaurer la sauvegarde ${manifest ? `du ${formatBackupDate(manifest.createdAt)}` : fileNameOf(file)}`}
                  data-testid="backup-restore"
                >
                  Restaurer…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
