// The files attached to an application, oldest first: type, name, size, who added it and when, its
// fingerprint; withdrawn ones stay, greyed, with who withdrew them and why.
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconTrash } from '@tabler/icons-react';
import type { AttachmentItem } from '../../../../core/service/api.ts';
import { formatFileSize } from '../../../../core/domain/attachment-file.ts';
import { DOCUMENT_TYPE_LABELS } from '../../../../core/service/attachments/attachments-api.ts';
import { formatDateTime } from '../applications/application-labels.ts';

type Props = {
  items: AttachmentItem[];
  openingId: number | null;
  onOpen: (item: AttachmentItem) => void;
  onRemove: (item: AttachmentItem) => void;
};

/** Twelve hex digits tell files apart at a glance; the whole SHA-256 is in the title, to compare with a copy. */
function Fingerprint({ sha256 }: { sha256: string }) {
  return (
    <Text span size="xs" ff="monospace" title={`SHA-256 : ${sha256}`} data-testid="attachment-sha256">
      {sha256.slice(0, 12)}…
    </Text>
  );
}

export function AttachmentTable({ items, openingId, onOpen, onRemove }: Props) {
  if (items.length === 0) return <Text size="sm" data-testid="attachments-empty">Aucune pièce jointe pour l’instant.</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder layout="fixed" verticalSpacing="xs" aria-label="Pièces jointes du dossier" data-testid="attachment-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={135}>Type</Table.Th>
            <Table.Th>Fichier</Table.Th>
            <Table.Th w={88}>Taille</Table.Th>
            <Table.Th w={155}>Ajoutée</Table.Th>
            <Table.Th w={112}>Empreinte</Table.Th>
            <Table.Th w={225}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} bg={item.isRemoved ? 'gray.0' : undefined} data-testid="attachment-row" data-removed={item.isRemoved}>
              <Table.Td>
                <Text size="sm" c={item.isRemoved ? 'dimmed' : undefined}>
                  {DOCUMENT_TYPE_LABELS[item.documentType]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} c={item.isRemoved ? 'dimmed' : undefined} td={item.isRemoved ? 'line-through' : undefined} style={{ wordBreak: 'break-word' }} data-testid="attachment-name">
                      {item.fileName}
                    </Text>
                    {item.isRemoved && (
                      <Badge size="sm" variant="light" color="gray" c="gray.8" style={{ flexShrink: 0 }}>
                        Retirée
                      </Badge>
                    )}
                  </Group>
                  {item.isRemoved && (
                    <Text size="xs" c="dimmed" data-testid="attachment-removal">
                      Retirée le {item.removedAt ? formatDateTime(item.removedAt) : '?'} par {item.removedBy ?? '?'} — motif : {item.removedReason}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={item.isRemoved ? 'dimmed' : undefined} data-testid="attachment-size">
                  {formatFileSize(item.sizeBytes)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={item.isRemoved ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(item.addedAt)}
                </Text>
                <Text size="xs" c="dimmed">
                  par {item.addedBy}
                </Text>
              </Table.Td>
              <Table.Td>
                <Fingerprint sha256={item.sha256} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconExternalLink size={16} aria-hidden />}
                    loading={openingId === item.id}
                    onClick={() => onOpen(item)}
                    aria-label={`Ouvrir ${item.fileName}`}
                    data-testid="attachment-open"
                  >
                    Ouvrir
                  </Button>
                  {!item.isRemoved && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      c="red.9"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => onRemove(item)}
                      aria-label={`Retirer ${item.fileName}`}
                      data-testid="attachment-remove"
                    >
                      Retirer
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
