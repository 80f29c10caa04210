import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAuditPage } from '../../api/audit.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Pager } from '../../components/pager.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { EMPTY_AUDIT_FILTERS, toAuditFilters } from './audit-filter-values.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { VerifyChain } from './verify-chain.tsx';

const PAGE_SIZE = 50;

/** Who did what to which record, when, from where — newest first, with chain verification. */
export function AuditPage() {
  usePageTitle('Audit trail');
  const [filters, setFilters] = useState(EMPTY_AUDIT_FILTERS);
  const [offset, setOffset] = useState(0);
  const page = useAuditPage(toAuditFilters(filters, PAGE_SIZE, offset));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Audit trail</Title>
      </Group>
      <VerifyChain />
      <AuditFilters
        onApply={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      {page.isPending && <LoadingState label="Loading the audit trail…" />}
      {page.isError && <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
      {page.data !== undefined && (
        <Paper withBorder p="md" aria-busy={page.isFetching}>
          {page.data.items.length === 0 ? (
            <Text>
              No audit entries match these filters. Widen the time range or clear a filter.
            </Text>
          ) : (
            <>
              <AuditTable entries={page.data.items} />
              <Pager
                total={page.data.total}
                limit={page.data.limit}
                offset={page.data.offset}
                noun="entries"
                onOffsetChange={setOffset}
              />
            </>
          )}
        </Paper>
      )}
    </Stack>
  );
}
