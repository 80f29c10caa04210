import type { ProgramLimitsVersion } from '@openiort/contract';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProgramLimits } from '../../api/program-limits.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { LocalTime } from '../../components/local-time.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CosignDialog } from './cosign-dialog.tsx';
import { LIMIT_ROWS } from './limit-rows.ts';
import { LimitsTable, limitText } from './limits-table.tsx';
import { ProposeForm } from './propose-form.tsx';

const STATUS_WORDS: Record<ProgramLimitsVersion['status'], string> = {
  default: 'programLimits.status.default',
  proposed: 'programLimits.status.proposed',
  'in-force': 'programLimits.status.inForce',
  superseded: 'programLimits.status.superseded',
  withdrawn: 'programLimits.status.withdrawn',
};

function Who({ version }: { version: ProgramLimitsVersion }) {
  const { t } = useTranslation('clinician');
  if (version.proposedAt === null) return <>{t('programLimits.shipped')}</>;
  return (
    <>
      {t('programLimits.proposedBy', { name: version.proposedBy?.displayName })}{' '}
      <LocalTime iso={version.proposedAt} />
      {version.cosignedAt !== null && (
        <>
          {t('programLimits.cosignedBy', { name: version.cosignedBy?.displayName })}{' '}
          <LocalTime iso={version.cosignedAt} />
        </>
      )}
    </>
  );
}

/**
 * The program's plan safety limits: the version in force, a proposal waiting for a radiation
 * oncologist's co-signature, and every earlier version. Physicists propose; radiation
 * oncologists co-sign; everyone else reads.
 */
export function ProgramLimitsPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('programLimits.title'));
  const state = useProgramLimits();
  const canPropose = useCan('limits:propose');
  const canCosign = useCan('limits:cosign');
  const [cosigning, setCosigning] = useState<ProgramLimitsVersion | null>(null);
  const [inForce, setInForce] = useState<string | null>(null);
  const [params] = useSearchParams();
  // Back from a re-authentication at the identity provider: the co-signature dialog opens again.
  const returning = canCosign
    ? (state.data?.pending.find((p) => p.id === params.get('sign')) ?? null)
    : null;
  const shown = cosigning ?? returning;
  return (
    <Stack>
      <Title order={1}>{t('programLimits.title')}</Title>
      <Text maw={760}>{t('programLimits.intro')}</Text>
      {state.isPending && <LoadingState label={t('programLimits.loading')} />}
      {state.isError && <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {inForce !== null && (
        <Alert color="green" role="status" title={t('programLimits.cosigned')}>
          {t('programLimits.nowInForce', { version: inForce })}
        </Alert>
      )}
      {state.data !== undefined && (
        <>
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2}>
                {t('programLimits.inForce', { version: state.data.current.version })}
              </Title>
              <Text size="sm" c="gray.7">
                <Who version={state.data.current} />
              </Text>
            </Group>
            <LimitsTable
              limits={state.data.current.limits}
              caption={t('programLimits.currentCaption')}
            />
          </Paper>
          {state.data.pending.map((proposal) => (
            <Paper withBorder p="lg" key={proposal.id}>
              <Title order={2} mb="xs">
                {t('programLimits.proposalTitle')}
              </Title>
              <Text size="sm" mb="sm">
                <Who version={proposal} />
                {t('programLimits.reason', { reason: proposal.reason })}
              </Text>
              <LimitsTable
                limits={proposal.limits}
                compareTo={state.data.current.limits}
                caption={t('programLimits.proposalCaption')}
              />
              {canCosign ? (
                <Button
                  mt="sm"
                  onClick={() => {
                    setCosigning(proposal);
                  }}
                >
                  {t('programLimits.cosignButton')}
                </Button>
              ) : (
                <Text size="sm" c="gray.7" mt="sm">
                  {t('programLimits.cosignOnly')}
                </Text>
              )}
            </Paper>
          ))}
          {canPropose ? (
            <Paper withBorder p="lg">
              <Title order={2} mb="sm">
                {t('programLimits.propose')}
              </Title>
              <ProposeForm key={state.data.current.id} current={state.data.current.limits} />
            </Paper>
          ) : (
            <Text size="sm" c="gray.7">
              {t('programLimits.proposeOnly')}
            </Text>
          )}
          <Stack component="section" aria-labelledby="limits-history-heading" gap="sm">
            <Title order={2} id="limits-history-heading">
              {t('programCriteria.history')}
            </Title>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('programCriteria.table.version')}</Table.Th>
                  <Table.Th scope="col">{t('users.status.title')}</Table.Th>
                  <Table.Th scope="col">{t('programLimits.limits')}</Table.Th>
                  <Table.Th scope="col">{t('programLimits.whoAndWhy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.data.history.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.version ?? '—'}</Table.Td>
                    <Table.Td>{t(STATUS_WORDS[v.status])}</Table.Td>
                    <Table.Td>
                      {LIMIT_ROWS.map((row) => (
                        <Text size="sm" key={row.key}>
                          {t(row.label)}: {limitText(row, v.limits)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        <Who version={v} />
                      </Text>
                      <Text size="xs" c="gray.7">
                        {v.reason}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          {shown !== null && (
            <CosignDialog
              proposal={shown}
              opened
              onClose={() => {
                setCosigning(null);
              }}
              onDone={setInForce}
            />
          )}
        </>
      )}
    </Stack>
  );
}
