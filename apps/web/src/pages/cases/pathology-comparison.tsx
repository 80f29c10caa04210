import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { CategoryBadge } from '../candidacy/category-badge.tsx';

interface PathologyComparisonProps {
  preoperative: StoredEvaluation;
  finalPathology: StoredEvaluation;
}

/**
 * Each rule set's answer before surgery and after final pathology, one block per rule set, so it
 * reads on a phone without sideways scrolling (the risk-adapted re-evaluation beside the
 * pre-operative one).
 */
export function PathologyComparison({ preoperative, finalPathology }: PathologyComparisonProps) {
  const { t } = useTranslation('clinician');
  const ids = [
    ...new Set([...finalPathology.results, ...preoperative.results].map((r) => r.ruleset)),
  ];
  const find = (evaluation: StoredEvaluation, id: string) =>
    evaluation.results.find((r) => r.ruleset === id);
  return (
    <>
      <Title order={3} size="h5">
        {t('cases.comparison.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" my={0}>
        {ids.map((id) => {
          const before = find(preoperative, id);
          const after = find(finalPathology, id);
          return (
            <Stack key={id} gap={2}>
              <Text component="dt" size="sm" fw={600}>
                {(after ?? before)?.title ?? id}
              </Text>
              <Text component="dd" m={0} size="sm">
                {t('cases.comparison.before')}{' '}
                {before === undefined ? (
                  '—'
                ) : (
                  <CategoryBadge ruleSetId={id} category={before.category} size="sm" />
                )}
              </Text>
              <Text component="dd" m={0} size="sm">
                {t('cases.comparison.after')}{' '}
                {after === undefined ? (
                  '—'
                ) : (
                  <CategoryBadge ruleSetId={id} category={after.category} size="sm" />
                )}
              </Text>
            </Stack>
          );
        })}
      </SimpleGrid>
    </>
  );
}
