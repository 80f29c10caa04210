import type {
  OrSessionAbandonRequest,
  OrSessionEventRequest,
  OrSessionState,
  OrSessionSummary,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

const planSessions = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/or-sessions`;
export const sessionUrl = (sessionId: string) =>
  `/api/or-sessions/${encodeURIComponent(sessionId)}`;

/** The OR sessions of one plan, newest first. */
export function usePlanOrSessions(planId: string) {
  return useQuery({
    queryKey: queryKeys.planOrSessions(planId),
    queryFn: () => apiRequest<{ items: OrSessionSummary[] }>(planSessions(planId)),
  });
}

/** Opens an OR session for the plan's current version. */
export function useOpenOrSession(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<OrSessionState>(planSessions(planId), { method: 'POST', body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.planOrSessions(planId) }),
  });
}

/** Posts one delivery event; the server stamps the time and answers with the new state. */
export function postOrEvent(sessionId: string, event: OrSessionEventRequest) {
  return apiRequest<OrSessionState>(`${sessionUrl(sessionId)}/events`, {
    method: 'POST',
    body: event,
  });
}

/** The radiation oncologist's decision to abandon the delivery, with the reason. */
export function postOrAbandon(sessionId: string, decision: OrSessionAbandonRequest) {
  return apiRequest<OrSessionState>(`${sessionUrl(sessionId)}/abandon`, {
    method: 'POST',
    body: decision,
  });
}
