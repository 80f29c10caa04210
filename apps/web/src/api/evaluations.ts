import type { PersonRef } from '@openiort/contract';
import type { ClinicalFacts, RuleSetResult } from '@openiort/guidelines';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { markStatusStale } from './patient-status-stale.ts';
import { queryKeys } from './query-keys.ts';

/**
 * One recorded evaluation, with the versions of everything that produced it: the contract's
 * StoredEvaluation, typed with the engine's own fact and result types.
 */
export interface StoredEvaluation {
  id: string;
  patientId: string;
  phase: ClinicalFacts['phase'] | null;
  facts: ClinicalFacts;
  results: RuleSetResult[];
  engineVersion: string;
  ruleSetVersions: Record<string, string>;
  programCriteriaVersion: string;
  createdAt: string;
  createdBy: PersonRef;
}

const path = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/evaluations`;

/** A patient's evaluations, newest first. */
export function useEvaluations(patientId: string) {
  return useQuery({
    queryKey: queryKeys.evaluations(patientId),
    queryFn: () => apiRequest<{ items: StoredEvaluation[] }>(path(patientId)),
  });
}

/** Evaluates the facts on the server, which records the result and answers with it. */
export function useCreateEvaluation(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (facts: ClinicalFacts) =>
      apiRequest<StoredEvaluation>(path(patientId), { method: 'POST', body: { facts } }),
    onSuccess: async (created) => {
      queryClient.setQueryData<{ items: StoredEvaluation[] }>(
        queryKeys.evaluations(patientId),
        (old) => ({ items: [created, ...(old?.items ?? []).filter((e) => e.id !== created.id)] }),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.evaluations(patientId) });
      await markStatusStale(queryClient, patientId);
    },
  });
}
