// The attachments of the application under scoring, to read: open (the system's viewer in the desktop
// app, a download in a browser) as the application's own page does, but nothing to add or withdraw.
import { Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { formatFileSize } from '../../../../core/domain/attachment-file.ts';
import type { AttachmentItem } from '../../../../core/service/api.ts';
import { DOCUMENT_TYPE_LABELS } from '../../../../core/service/attachments/attachments-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useOpenAttachment } from '../attachments/use-attachments.ts';

export function JuryAttachments({ items }: { items: AttachmentItem[] }) {
  const open = useOpenAttachment();
  return (
    <Stack gap="sm" component="section" aria-labelledby="jury-attachments-title">
      <Title order={2} id="jury-attachments-title">
        Pièces jointes
      </Title>
      {open.isError && <ErrorAlert error={open.error} title="La pièce n’a pas pu être ouverte" />}
      {items.length === 0 ? (
        <Text size="sm">Aucune pièce jointe.</Text>
      ) : (
        <Table withTableBorder layout="fixed" verticalSpacing="xs" aria-label="Pièces jointes du dossier" data-testid="jury-attachments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>Type</Table.Th>
              <Table.Th>Fichier</Table.Th>
              <Table.Th w={100}>Taille</Table.Th>
              <Table.Th w={120}>
                <VisuallyHidden>Ouvrir</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id} data-testid="jury-attachment">
                <Table.Td>{DOCUMENT_TYPE_LABELS[item.documentType]}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{item.fileName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(item.sizeBytes)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconExternalLink size={16} aria-hidden />}
                    loading={open.isPending && open.variables === item.id}
                    onClick={() => open.mutate(item.id)}
                    aria-label={`Ouvrir ${item.fileName}`}
                  >
                    Ouvrir
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
