import { Group, Text } from '@mantine/core';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { LocalTime } from '../../components/local-time.tsx';

export function phaseLabel(phase: StoredEvaluation['phase']): string {
  return phase === null || phase === undefined ? 'Phase not given' : valueLabel('phase', phase);
}

/** When, by whom and with which versions an evaluation was made: the record's provenance. */
export function EvaluationSummary({ evaluation }: { evaluation: StoredEvaluation }) {
  const versions = Object.entries(evaluation.ruleSetVersions)
    .map(([id, version]) => `${id} ${version}`)
    .join(', ');
  return (
    <div className="evaluation-summary">
      <Group gap="xs">
        <Text fw={600}>
          {phaseLabel(evaluation.phase)} evaluation of <LocalTime iso={evaluation.createdAt} />
        </Text>
        <Text size="sm" c="gray.7">
          by {evaluation.createdBy.displayName}
        </Text>
      </Group>
      <Text size="xs" c="gray.7">
        Engine {evaluation.engineVersion} · program criteria {evaluation.programCriteriaVersion}
        {versions !== '' && ` · rule sets: ${versions}`}
      </Text>
    </div>
  );
}
