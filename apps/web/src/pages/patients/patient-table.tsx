import type { PatientWithStatus } from '@openiort/contract';
import { Anchor, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { languageLabel, patientName, sexLabel } from '../../components/format.ts';
import { CandidacyGlanceBadge, MissingList, PlanStatusBadge } from './patient-status-badges.tsx';

/** One row per patient with their status at a glance; the name opens the record. */
export function PatientTable({ patients }: { patients: PatientWithStatus[] }) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('patients.table.mrn')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.name')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.candidacy')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.plan')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.missing')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.sex')}</Table.Th>
            <Table.Th scope="col">{t('patients.table.language')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <Table.Tr key={patient.id}>
              <Table.Td ff="monospace">{patient.mrn}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Anchor component={Link} to={`/app/patients/${patient.id}`} fw={600}>
                    {patientName(patient)}
                  </Anchor>
                  {patient.isDemo && <DemoBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <CandidacyGlanceBadge status={patient.status} />
              </Table.Td>
              <Table.Td>
                <PlanStatusBadge status={patient.status} />
              </Table.Td>
              <Table.Td>
                <MissingList status={patient.status} />
              </Table.Td>
              <Table.Td>{patient.birthDate}</Table.Td>
              <Table.Td>{sexLabel(t, patient.sex)}</Table.Td>
              <Table.Td>{languageLabel(patient.preferredLanguage)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
