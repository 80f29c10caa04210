import { Badge, Group, Stack, Title } from '@mantine/core';
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
import { lateralityLabel } from './step-labels.ts';

/** One case: the course of IORT for one breast, step by step (issue 12). */
export function CasePage() {
  const { caseId = '' } = useParams();
  const one = useCase(caseId);
  const patientId = one.data?.patientId ?? '';
  const patient = usePatient(patientId);
  const evaluations = useEvaluations(patientId);
  const plans = usePlans(patientId);
  const staff = useStaff();
  const title =
    one.data === undefined ? 'Case' : `Case: ${lateralityLabel(one.data.laterality).toLowerCase()}`;
  usePageTitle(patient.data === undefined ? title : `${title} — ${patientName(patient.data)}`);
  const queries = patientId === '' ? [one] : [one, patient, evaluations, plans];
  const ready =
    one.data !== undefined &&
    patient.data !== undefined &&
    evaluations.data !== undefined &&
    plans.data !== undefined;
  return (
    <Stack>
      {patientId !== '' && <PatientRecordLink patientId={patientId} />}
      <QueriesState queries={queries} loadingLabel="Loading the case…" />
      {ready && (
        <>
          <Group gap="sm" align="center">
            <PatientHeading
              title={`${lateralityLabel(one.data.laterality)} — IORT case`}
              patient={patient.data}
            />
            {patient.data.isDemo && <DemoBadge />}
            <Badge variant="light" color={one.data.status === 'open' ? 'blue' : 'gray'}>
              {one.data.status}
            </Badge>
          </Group>
          <NextStepAlert view={one.data} />
          <Title order={2} className="visually-hidden">
            Steps
          </Title>
          <CaseTimeline
            data={{
              view: one.data,
              evaluations: evaluations.data.items,
              plans: plans.data.items,
              staff: staff.data,
            }}
          />
        </>
      )}
    </Stack>
  );
}
