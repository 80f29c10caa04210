import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
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
  if (entry.createdAt === null) {
    return (
      <Text size="sm" c="gray.7">
        The built-in defaults (no change saved yet)
      </Text>
    );
  }
  return (
    <Text size="sm" c="gray.7">
      Saved <LocalTime iso={entry.createdAt} />
      {entry.createdBy !== null && ` by ${entry.createdBy.displayName}`}
    </Text>
  );
}

/** The program's own candidacy criteria: the current version, its history, and (admins) a change. */
export function ProgramCriteriaPage() {
  usePageTitle('Program criteria');
  const state = useProgramCriteria();
  const canManage = useCan('program:manage');
  const [savedVersion, setSavedVersion] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1}>Program criteria</Title>
      <Text maw={760}>
        The program’s own criteria for IORT, evaluated beside the published rule sets. Each change
        is saved as a new version; stored evaluations keep the version they used, so an earlier
        result never changes.
      </Text>
      {state.isPending && <LoadingState label="Loading the program criteria…" />}
      {state.isError && <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {savedVersion !== null && (
        <Alert color="green" role="status" title="Saved">
          The criteria are now version {savedVersion}. New evaluations use it.
        </Alert>
      )}
      {state.data !== undefined && (
        <>
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2}>Current: version {state.data.current.version}</Title>
              <SavedBy entry={state.data.current} />
            </Group>
            <CriteriaSummary criteria={state.data.current.criteria} />
          </Paper>
          {canManage ? (
            <Paper withBorder p="lg">
              <Title order={2} mb="sm">
                Change the criteria
              </Title>
              <CriteriaForm
                key={state.data.current.version}
                current={state.data.current.criteria}
                onSaved={setSavedVersion}
              />
            </Paper>
          ) : (
            <Text size="sm" c="gray.7">
              Only an administrator can change the program criteria.
            </Text>
          )}
          <Stack component="section" aria-labelledby="criteria-history-heading" gap="sm">
            <Title order={2} id="criteria-history-heading">
              Version history
            </Title>
            <CriteriaHistory versions={state.data.history} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
