import type { AuditPage, AuditVerification } from '@openiort/contract';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** Filters as the API takes them; times are ISO 8601 UTC. */
export interface AuditFilters {
  action?: string;
  mrn?: string;
  actorContains?: string;
  recordId?: string;
  outcome?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function useAuditPage(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.auditPage({ ...filters }),
    queryFn: () => apiRequest<AuditPage>('/api/audit', { query: { ...filters } }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The address of the CSV export of every row these filters select (no paging). */
export function auditExportUrl(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key !== 'limit' && key !== 'offset' && typeof value === 'string') params.set(key, value);
  }
  const query = params.toString();
  return `/api/audit/export.csv${query === '' ? '' : `?${query}`}`;
}

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => apiRequest<AuditVerification>('/api/audit/verify'),
  });
}
