import type { StoredPlan } from '@openiort/contract';
import { Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localDateTime } from '../../components/format.ts';
import { LocalTime } from '../../components/local-time.tsx';
import { ShowColumnHeader, ShowRowCell } from '../../components/show-row-cell.tsx';
import { formatMmSs } from './plan-format.ts';

interface PlanHistoryProps {
  plans: readonly StoredPlan[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** "20 Gy, surface"; `t` of the clinician namespace. */
function prescription(t: TFunction, plan: StoredPlan): string {
  const { doseGy, to, depthCm } = plan.input.prescription;
  return to === 'surface'
    ? t('planning.history.toSurface', { dose: String(doseGy) })
    : t('planning.history.atDepth', { dose: String(doseGy), depth: String(depthCm) });
}

/** The patient's plans, newest first, each at its current version; choosing one opens it. */
export function PlanHistory({ plans, selectedId, onSelect }: PlanHistoryProps) {
  const { t } = useTranslation('clinician');
  if (plans.length === 0) {
    return <Text>{t('planning.history.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('planning.history.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.history.created')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.version')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.fill')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.prescription')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.time')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.status')}</Table.Th>
            <Table.Th scope="col">{t('planning.history.signatures')}</Table.Th>
            <ShowColumnHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => {
            const selected = plan.id === selectedId;
            return (
              <Table.Tr key={plan.id} bg={selected ? 'blue.0' : undefined}>
                <Table.Td>
                  <LocalTime iso={plan.createdAt} />
                  <Text size="xs" c="gray.7">
                    {plan.createdBy.displayName}
                  </Text>
                </Table.Td>
                <Table.Td>{plan.version}</Table.Td>
                <Table.Td>
                  {t('planning.history.fillCc', {
                    volume: String(plan.input.applicator.fillVolumeCc),
                  })}
                </Table.Td>
                <Table.Td>{prescription(t, plan)}</Table.Td>
                <Table.Td>
                  {plan.output.status === 'ok' ? formatMmSs(plan.output.totalTimeS) : '—'}
                </Table.Td>
                <Table.Td>
                  {plan.output.status === 'ok' ? (
                    <Badge color={plan.demonstration ? 'orange' : 'green'} variant="light">
                      {plan.demonstration
                        ? t('planning.history.demonstration')
                        : t('planning.history.computed')}
                    </Badge>
                  ) : (
                    <Badge color="red" variant="light">
                      {t('planning.history.refused')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{plan.signatures.length}</Table.Td>
                <ShowRowCell
                  selected={selected}
                  label={t('planning.history.show', { createdAt: localDateTime(plan.createdAt) })}
                  onShow={() => {
                    onSelect(plan.id);
                  }}
                />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
