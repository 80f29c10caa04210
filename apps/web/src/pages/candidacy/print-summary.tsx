import type { Patient } from '@openiort/contract';
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
  return (
    <div className="print-only print-summary">
      <Title order={2} size="h3">
        {t('candidacy.print.summaryTitle')}
      </Title>
      <Text size="sm">
        {t('candidacy.print.patientLine', {
          name: patientName(patient),
          mrn: patient.mrn,
          birthDate: patient.birthDate,
        })}
      </Text>
      <Text size="sm" mb="xs">
        {t('candidacy.print.evaluationLine', {
          phase: phaseLabel(t, evaluation.phase),
          time: localDateTime(evaluation.createdAt),
          name: evaluation.createdBy.displayName,
        })}
      </Text>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={1} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{t('candidacy.print.ruleSet')}</Table.Th>
            <Table.Th w="16%">{t('candidacy.print.answer')}</Table.Th>
            <Table.Th>{t('candidacy.print.deciding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summaryLines(t, evaluation.results).map((line) => (
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
