import type { OrSessionState, ReconciliationRequest } from '@openiort/contract';
import { parseControllerLogCsv } from '@openiort/dosimetry';
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useRecordReconciliation } from '../../api/or-reconciliation.ts';
import { secondsText } from './reconciliation-format.ts';

/** The server's refusal, field by field (a CSV refused there lists its lines). */
function refusalText(error: unknown): string[] {
  return isApiError(error) && error.fieldErrors.length > 0
    ? error.fieldErrors.map((e) => (e.path === 'csv' ? e.message : `${e.path}: ${e.message}`))
    : [errorMessage(error)];
}

/** One number input per dwell, with the session's time beside it. */
function TypedTimes({
  state,
  onSend,
}: {
  state: OrSessionState;
  onSend: (body: ReconciliationRequest) => void;
}) {
  const { t } = useTranslation('clinician');
  const [times, setTimes] = useState<(number | string)[]>(() => state.dwells.map(() => ''));
  // Mantine gives a string while a number is being typed ("12.", "12.50"); any finite value counts.
  const complete = times.every((time) => time !== '' && Number.isFinite(Number(time)));
  return (
    <Stack gap="xs">
      <Table
        withTableBorder
        fz="sm"
        horizontalSpacing={6}
        aria-label={t('orSession.controllerLog.timesTable')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orSession.controllerLog.dwell')}</Table.Th>
            <Table.Th scope="col">{t('orSession.controllerLog.session')}</Table.Th>
            <Table.Th scope="col">{t('orSession.controllerLog.logSeconds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.dwells.map((dwell, i) => (
            <Table.Tr key={dwell.index}>
              <Table.Td>{dwell.index + 1}</Table.Td>
              <Table.Td>{secondsText(dwell.deliveredTimeS)}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('orSession.controllerLog.timeOfDwell', { n: dwell.index + 1 })}
                  min={0}
                  max={3600}
                  decimalScale={2}
                  value={times[i] ?? ''}
                  onChange={(value) => {
                    setTimes((old) => old.map((time, j) => (j === i ? value : time)));
                  }}
                  miw={90}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        w="fit-content"
        disabled={!complete}
        onClick={() => {
          onSend({ source: 'manual', controllerTimesS: times.map(Number) });
        }}
      >
        {t('orSession.controllerLog.compare')}
      </Button>
    </Stack>
  );
}

/** Pasted or uploaded CSV, parsed here for a preview with the same parser the server uses. */
function CsvTimes({ onSend }: { onSend: (body: ReconciliationRequest) => void }) {
  const { t } = useTranslation('clinician');
  const [csv, setCsv] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const parsed = csv.trim() === '' ? null : parseControllerLogCsv(csv);
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Trans t={t} i18nKey={'orSession.controllerLog.csvHint'} components={{ code: <code /> }} />
      </Text>
      <Textarea
        label={t('orSession.controllerLog.csvLabel')}
        autosize
        minRows={4}
        maxRows={12}
        value={csv}
        onChange={(e) => {
          setCsv(e.currentTarget.value);
        }}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group gap="xs">
        <FileButton
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(file) => {
            setFileProblem(null);
            if (file === null) return;
            if (file.size > 64 * 1024) {
              setFileProblem(t('orSession.controllerLog.tooLarge', { name: file.name }));
              return;
            }
            file.text().then(setCsv, () => {
              setFileProblem(t('orSession.controllerLog.unreadable', { name: file.name }));
            });
          }}
        >
          {(props) => (
            <Button variant="default" size="xs" {...props}>
              {t('orSession.controllerLog.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      {fileProblem !== null && (
        <Text size="sm" c="red" role="alert">
          {fileProblem}
        </Text>
      )}
      {parsed !== null && !parsed.ok && (
        <Alert color="red" title={t('orSession.controllerLog.cannotRead')} role="alert">
          <List size="sm" spacing={2}>
            {parsed.problems.map((p) => (
              <List.Item key={p.message}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {parsed?.ok === true && (
        <Text size="sm" role="status">
          {t('orSession.controllerLog.read', {
            count: parsed.controllerTimesS.length,
            times: parsed.controllerTimesS.map((time) => secondsText(time)).join(', '),
          })}
        </Text>
      )}
      <Button
        w="fit-content"
        disabled={parsed?.ok !== true}
        onClick={() => {
          onSend({ source: 'csv', csv });
        }}
      >
        {t('orSession.controllerLog.compare')}
      </Button>
    </Stack>
  );
}

/** Entering the controller's per-dwell times: typed in, or its log as CSV. */
export function ControllerLogEntry({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const [mode, setMode] = useState<'manual' | 'csv'>('manual');
  const record = useRecordReconciliation(state.id);
  const send = (body: ReconciliationRequest) => {
    record.mutate(body);
  };
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('orSession.controllerLog.mode')}
        value={mode}
        onChange={(value) => {
          setMode(value === 'csv' ? 'csv' : 'manual');
        }}
        data={[
          { value: 'manual', label: t('orSession.controllerLog.typeTimes') },
          { value: 'csv', label: t('orSession.controllerLog.csv') },
        ]}
        w="fit-content"
      />
      {mode === 'manual' ? <TypedTimes state={state} onSend={send} /> : <CsvTimes onSend={send} />}
      {record.isError && (
        <Alert color="red" title={t('orSession.controllerLog.notRecorded')} role="alert">
          {refusalText(record.error).map((m) => (
            <Text size="sm" key={m}>
              {m}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
