import type { OrSessionEventDto } from '@openiort/contract';
import { List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { localDateTime } from '../../components/format.ts';
import { formatMmSs } from '../planning/plan-format.ts';
import { CATEGORY_LABELS, TERMINATION_LABELS } from './delivery-actions.ts';

/** What the event records besides its type, as a list ("; " between items), or ''. */
function detail(t: TFunction, event: OrSessionEventDto): string {
  const parts = [
    event.category === undefined ? null : t(CATEGORY_LABELS[event.category]),
    event.termination === undefined ? null : t(TERMINATION_LABELS[event.termination]),
    event.airKermaStrengthU === undefined
      ? null
      : t('orSession.eventLog.newSource', { strength: event.airKermaStrengthU }),
    event.reason ?? null,
  ].filter((p) => p !== null);
  return parts.join('; ');
}

/** What happened, in order, with the server's time, the time since the start, and who. */
export function EventLog({ events }: { events: OrSessionEventDto[] }) {
  const { t } = useTranslation('clinician');
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('orSession.eventLog.none')}
      </Text>
    );
  return (
    <List size="sm" spacing={4} type="ordered" data-testid="event-log">
      {events.map((e) => {
        const more = detail(t, e);
        return (
          <List.Item key={e.seq}>
            <Trans
              t={t}
              i18nKey={
                more === '' ? 'orSession.eventLog.entry' : 'orSession.eventLog.entryWithDetail'
              }
              values={{
                type: e.type,
                atS: formatMmSs(e.atS),
                at: localDateTime(e.at),
                name: e.actor.name,
                detail: more,
              }}
              components={{ strong: <strong /> }}
            />
          </List.Item>
        );
      })}
    </List>
  );
}
