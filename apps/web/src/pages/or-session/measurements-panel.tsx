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
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { useMeasurements, useRecordMeasurement } from '../../api/or-reconciliation.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** The clinician strings' key for each kind of dosimeter. */
const DOSIMETER_LABELS: Record<DosimeterType, string> = {
  osld: 'orSession.measurements.dosimeters.osld',
  tld: 'orSession.measurements.dosimeters.tld',
  film: 'orSession.measurements.dosimeters.film',
  diode: 'orSession.measurements.dosimeters.diode',
  other: 'orSession.measurements.dosimeters.other',
};

function MeasurementItem({ m }: { m: MeasurementDto }) {
  const { t } = useTranslation('clinician');
  const by = `${m.recordedBy.displayName}, ${new Date(m.recordedAt).toLocaleTimeString()}`;
  const x = m.measurement;
  return (
    <List.Item>
      {x.kind === 'in-vivo' ? (
        <Text size="sm">
          {t('orSession.measurements.inVivo', {
            dosimeter: t(DOSIMETER_LABELS[x.dosimeterType]),
            position: x.position,
            reading: x.readingGy,
            expected: x.expectedGy,
            ratio: m.ratio?.toFixed(3) ?? '—',
            by,
          })}
        </Text>
      ) : (
        <Text size="sm">
          {t('orSession.measurements.survey', {
            place: x.place,
            rate: x.doseRateUSvPerH,
            serial: x.instrumentSerial,
            calibrated: x.instrumentCalibratedOn,
            by,
          })}
        </Text>
      )}
      {m.warnings.map((w) => (
        <Text size="xs" key={w}>
          <Trans
            t={t}
            i18nKey={'orSession.measurements.warning'}
            values={{ warning: w }}
            components={{ strong: <strong /> }}
          />
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
  const { t } = useTranslation('clinician');
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
        {t('orSession.measurements.add')}
      </Title>
      <SegmentedControl
        aria-label={t('orSession.measurements.kind')}
        w="fit-content"
        value={kind}
        onChange={(value) => {
          const next = value === 'survey' ? 'survey' : 'in-vivo';
          setKind(next);
          setDraft(EMPTY[next]);
          record.reset();
        }}
        data={[
          { value: 'in-vivo', label: t('orSession.measurements.inVivoDosimeter') },
          { value: 'survey', label: t('orSession.measurements.surveyReading') },
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {kind === 'in-vivo' ? (
          <>
            <Select
              label={t('orSession.measurements.dosimeter')}
              data={DOSIMETER_TYPES.map((d) => ({ value: d, label: t(DOSIMETER_LABELS[d]) }))}
              value={String(draft.dosimeterType)}
              onChange={set('dosimeterType')}
              allowDeselect={false}
              error={fieldError('dosimeterType')}
            />
            {text('position', t('orSession.measurements.position'))}
            {number('readingGy', t('orSession.measurements.readingGy'))}
            {number('expectedGy', t('orSession.measurements.expectedGy'))}
          </>
        ) : (
          <>
            {text('place', t('orSession.measurements.place'))}
            {number('doseRateUSvPerH', t('orSession.measurements.doseRate'))}
            {text('instrumentSerial', t('orSession.measurements.meterSerial'))}
            {text('instrumentCalibratedOn', t('orSession.measurements.meterCalibrated'), 'date')}
          </>
        )}
      </SimpleGrid>
      {unnamed && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(record.error)}
        </Text>
      )}
      {record.isSuccess && record.data.warnings.length > 0 && (
        <Alert color="orange" title={t('orSession.measurements.withWarning')}>
          {record.data.warnings.join(' ')}
        </Alert>
      )}
      <Button w="fit-content" loading={record.isPending} onClick={submit}>
        {t('orSession.measurements.record')}
      </Button>
    </Stack>
  );
}

/**
 * Readings taken in the room (operating-room.md §1.3, "Measurements"): in-vivo dosimeters and
 * survey meter readings, at any time in the session (surveys are taken while the beam is on).
 */
export function MeasurementsPanel({ state }: { state: OrSessionState }) {
  const { t } = useTranslation('clinician');
  const mayRecord = useCan('measurement:record');
  const query = useMeasurements(state.id);
  return (
    <Card withBorder padding="sm">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('orSession.measurements.title')}
        </Title>
        {query.isError && (
          <ErrorAlert error={query.error} title={t('orSession.measurements.cannotShow')} />
        )}
        {query.data?.length === 0 && <Text size="sm">{t('orSession.measurements.none')}</Text>}
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
