import { Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { LocalTime } from '../../components/local-time.tsx';

/** The evaluation's phase in words; `t` of the clinician namespace. */
export function phaseLabel(t: TFunction, phase: StoredEvaluation['phase']): string {
  return phase === null || phase === undefined
    ? t('candidacy.phase.notGiven')
    : valueLabel('phase', phase);
}

/** When, by whom and with which versions an evaluation was made: the record's provenance. */
export function EvaluationSummary({ evaluation }: { evaluation: StoredEvaluation }) {
  const { t } = useTranslation('clinician');
  const versions = Object.entries(evaluation.ruleSetVersions)
    .map(([id, version]) => `${id} ${version}`)
    .join(', ');
  return (
    <div className="evaluation-summary">
      <Group gap="xs">
        <Text fw={600}>
          <Trans
            t={t}
            i18nKey={'candidacy.summary.evaluationOf'}
            values={{ phase: phaseLabel(t, evaluation.phase) }}
            components={{ time: <LocalTime iso={evaluation.createdAt} /> }}
          />
        </Text>
        <Text size="sm" c="gray.7">
          {t('candidacy.summary.by', { name: evaluation.createdBy.displayName })}
        </Text>
      </Group>
      <Text size="xs" c="gray.7">
        {t(
          versions === '' ? 'candidacy.summary.versions' : 'candidacy.summary.versionsWithRuleSets',
          {
            engine: evaluation.engineVersion,
            program: evaluation.programCriteriaVersion,
            ruleSets: versions,
          },
        )}
      </Text>
    </div>
  );
}
