// The COPIL's own words for the review: the day it met, corrective measures, next year's priorities and
// the decisions submitted to it. Printed as the last parts of the COPIL document.
import { Alert, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { PactReviewDetail } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { usePactReviewWrite } from './use-pact-reviews.ts';

export function ReviewTextsForm({ review }: { review: PactReviewDetail }) {
  const [heldOn, setHeldOn] = useState(review.heldOn ?? '');
  const [correctiveMeasures, setCorrectiveMeasures] = useState(review.correctiveMeasures);
  const [priorities, setPriorities] = useState(review.priorities);
  const [decisions, setDecisions] = useState(review.decisions);
  const [saved, setSaved] = useState(false);
  const update = usePactReviewWrite('pactReviews.update');
  const readOnly = review.status === 'validee';
  const dirty = heldOn !== (review.heldOn ?? '') || correctiveMeasures !== review.correctiveMeasures || priorities !== review.priorities || decisions !== review.decisions;
  const touch = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setSaved(false);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-texts-title" maw={1000}>
      <Title order={2} id="review-texts-title" size="h3">
        Conclusions du COPIL
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ id: review.id, heldOn: heldOn === '' ? null : heldOn, correctiveMeasures, priorities, decisions }, { onSuccess: () => setSaved(true) });
        }}
      >
        <Stack gap="sm">
          <FrenchDateInput label="Date de la séance du COPIL" value={heldOn} onChange={touch(setHeldOn)} clearable disabled={readOnly} maw={260} data-testid="review-held-on" />
          <Textarea label="Mesures correctives" autosize minRows={2} value={correctiveMeasures} readOnly={readOnly} onChange={(event) => touch(setCorrectiveMeasures)(event.currentTarget.value)} data-testid="review-corrective" />
          <Textarea label={`Priorités pour ${review.year + 1}`} autosize minRows={2} value={priorities} readOnly={readOnly} onChange={(event) => touch(setPriorities)(event.currentTarget.value)} data-testid="review-priorities" />
          <Textarea label="Décisions soumises à la validation du COPIL" autosize minRows={2} value={decisions} readOnly={readOnly} onChange={(event) => touch(setDecisions)(event.currentTarget.value)} data-testid="review-decisions" />
          {update.error && (
            <Alert color="red" c="#a51111" title="Non enregistré" role="alert">
              {errorMessage(update.error)}
            </Alert>
          )}
          {!readOnly && (
            <Group>
              <Button type="submit" loading={update.isPending} disabled={!dirty} data-testid="review-texts-save">
                Enregistrer les conclusions
              </Button>
              {saved && !dirty && (
                <span role="status" style={{ color: '#0b5e45' }}>
                  Conclusions enregistrées.
                </span>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
