import type { ClinicalFacts, RuleSetResult } from '@openiort/guidelines';
import { Alert, List, Text } from '@mantine/core';
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
  const note = afterPathology(facts, results);
  if (note === null) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      title="After final pathology: what usually follows"
      className="after-pathology"
    >
      <Text size="sm">Final pathology changed the answer:</Text>
      <List size="sm" mb="xs">
        {note.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      {note.marginInvolved && (
        <Text size="sm" mb="xs">
          A margin with tumour at ink usually leads to re-excision (the TARGIT protocol’s trigger
          list as commonly summarised; unconfirmed source).
        </Text>
      )}
      <Text size="sm" mb="xs">
        Under the risk-adapted approach, whole-breast radiation (without a boost) is added after
        IORT when final pathology shows such features. In TARGIT-A it was added for 15.2% of the
        patients who received IORT.
      </Text>
      <Text size="sm" mb="xs">
        The multidisciplinary team decides with the patient.
      </Text>
      <Text size="xs" c="gray.8">
        Source: {note.citation} (TARGIT-A, risk-adapted approach)
      </Text>
    </Alert>
  );
}
