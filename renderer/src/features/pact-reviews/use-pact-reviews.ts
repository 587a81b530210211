// TanStack Query hooks over the reviews of the pact's action plan. Every write answers with the review as
// it now stands (rates by lever included): it replaces the cached review, and the list is read again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../core/service/api.ts';
import type { PactReviewDetail } from '../../../../core/service/pact-reviews/pact-reviews-api.ts';
import { client } from '../../api/client.ts';

export const pactReviewKeys = {
  all: ['pactReviews'] as const,
  list: ['pactReviews', 'list'] as const,
  detail: (id: number) => ['pactReviews', 'detail', id] as const,
};

export function usePactReviewList() {
  return useQuery({ queryKey: pactReviewKeys.list, queryFn: () => client.call('pactReviews.list', {}) });
}

export function usePactReview(id: number | null) {
  return useQuery({ queryKey: pactReviewKeys.detail(id ?? 0), queryFn: () => client.call('pactReviews.get', { id: id ?? 0 }), enabled: id !== null });
}

type ReviewWrite = 'pactReviews.create' | 'pactReviews.setProgress' | 'pactReviews.update' | 'pactReviews.validate';

export function usePactReviewWrite<M extends ReviewWrite>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => client.call(method, input) as Promise<PactReviewDetail>,
    onSuccess: async (review) => {
      queryClient.setQueryData(pactReviewKeys.detail(review.id), review);
      await queryClient.invalidateQueries({ queryKey: pactReviewKeys.list });
    },
  });
}
