// "Plan d'action du pacte": choose or create a review of the pact's action plan, then follow each action,
// lever by lever, and write the COPIL's conclusions. The review shown is in the address (?revue=ID).
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PACT_REVIEW_STATUS_LABELS, pactReviewTitle } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';
import { CreateReviewModal } from './create-review-modal.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { usePactReview, usePactReviewList } from './use-pact-reviews.ts';

export function PactReviewsPage() {
  usePageTitle('Plan d’action du pacte');
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const list = usePactReviewList();
  const asked = Number(params.get('revue'));
  const chosen = Number.isInteger(asked) && asked > 0 ? asked : (list.data?.[0]?.id ?? null);
  const review = usePactReview(chosen);
  const latestYear = list.data?.[0]?.year;
  return (
    <IndicatorsTabs
      active="revues"
      intro="Les revues du plan d’action du pacte par le comité de pilotage : où en est chaque action, les conventions qui la servent, le taux de réalisation par levier."
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)} data-testid="review-create">
          Nouvelle revue
        </Button>
      }
    >
      <Stack gap="lg">
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && list.data.length === 0 && <Text data-testid="reviews-empty">Aucune revue du plan d’action pour l’instant. Créez la première : chaque action du pacte y part « non engagée ».</Text>}
        {list.data && list.data.length > 0 && (
          <Group>
            <Select
              label="Revue"
              w={520}
              allowDeselect={false}
              data={list.data.map((item) => ({ value: String(item.id), label: `${pactReviewTitle(item.kind, item.year)} — ${item.pactCode} — ${PACT_REVIEW_STATUS_LABELS[item.status]}` }))}
              value={chosen === null ? null : String(chosen)}
              onChange={(value) => value && setParams({ revue: value })}
              data-testid="review-select"
            />
          </Group>
        )}
        {chosen !== null && review.isPending && <PageLoader />}
        {review.error && <ErrorAlert error={review.error} />}
        {review.data && <ReviewPanel key={review.data.id} review={review.data} />}
      </Stack>
      <CreateReviewModal
        key={String(creating)}
        opened={creating}
        defaultYear={latestYear === undefined ? new Date().getFullYear() - 1 : latestYear + 1}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setParams({ revue: String(created.id) });
        }}
      />
    </IndicatorsTabs>
  );
}
