import type { Patient } from '@openiort/contract';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { ageInYears, languageLabel, localToday, sexLabel } from '../../components/format.ts';
import { DescriptionItem } from '../../components/description-item.tsx';
import { LocalTime } from '../../components/local-time.tsx';

/** Every field of the patient record, as a description list. */
export function PatientDetails({ patient }: { patient: Patient }) {
  const age = ageInYears(patient.birthDate, localToday());
  return (
    <Paper withBorder p="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
        <DescriptionItem label="MRN">
          <Text span ff="monospace" fw={500}>
            {patient.mrn}
          </Text>
        </DescriptionItem>
        <DescriptionItem label="Family name">{patient.familyName}</DescriptionItem>
        <DescriptionItem label="Given name">{patient.givenName}</DescriptionItem>
        <DescriptionItem label="Date of birth">
          {patient.birthDate}
          {age !== null && ` (${age} years)`}
        </DescriptionItem>
        <DescriptionItem label="Sex">{sexLabel(patient.sex)}</DescriptionItem>
        <DescriptionItem label="Preferred language">
          {languageLabel(patient.preferredLanguage)}
        </DescriptionItem>
        <DescriptionItem label="Phone">{patient.phone ?? 'Not recorded'}</DescriptionItem>
        <DescriptionItem label="Email">{patient.email ?? 'Not recorded'}</DescriptionItem>
        <DescriptionItem label="Record type">
          {patient.isDemo ? 'Demonstration (not a real patient)' : 'Patient'}
        </DescriptionItem>
        <DescriptionItem label="Created">
          <LocalTime iso={patient.createdAt} />
        </DescriptionItem>
        <DescriptionItem label="Last updated">
          <LocalTime iso={patient.updatedAt} />
        </DescriptionItem>
        <DescriptionItem label="Version">{patient.version}</DescriptionItem>
      </SimpleGrid>
    </Paper>
  );
}
