import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { usePatientList } from '../../api/patients.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Pager } from '../../components/pager.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PatientSearch } from './patient-search.tsx';
import { PatientTable } from './patient-table.tsx';

const PAGE_SIZE = 25;

function EmptyState({ q, canWrite }: { q: string; canWrite: boolean }) {
  if (q !== '') {
    return (
      <Text>
        No patient matches “{q}”. Check the spelling or the MRN, or search with fewer letters.
        {canWrite && ' If the patient is new to the program, add them.'}
      </Text>
    );
  }
  return (
    <Text>
      No patients yet.{' '}
      {canWrite
        ? 'Use “Add patient” to register the first one.'
        : 'Patients appear here once a nurse, surgeon or radiation oncologist adds them.'}
    </Text>
  );
}

/** Find a patient: search, a page of results, and the way to add one. */
export function PatientListPage() {
  usePageTitle('Patients');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const canWrite = useCan('patient:write');
  const list = usePatientList(q, PAGE_SIZE, offset);

  const update = (next: { q: string; offset: number }) => {
    const search = new URLSearchParams();
    if (next.q !== '') search.set('q', next.q);
    if (next.offset > 0) search.set('offset', String(next.offset));
    setParams(search, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Patients</Title>
        {canWrite && (
          <Button component={Link} to="/app/patients/new">
            Add patient
          </Button>
        )}
      </Group>
      <PatientSearch
        initial={q}
        onSearch={(text) => {
          if (text !== q) update({ q: text, offset: 0 });
        }}
      />
      {list.isPending && <LoadingState label="Loading patients…" />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data !== undefined && (
        <Paper withBorder p="md" aria-busy={list.isFetching}>
          {list.data.items.length === 0 ? (
            <EmptyState q={q} canWrite={canWrite} />
          ) : (
            <>
              <PatientTable patients={list.data.items} />
              <Pager
                total={list.data.total}
                limit={list.data.limit}
                offset={list.data.offset}
                noun="patients"
                onOffsetChange={(next) => {
                  update({ q, offset: next });
                }}
              />
            </>
          )}
        </Paper>
      )}
    </Stack>
  );
}
