import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { localDateTime } from '../../components/format.ts';
import { LocalTime } from '../../components/local-time.tsx';
import { ShowColumnHeader, ShowRowCell } from '../../components/show-row-cell.tsx';
import { CategoryBadge } from './category-badge.tsx';
import { phaseLabel } from './evaluation-summary.tsx';

interface EvaluationHistoryProps {
  evaluations: readonly StoredEvaluation[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** Every recorded evaluation, newest first; choosing one shows its panel. */
export function EvaluationHistory({ evaluations, selectedId, onSelect }: EvaluationHistoryProps) {
  const { t } = useTranslation('clinician');
  if (evaluations.length === 0) {
    return <Text>{t('candidacy.history.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('candidacy.history.date')}</Table.Th>
            <Table.Th scope="col">{t('candidacy.history.phase')}</Table.Th>
            <Table.Th scope="col">{t('candidacy.history.by')}</Table.Th>
            <Table.Th scope="col">{t('candidacy.history.programCriteria')}</Table.Th>
            <Table.Th scope="col">{t('candidacy.history.programResult')}</Table.Th>
            <ShowColumnHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluations.map((evaluation) => {
            const selected = evaluation.id === selectedId;
            const program = evaluation.results.find((r) => r.ruleset === 'program-default');
            return (
              <Table.Tr key={evaluation.id} bg={selected ? 'blue.0' : undefined}>
                <Table.Td>
                  <LocalTime iso={evaluation.createdAt} />
                </Table.Td>
                <Table.Td>{phaseLabel(t, evaluation.phase)}</Table.Td>
                <Table.Td>{evaluation.createdBy.displayName}</Table.Td>
                <Table.Td>{evaluation.programCriteriaVersion}</Table.Td>
                <Table.Td>
                  {program !== undefined && (
                    <CategoryBadge
                      ruleSetId={program.ruleset}
                      category={program.category}
                      size="sm"
                    />
                  )}
                </Table.Td>
                <ShowRowCell
                  selected={selected}
                  label={t('candidacy.history.show', { time: localDateTime(evaluation.createdAt) })}
                  onShow={() => {
                    onSelect(evaluation.id);
                  }}
                />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
