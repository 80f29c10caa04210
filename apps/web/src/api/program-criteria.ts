import type { PersonRef } from '@openiort/contract';
import type { ProgramCriteria, ProgramCriteriaInput } from '@openiort/guidelines';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** One saved version of the program's own criteria; the built-in defaults have no time or author. */
export interface ProgramCriteriaVersion {
  version: string;
  criteria: ProgramCriteria;
  createdAt: string | null;
  createdBy: PersonRef | null;
}

export interface ProgramCriteriaState {
  current: ProgramCriteriaVersion;
  history: ProgramCriteriaVersion[];
}

export function useProgramCriteria() {
  return useQuery({
    queryKey: queryKeys.programCriteria,
    queryFn: () => apiRequest<ProgramCriteriaState>('/api/program-criteria'),
  });
}

/** Saves a change; the server makes it a new version and answers with the new state. */
export function useUpdateProgramCriteria() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (criteria: ProgramCriteriaInput) =>
      apiRequest<ProgramCriteriaVersion>('/api/program-criteria', {
        method: 'PUT',
        body: criteria,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.programCriteria });
      await queryClient.invalidateQueries({ queryKey: queryKeys.selfCheckCriteria });
    },
  });
}
