import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreatePatient } from '../../api/patients.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientForm } from './patient-form.tsx';
import { EMPTY_PATIENT } from './patient-form-values.ts';

export function PatientNewPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('patients.list.add'));
  const navigate = useNavigate();
  const create = useCreatePatient();
  return (
    <Stack>
      <Title order={1}>{t('patients.list.add')}</Title>
      <PatientForm
        initial={EMPTY_PATIENT}
        submitLabel={t('patients.form.save')}
        onSubmit={async (input) => {
          const patient = await create.mutateAsync(input);
          await navigate(`/app/patients/${patient.id}`, { replace: true });
        }}
        onCancel={() => void navigate('/app/patients')}
      />
    </Stack>
  );
}
