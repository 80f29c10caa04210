import type { ClinicalFacts, ProgramCriteria, RuleSetResult } from '@openiort/guidelines';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The program's current criteria, public so the self-check can explain its thresholds. */
export function useSelfCheckCriteria() {
  return useQuery({
    queryKey: queryKeys.selfCheckCriteria,
    queryFn: () =>
      apiRequest<{ version: string; criteria: ProgramCriteria }>('/api/self-check/criteria'),
    staleTime: 5 * 60_000,
  });
}

/** Checks a patient's answers against the program's criteria (public, rate-limited). */
export function useSelfCheck() {
  return useMutation({
    mutationFn: (facts: ClinicalFacts) =>
      apiRequest<{ result: RuleSetResult }>('/api/self-check', { method: 'POST', body: facts }),
  });
}
