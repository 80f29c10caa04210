import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { logout } from '../api/session.ts';
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
      try {
        await logout();
      } catch {
        // The session may already be gone on the server; signing out locally is what matters.
      }
      clearSessionMarker();
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
