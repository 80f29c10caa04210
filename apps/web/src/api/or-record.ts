import type {
  RecordAddendumRequest,
  RecordSignRequest,
  StoredPlan,
  TreatmentRecordDto,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { isApiError } from './api-error.ts';
import { sessionUrl } from './or-sessions.ts';
import { queryKeys } from './query-keys.ts';

const recordUrl = (sessionId: string) => `${sessionUrl(sessionId)}/record`;

/** The printable record, A4 or Letter (the server audits each print). */
export const recordPdfUrl = (sessionId: string, paper: 'a4' | 'letter') =>
  `${recordUrl(sessionId)}.pdf?paper=${paper}`;

/** The session's treatment record as the server computes it now. */
export function useTreatmentRecord(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.orRecord(sessionId),
    queryFn: () => apiRequest<TreatmentRecordDto>(recordUrl(sessionId)),
    enabled,
  });
}

export function useSignRecord(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordSignRequest) =>
      apiRequest<TreatmentRecordDto>(`${recordUrl(sessionId)}/signatures`, {
        method: 'POST',
        body,
      }),
    onSuccess: (record) => {
      queryClient.setQueryData(queryKeys.orRecord(sessionId), record);
    },
    onError: async (error) => {
      // The record changed since it was shown: show the current one.
      if (isApiError(error) && error.status === 409)
        await queryClient.invalidateQueries({ queryKey: queryKeys.orRecord(sessionId) });
    },
  });
}

export function useAddAddendum(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAddendumRequest) =>
      apiRequest<TreatmentRecordDto>(`${recordUrl(sessionId)}/addenda`, { method: 'POST', body }),
    onSuccess: (record) => {
      queryClient.setQueryData(queryKeys.orRecord(sessionId), record);
    },
  });
}

/** What the room measured for the final plan; the strength is always the output check's. */
export interface FinalPlanRequest {
  planVersion: number;
  fillVolumeCc?: number;
  skinDistanceCm?: number;
  chestWallDistanceCm?: number;
}

/** Recomputes the session's plan from the measured strength as its next version. */
export function useRecomputeFinalPlan(sessionId: string, patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FinalPlanRequest) =>
      apiRequest<StoredPlan>(`${sessionUrl(sessionId)}/final-plan`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans(patientId) }),
  });
}
