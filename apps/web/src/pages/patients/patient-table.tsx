import type { PatientWithStatus } from '@openiort/contract';
import { Anchor, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { languageLabel, patientName, sexLabel } from '../../components/format.ts';
import { CandidacyGlanceBadge, MissingList, PlanStatusBadge } from './patient-status-badges.tsx';

/** One row per patient with their status at a glance; the name opens the record. */
export function PatientTable({ patients }: { patients: PatientWithStatus[] }) {
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">MRN</Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Candidacy (program)</Table.Th>
            <Table.Th scope="col">Plan</Table.Th>
            <Table.Th scope="col">Missing</Table.Th>
            <Table.Th scope="col">Date of birth</Table.Th>
            <Table.Th scope="col">Sex</Table.Th>
            <Table.Th scope="col">Language</Table.Th>
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
              <Table.Td>{sexLabel(patient.sex)}</Table.Td>
              <Table.Td>{languageLabel(patient.preferredLanguage)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
