import type { Patient, SourceModelSummary, StoredPlan, ProgramLimitsDto } from '@openiort/contract';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePatient } from '../../api/patients.ts';
import { useProgramLimits } from '../../api/program-limits.ts';
import { usePlanVersions, usePlans } from '../../api/plans.ts';
import { useSourceModels } from '../../api/source-models.ts';
import { useCan } from '../../auth/session-context.ts';
import { patientName } from '../../components/format.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientHeading, PatientRecordLink } from '../patients/patient-subpage.tsx';
import { PrintStamp } from '../candidacy/print-stamp.tsx';
import { PlanHistory } from './plan-history.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { PlanWorkspace } from './plan-workspace.tsx';

/** A patient's dose plans: inputs with an instant preview, the stored result, approval, history. */
export function PlanningPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('clinician');
  const patient = usePatient(id);
  const plans = usePlans(id);
  const models = useSourceModels();
  const limits = useProgramLimits();
  usePageTitle(
    patient.data === undefined
      ? t('planning.page.title')
      : t('planning.page.titleWithPatient', { patient: patientName(patient.data) }),
  );
  return (
    <Stack>
      <PatientRecordLink patientId={id} />
      <QueriesState
        queries={[patient, plans, models, limits]}
        loadingLabel={t('planning.page.loading')}
      />
      {patient.data !== undefined &&
        plans.data !== undefined &&
        models.data !== undefined &&
        limits.data !== undefined && (
          <PlanningRecord
            patient={patient.data}
            plans={plans.data.items}
            models={models.data.items}
            limits={limits.data.current.limits}
          />
        )}
    </Stack>
  );
}

function PlanningRecord({
  patient,
  plans,
  models,
  limits,
}: {
  patient: Patient;
  plans: StoredPlan[];
  models: SourceModelSummary[];
  limits: ProgramLimitsDto;
}) {
  const { t } = useTranslation('clinician');
  const canWrite = useCan('plan:write');
  // undefined: the newest plan; 'new': a plan not saved yet.
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [conflict, setConflict] = useState<string | null>(null);
  const current =
    selectedId === 'new' ? undefined : (plans.find((p) => p.id === selectedId) ?? plans[0]);
  // undefined: the current version of the plan shown; a number: an earlier one, read only.
  const [shownVersion, setShownVersion] = useState<number | undefined>(undefined);
  const versions = usePlanVersions(patient.id, current?.id);
  const earlier =
    shownVersion === undefined || shownVersion === current?.version
      ? undefined
      : versions.data?.items.find((v) => v.version === shownVersion);
  const selected = earlier ?? current;
  const choosePlan = (planId: string) => {
    setConflict(null);
    setShownVersion(undefined);
    setSelectedId(planId);
  };

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <PatientHeading title={t('planning.page.title')} patient={patient} />
        <Group className="no-print">
          {canWrite && selected !== undefined && (
            <Button
              variant="default"
              onClick={() => {
                choosePlan('new');
              }}
            >
              {t('planning.page.newPlan')}
            </Button>
          )}
          <Button
            variant="default"
            onClick={() => {
              window.print();
            }}
          >
            {t('planning.page.print')}
          </Button>
        </Group>
      </Group>
      <PrintStamp note={t('planning.page.printNote')} />
      {conflict !== null && (
        <Alert color="yellow" title={t('planning.page.conflictTitle')} role="alert">
          {conflict}
          {t('planning.page.conflictShown')}
        </Alert>
      )}
      <PlanWorkspace
        // A new plan or a new stored version starts the form again from what is stored.
        key={selected === undefined ? 'new' : `${selected.id}@${String(selected.version)}`}
        patientId={patient.id}
        plan={selected}
        models={models}
        limits={limits}
        canWrite={canWrite && earlier === undefined}
        {...(earlier === undefined || current === undefined
          ? {}
          : { currentVersion: current.version })}
        onSaved={(saved) => {
          choosePlan(saved.id);
        }}
        onConflict={(message) => {
          setShownVersion(undefined);
          setConflict(message);
        }}
      />
      <Stack component="section" aria-labelledby="plans-heading" gap="sm" className="no-print">
        <Title order={2} id="plans-heading">
          {t('planning.page.savedPlans')}
        </Title>
        <PlanHistory plans={plans} selectedId={current?.id} onSelect={choosePlan} />
      </Stack>
      {current !== undefined && versions.data !== undefined && (
        <Stack component="section" aria-labelledby="versions-heading" gap="sm" className="no-print">
          <Title order={2} id="versions-heading">
            {t('planning.page.versions')}
          </Title>
          <PlanVersions
            versions={versions.data.items}
            currentVersion={current.version}
            shownVersion={selected?.version ?? current.version}
            onShow={(version) => {
              setConflict(null);
              // The current version is followed as it moves on; an earlier one stays put.
              setShownVersion(version === current.version ? undefined : version);
            }}
          />
        </Stack>
      )}
    </>
  );
}
