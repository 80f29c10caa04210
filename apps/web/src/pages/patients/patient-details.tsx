import type { Patient } from '@openiort/contract';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { ageInYears, languageLabel, localToday, sexLabel } from '../../components/format.ts';
import { DescriptionItem } from '../../components/description-item.tsx';
import { LocalTime } from '../../components/local-time.tsx';
import { useTranslation } from 'react-i18next';

/** Every field of the patient record, as a description list. */
export function PatientDetails({ patient }: { patient: Patient }) {
  const age = ageInYears(patient.birthDate, localToday());
  const { t } = useTranslation('clinician');
  return (
    <Paper withBorder p="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
        <DescriptionItem label={t('patients.table.mrn')}>
          <Text span ff="monospace" fw={500}>
            {patient.mrn}
          </Text>
        </DescriptionItem>
        <DescriptionItem label={t('patients.fields.familyName')}>
          {patient.familyName}
        </DescriptionItem>
        <DescriptionItem label={t('patients.fields.givenName')}>
          {patient.givenName}
        </DescriptionItem>
        <DescriptionItem label={t('patients.table.birthDate')}>
          {patient.birthDate}
          {age !== null && t('patients.details.age', { count: age })}
        </DescriptionItem>
        <DescriptionItem label={t('patients.table.sex')}>
          {sexLabel(t, patient.sex)}
        </DescriptionItem>
        <DescriptionItem label={t('patients.fields.preferredLanguage')}>
          {languageLabel(patient.preferredLanguage)}
        </DescriptionItem>
        <DescriptionItem label={t('patients.fields.phone')}>
          {patient.phone ?? t('patients.details.notRecorded')}
        </DescriptionItem>
        <DescriptionItem label={t('patients.fields.email')}>
          {patient.email ?? t('patients.details.notRecorded')}
        </DescriptionItem>
        <DescriptionItem label={t('patients.details.recordType')}>
          {patient.isDemo ? t('patients.details.demonstration') : t('patients.detail.title')}
        </DescriptionItem>
        <DescriptionItem label={t('patients.details.created')}>
          <LocalTime iso={patient.createdAt} />
        </DescriptionItem>
        <DescriptionItem label={t('patients.details.updated')}>
          <LocalTime iso={patient.updatedAt} />
        </DescriptionItem>
        <DescriptionItem label={t('patients.details.version')}>{patient.version}</DescriptionItem>
      </SimpleGrid>
    </Paper>
  );
}
