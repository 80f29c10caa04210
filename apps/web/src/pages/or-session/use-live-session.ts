import type { OrSessionState } from '@openiort/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../api/api-client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { sessionUrl } from '../../api/or-sessions.ts';

export type Connection = 'connecting' | 'live' | 'reconnecting';

/** A newer state replaces an older one, never the other way round (answers and pushes race). */
export function newer(current: OrSessionState | null, next: OrSessionState): boolean {
  if (current === null) return true;
  if (next.seq !== current.seq) return next.seq > current.seq;
  return Date.parse(next.serverNow) >= Date.parse(current.serverNow);
}

/**
 * Follows one OR session: the server pushes its state over server-sent events (first the full
 * state, then every change); the browser's EventSource reconnects by itself and the server sends
 * the current state again. When the stream is refused (signed out, no such session) the error
 * comes from a plain GET, which says why.
 */
export function useLiveSession(sessionId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<OrSessionState | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [error, setError] = useState<unknown>(null);

  const apply = useCallback((next: OrSessionState) => {
    setState((current) => (newer(current, next) ? next : current));
  }, []);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: number | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(`${sessionUrl(sessionId)}/stream`);
      source.addEventListener('state', (message) => {
        setConnection('live');
        setError(null);
        apply(JSON.parse((message as MessageEvent<string>).data) as OrSessionState);
      });
      source.addEventListener('signed-out', () => {
        source?.close();
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      });
      source.onerror = () => {
        setConnection('reconnecting');
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        // Refused outright (not a dropped connection): find out why, then try again later.
        apiRequest<OrSessionState>(sessionUrl(sessionId)).then(apply, (e: unknown) => {
          setError(e);
          void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        });
        retry = window.setTimeout(open, 3000);
      };
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
    };
  }, [sessionId, apply, queryClient]);

  return { state, connection, error, apply };
}
