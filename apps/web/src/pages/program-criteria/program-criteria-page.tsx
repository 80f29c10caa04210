import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramCriteria, type ProgramCriteriaVersion } from '../../api/program-criteria.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { LocalTime } from '../../components/local-time.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CriteriaForm } from './criteria-form.tsx';
import { CriteriaHistory } from './criteria-history.tsx';
import { CriteriaSummary } from './criteria-summary.tsx';

function SavedBy({ entry }: { entry: ProgramCriteriaVersion }) {
  const { t } = useTranslation('clinician');
  if (entry.createdAt === null) {
    return (
      <Text size="sm" c="gray.7">
        {t('programCriteria.builtInDefaults')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="gray.7">
      {t('programCriteria.saved')} <LocalTime iso={entry.createdAt} />
      {entry.createdBy !== null &&
        t('programCriteria.savedBy', { name: entry.createdBy.displayName })}
    </Text>
  );
}

/** The program's own candidacy criteria: the current version, its history, and (admins) a change. */
export function ProgramCriteriaPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('programCriteria.title'));
  const state = useProgramCriteria();
  const canManage = useCan('program:manage');
  const [savedVersion, setSavedVersion] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1}>{t('programCriteria.title')}</Title>
      <Text maw={760}>{t('programCriteria.intro')}</Text>
      {state.isPending && <LoadingState label={t('programCriteria.loading')} />}
      {state.isError && <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {savedVersion !== null && (
        <Alert color="green" role="status" title={t('programCriteria.savedTitle')}>
          {t('programCriteria.savedBody', { version: savedVersion })}
        </Alert>
      )}
      {state.data !== undefined && (
        <>
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2}>
                {t('programCriteria.current', { version: state.data.current.version })}
              </Title>
              <SavedBy entry={state.data.current} />
            </Group>
            <CriteriaSummary criteria={state.data.current.criteria} />
          </Paper>
          {canManage ? (
            <Paper withBorder p="lg">
              <Title order={2} mb="sm">
                {t('programCriteria.change')}
              </Title>
              <CriteriaForm
                key={state.data.current.version}
                current={state.data.current.criteria}
                onSaved={setSavedVersion}
              />
            </Paper>
          ) : (
            <Text size="sm" c="gray.7">
              {t('programCriteria.adminOnly')}
            </Text>
          )}
          <Stack component="section" aria-labelledby="criteria-history-heading" gap="sm">
            <Title order={2} id="criteria-history-heading">
              {t('programCriteria.history')}
            </Title>
            <CriteriaHistory versions={state.data.history} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
