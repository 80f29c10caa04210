import { Anchor, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoredEvaluation } from '../../api/evaluations.ts';
import { useCan } from '../../auth/session-context.ts';
import { categoryLabel } from '../../clinical/category-labels.ts';
import { localDateTime } from '../../components/format.ts';
import type { CasePageData } from './case-context.ts';
import { LinkForm } from './link-form.tsx';
import { PathologyComparison } from './pathology-comparison.tsx';
import { RecordedBy } from './recorded-by.tsx';

/** The clinician strings' key for each evaluation phase. */
const PHASES = {
  preoperative: 'cases.evaluation.beforeSurgery',
  'final-pathology': 'cases.evaluation.finalPathology',
} as const;

/** "Before surgery · 26/11/2026 09:00 · program: candidate"; `t` of the clinician namespace. */
export function evaluationLabel(
  t: TFunction,
  evaluation: StoredEvaluation | undefined,
  id: string,
): string {
  if (evaluation === undefined) return id;
  const program = evaluation.results.find((r) => r.ruleset === 'program-default');
  return t('cases.evaluation.label', {
    phase:
      evaluation.phase === null || evaluation.phase === undefined
        ? t('cases.evaluation.unspecifiedPhase')
        : t(PHASES[evaluation.phase]),
    createdAt: localDateTime(evaluation.createdAt),
    category: categoryLabel(program?.category ?? 'indeterminate'),
  });
}

const isFinal = (e: { phase?: string | null }) => e.phase === 'final-pathology';

function LinkedEvaluations({ data, final }: { data: CasePageData; final: boolean }) {
  const { t } = useTranslation('clinician');
  const links = data.view.evaluations.filter((e) => isFinal(e) === final);
  if (links.length === 0) return null;
  return (
    <List spacing={4} size="sm">
      {links.map((link) => (
        <List.Item key={link.evaluationId}>
          <Text size="sm" fw={500}>
            {evaluationLabel(
              t,
              data.evaluations.find((e) => e.id === link.evaluationId),
              link.evaluationId,
            )}
          </Text>
          <RecordedBy by={link.linkedBy} at={link.linkedAt} verb={t('cases.verb.linked')} />
        </List.Item>
      ))}
    </List>
  );
}

function EvaluationLink({ data, final }: { data: CasePageData; final: boolean }) {
  const { t } = useTranslation('clinician');
  const linked = new Set(data.view.evaluations.map((e) => e.evaluationId));
  const choices = data.evaluations
    .filter((e) => !linked.has(e.id) && isFinal(e) === final)
    .map((e) => ({ value: e.id, label: evaluationLabel(t, e, e.id) }));
  return (
    <LinkForm
      caseId={data.view.id}
      patientId={data.view.patientId}
      path="evaluations"
      label={final ? t('cases.evaluation.finalEvaluation') : t('cases.evaluation.evaluation')}
      choices={choices}
      empty={final ? t('cases.evaluation.noneFinal') : t('cases.evaluation.none')}
      buttonLabel={final ? t('cases.evaluation.linkFinal') : t('cases.evaluation.link')}
      toBody={(evaluationId) => ({ evaluationId })}
    />
  );
}

function CandidacyPageLink({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinician');
  return (
    <Anchor component={Link} to={`/app/patients/${patientId}/candidacy`} size="sm">
      {t('cases.evaluation.openCandidacy')}
    </Anchor>
  );
}

/** Step 2: the patient's candidacy evaluations that belong to this case. */
export function CandidacyStep({ data }: { data: CasePageData }) {
  const canLink = useCan('case:candidacy') && data.view.status === 'open';
  return (
    <>
      <LinkedEvaluations data={data} final={false} />
      {canLink && <EvaluationLink data={data} final={false} />}
      <CandidacyPageLink patientId={data.view.patientId} />
    </>
  );
}

/**
 * Step 9: final pathology, entered once as a final-pathology evaluation, and its risk-adapted
 * answers beside the pre-operative ones.
 */
export function FinalPathologyStep({ data }: { data: CasePageData }) {
  const canLink = useCan('case:candidacy') && data.view.status === 'open';
  const byId = (id: string | undefined) => data.evaluations.find((e) => e.id === id);
  const preoperative = byId(data.view.evaluations.filter((e) => !isFinal(e)).at(-1)?.evaluationId);
  const finalPathology = byId(data.view.evaluations.find(isFinal)?.evaluationId);
  return (
    <>
      <LinkedEvaluations data={data} final />
      {preoperative !== undefined && finalPathology !== undefined && (
        <PathologyComparison preoperative={preoperative} finalPathology={finalPathology} />
      )}
      {canLink && finalPathology === undefined && <EvaluationLink data={data} final />}
      <CandidacyPageLink patientId={data.view.patientId} />
    </>
  );
}
