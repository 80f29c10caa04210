import type {
  ProgramLimitsCosignRequest,
  ProgramLimitsOverview,
  ProgramLimitsProposal,
  ProgramLimitsVersion,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The plan limits in force, any proposal waiting for a co-signature, and every version. */
export function useProgramLimits() {
  return useQuery({
    queryKey: queryKeys.programLimits,
    queryFn: () => apiRequest<ProgramLimitsOverview>('/api/program-limits'),
  });
}

/** A medical physicist's proposal; nothing changes until a radiation oncologist co-signs it. */
export function useProposeLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proposal: ProgramLimitsProposal) =>
      apiRequest<ProgramLimitsVersion>('/api/program-limits/proposals', {
        method: 'POST',
        body: proposal,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.programLimits }),
  });
}

/** A radiation oncologist's co-signature, which puts the proposal in force. */
export function useCosignLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProgramLimitsCosignRequest & { id: string }) =>
      apiRequest<ProgramLimitsVersion>(
        `/api/program-limits/proposals/${encodeURIComponent(id)}/cosignature`,
        { method: 'POST', body },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.programLimits }),
  });
}
