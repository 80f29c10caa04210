import { advanceLiveDelivery } from '@openiort/contract';
import { Alert, Anchor, Badge, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DemonstrationBanner } from '../planning/demonstration-banner.tsx';
import { BeforeBeamOn } from './before-beam-on.tsx';
import { Countdown } from './countdown.tsx';
import { DeliveryControls } from './delivery-controls.tsx';
import { DeliverySummaryText } from './delivery-summary.tsx';
import { DwellProgress } from './dwell-progress.tsx';
import { EventLog } from './event-log.tsx';
import { MeasurementsPanel } from './measurements-panel.tsx';
import { ReconciliationPanel } from './reconciliation-panel.tsx';
import { SignOutPanel } from './sign-out-panel.tsx';
import { TreatmentRecordPanel } from './treatment-record-panel.tsx';
import { useLiveSession } from './use-live-session.ts';
import { useServerClockOffset, useServerNow } from './use-server-clock.ts';

/**
 * The delivery in the operating room, as every device follows it: the physicist's console, the
 * wall display (very large digits, no buttons) and the nurse's tablet. Times come from the
 * server's state moved forward by the server's clock as this device estimates it.
 */
export function OrSessionPage() {
  const { t } = useTranslation('clinician');
  const { sessionId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const wall = search.get('display') === 'wall';
  const { state, connection, error, apply } = useLiveSession(sessionId);
  const offsetMs = useServerClockOffset();
  const now = useServerNow(offsetMs);
  usePageTitle(wall ? t('orSession.page.wallTitle') : t('orSession.page.title'));

  if (state === null)
    return error === null ? (
      <LoadingState label={t('orSession.page.connecting')} />
    ) : (
      <ErrorAlert error={error} title={t('orSession.page.cannotShow')} />
    );
  const view = advanceLiveDelivery(state, now);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1} size={wall ? 'h2' : 'h1'}>
          {t('orSession.page.title')}
        </Title>
        <Group gap="xs">
          <Badge color={connection === 'live' ? 'green' : 'orange'} variant="light" role="status">
            {connection === 'live' ? t('orSession.page.live') : t('orSession.page.reconnecting')}
          </Badge>
          <Switch
            label={t('orSession.page.wallDisplay')}
            checked={wall}
            onChange={(e) => {
              setSearch(e.currentTarget.checked ? { display: 'wall' } : {});
            }}
          />
        </Group>
      </Group>
      {state.demonstration && <DemonstrationBanner label={t('orSession.page.rehearsal')} />}
      {offsetMs === null && (
        <Alert color="yellow" title={t('orSession.page.clockTitle')}>
          {t('orSession.page.clockBody')}
        </Alert>
      )}
      <Countdown state={state} view={view} wall={wall} />
      {!wall && (
        <>
          <DeliveryControls state={state} view={view} onState={apply} />
          {state.status === 'not-started' && <BeforeBeamOn state={state} />}
          <DeliverySummaryText state={state} />
          <Title order={2} size="h3">
            {t('orSession.page.dwells')}
          </Title>
          <DwellProgress state={state} view={view} />
          <Title order={2} size="h3">
            {t('orSession.page.events')}
          </Title>
          <EventLog events={state.events} />
          <SignOutPanel state={state} />
          <ReconciliationPanel state={state} />
          <MeasurementsPanel state={state} />
          <TreatmentRecordPanel state={state} />
          <Text size="sm">
            <Trans
              t={t}
              i18nKey={'orSession.page.planLine'}
              values={{ version: state.planVersion }}
              components={{
                plan: <Anchor component={Link} to={`/app/patients/${state.patientId}/plans`} />,
              }}
            />
          </Text>
        </>
      )}
    </Stack>
  );
}
