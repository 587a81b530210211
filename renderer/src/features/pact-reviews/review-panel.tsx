// One review of the action plan: where it stands overall, "Valider la revue", its documents, the levers
// with their actions, and the COPIL's conclusions. A validated review is shown read-only.
import { Alert, Badge, Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatCompletion, PACT_REVIEW_STATUS_LABELS, pactReviewTitle, type PactActionProgressRow, type PactReviewDetail } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { AbandonModal } from './abandon-modal.tsx';
import type { ProgressChange } from './action-progress-row.tsx';
import { LeverProgressList } from './lever-progress-list.tsx';
import { ReviewDocuments } from './review-documents.tsx';
import { ReviewTextsForm } from './review-texts-form.tsx';
import { usePactReviewWrite } from './use-pact-reviews.ts';

export function ReviewPanel({ review }: { review: PactReviewDetail }) {
  const setProgress = usePactReviewWrite('pactReviews.setProgress');
  const validate = usePactReviewWrite('pactReviews.validate');
  const [abandoning, setAbandoning] = useState<PactActionProgressRow | null>(null);
  const [confirming, setConfirming] = useState(false);
  const readOnly = review.status === 'validee';
  const change = (action: PactActionProgressRow, next: ProgressChange) => setProgress.mutate({ reviewId: review.id, pactActionId: action.id, ...next });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h3" data-testid="review-title">
              {pactReviewTitle(review.kind, review.year)}
            </Title>
            <Badge color={readOnly ? 'teal' : 'gray'} c={readOnly ? '#0b5e45' : '#343a40'} variant="light" data-testid="review-status">
              {PACT_REVIEW_STATUS_LABELS[review.status]}
            </Badge>
          </Group>
          <Text size="sm">
            {review.pactTitle} ({review.periodStart}–{review.periodEnd}) · {review.realisees} actions réalisées sur {review.actions} ({formatCompletion(review.realisees, review.actions)}) · {review.abandonnees} abandonnée{review.abandonnees > 1 ? 's' : ''}
          </Text>
          <Progress value={review.actions === 0 ? 0 : (100 * review.realisees) / review.actions} color="teal.8" size="sm" w={360} aria-label="Part des actions du pacte réalisées" />
        </Stack>
        <Stack gap="xs" align="flex-end">
          {!readOnly && (
            <Button onClick={() => setConfirming(true)} data-testid="review-validate">
              Valider la revue
            </Button>
          )}
          <ReviewDocuments reviewId={review.id} />
        </Stack>
      </Group>
      {readOnly && (
        <Alert color="teal" c="#0b5e45" variant="light" data-testid="review-read-only">
          Revue validée par le COPIL : elle ne peut plus être modifiée. Créez la revue suivante pour poursuivre le suivi.
        </Alert>
      )}
      {setProgress.error && !abandoning && (
        <Alert color="red" c="#a51111" title="Non enregistré" role="alert" data-testid="progress-error">
          {errorMessage(setProgress.error)}
        </Alert>
      )}
      <LeverProgressList levers={review.levers} readOnly={readOnly} busy={setProgress.isPending} onChange={change} onAbandon={setAbandoning} />
      <ReviewTextsForm key={`${review.id}-${review.status}`} review={review} />
      <AbandonModal
        action={abandoning}
        loading={setProgress.isPending}
        error={abandoning ? setProgress.error : null}
        onClose={() => {
          setAbandoning(null);
          setProgress.reset();
        }}
        onSubmit={(reason) => {
          if (!abandoning) return;
          setProgress.mutate({ reviewId: review.id, pactActionId: abandoning.id, status: 'abandonnee', reason }, { onSuccess: () => setAbandoning(null) });
        }}
      />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Valider la revue" closeButtonProps={{ 'aria-label': 'Fermer' }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            validate.mutate({ id: review.id }, { onSuccess: () => setConfirming(false) });
          }}
        >
          <Stack gap="md">
            <Text size="sm">Une revue validée est l’acte du COPIL : ses statuts et ses conclusions ne pourront plus être modifiés.</Text>
            {validate.error && (
              <Alert color="red" c="#a51111" title="Refusé" role="alert">
                {errorMessage(validate.error)}
              </Alert>
            )}
            <ModalActions onCancel={() => setConfirming(false)} submitLabel="Valider la revue" loading={validate.isPending} testId="review-validate-confirm" />
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
