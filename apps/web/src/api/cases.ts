import type { CaseList, CaseView, StaffList, Worklist } from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { isApiError } from './api-error.ts';
import { queryKeys } from './query-keys.ts';

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function usePatientCases(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patientCases(patientId),
    queryFn: () => apiRequest<CaseList>(`/api/patients/${encodeURIComponent(patientId)}/cases`),
  });
}

export function useCase(caseId: string) {
  return useQuery({
    queryKey: queryKeys.caseOne(caseId),
    queryFn: () => apiRequest<CaseView>(casePath(caseId)),
  });
}

export function useWorklist(query: Record<string, string>) {
  return useQuery({
    queryKey: queryKeys.worklist(query),
    queryFn: () => apiRequest<Worklist>('/api/worklist', { query }),
  });
}

export function useStaff() {
  return useQuery({
    queryKey: queryKeys.staff,
    queryFn: () => apiRequest<StaffList>('/api/staff'),
    staleTime: 5 * 60_000,
  });
}

export function useCreateCase(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      apiRequest<CaseView>(`/api/patients/${encodeURIComponent(patientId)}/cases`, {
        method: 'POST',
        body,
      }),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.caseOne(created.id), created);
      await queryClient.invalidateQueries({ queryKey: queryKeys.patientCases(patientId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.cases });
    },
  });
}

export interface CaseChange {
  /** Below the case's address: "decision", "consent/scan", "close"… */
  path: string;
  method: 'POST' | 'PUT';
  body: unknown;
}

/**
 * Any change of a case: the server answers the case as it now is, which replaces the cached one.
 * After a conflict or a refusal the case is fetched again, so the page shows what is stored.
 */
export function useCaseChange(caseId: string, patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CaseChange) =>
      apiRequest<CaseView>(`${casePath(caseId)}/${change.path}`, {
        method: change.method,
        body: change.body,
      }),
    onSuccess: async (view) => {
      queryClient.setQueryData(queryKeys.caseOne(caseId), view);
      await queryClient.invalidateQueries({ queryKey: queryKeys.patientCases(patientId) });
      await queryClient.invalidateQueries({ queryKey: ['cases', 'worklist'] });
    },
    onError: async (error) => {
      if (isApiError(error) && ['version-conflict', 'step-refused'].includes(error.code))
        await queryClient.invalidateQueries({ queryKey: queryKeys.caseOne(caseId) });
    },
  });
}

export const consentScanUrl = (caseId: string) => `${casePath(caseId)}/consent/scan`;
