import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { MeResponse } from '@openiort/contract';
import { logout } from '../api/session.ts';
import { queryKeys } from '../api/query-keys.ts';
import { clearSessionMarker } from './session-marker.ts';
import { signinUrl } from './signin-redirect.ts';

/**
 * Ends the session on the server, forgets every cached record, and goes to sign-in. An idle
 * sign-out keeps the page to come back to.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (reason: { kind: 'user' } | { kind: 'idle'; minutes: number; next: string }) => {
      const me = queryClient.getQueryData<MeResponse>(queryKeys.me);
      try {
        await logout();
      } catch {
        // The session may already be gone on the server; signing out locally is what matters.
      }
      clearSessionMarker();
      if (reason.kind === 'user' && me?.user.authSource === 'oidc') {
        // Single sign-on: end the provider's session too (it then returns to sign-in), so the
        // next person at this workstation is not signed in as this one. An idle sign-out keeps
        // the provider's session: signing in again there asks for the password anyway
        // (OPENIORT_OIDC_PROMPT_LOGIN).
        queryClient.clear();
        window.location.assign('/api/auth/oidc/logout');
        return;
      }
      const url =
        reason.kind === 'idle'
          ? signinUrl('idle', reason.next, reason.minutes)
          : signinUrl('signed-out');
      await navigate(url, { replace: true });
      queryClient.clear();
    },
    [navigate, queryClient],
  );
}
