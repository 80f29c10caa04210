import { Anchor, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePatient } from '../../api/patients.ts';
import { useCan } from '../../auth/session-context.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { patientName } from '../../components/format.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { isApiError } from '../../api/api-error.ts';
import { PatientCases } from '../cases/patient-cases.tsx';
import { PatientDetails } from './patient-details.tsx';
import { PatientHandoutCard } from './patient-handout-card.tsx';
import { PatientStatusSummary } from './patient-status-badges.tsx';

export function PatientDetailPage() {
  const { id = '' } = useParams();
  const patient = usePatient(id);
  const canWrite = useCan('patient:write');
  const canReadPlans = useCan('plan:read');
  const canPrintHandout = useCan('handout:print');
  const { t } = useTranslation('clinician');
  usePageTitle(patient.data === undefined ? t('patients.detail.title') : patientName(patient.data));

  return (
    <Stack>
      <Anchor component={Link} to="/app/patients" size="sm">
        {t('patients.detail.allPatients')}
      </Anchor>
      {patient.isPending && <LoadingState label={t('patients.loadingOne')} />}
      {patient.isError &&
        (isApiError(patient.error) && patient.error.code === 'not-found' ? (
          <ErrorAlert
            title={t('patients.detail.noSuchPatient')}
            error={t('patients.detail.doesNotExist')}
          />
        ) : (
          <ErrorAlert error={patient.error} onRetry={() => void patient.refetch()} />
        ))}
      {patient.data !== undefined && (
        <>
          <Group justify="space-between" align="center">
            <Group gap="sm">
              <Title order={1}>{patientName(patient.data)}</Title>
              {patient.data.isDemo && <DemoBadge />}
            </Group>
            <Group gap="sm">
              <Button component={Link} to={`/app/patients/${patient.data.id}/candidacy`}>
                {t('patients.detail.candidacy')}
              </Button>
              {canReadPlans && (
                <Button component={Link} to={`/app/patients/${patient.data.id}/plans`}>
                  {t('patients.detail.dosePlan')}
                </Button>
              )}
              {canWrite && (
                <Button
                  component={Link}
                  to={`/app/patients/${patient.data.id}/edit`}
                  variant="default"
                >
                  {t('patients.detail.edit')}
                </Button>
              )}
            </Group>
          </Group>
          <Paper withBorder p="md">
            <PatientStatusSummary status={patient.data.status} />
          </Paper>
          <PatientDetails patient={patient.data} />
          <PatientCases patientId={patient.data.id} />
          {canPrintHandout && <PatientHandoutCard patient={patient.data} />}
        </>
      )}
    </Stack>
  );
}
