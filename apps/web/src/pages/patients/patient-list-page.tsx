import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
  if (q !== '') {
    return (
      <Text>
        {t('patients.list.noMatch', { q })}
        {canWrite && t('patients.list.noMatchAdd')}
      </Text>
    );
  }
  return (
    <Text>
      {t('patients.list.none')}{' '}
      {canWrite ? t('patients.list.noneAdd') : t('patients.list.noneWait')}
    </Text>
  );
}

/** Find a patient: search, a page of results, and the way to add one. */
export function PatientListPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('patients.list.title'));
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
        <Title order={1}>{t('patients.list.title')}</Title>
        {canWrite && (
          <Button component={Link} to="/app/patients/new">
            {t('patients.list.add')}
          </Button>
        )}
      </Group>
      <PatientSearch
        initial={q}
        onSearch={(text) => {
          if (text !== q) update({ q: text, offset: 0 });
        }}
      />
      {list.isPending && <LoadingState label={t('patients.list.loading')} />}
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
                noun={t('patients.list.noun')}
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
