// "Documents": the convention de financement, each avenant and a certificat administratif de paiement per
// payment, previewed in the app or saved; the host says in French what a document still lacks.
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { formatEuros } from '../../../../core/domain/money.ts';
import { PAYMENT_STATUS_LABELS, SCHEDULE_KIND_LABELS, type ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { showInFolder } from '../documents/deliver-document.ts';
import { DocumentPreviewModal } from '../documents/document-preview-modal.tsx';
import { showDate } from './convention-labels.ts';
import { useConventionDocuments, type ConventionDocumentRequest } from './use-convention-documents.ts';

type Props = { convention: ConventionDetail };

type Row = { key: string; title: string; hint: string; request: ConventionDocumentRequest };

export function ConventionDocumentsSection({ convention }: Props) {
  const actions = useConventionDocuments(convention.id);
  const [folderError, setFolderError] = useState<string | null>(null);
  const working = actions.busy !== null;
  const delivery = actions.delivery;
  const rows: Row[] = [
    { key: 'convention', title: `${convention.instrument === 'arrete' ? 'Arrêté attributif' : 'Convention de financement'} ${convention.number}`, hint: 'Parties, articles du modèle national, signatures et annexes (action, budget, indicateurs, échéancier).', request: { kind: 'convention' } },
    ...convention.avenants.map((avenant) => ({
      key: `avenant-${avenant.rank}`,
      title: `Avenant n° ${avenant.rank}`,
      hint: `Articles modifiés et nouvel échéancier ; signé le ${showDate(avenant.signedOn)}.`,
      request: { kind: 'avenant', rank: avenant.rank } as const,
    })),
    ...convention.payments
      .filter((payment) => payment.status !== 'annule')
      .map((payment) => ({
        key: `certificat-${payment.id}`,
        title: `Certificat de paiement — ${SCHEDULE_KIND_LABELS[payment.lineKind].toLowerCase()} de ${formatEuros(payment.amountCents)}`,
        hint: `${PAYMENT_STATUS_LABELS[payment.status]}${payment.paidOn ? ` le ${showDate(payment.paidOn)}` : ''} ; échéance n° ${payment.lineRank}.`,
        request: { kind: 'certificat', paymentId: payment.id } as const,
      })),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-documents-title" data-testid="convention-documents">
      <Title order={2} id="convention-documents-title">
        Documents
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder layout="fixed" aria-labelledby="convention-documents-title" maw={1100}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid={`document-row-${row.key}`}>
                <Table.Td>
                  <Text fw={600}>{row.title}</Text>
                  <Text size="sm">{row.hint}</Text>
                </Table.Td>
                <Table.Td w={300}>
                  <Group gap="xs" wrap="nowrap">
                    <Button variant="default" size="xs" leftSection={<IconEye size={16} aria-hidden />} disabled={working} loading={actions.busy === `${row.key}-preview`} onClick={() => void actions.previewDocument(`${row.key}-preview`, row.request)} aria-label={`Aperçu : ${row.title}`} data-testid={`document-${row.key}-preview`}>
                      Aperçu
                    </Button>
                    <Button size="xs" leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={working} loading={actions.busy === `${row.key}-save`} onClick={() => void actions.saveDocument(`${row.key}-save`, row.request)} aria-label={`Enregistrer : ${row.title}`} data-testid={`document-${row.key}-save`}>
                      Enregistrer…
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {actions.error && (
        <Alert color="red" c="#a51111" title="Le document n’a pas été produit" maw={880} data-testid="document-error">
          {actions.error}
        </Alert>
      )}
      {folderError && (
        <Alert color="red" c="#a51111" maw={880}>
          {folderError}
        </Alert>
      )}
      {delivery && delivery.kind !== 'cancelled' && (
        <Alert color="teal" c="#0b5e45" maw={880} data-testid="document-delivered">
          <Group justify="space-between">
            <Text size="sm">{delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')} (dans le dossier des téléchargements du navigateur).`}</Text>
            {delivery.kind === 'saved' && (
              <Button size="xs" variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void showInFolder(delivery.files[0] ?? delivery.path).catch((error: unknown) => setFolderError(errorMessage(error)))}>
                Ouvrir le dossier
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <DocumentPreviewModal document={actions.preview} onClose={actions.closePreview} onSave={(document) => void actions.save(document)} />
    </Stack>
  );
}
