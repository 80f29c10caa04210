import { explainCriteria, type PublicCriteria } from '@openiort/content';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The program's criteria in force, one sentence each, so the thresholds are never out of date. */
export function CriteriaExplainer({ criteria }: { criteria: PublicCriteria }) {
  const { i18n } = useTranslation();
  return (
    <List spacing="xs">
      {explainCriteria(i18n, criteria).map((explanation) => (
        <List.Item key={explanation.id}>
          <Text span fw={600}>
            {explanation.title}:
          </Text>{' '}
          {explanation.sentence}
        </List.Item>
      ))}
    </List>
  );
}
