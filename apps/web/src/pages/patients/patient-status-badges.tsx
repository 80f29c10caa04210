import type { PatientStatus, PlanStatus } from '@openiort/contract';
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { CategoryBadge } from '../candidacy/category-badge.tsx';
import { phaseLabel } from '../candidacy/evaluation-summary.tsx';
import { useTranslation } from 'react-i18next';

/** Table cells shrink to their content's narrowest width; a badge must never be cut to "Candi…". */
const WHOLE = { minWidth: 'max-content' } as const;

const PLAN_LABELS: Record<PlanStatus, string> = {
  none: 'patients.status.planNone',
  draft: 'patients.status.planDraft',
  refused: 'patients.status.planRefused',
  'physics-reviewed': 'patients.status.planPhysicsReviewed',
  approved: 'patients.status.planApproved',
};

const PLAN_COLORS: Record<PlanStatus, string> = {
  none: 'gray.8',
  draft: 'orange',
  refused: 'red',
  'physics-reviewed': 'yellow',
  approved: 'green',
};

/** The program row of the latest evaluation, with its phase, in words. */
export function CandidacyGlanceBadge({ status }: { status: PatientStatus }) {
  const { t } = useTranslation('clinician');
  if (status.candidacy === null) {
    return (
      <Badge variant="outline" color="gray.8" tt="none" radius="sm" size="md" style={WHOLE}>
        {t('patients.status.notEvaluated')}
      </Badge>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <span style={WHOLE}>
        <CategoryBadge ruleSetId="program-default" category={status.candidacy.category} size="md" />
      </span>
      <Text span size="sm" style={WHOLE}>
        {phaseLabel(t, status.candidacy.phase)}
      </Text>
    </Group>
  );
}

/** The latest plan's status in words (colour repeats the text, never replaces it). */
export function PlanStatusBadge({ status }: { status: PatientStatus }) {
  const { t } = useTranslation('clinician');
  const plan = status.plan.status;
  return (
    <Badge
      variant={plan === 'none' ? 'outline' : 'light'}
      color={PLAN_COLORS[plan]}
      tt="none"
      radius="sm"
      size="md"
      className={`plan-status plan-status-${plan}`}
      style={WHOLE}
    >
      {t(PLAN_LABELS[plan])}
      {status.plan.version !== null && plan !== 'none' && ` · v${String(status.plan.version)}`}
    </Badge>
  );
}

/** What still has to be done, as a short list; "Nothing missing" when complete. */
export function MissingList({ status }: { status: PatientStatus }) {
  const { t } = useTranslation('clinician');
  if (status.missing.length === 0)
    return <Text size="sm">{t('patients.status.nothingMissing')}</Text>;
  return (
    <List size="sm" spacing={2} className="missing-list">
      {status.missing.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The three parts of a patient's status, stacked, for the patient page. */
export function PatientStatusSummary({ status }: { status: PatientStatus }) {
  const { t } = useTranslation('clinician');
  return (
    <Stack gap="xs" aria-label={t('patients.status.atAGlance')} role="group">
      <Group gap="lg" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('patients.table.candidacy')}
          </Text>
          <CandidacyGlanceBadge status={status} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('patients.table.plan')}
          </Text>
          <PlanStatusBadge status={status} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('patients.table.missing')}
          </Text>
          <MissingList status={status} />
        </Stack>
      </Group>
    </Stack>
  );
}
