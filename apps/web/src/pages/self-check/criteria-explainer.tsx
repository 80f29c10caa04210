import type { ProgramCriteria } from '@openiort/guidelines';
import { List, Text } from '@mantine/core';
import { explainCriteria } from './plain-words.ts';

/** The program's current criteria, one sentence each, so the thresholds are never out of date. */
export function CriteriaExplainer({ criteria }: { criteria: ProgramCriteria }) {
  return (
    <List spacing="xs">
      {explainCriteria(criteria).map((explanation) => (
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
