import type { Patient } from '@openiort/contract';
import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { patientName } from '../../components/format.ts';

/** The way back from one of a patient's pages (candidacy, dose plan) to the patient record. */
export function PatientRecordLink({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinician');
  return (
    <Anchor component={Link} to={`/app/patients/${patientId}`} size="sm" className="no-print">
      {t('patients.subpage.record')}
    </Anchor>
  );
}

/** The title of one of a patient's pages, with who the patient is underneath. */
export function PatientHeading({ title, patient }: { title: string; patient: Patient }) {
  const { t } = useTranslation('clinician');
  return (
    <div>
      <Title order={1}>{title}</Title>
      <Text size="lg" fw={600}>
        {patientName(patient)}{' '}
        <Text span ff="monospace" fw={500}>
          {t('patients.subpage.mrn', { mrn: patient.mrn })}
        </Text>{' '}
        <Text span c="gray.7">
          {t('patients.subpage.born', { date: patient.birthDate })}
        </Text>
      </Text>
    </div>
  );
}
