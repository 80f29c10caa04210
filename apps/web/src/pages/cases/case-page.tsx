import type { CaseView } from '@openiort/contract';
import { Badge, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCase, useStaff } from '../../api/cases.ts';
import { useEvaluations } from '../../api/evaluations.ts';
import { usePatient } from '../../api/patients.ts';
import { usePlans } from '../../api/plans.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { patientName } from '../../components/format.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientHeading, PatientRecordLink } from '../patients/patient-subpage.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { NextStepAlert } from './next-step-alert.tsx';
import { CASE_STATUS_LABELS, lateralityLabel } from './step-labels.ts';

/** One case: the course of IORT for one breast, step by step (issue 12). */
export function CasePage() {
  const { caseId = '' } = useParams();
  const one = useCase(caseId);
  const { t } = useTranslation('clinician');
  return (
    <Stack>
      {one.data === undefined ? (
        <QueriesState queries={[one]} loadingLabel={t('cases.loadingCase')} />
      ) : (
        <LoadedCase view={one.data} />
      )}
    </Stack>
  );
}

/** The case once its patient is known: the patient's records the steps link to are loaded too. */
function LoadedCase({ view }: { view: CaseView }) {
  const patient = usePatient(view.patientId);
  const evaluations = useEvaluations(view.patientId);
  const plans = usePlans(view.patientId);
  const staff = useStaff();
  const { t } = useTranslation('clinician');
  const title = t('cases.pageTitle', { breast: lateralityLabel(t, view.laterality) });
  usePageTitle(
    patient.data === undefined
      ? title
      : t('cases.pageTitleWithPatient', { title, patient: patientName(patient.data) }),
  );
  return (
    <>
      <PatientRecordLink patientId={view.patientId} />
      <QueriesState queries={[patient, evaluations, plans]} loadingLabel={t('cases.loadingCase')} />
      {patient.data !== undefined && evaluations.data !== undefined && plans.data !== undefined && (
        <>
          <Group gap="sm" align="center">
            <PatientHeading title={title} patient={patient.data} />
            {patient.data.isDemo && <DemoBadge />}
            <Badge variant="light" color={view.status === 'open' ? 'blue' : 'gray'}>
              {t(CASE_STATUS_LABELS[view.status])}
            </Badge>
          </Group>
          <NextStepAlert view={view} />
          <Title order={2} className="visually-hidden">
            {t('cases.steps')}
          </Title>
          <CaseTimeline
            data={{
              view,
              evaluations: evaluations.data.items,
              plans: plans.data.items,
              staff: staff.data,
            }}
          />
        </>
      )}
    </>
  );
}
