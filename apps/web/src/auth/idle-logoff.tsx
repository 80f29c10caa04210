import { Button, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { keepAlive } from '../api/session.ts';
import { queryKeys } from '../api/query-keys.ts';
import { startActivityTracker, type ActivityTracker } from './activity-tracker.ts';
import { describeRemaining, idleState, type IdleState } from './idle-timer.ts';
import { useSignOut } from './use-sign-out.ts';
import { DIALOG_PROPS } from '../components/dialog-props.ts';

const TICK_MS = 1_000;
const KEEP_ALIVE_EVERY_MS = 30_000;

/**
 * Automatic logoff: warns a minute before, then signs out after `timeoutMinutes` without mouse or
 * keyboard activity. While the user is active it also keeps the server session alive, so typing
 * a long form does not end the session.
 */
export function IdleLogoff({ timeoutMinutes }: { timeoutMinutes: number }) {
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const location = useLocation();
  const here = useRef(location.pathname + location.search);
  here.current = location.pathname + location.search;
  const tracker = useRef<ActivityTracker | null>(null);
  const [state, setState] = useState<IdleState>({ phase: 'active', remainingMs: Infinity });
  const { t } = useTranslation('clinician');

  useEffect(() => {
    const activity = startActivityTracker();
    tracker.current = activity;
    let lastPing = Date.now();
    let done = false;
    const timer = window.setInterval(() => {
      if (done) return;
      const now = Date.now();
      const last = activity.lastActivity();
      const next = idleState(last, now, timeoutMinutes);
      // Re-render only while the warning counts down or when the phase changes.
      setState((prev) => (prev.phase === 'active' && next.phase === 'active' ? prev : next));
      if (next.phase === 'expired') {
        done = true;
        void signOut({ kind: 'idle', minutes: timeoutMinutes, next: here.current });
      } else if (last > lastPing && now - lastPing >= KEEP_ALIVE_EVERY_MS) {
        lastPing = now;
        // A 401 here goes through the query cache, which sends the user to sign in.
        void queryClient
          .query({ queryKey: queryKeys.me, queryFn: keepAlive, staleTime: 0 })
          .catch(() => undefined);
      }
    }, TICK_MS);
    return () => {
      done = true;
      window.clearInterval(timer);
      activity.stop();
    };
  }, [timeoutMinutes, signOut, queryClient]);

  return (
    <Modal
      {...DIALOG_PROPS}
      opened={state.phase === 'warning'}
      onClose={() => tracker.current?.touch()}
      title={t('idle.title')}
      centered
    >
      <Text mb="md">
        {t('idle.before')}
        <strong>{describeRemaining(t, state.remainingMs)}</strong>
        {t('idle.after')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOut({ kind: 'user' })}>
          {t('idle.signOutNow')}
        </Button>
        <Button data-autofocus onClick={() => tracker.current?.touch()}>
          {t('idle.staySignedIn')}
        </Button>
      </Group>
    </Modal>
  );
}
