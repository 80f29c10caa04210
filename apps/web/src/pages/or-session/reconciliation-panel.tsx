import type { OrSessionState, ReconciliationVersionDto } from '@openiort/contract';
import { Alert, Badge, Button, Card, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useAcknowledgeReconciliation, useReconciliation } from '../../api/or-reconciliation.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ControllerLogEntry } from './controller-log-entry.tsx';
import { secondsText, signedSecondsText } from './reconciliation-format.ts';

/** Dwell by dwell: session, controller, difference; a differing row says so in words and weight. */
function ComparisonTable({ version }: { version: ReconciliationVersionDto }) {
  const c = version.comparison;
  return (
    <Table withTableBorder fz="sm" horizontalSpacing={6} aria-label="Session and controller times">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Dwell</Table.Th>
          <Table.Th scope="col">Session</Table.Th>
          <Table.Th scope="col">Controller</Table.Th>
          <Table.Th scope="col">Difference</Table.Th>
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
                  {d.differenceS === null ? 'Missing' : 'Differs'}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Total</Table.Th>
          <Table.Td>{secondsText(c.sessionTotalS)}</Table.Td>
          <Table.Td>{secondsText(c.controllerTotalS)}</Table.Td>
          <Table.Td>{signedSecondsText(c.totalDifferenceS)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function AcknowledgeForm({ sessionId, seq }: { sessionId: string; seq: number }) {
  const [note, setNote] = useState('');
  const acknowledge = useAcknowledgeReconciliation(sessionId);
  const noteError =
    acknowledge.isError && isApiError(acknowledge.error)
      ? acknowledge.error.fieldErrors.find((e) => e.path === 'note')?.message
      : undefined;
  return (
    <Stack gap="xs">
      <Textarea
        label="Why the differences are acceptable"
        description="Required; at most 1000 characters. Recorded with your name and the time."
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
        Acknowledge the differences
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
  const mayRecord = useCan('reconciliation:record');
  const query = useReconciliation(state.id);
  // "Enter again" belongs to the version on screen; a new version closes the form.
  const [enteringAfter, setEnteringAfter] = useState<number | null>(null);
  if (state.status !== 'complete' && state.status !== 'abandoned') return null;
  const latest = query.data?.latest ?? null;
  const entering = latest !== null && enteringAfter === latest.seq;
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Reconciliation with the controller log
        </Title>
        {query.isError && (
          <ErrorAlert error={query.error} title="The reconciliation cannot be shown" />
        )}
        {query.data !== undefined && latest === null && (
          <Text size="sm">
            The controller’s own per-dwell times have not been compared with this session yet.
          </Text>
        )}
        {latest !== null && (
          <>
            <Text size="sm">
              Version {latest.seq}, {latest.source === 'csv' ? 'imported from CSV' : 'typed in'} by{' '}
              {latest.recordedBy.displayName}, {new Date(latest.recordedAt).toLocaleString()}. A
              dwell differs when the times are more than {latest.comparison.toleranceS} s apart
              (OpenIORT’s default: the session’s times come from clicks on the console).
            </Text>
            <ComparisonTable version={latest} />
            {latest.comparison.dwellCountMismatch && (
              <Alert color="yellow" title="Different number of dwells">
                The session has{' '}
                {latest.comparison.dwells.filter((d) => d.sessionTimeS !== null).length} dwells; the
                controller log has {latest.controllerTimesS.length}.
              </Alert>
            )}
            {!latest.comparison.needsAcknowledgement && (
              <Alert color="green" title="No differences" role="status">
                Every dwell agrees within {latest.comparison.toleranceS} s.
              </Alert>
            )}
            {latest.comparison.needsAcknowledgement && latest.acknowledgement !== null && (
              <Alert color="blue" title="Differences acknowledged" role="status">
                {latest.acknowledgement.by.displayName},{' '}
                {new Date(latest.acknowledgement.at).toLocaleString()}: “
                {latest.acknowledgement.note}”
              </Alert>
            )}
            {latest.comparison.needsAcknowledgement && latest.acknowledgement === null && (
              <Alert color="yellow" title="Differences to acknowledge">
                {latest.comparison.dwells.filter((d) => d.differs).length} dwell(s) differ. They
                must be acknowledged before the treatment record is signed
                {mayRecord ? '.' : ' (by the medical physicist).'}
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
            Enter the controller’s times again
          </Button>
        )}
      </Stack>
    </Card>
  );
}
