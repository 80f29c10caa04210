import type {
  ChecklistVersion,
  ChecklistVersionList,
  ChecklistVersionRequest,
  ChecklistsInForce,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The version of each OR checklist in force. */
export function useChecklists() {
  return useQuery({
    queryKey: [...queryKeys.checklists, 'in-force'],
    queryFn: () => apiRequest<ChecklistsInForce>('/api/checklists'),
  });
}

/** Every version of every checklist, newest first, shipped templates last. */
export function useChecklistVersions() {
  return useQuery({
    queryKey: [...queryKeys.checklists, 'versions'],
    queryFn: () => apiRequest<ChecklistVersionList>('/api/checklists/versions'),
  });
}

/** An administrator's new version of one checklist (409 when another was saved meanwhile). */
export function useSaveChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChecklistVersionRequest) =>
      apiRequest<ChecklistVersion>('/api/checklists/versions', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.checklists }),
  });
}
