import type { Patient } from '@openiort/contract';
import { Table, Text, Title } from '@mantine/core';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { localDateTime, patientName } from '../../components/format.ts';
import { phaseLabel } from './evaluation-summary.tsx';
import { summaryLines } from './summary-lines.ts';

/**
 * The first printed page: patient, date, phase and one line per rule set with its category and
 * deciding criteria. Shown on paper only; the full evidence follows only when asked for.
 */
export function PrintSummary({
  patient,
  evaluation,
}: {
  patient: Patient;
  evaluation: StoredEvaluation;
}) {
  return (
    <div className="print-only print-summary">
      <Title order={2} size="h3">
        Candidacy summary
      </Title>
      <Text size="sm">
        {patientName(patient)} · MRN {patient.mrn} · born {patient.birthDate}
      </Text>
      <Text size="sm" mb="xs">
        {phaseLabel(evaluation.phase)} evaluation of {localDateTime(evaluation.createdAt)} by{' '}
        {evaluation.createdBy.displayName}
      </Text>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={1} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">Rule set</Table.Th>
            <Table.Th w="16%">Answer</Table.Th>
            <Table.Th>Deciding criteria</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summaryLines(evaluation.results).map((line) => (
            <Table.Tr key={line.ruleset}>
              <Table.Td>{line.title}</Table.Td>
              <Table.Td>{line.category}</Table.Td>
              <Table.Td>{line.deciding}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
