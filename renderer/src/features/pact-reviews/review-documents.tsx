// The review's documents: the COPIL's annual review and the evaluation of the action plan, previewed in
// the app or saved (native dialog, or a download in the browser mode).
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import type { GeneratedDocument } from '../../../../core/service/documents/documents-api.ts';
import { client } from '../../api/client.ts';
import { DocumentPreviewModal } from '../documents/document-preview-modal.tsx';
import { useDocumentPreview } from '../documents/use-document-preview.ts';

type Kind = 'copil' | 'evaluation';
const LABELS: Record<Kind, string> = { copil: 'Revue du COPIL', evaluation: 'Évaluation du plan d’action' };

const generate = (kind: Kind, reviewId: number): Promise<GeneratedDocument> => client.call(kind === 'copil' ? 'documents.copil' : 'documents.evaluation', { reviewId });

export function ReviewDocuments({ reviewId }: { reviewId: number }) {
  const { busy, error, delivery, preview, closePreview, save, previewDocument, saveDocument } = useDocumentPreview();
  return (
    <>
      <Group gap="xs">
        {(['copil', 'evaluation'] as const).map((kind) => (
          <Group key={kind} gap={4} wrap="nowrap">
            <Button variant="default" size="xs" leftSection={<IconEye size={16} aria-hidden />} disabled={busy !== null} loading={busy === `${kind}-preview`} onClick={() => void previewDocument(`${kind}-preview`, () => generate(kind, reviewId))} data-testid={`review-${kind}-preview`}>
              {LABELS[kind]}
            </Button>
            <Button size="xs" variant="light" disabled={busy !== null} loading={busy === `${kind}-save`} onClick={() => void saveDocument(`${kind}-save`, () => generate(kind, reviewId))} aria-label={`Enregistrer : ${LABELS[kind]}`} data-testid={`review-${kind}-save`}>
              <IconDeviceFloppy size={16} aria-hidden />
            </Button>
          </Group>
        ))}
      </Group>
      {error && (
        <Alert color="red" c="#a51111" title="Le document n’a pas été produit" role="alert" maw={880}>
          {error}
        </Alert>
      )}
      {delivery && delivery.kind !== 'cancelled' && (
        <Text size="sm" c="#0b5e45" role="status">
          {delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')}.`}
        </Text>
      )}
      <DocumentPreviewModal document={preview} onClose={closePreview} onSave={(document) => void save(document)} />
    </>
  );
}
