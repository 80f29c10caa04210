import type { ProgramLimitsVersion } from '@openiort/contract';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
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
  default: 'cited defaults',
  proposed: 'waiting for co-signature',
  'in-force': 'in force',
  superseded: 'replaced',
  withdrawn: 'withdrawn (a newer proposal replaced it)',
};

function Who({ version }: { version: ProgramLimitsVersion }) {
  if (version.proposedAt === null) return <>Shipped with OpenIORT</>;
  return (
    <>
      Proposed by {version.proposedBy?.displayName} on <LocalTime iso={version.proposedAt} />
      {version.cosignedAt !== null && (
        <>
          ; co-signed by {version.cosignedBy?.displayName} on <LocalTime iso={version.cosignedAt} />
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
  usePageTitle('Plan safety limits');
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
      <Title order={1}>Plan safety limits</Title>
      <Text maw={760}>
        Every dose plan is checked against these limits. A medical physicist proposes a change with
        a reason; it comes into force only when a radiation oncologist co-signs it. Each plan
        records the version it was checked against. A plan request can never change them.
      </Text>
      {state.isPending && <LoadingState label="Loading the plan safety limits…" />}
      {state.isError && <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {inForce !== null && (
        <Alert color="green" role="status" title="Co-signed">
          Version {inForce} is now in force. New plans are checked against it.
        </Alert>
      )}
      {state.data !== undefined && (
        <>
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2}>In force: version {state.data.current.version}</Title>
              <Text size="sm" c="gray.7">
                <Who version={state.data.current} />
              </Text>
            </Group>
            <LimitsTable
              limits={state.data.current.limits}
              caption="The limits every new plan is checked against"
            />
          </Paper>
          {state.data.pending.map((proposal) => (
            <Paper withBorder p="lg" key={proposal.id}>
              <Title order={2} mb="xs">
                Proposed change, waiting for a radiation oncologist
              </Title>
              <Text size="sm" mb="sm">
                <Who version={proposal} />. Reason: “{proposal.reason}”
              </Text>
              <LimitsTable
                limits={proposal.limits}
                compareTo={state.data.current.limits}
                caption="Proposed limits beside those in force"
              />
              {canCosign ? (
                <Button
                  mt="sm"
                  onClick={() => {
                    setCosigning(proposal);
                  }}
                >
                  Co-sign these limits
                </Button>
              ) : (
                <Text size="sm" c="gray.7" mt="sm">
                  Only a radiation oncologist can co-sign a proposal.
                </Text>
              )}
            </Paper>
          ))}
          {canPropose ? (
            <Paper withBorder p="lg">
              <Title order={2} mb="sm">
                Propose new limits
              </Title>
              <ProposeForm key={state.data.current.id} current={state.data.current.limits} />
            </Paper>
          ) : (
            <Text size="sm" c="gray.7">
              Only a medical physicist can propose new limits.
            </Text>
          )}
          <Stack component="section" aria-labelledby="limits-history-heading" gap="sm">
            <Title order={2} id="limits-history-heading">
              Version history
            </Title>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Version</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Limits</Table.Th>
                  <Table.Th scope="col">Who and why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.data.history.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.version ?? '—'}</Table.Td>
                    <Table.Td>{STATUS_WORDS[v.status]}</Table.Td>
                    <Table.Td>
                      {LIMIT_ROWS.map((row) => (
                        <Text size="sm" key={row.key}>
                          {row.label}: {limitText(row, v.limits)}
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
