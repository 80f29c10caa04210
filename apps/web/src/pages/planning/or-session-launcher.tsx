import type { StoredPlan } from '@openiort/contract';
import type { TFunction } from 'i18next';
import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePlanOrSessions, useOpenOrSession } from '../../api/or-sessions.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { localDateTime } from '../../components/format.ts';

const OPEN = new Set(['not-started', 'delivering', 'interrupted']);

/** Why the plan cannot go to the operating room yet, or null; `t` of the clinician namespace. */
function notReady(t: TFunction, plan: StoredPlan, unsaved: boolean): string | null {
  if (unsaved) return t('planning.orSession.unsaved');
  if (plan.output.status !== 'ok') return t('planning.orSession.refused');
  const roles = new Set(plan.signatures.map((s) => s.role));
  if (!roles.has('medical-physicist') || !roles.has('radiation-oncologist'))
    return t('planning.orSession.unsigned');
  return null;
}

/** Opens the OR session of the signed plan, or goes to the one already open. */
export function OrSessionLauncher({ plan, unsaved }: { plan: StoredPlan; unsaved: boolean }) {
  const { t } = useTranslation('clinician');
  const sessions = usePlanOrSessions(plan.id);
  const openSession = useOpenOrSession(plan.id);
  const navigate = useNavigate();
  const canOperate = useCan('delivery:operate');
  const items = sessions.data?.items ?? [];
  const open = items.find((s) => OPEN.has(s.status));
  const blocker = notReady(t, plan, unsaved);
  return (
    <Stack component="section" aria-labelledby="or-session-heading" gap="sm" className="no-print">
      <Title order={2} id="or-session-heading">
        {t('planning.orSession.title')}
      </Title>
      {open !== undefined ? (
        <Button component={Link} to={`/app/or-sessions/${open.id}`} w="fit-content">
          {t('planning.orSession.openSession', { status: open.status })}
        </Button>
      ) : canOperate ? (
        <Stack gap={2}>
          <Button
            w="fit-content"
            disabled={blocker !== null}
            loading={openSession.isPending}
            aria-describedby={blocker === null ? undefined : 'or-session-blocker'}
            onClick={() => {
              openSession.mutate(undefined, {
                onSuccess: (state) => void navigate(`/app/or-sessions/${state.id}`),
              });
            }}
          >
            {t('planning.orSession.start')}
          </Button>
          {blocker !== null && (
            <Text size="xs" c="dimmed" id="or-session-blocker">
              {blocker}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm">{t('planning.orSession.noneOpen')}</Text>
      )}
      {openSession.error !== null && <ErrorAlert error={openSession.error} />}
      {items.some((s) => !OPEN.has(s.status)) && (
        <List size="sm">
          {items
            .filter((s) => !OPEN.has(s.status))
            .map((s) => (
              <List.Item key={s.id}>
                <Anchor component={Link} to={`/app/or-sessions/${s.id}`}>
                  {t('planning.orSession.sessionOf', { createdAt: localDateTime(s.createdAt) })}
                </Anchor>{' '}
                {t('planning.orSession.versionStatus', {
                  version: String(s.planVersion),
                  status: s.status,
                })}
              </List.Item>
            ))}
        </List>
      )}
    </Stack>
  );
}
