import { CASE_STEPS, CASE_STEP_LABELS, ROLE_LABELS, ROLES, type Role } from '@openiort/contract';
import { Group, NativeSelect, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorklist } from '../../api/cases.ts';
import { useSession } from '../../auth/session-context.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { WorklistCard } from './worklist-item.tsx';

const CLINICAL = ROLES.filter((r) => r !== 'admin' && r !== 'research-coordinator');

/**
 * The home page for clinical roles: today's and the coming days' operations, each open case
 * with the step it waits for and who must act (overdue first), and counts by step.
 */
export function WorklistPage() {
  const { t } = useTranslation('clinician');
  usePageTitle(t('cases.worklist.title'));
  const { user } = useSession();
  const actsOnCases = (CLINICAL as readonly Role[]).includes(user.role);
  const [mine, setMine] = useState(actsOnCases);
  const [role, setRole] = useState('');
  const worklist = useWorklist(mine ? { mine: 'true' } : role === '' ? {} : { role });
  const data = worklist.data;
  return (
    <Stack>
      <Title order={1}>{t('cases.worklist.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <Switch
          label={t('cases.worklist.onlyMine')}
          checked={mine}
          onChange={(e) => {
            setMine(e.currentTarget.checked);
          }}
        />
        {!mine && (
          <NativeSelect
            label={t('cases.worklist.waitingFor')}
            data={[
              { value: '', label: t('cases.worklist.anyRole') },
              ...CLINICAL.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
            ]}
            value={role}
            onChange={(e) => {
              setRole(e.currentTarget.value);
            }}
          />
        )}
      </Group>
      <QueriesState queries={[worklist]} loadingLabel={t('cases.worklist.loading')} />
      {data !== undefined && (
        <>
          <section aria-labelledby="upcoming">
            <Title order={2} size="h3" id="upcoming" mb="xs">
              {t('cases.worklist.upcoming')}
            </Title>
            {data.upcoming.length === 0 ? (
              <Text size="sm" c="gray.7">
                {mine
                  ? t('cases.worklist.noOperationMine', { date: data.today })
                  : t('cases.worklist.noOperation', { date: data.today })}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {data.upcoming.map((item) => (
                  <WorklistCard key={item.id} item={item} />
                ))}
              </SimpleGrid>
            )}
          </section>
          <section aria-labelledby="open-cases">
            <Title order={2} size="h3" id="open-cases" mb="xs">
              {mine
                ? t('cases.worklist.openCasesMine', { number: data.open.length })
                : t('cases.worklist.openCases', { number: data.open.length })}
            </Title>
            {data.open.length === 0 ? (
              <Text size="sm" c="gray.7">
                {mine ? t('cases.worklist.nothingWaitsMine') : t('cases.worklist.nothingWaits')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {data.open.map((item) => (
                  <WorklistCard key={item.id} item={item} />
                ))}
              </SimpleGrid>
            )}
          </section>
          <section aria-labelledby="counts">
            <Title order={2} size="h3" id="counts" mb="xs">
              {t('cases.worklist.byStep')}
            </Title>
            <Table maw={420} aria-labelledby="counts">
              <Table.Tbody>
                {CASE_STEPS.filter((s) => data.countsByStep[s] !== undefined).map((s) => (
                  <Table.Tr key={s}>
                    <Table.Th scope="row" fw={500}>
                      {CASE_STEP_LABELS[s]}
                    </Table.Th>
                    <Table.Td>{data.countsByStep[s]}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('cases.worklist.overdue')}</Table.Th>
                  <Table.Td>{data.overdueCount}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}
    </Stack>
  );
}
