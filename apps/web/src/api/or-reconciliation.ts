import type {
  MeasurementDto,
  MeasurementRequest,
  ReconciliationAcknowledgementRequest,
  ReconciliationRequest,
  ReconciliationStateDto,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { sessionUrl } from './or-sessions.ts';
import { queryKeys } from './query-keys.ts';

const reconciliationUrl = (sessionId: string) => `${sessionUrl(sessionId)}/reconciliation`;
const measurementsUrl = (sessionId: string) => `${sessionUrl(sessionId)}/measurements`;

/** The latest reconciliation with the controller log, its acknowledgement and completeness. */
export function useReconciliation(sessionId: string) {
  return useQuery({
    queryKey: queryKeys.orReconciliation(sessionId),
    queryFn: () => apiRequest<ReconciliationStateDto>(reconciliationUrl(sessionId)),
  });
}

/** Records a new version (typed times or the CSV text, which the server parses too). */
export function useRecordReconciliation(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReconciliationRequest) =>
      apiRequest<ReconciliationStateDto>(reconciliationUrl(sessionId), { method: 'POST', body }),
    onSuccess: (state) => {
      queryClient.setQueryData(queryKeys.orReconciliation(sessionId), state);
      // The treatment record holds the reconciliation: read it again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.orRecord(sessionId) });
    },
  });
}

export function useAcknowledgeReconciliation(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReconciliationAcknowledgementRequest) =>
      apiRequest<ReconciliationStateDto>(`${reconciliationUrl(sessionId)}/acknowledgement`, {
        method: 'POST',
        body,
      }),
    onSuccess: (state) => {
      queryClient.setQueryData(queryKeys.orReconciliation(sessionId), state);
      // The treatment record holds the reconciliation: read it again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.orRecord(sessionId) });
    },
    // A newer version recorded elsewhere: show it.
    onError: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.orReconciliation(sessionId) }),
  });
}

/** The session's measurements, oldest first. */
export function useMeasurements(sessionId: string) {
  return useQuery({
    queryKey: queryKeys.orMeasurements(sessionId),
    queryFn: () => apiRequest<MeasurementDto[]>(measurementsUrl(sessionId)),
  });
}

export function useRecordMeasurement(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasurementRequest) =>
      apiRequest<MeasurementDto>(measurementsUrl(sessionId), { method: 'POST', body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.orMeasurements(sessionId) }),
  });
}
