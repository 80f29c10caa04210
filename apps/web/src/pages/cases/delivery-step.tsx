import type { CaseDelivery } from '@openiort/contract';
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { localDateTime } from '../../components/format.ts';
import type { CasePageData } from './case-context.ts';

const DELIVERY_WORDS: Record<CaseDelivery['status'], string> = {
  'not-started': 'Not started',
  delivering: 'Delivering',
  interrupted: 'Interrupted',
  complete: 'Complete',
  abandoned: 'Abandoned',
};

const RECORD = {
  draft: { label: 'Record not signed', color: 'gray' },
  'partly-signed': { label: 'Record partly signed', color: 'yellow' },
  signed: { label: 'Record signed', color: 'green' },
} as const;

/**
 * Step 8: the case's OR sessions, each with where its delivery and treatment record stand, a
 * link to the session and the printable record. The step is done once a record is signed by both.
 */
export function DeliveryStep({ data }: { data: CasePageData }) {
  const deliveries = data.view.deliveries;
  if (deliveries.length === 0)
    return (
      <Text size="sm" c="gray.7">
        No OR session yet. It is opened from the final plan on the dose plan page and joins this
        case by itself when the plan is linked here.
      </Text>
    );
  return (
    <List size="sm" spacing={6}>
      {deliveries.map((d) => {
        const record = RECORD[d.recordStatus];
        return (
          <List.Item key={d.sessionId}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/app/or-sessions/${d.sessionId}`}>
                OR session of {localDateTime(d.createdAt)}
              </Anchor>
              <Badge variant="light" color="blue">
                {DELIVERY_WORDS[d.status]}
              </Badge>
              {(d.status === 'complete' || d.status === 'abandoned') && (
                <Badge variant="light" color={record.color}>
                  {record.label}
                </Badge>
              )}
              {(d.status === 'complete' || d.status === 'abandoned') && (
                <Anchor
                  href={`/api/or-sessions/${encodeURIComponent(d.sessionId)}/record.pdf`}
                  target="_blank"
                  rel="noopener"
                >
                  Treatment record (PDF)
                </Anchor>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
