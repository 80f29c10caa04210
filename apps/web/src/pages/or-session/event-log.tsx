import type { OrSessionEventDto } from '@openiort/contract';
import { List, Text } from '@mantine/core';
import { localDateTime } from '../../components/format.ts';
import { formatMmSs } from '../planning/plan-format.ts';
import { CATEGORY_LABELS, TERMINATION_LABELS } from './delivery-actions.ts';

function detail(event: OrSessionEventDto): string {
  const parts = [
    event.category === undefined ? null : CATEGORY_LABELS[event.category],
    event.termination === undefined ? null : TERMINATION_LABELS[event.termination],
    event.airKermaStrengthU === undefined
      ? null
      : `new source ${String(event.airKermaStrengthU)} U`,
    event.reason ?? null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? '' : ` — ${parts.join('; ')}`;
}

/** What happened, in order, with the server's time, the time since the start, and who. */
export function EventLog({ events }: { events: OrSessionEventDto[] }) {
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No events yet.
      </Text>
    );
  return (
    <List size="sm" spacing={4} type="ordered" data-testid="event-log">
      {events.map((e) => (
        <List.Item key={e.seq}>
          <strong>{e.type}</strong> at {formatMmSs(e.atS)} ({localDateTime(e.at)}) by {e.actor.name}
          {detail(e)}
        </List.Item>
      ))}
    </List>
  );
}
