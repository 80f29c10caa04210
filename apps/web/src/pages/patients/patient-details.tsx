import type { Patient } from '@openiort/contract';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ageInYears, languageLabel, localToday, sexLabel } from '../../components/format.ts';
import { LocalTime } from '../../components/local-time.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Every field of the patient record, as a description list. */
export function PatientDetails({ patient }: { patient: Patient }) {
  const age = ageInYears(patient.birthDate, localToday());
  return (
    <Paper withBorder p="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
        <Item label="MRN">
          <Text span ff="monospace" fw={500}>
            {patient.mrn}
          </Text>
        </Item>
        <Item label="Family name">{patient.familyName}</Item>
        <Item label="Given name">{patient.givenName}</Item>
        <Item label="Date of birth">
          {patient.birthDate}
          {age !== null && ` (${age} years)`}
        </Item>
        <Item label="Sex">{sexLabel(patient.sex)}</Item>
        <Item label="Preferred language">{languageLabel(patient.preferredLanguage)}</Item>
        <Item label="Phone">{patient.phone ?? 'Not recorded'}</Item>
        <Item label="Email">{patient.email ?? 'Not recorded'}</Item>
        <Item label="Record type">
          {patient.isDemo ? 'Demonstration (not a real patient)' : 'Patient'}
        </Item>
        <Item label="Created">
          <LocalTime iso={patient.createdAt} />
        </Item>
        <Item label="Last updated">
          <LocalTime iso={patient.updatedAt} />
        </Item>
        <Item label="Version">{patient.version}</Item>
      </SimpleGrid>
    </Paper>
  );
}
