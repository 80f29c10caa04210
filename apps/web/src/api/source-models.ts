import type { SourceModelList } from '@openiort/contract';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The source models a plan can use: shipped with OpenIORT and imported ones. */
export function useSourceModels() {
  return useQuery({
    queryKey: queryKeys.sourceModels,
    queryFn: () => apiRequest<SourceModelList>('/api/source-models'),
    staleTime: 5 * 60_000,
  });
}
