// "Documents de la séance": the relevé d'avis, the avis techniques, the report to the board and the
// paper scoring sheets, each previewed or saved; the service says in French what a document still needs.
import { Alert, Button, Checkbox, Group, Progress as ProgressBar, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconFiles, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { SessionDetail } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { DocumentPreviewModal } from './document-preview-modal.tsx';
import { showInFolder } from './deliver-document.ts';
import { useDocumentActions, type DocumentRequest } from './use-document-actions.ts';

type Props = { session: SessionDetail };

export function SessionDocumentsPanel({ session }: Props) {
  const actions = useDocumentActions(session.id);
  const [jurorId, setJurorId] = useState<string | null>(session.members[0] ? String(session.members[0].id) : null);
  const [blank, setBlank] = useState(true);
  const [folderError, setFolderError] = useState<string | null>(null);
  const working = actions.busy !== null;

  const buttons = (label: string, request: DocumentRequest | null, saveLabel = 'Enregistrer…') => (
    <Group gap="xs" wrap="nowrap">
      <Button variant="default" size="xs" leftSection={<IconEye size={16} aria-hidden />} disabled={working || request === null} loading={actions.busy === `${label}-preview`} onClick={() => request && void actions.previewDocument(`${label}-preview`, request)} data-testid={`document-${label}-preview`}>
        Aperçu
      </Button>
      <Button size="xs" leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={working || request === null} loading={actions.busy === `${label}-save`} onClick={() => request && void actions.saveDocument(`${label}-save`, request)} data-testid={`document-${label}-save`}>
        {saveLabel}
      </Button>
    </Group>
  );
  const fiche: DocumentRequest | null = jurorId ? { kind: 'fiche', jurorId: Number(jurorId), blank } : null;
  const delivery = actions.delivery;

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-documents-title" data-testid="session-documents">
      <Title order={2} id="session-documents-title">
        Documents de la séance
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder layout="fixed" aria-label="Documents de la séance">
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>
                <Text fw={600}>Relevé d’avis de la séance</Text>
                <Text size="sm">Présences, quorum, conflits déclarés, avis et montants proposés.</Text>
              </Table.Td>
              <Table.Td w={300}>{buttons('releve', { kind: 'releve' })}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                <Text fw={600}>Avis techniques</Text>
                <Text size="sm">Un avis par dossier de l’ordre du jour ({session.agenda.length}), pour chaque prestataire.</Text>
              </Table.Td>
              <Table.Td w={300}>
                <Stack gap={6} align="flex-start">
                  {buttons('avis-combined', { kind: 'avisCombined' }, 'Un seul PDF…')}
                  <Button size="xs" variant="light" leftSection={<IconFiles size={16} aria-hidden />} disabled={working || session.agenda.length === 0} onClick={() => void actions.saveAvisOneByOne(session.agenda.map((item) => item.applicationId))} data-testid="document-avis-files">
                    Un PDF par dossier…
                  </Button>
                </Stack>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                <Text fw={600}>Rapport au conseil d’administration</Text>
                <Text size="sm">Financements proposés, totaux par levier, conventions requises, projet de délibération.</Text>
              </Table.Td>
              <Table.Td w={300}>{buttons('rapport', { kind: 'rapportCa' })}</Table.Td>
            </Table.Tr>
            {session.status === 'close' && (
              <Table.Tr>
                <Table.Td>
                  <Text fw={600}>Toutes les conventions de la séance</Text>
                  <Text size="sm">Les conventions préparées à partir de cette séance, en un seul PDF ou un fichier par convention.</Text>
                </Table.Td>
                <Table.Td w={300}>
                  <Stack gap={6} align="flex-start">
                    {buttons('conventions-combined', { kind: 'conventionsCombined' }, 'Un seul PDF…')}
                    <Button size="xs" variant="light" leftSection={<IconFiles size={16} aria-hidden />} disabled={working} onClick={() => void actions.saveConventionsOneByOne()} data-testid="document-conventions-files">
                      Un PDF par convention…
                    </Button>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
            <Table.Tr>
              <Table.Td>
                <Text fw={600}>Fiche de notation papier</Text>
                <Group gap="sm" align="flex-end" mt={4}>
                  <Select label="Membre du jury" data={session.members.map((member) => ({ value: String(member.id), label: member.name }))} value={jurorId} onChange={setJurorId} allowDeselect={false} w={240} data-testid="document-fiche-juror" />
                  <Checkbox label="Vierge (sans les notes)" checked={blank} onChange={(event) => setBlank(event.currentTarget.checked)} mb={8} data-testid="document-fiche-blank" />
                </Group>
              </Table.Td>
              <Table.Td w={300}>{buttons('fiche', fiche)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {actions.progress && (
        <Group gap="sm" data-testid="document-progress">
          <ProgressBar value={(100 * actions.progress.done) / Math.max(1, actions.progress.total)} w={240} aria-label="Avancement" />
          <Text size="sm" aria-live="polite">
            {actions.progress.done} / {actions.progress.total} {actions.progress.unit}
          </Text>
          <Button size="xs" variant="outline" color="red.9" onClick={actions.cancel} data-testid="document-cancel">
            Annuler
          </Button>
        </Group>
      )}
      {actions.error && (
        <Alert color="red" c="#a51111" title="Le document n’a pas été produit" data-testid="document-error">
          {actions.error}
        </Alert>
      )}
      {folderError && <Alert color="red" c="#a51111">{folderError}</Alert>}
      {delivery && delivery.kind !== 'cancelled' && (
        <Alert color="teal" c="#0b5e45" data-testid="document-delivered">
          <Group justify="space-between">
            <Text size="sm">
              {delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')} (dans le dossier des téléchargements du navigateur).`}
            </Text>
            {delivery.kind === 'saved' && (
              <Button size="xs" variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void showInFolder(delivery.files[0] ?? delivery.path).catch((error: unknown) => setFolderError(errorMessage(error)))}>
                Ouvrir le dossier
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <DocumentPreviewModal document={actions.preview} onClose={actions.closePreview} onSave={(document) => void actions.save([document])} />
    </Stack>
  );
}
