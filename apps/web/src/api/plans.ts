import type {
  PlanList,
  PlanRequest,
  PlanSignRequest,
  PlanUpdateRequest,
  StoredPlan,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { isApiError } from './api-error.ts';
import { markStatusStale } from './patient-status-stale.ts';
import { queryKeys } from './query-keys.ts';

const patientPlans = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/plans`;
const onePlan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/** Puts the server's answer in the patient's list at once, then refetches the list. */
async function remember(queryClient: QueryClient, plan: StoredPlan) {
  queryClient.setQueryData<PlanList>(queryKeys.plans(plan.patientId), (old) => {
    const items = old?.items ?? [];
    return items.some((p) => p.id === plan.id)
      ? { items: items.map((p) => (p.id === plan.id ? plan : p)) }
      : { items: [plan, ...items] };
  });
  await queryClient.invalidateQueries({ queryKey: queryKeys.plans(plan.patientId) });
  await markStatusStale(queryClient, plan.patientId);
}

/** A patient's dose plans, newest first, each with its signatures. */
export function usePlans(patientId: string) {
  return useQuery({
    queryKey: queryKeys.plans(patientId),
    queryFn: () => apiRequest<PlanList>(patientPlans(patientId)),
  });
}

/** Every saved version of one plan, newest first (the list above is refetched with it). */
export function usePlanVersions(patientId: string, planId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.planVersions(patientId, planId ?? ''),
    queryFn: () => apiRequest<PlanList>(`${onePlan(planId ?? '')}/versions`),
    enabled: planId !== undefined,
  });
}

/** Computes a plan on the server, which stores inputs, result, engine version and checksum. */
export function useCreatePlan(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlanRequest) =>
      apiRequest<StoredPlan>(patientPlans(patientId), { method: 'POST', body: request }),
    onSuccess: (plan) => remember(queryClient, plan),
  });
}

/** Recomputes an edited plan as its next version; the signatures of earlier versions lapse. */
export function useUpdatePlan(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...request }: PlanUpdateRequest & { planId: string }) =>
      apiRequest<StoredPlan>(onePlan(planId), { method: 'PUT', body: request }),
    onSuccess: (plan) => remember(queryClient, plan),
    onError: async (error) => {
      // Someone saved meanwhile: fetch their version so the page shows it.
      if (isApiError(error) && error.code === 'version-conflict') {
        await queryClient.invalidateQueries({ queryKey: queryKeys.plans(patientId) });
      }
    },
  });
}

/** Records the signed-in user's electronic signature of one plan version. */
export function useSignPlan(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...request }: PlanSignRequest & { planId: string }) =>
      apiRequest<StoredPlan>(`${onePlan(planId)}/signatures`, { method: 'POST', body: request }),
    onSuccess: (plan) => remember(queryClient, plan),
    onError: async (error) => {
      if (isApiError(error) && error.code === 'version-conflict') {
        await queryClient.invalidateQueries({ queryKey: queryKeys.plans(patientId) });
      }
    },
  });
}
