import { Alert, Button, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { postOutputCheck } from '../../api/or-checks.ts';

interface Props {
  sessionId: string;
  plannedStrengthU: number;
  onSaved: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The physicist's output check: what was measured and with which instruments. The server judges
 * it against the program limits in force; the form only collects it.
 */
export function OutputCheckForm({ sessionId, plannedStrengthU, onSaved }: Props) {
  const { t } = useTranslation('clinician');
  const [f, setF] = useState({
    sourceSerial: '',
    chamberSerial: '',
    chamberDate: today(),
    electrometerSerial: '',
    electrometerDate: today(),
    temperatureC: 21 as number | string,
    pressureKPa: 101.3 as number | string,
    readingValue: '' as number | string,
    readingUnit: 'nA',
    measuredU: '' as number | string,
    expectedU: plannedStrengthU as number | string,
    basis: 'source-certificate',
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof typeof f) => (value: string | number | null) => {
    setF((old) => ({ ...old, [key]: value ?? '' }));
  };
  const text = (key: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => {
    set(key)(e.currentTarget.value);
  };

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await postOutputCheck(sessionId, {
        sourceSerial: f.sourceSerial,
        chamber: { serial: f.chamberSerial, calibrationDate: f.chamberDate },
        electrometer: { serial: f.electrometerSerial, calibrationDate: f.electrometerDate },
        temperatureC: f.temperatureC,
        pressureKPa: f.pressureKPa,
        reading: { value: f.readingValue, unit: f.readingUnit },
        measuredAirKermaStrengthU: f.measuredU,
        expected: { airKermaStrengthU: f.expectedU, basis: f.basis },
        measuredAt: new Date().toISOString(),
      });
      onSaved();
    } catch (error) {
      setFailure(
        isApiError(error) && error.fieldErrors.length > 0
          ? error.fieldErrors.map((e) => `${e.path}: ${e.message}`).join(' ')
          : errorMessage(error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          label={t('orSession.outputCheck.sourceSerial')}
          value={f.sourceSerial}
          onChange={text('sourceSerial')}
        />
        <TextInput
          label={t('orSession.outputCheck.chamberSerial')}
          value={f.chamberSerial}
          onChange={text('chamberSerial')}
        />
        <TextInput
          label={t('orSession.outputCheck.chamberDate')}
          type="date"
          value={f.chamberDate}
          onChange={text('chamberDate')}
        />
        <TextInput
          label={t('orSession.outputCheck.electrometerSerial')}
          value={f.electrometerSerial}
          onChange={text('electrometerSerial')}
        />
        <TextInput
          label={t('orSession.outputCheck.electrometerDate')}
          type="date"
          value={f.electrometerDate}
          onChange={text('electrometerDate')}
        />
        <NumberInput
          label={t('orSession.outputCheck.temperature')}
          value={f.temperatureC}
          onChange={set('temperatureC')}
          decimalScale={1}
        />
        <NumberInput
          label={t('orSession.outputCheck.pressure')}
          value={f.pressureKPa}
          onChange={set('pressureKPa')}
          decimalScale={2}
        />
        <NumberInput
          label={t('orSession.outputCheck.reading')}
          value={f.readingValue}
          onChange={set('readingValue')}
        />
        <Select
          label={t('orSession.outputCheck.readingUnit')}
          data={['nA', 'pA', 'nC', 'pC']}
          value={f.readingUnit}
          onChange={set('readingUnit')}
          allowDeselect={false}
        />
        <NumberInput
          label={t('orSession.outputCheck.measured')}
          value={f.measuredU}
          onChange={set('measuredU')}
        />
        <NumberInput
          label={t('orSession.outputCheck.expected')}
          value={f.expectedU}
          onChange={set('expectedU')}
        />
        <Select
          label={t('orSession.outputCheck.basis')}
          data={[
            { value: 'source-certificate', label: t('orSession.outputCheck.basisCertificate') },
            { value: 'previous-measurement', label: t('orSession.outputCheck.basisPrevious') },
            { value: 'model-nominal', label: t('orSession.outputCheck.basisNominal') },
          ]}
          value={f.basis}
          onChange={set('basis')}
          allowDeselect={false}
        />
      </SimpleGrid>
      {failure !== null && (
        <Alert color="red" title={t('orSession.outputCheck.notRecorded')}>
          {failure}
        </Alert>
      )}
      <Button onClick={() => void submit()} loading={busy} w="fit-content">
        {t('orSession.outputCheck.record')}
      </Button>
    </Stack>
  );
}
