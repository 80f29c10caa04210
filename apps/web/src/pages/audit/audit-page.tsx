import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { auditExportUrl, useAuditPage } from '../../api/audit.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Pager } from '../../components/pager.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { toAuditFilters } from './audit-filter-values.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { filtersFromSearch, offsetFromSearch, searchFromFilters } from './audit-url-filters.ts';
import { VerifyChain } from './verify-chain.tsx';

const PAGE_SIZE = 50;

/** Who did what to which record, when, from where — newest first, with chain verification. */
export function AuditPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('audit.title'));
  // The filters live in the address: a filtered view can be shared and survives a reload.
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const offset = offsetFromSearch(search);
  const query = toAuditFilters(filters, PAGE_SIZE, offset);
  const page = useAuditPage(query);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('audit.title')}</Title>
        <Button component="a" href={auditExportUrl(query)} variant="default" download>
          {t('audit.export')}
        </Button>
      </Group>
      <VerifyChain />
      <AuditFilters
        key={search.toString()}
        initial={filters}
        onApply={(next) => {
          setSearch(searchFromFilters(next, 0));
        }}
      />
      {page.isPending && <LoadingState label={t('audit.loading')} />}
      {page.isError && <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
      {page.data !== undefined && (
        <Paper withBorder p="md" aria-busy={page.isFetching}>
          {page.data.items.length === 0 ? (
            <Text>{t('audit.noMatch')}</Text>
          ) : (
            <>
              <AuditTable entries={page.data.items} />
              <Pager
                total={page.data.total}
                limit={page.data.limit}
                offset={page.data.offset}
                noun={t('audit.entries')}
                onOffsetChange={(next) => {
                  setSearch(searchFromFilters(filters, next));
                }}
              />
            </>
          )}
        </Paper>
      )}
    </Stack>
  );
}
