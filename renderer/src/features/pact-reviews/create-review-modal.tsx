// A new review of the action plan: its kind and year (one per pact, kind and year). It starts from the
// statuses of the latest review before it, so nothing is typed again.
import { Alert, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PACT_REVIEW_KIND_LABELS, type PactReviewDetail, type PactReviewKind } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { usePactReviewWrite } from './use-pact-reviews.ts';

const KIND_OPTIONS = (Object.keys(PACT_REVIEW_KIND_LABELS) as PactReviewKind[]).map((value) => ({ value, label: PACT_REVIEW_KIND_LABELS[value] }));

type Props = { opened: boolean; defaultYear: number; onClose: () => void; onCreated: (review: PactReviewDetail) => void };

export function CreateReviewModal({ opened, defaultYear, onClose, onCreated }: Props) {
  const [kind, setKind] = useState<PactReviewKind>('annuelle');
  const [year, setYear] = useState<number | string>(defaultYear);
  const create = usePactReviewWrite('pactReviews.create');
  return (
    <Modal opened={opened} onClose={onClose} title="Nouvelle revue du plan d’action" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="create-review-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ kind, year: Number(year), heldOn: null }, { onSuccess: onCreated });
        }}
      >
        <Stack gap="md">
          <Text size="sm">La revue reprend les statuts, retards et commentaires de la revue précédente du pacte.</Text>
          <Select label="Type de revue" data={KIND_OPTIONS} value={kind} allowDeselect={false} onChange={(value) => value && setKind(value as PactReviewKind)} data-testid="create-review-kind" />
          <NumberInput label="Année revue" value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} data-testid="create-review-year" />
          {create.error && (
            <Alert color="red" c="#a51111" title="Refusé" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <ModalActions onCancel={onClose} submitLabel="Créer la revue" loading={create.isPending} testId="create-review-confirm" />
        </Stack>
      </form>
    </Modal>
  );
}
