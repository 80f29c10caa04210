import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.ts';

/**
 * A new evaluation, plan version or signature changes the patient's status at a glance: mark
 * the record and the lists stale, so they are read again when next shown (not now: every read
 * of a patient is audited, and the page that saved does not show them).
 */
export async function markStatusStale(queryClient: QueryClient, patientId: string): Promise<void> {
  await queryClient.invalidateQueries({
    queryKey: queryKeys.patient(patientId),
    refetchType: 'none',
  });
  await queryClient.invalidateQueries({ queryKey: queryKeys.patientLists, refetchType: 'none' });
}
