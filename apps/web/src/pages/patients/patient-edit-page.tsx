import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePatient } from '../../api/patients.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientEditor } from './patient-editor.tsx';

export function PatientEditPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('patients.edit.title'));
  const { id = '' } = useParams();
  const patient = usePatient(id);
  return (
    <Stack>
      <Title order={1}>{t('patients.edit.title')}</Title>
      {patient.isPending && <LoadingState label={t('patients.loadingOne')} />}
      {patient.isError && (
        <ErrorAlert error={patient.error} onRetry={() => void patient.refetch()} />
      )}
      {patient.data !== undefined && <PatientEditor current={patient.data} />}
    </Stack>
  );
}
