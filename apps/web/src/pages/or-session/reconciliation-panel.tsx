import { isDeliveryFinished } from '@openiort/contract';
import type { OrSessionState, ReconciliationVersionDto } from '@openiort/contract';
import { Alert, Badge, Button, Card, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useAcknowledgeReconciliation, useReconciliation } from '../../api/or-reconciliation.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ControllerLogEntry } from './controller-log-entry.tsx';
import { secondsText, signedSecondsText } from './reconciliation-format.ts';

/** Dwell by dwell: session, controller, difference; a differing row says so in words and weight. */
function ComparisonTable({ version }: { version: ReconciliationVersionDto }) {
  const { t } = useTranslation('clinician');
  const c = version.comparison;
  return (
    <Table
      withTableBorder
      fz="sm"
      horizontalSpacing={6}
      aria-label={t('orSession.reconciliation.table')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('orSession.reconciliation.dwell')}</Table.Th>
          <Table.Th scope="col">{t('orSession.reconciliation.session')}</Table.Th>
          <Table.Th scope="col">{t('orSession.reconciliation.controller')}</Table.Th>
          <Table.Th scope="col">{t('orSession.reconciliation.difference')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {c.dwells.map((d) => (
          <Table.Tr
            key={d.index}
            fw={d.differs ? 700 : undefined}
            bg={d.differs ? 'var(--mantine-color-yellow-light)' : undefined}
          >
            <Table.Td>{d.index + 1}</Table.Td>
            <Table.Td>{secondsText(d.sessionTimeS)}</Table.Td>
            <Table.Td>{secondsText(d.controllerTimeS)}</Table.Td>
            <Table.Td>
              {signedSecondsText(d.differenceS)}{' '}
              {d.differs && (
                <Badge color="red.9" variant="filled" size="sm">
                  {d.differenceS === null
                    ? t('orSession.reconciliation.missing')
                    : t('orSession.reconciliation.differs')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('orSession.reconciliation.total')}</Table.Th>
          <Table.Td>{secondsText(c.sessionTotalS)}</Table.Td>
          <Table.Td>{secondsText(c.controllerTotalS)}</Table.Td>
          <Table.Td>{signedSecondsText(c.totalDifferenceS)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function AcknowledgeForm({ sessionId, seq }: { sessionId: string; seq: number }) {
  const { t } = useTranslation('clinician');
  const [note, setNote] = useState('');
  const acknowledge = useAcknowledgeReconciliation(sessionId);
  const noteError =
    acknowledge.isError && isApiError(acknowledge.error)
      ? acknowledge.error.fieldErrors.find((e) => e.path === 'note')?.message
      : undefined;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('orSession.reconciliation.why')}
        description={t('orSession.reconciliation.whyHint')}
        maxLength={1000}
        autosize
        minRows={2}
        value={note}
        error={noteError}
        onChange={(e) => {
          setNote(e.currentTarget.value);
        }}
      />
      {acknowledge.isError && noteError === undefined && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(acknowledge.error)}
        </Text>
      )}
      <Button
        w="fit-content"
        disabled={note.trim() === ''}
        loading={acknowledge.isPending}
        onClick={() => {
          acknowledge.mutate({ seq, note });
        }}
      >
        {t('orSession.reconciliation.acknowledge')}
      </Button>
    </Stack>
  );
}

/**
 * After the delivery: the controller's own per-dwell log compared with what the session
 * recorded. Differences above a second (OpenIORT's own default) must be acknowledged with a note
 * before the treatment record is signed.
 */
export function ReconciliationPanel({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayRecord = useCan('reconciliation:record');
  const query = useReconciliation(state.id);
  // "Enter again" belongs to the version on screen; a new version closes the form.
  const [enteringAfter, setEnteringAfter] = useState<number | null>(null);
  if (!isDeliveryFinished(state.status)) return null;
  const latest = query.data?.latest ?? null;
  const entering = latest !== null && enteringAfter === latest.seq;
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('orSession.reconciliation.title')}
        </Title>
        {query.isError && (
          <ErrorAlert error={query.error} title={t('orSession.reconciliation.cannotShow')} />
        )}
        {query.data !== undefined && latest === null && (
          <Text size="sm">{t('orSession.reconciliation.notYet')}</Text>
        )}
        {latest !== null && (
          <>
            <Text size="sm">
              {t(
                latest.source === 'csv'
                  ? 'orSession.reconciliation.versionCsv'
                  : 'orSession.reconciliation.versionTyped',
                {
                  seq: latest.seq,
                  name: latest.recordedBy.displayName,
                  time: new Date(latest.recordedAt).toLocaleString(),
                  tolerance: latest.comparison.toleranceS,
                },
              )}
            </Text>
            <ComparisonTable version={latest} />
            {latest.comparison.dwellCountMismatch && (
              <Alert color="yellow" title={t('orSession.reconciliation.countMismatchTitle')}>
                {t('orSession.reconciliation.countMismatch', {
                  session: latest.comparison.dwells.filter((d) => d.sessionTimeS !== null).length,
                  controller: latest.controllerTimesS.length,
                })}
              </Alert>
            )}
            {!latest.comparison.needsAcknowledgement && (
              <Alert
                color="green"
                title={t('orSession.reconciliation.noDifferencesTitle')}
                role="status"
              >
                {t('orSession.reconciliation.noDifferences', {
                  tolerance: latest.comparison.toleranceS,
                })}
              </Alert>
            )}
            {latest.comparison.needsAcknowledgement && latest.acknowledgement !== null && (
              <Alert
                color="blue"
                title={t('orSession.reconciliation.acknowledgedTitle')}
                role="status"
              >
                {t('orSession.reconciliation.acknowledged', {
                  name: latest.acknowledgement.by.displayName,
                  time: new Date(latest.acknowledgement.at).toLocaleString(),
                  note: latest.acknowledgement.note,
                })}
              </Alert>
            )}
            {latest.comparison.needsAcknowledgement && latest.acknowledgement === null && (
              <Alert color="yellow" title={t('orSession.reconciliation.toAcknowledgeTitle')}>
                {t(
                  mayRecord
                    ? 'orSession.reconciliation.toAcknowledge'
                    : 'orSession.reconciliation.toAcknowledgeByPhysicist',
                  { count: latest.comparison.dwells.filter((d) => d.differs).length },
                )}
              </Alert>
            )}
            {mayRecord &&
              latest.comparison.needsAcknowledgement &&
              latest.acknowledgement === null && (
                <AcknowledgeForm key={latest.seq} sessionId={state.id} seq={latest.seq} />
              )}
          </>
        )}
        {mayRecord && (latest === null || entering) && <ControllerLogEntry state={state} />}
        {mayRecord && latest !== null && !entering && (
          <Button
            variant="default"
            w="fit-content"
            onClick={() => {
              setEnteringAfter(latest.seq);
            }}
          >
            {t('orSession.reconciliation.enterAgain')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
