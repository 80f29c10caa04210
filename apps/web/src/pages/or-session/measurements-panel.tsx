import {
  DOSIMETER_TYPES,
  type DosimeterType,
  type MeasurementDto,
  type MeasurementRequest,
  type OrSessionState,
} from '@openiort/contract';
import {
  Alert,
  Button,
  Card,
  List,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useMeasurements, useRecordMeasurement } from '../../api/or-reconciliation.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

const DOSIMETER_LABELS: Record<DosimeterType, string> = {
  osld: 'OSLD',
  tld: 'TLD',
  film: 'Film',
  diode: 'Diode',
  other: 'Other',
};

function MeasurementItem({ m }: { m: MeasurementDto }) {
  const by = `${m.recordedBy.displayName}, ${new Date(m.recordedAt).toLocaleTimeString()}`;
  const x = m.measurement;
  return (
    <List.Item>
      {x.kind === 'in-vivo' ? (
        <Text size="sm">
          In vivo ({DOSIMETER_LABELS[x.dosimeterType]}) at {x.position}: {x.readingGy} Gy read,{' '}
          {x.expectedGy} Gy expected, ratio {m.ratio?.toFixed(3) ?? '—'} · {by}
        </Text>
      ) : (
        <Text size="sm">
          Survey at {x.place}: {x.doseRateUSvPerH} µSv/h, meter {x.instrumentSerial} (calibrated{' '}
          {x.instrumentCalibratedOn}) · {by}
        </Text>
      )}
      {m.warnings.map((w) => (
        <Text size="xs" key={w}>
          <strong>Warning:</strong> {w}
        </Text>
      ))}
    </List.Item>
  );
}

type Draft = Record<string, string | number>;

const EMPTY: Record<'in-vivo' | 'survey', Draft> = {
  'in-vivo': { dosimeterType: 'osld', position: '', readingGy: '', expectedGy: '' },
  survey: { place: '', doseRateUSvPerH: '', instrumentSerial: '', instrumentCalibratedOn: '' },
};

function MeasurementForm({ sessionId }: { sessionId: string }) {
  const [kind, setKind] = useState<'in-vivo' | 'survey'>('in-vivo');
  const [draft, setDraft] = useState<Draft>(EMPTY['in-vivo']);
  const record = useRecordMeasurement(sessionId);
  const set = (key: string) => (value: string | number | null) => {
    setDraft((old) => ({ ...old, [key]: value ?? '' }));
  };
  const fieldError = (path: string) =>
    record.isError && isApiError(record.error)
      ? record.error.fieldErrors.find((e) => e.path === path)?.message
      : undefined;
  const text = (key: string, label: string, type?: string) => (
    <TextInput
      label={label}
      type={type}
      value={String(draft[key] ?? '')}
      error={fieldError(key)}
      onChange={(e) => {
        set(key)(e.currentTarget.value);
      }}
    />
  );
  const number = (key: string, label: string) => (
    <NumberInput
      label={label}
      min={0}
      value={draft[key] ?? ''}
      error={fieldError(key)}
      onChange={set(key)}
    />
  );
  const submit = () => {
    // The server checks every field and names the bad ones; the form only collects them.
    record.mutate({ kind, ...draft } as unknown as MeasurementRequest, {
      onSuccess: () => {
        setDraft(EMPTY[kind]);
      },
    });
  };
  const unnamed =
    record.isError && (!isApiError(record.error) || record.error.fieldErrors.length === 0);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Add a measurement
      </Title>
      <SegmentedControl
        aria-label="Kind of measurement"
        w="fit-content"
        value={kind}
        onChange={(value) => {
          const next = value === 'survey' ? 'survey' : 'in-vivo';
          setKind(next);
          setDraft(EMPTY[next]);
          record.reset();
        }}
        data={[
          { value: 'in-vivo', label: 'In-vivo dosimeter' },
          { value: 'survey', label: 'Survey reading' },
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {kind === 'in-vivo' ? (
          <>
            <Select
              label="Dosimeter"
              data={DOSIMETER_TYPES.map((t) => ({ value: t, label: DOSIMETER_LABELS[t] }))}
              value={String(draft.dosimeterType)}
              onChange={set('dosimeterType')}
              allowDeselect={false}
              error={fieldError('dosimeterType')}
            />
            {text('position', 'Position')}
            {number('readingGy', 'Reading, Gy')}
            {number('expectedGy', 'Expected, Gy')}
          </>
        ) : (
          <>
            {text('place', 'Place surveyed')}
            {number('doseRateUSvPerH', 'Dose rate, µSv/h')}
            {text('instrumentSerial', 'Survey meter serial')}
            {text('instrumentCalibratedOn', 'Survey meter calibrated on', 'date')}
          </>
        )}
      </SimpleGrid>
      {unnamed && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(record.error)}
        </Text>
      )}
      {record.isSuccess && record.data.warnings.length > 0 && (
        <Alert color="orange" title="Recorded, with a warning">
          {record.data.warnings.join(' ')}
        </Alert>
      )}
      <Button w="fit-content" loading={record.isPending} onClick={submit}>
        Record the measurement
      </Button>
    </Stack>
  );
}

/**
 * Readings taken in the room (operating-room.md §1.3, "Measurements"): in-vivo dosimeters and
 * survey meter readings, at any time in the session (surveys are taken while the beam is on).
 */
export function MeasurementsPanel({ state }: { state: OrSessionState }) {
  const mayRecord = useCan('measurement:record');
  const query = useMeasurements(state.id);
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Measurements
        </Title>
        {query.isError && (
          <ErrorAlert error={query.error} title="The measurements cannot be shown" />
        )}
        {query.data?.length === 0 && <Text size="sm">No measurements recorded yet.</Text>}
        {query.data !== undefined && query.data.length > 0 && (
          <List spacing={4}>
            {query.data.map((m) => (
              <MeasurementItem key={m.seq} m={m} />
            ))}
          </List>
        )}
        {mayRecord && <MeasurementForm sessionId={state.id} />}
      </Stack>
    </Card>
  );
}
