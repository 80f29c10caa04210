import { Table, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { LocalTime } from '../../components/local-time.tsx';
import { CategoryBadge } from './category-badge.tsx';

/** The latest evaluation of each phase, when the patient has both. */
export function latestByPhase(evaluations: readonly StoredEvaluation[]) {
  const preoperative = evaluations.find((e) => e.phase === 'preoperative');
  const finalPathology = evaluations.find((e) => e.phase === 'final-pathology');
  return preoperative !== undefined && finalPathology !== undefined
    ? { preoperative, finalPathology }
    : null;
}

interface PhaseComparisonProps {
  preoperative: StoredEvaluation;
  finalPathology: StoredEvaluation;
}

/** Before surgery and after final pathology, rule set by rule set: what final pathology changed. */
export function PhaseComparison({ preoperative, finalPathology }: PhaseComparisonProps) {
  const { t } = useTranslation('clinician');
  const ids = [
    ...new Set([...preoperative.results, ...finalPathology.results].map((r) => r.ruleset)),
  ];
  const find = (evaluation: StoredEvaluation, id: string) =>
    evaluation.results.find((r) => r.ruleset === id);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('candidacy.phaseTable.ruleSet')}</Table.Th>
            <Table.Th scope="col">
              <Trans
                t={t}
                i18nKey={'candidacy.phaseTable.preoperative'}
                components={{
                  when: <Text span size="xs" c="gray.7" fw={400} />,
                  time: <LocalTime iso={preoperative.createdAt} />,
                }}
              />
            </Table.Th>
            <Table.Th scope="col">
              <Trans
                t={t}
                i18nKey={'candidacy.phaseTable.finalPathology'}
                components={{
                  when: <Text span size="xs" c="gray.7" fw={400} />,
                  time: <LocalTime iso={finalPathology.createdAt} />,
                }}
              />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ids.map((id) => {
            const before = find(preoperative, id);
            const after = find(finalPathology, id);
            return (
              <Table.Tr key={id}>
                <Table.Th scope="row" fw={500}>
                  {(after ?? before)?.title ?? id}
                </Table.Th>
                <Table.Td>
                  {before === undefined ? (
                    '—'
                  ) : (
                    <CategoryBadge ruleSetId={id} category={before.category} size="sm" />
                  )}
                </Table.Td>
                <Table.Td>
                  {after === undefined ? (
                    '—'
                  ) : (
                    <CategoryBadge ruleSetId={id} category={after.category} size="sm" />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
