import type { ClinicalFacts, RuleSetResult } from '@openiort/guidelines';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { afterPathology } from './after-pathology.ts';

/**
 * After final pathology, when the program's answer became "not a candidate" (or the risk-adapted
 * rules add whole-breast radiation): why, and what usually follows, in neutral words with the
 * source (TARGIT-A risk-adapted approach, clinical.md §1f).
 */
export function AfterPathologyNote({
  facts,
  results,
}: {
  facts: ClinicalFacts;
  results: readonly RuleSetResult[];
}) {
  const { t } = useTranslation('clinician');
  const note = afterPathology(facts, results);
  if (note === null) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('candidacy.afterPathology.title')}
      className="after-pathology"
    >
      <Text size="sm">{t('candidacy.afterPathology.changed')}</Text>
      <List size="sm" mb="xs">
        {note.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      {note.marginInvolved && (
        <Text size="sm" mb="xs">
          {t('candidacy.afterPathology.margin')}
        </Text>
      )}
      <Text size="sm" mb="xs">
        {t('candidacy.afterPathology.riskAdapted')}
      </Text>
      <Text size="sm" mb="xs">
        {t('candidacy.afterPathology.team')}
      </Text>
      <Text size="xs" c="gray.8">
        {t('candidacy.afterPathology.source', { citation: note.citation })}
      </Text>
    </Alert>
  );
}
