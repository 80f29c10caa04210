import type { OrSessionState, SessionChecksDto } from '@openiort/contract';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { fetchSessionChecks } from '../../api/or-checks.ts';

/**
 * The session's output checks and checklists, read again whenever the live state changes (anyone
 * recording a check or an answer makes the stream send a new state) and after this device's own
 * writes (`reload`). Nothing is fetched while `enabled` is false.
 */
export function useSessionChecks(state: OrSessionState, enabled = true) {
  const [checks, setChecks] = useState<SessionChecksDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    fetchSessionChecks(state.id).then(setChecks, (e: unknown) => {
      setError(errorMessage(e));
    });
  }, [state.id]);
  useEffect(() => {
    if (enabled) reload();
  }, [reload, state, enabled]);
  return { checks, error, reload };
}
