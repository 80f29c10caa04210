import { isDeliveryFinished } from '@openiort/contract';
import type { CaseDelivery } from '@openiort/contract';
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDateTime } from '../../components/format.ts';
import type { CasePageData } from './case-context.ts';

/** The clinician strings' key for each delivery status. */
const DELIVERY_WORDS: Record<CaseDelivery['status'], string> = {
  'not-started': 'cases.delivery.status.notStarted',
  delivering: 'cases.delivery.status.delivering',
  interrupted: 'cases.delivery.status.interrupted',
  complete: 'cases.delivery.status.complete',
  abandoned: 'cases.delivery.status.abandoned',
};

const RECORD = {
  draft: { label: 'cases.delivery.recordStatus.draft', color: 'gray' },
  'partly-signed': { label: 'cases.delivery.recordStatus.partlySigned', color: 'yellow' },
  signed: { label: 'cases.delivery.recordStatus.signed', color: 'green' },
} as const;

/**
 * Step 8: the case's OR sessions, each with where its delivery and treatment record stand, a
 * link to the session and the printable record. The step is done once a record is signed by both.
 */
export function DeliveryStep({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
  const deliveries = data.view.deliveries;
  if (deliveries.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('cases.delivery.none')}
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
                {t('cases.delivery.session', { createdAt: localDateTime(d.createdAt) })}
              </Anchor>
              <Badge variant="light" color="blue">
                {t(DELIVERY_WORDS[d.status])}
              </Badge>
              {isDeliveryFinished(d.status) && (
                <Badge variant="light" color={record.color}>
                  {t(record.label)}
                </Badge>
              )}
              {isDeliveryFinished(d.status) && (
                <Anchor
                  href={`/api/or-sessions/${encodeURIComponent(d.sessionId)}/record.pdf`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('cases.delivery.record')}
                </Anchor>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
