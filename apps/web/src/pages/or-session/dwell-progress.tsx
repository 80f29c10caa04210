import type { LiveDeliveryView, OrSessionState } from '@openiort/contract';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMmSs } from '../planning/plan-format.ts';
import { countdownText } from './countdown.tsx';

/** Per dwell: planned, delivered and remaining time (remaining at the current source strength). */
export function DwellProgress({ state, view }: { state: OrSessionState; view: LiveDeliveryView }) {
  const { t } = useTranslation('clinician');
  return (
    <Table
      striped
      withTableBorder
      fz="sm"
      horizontalSpacing={6}
      aria-label={t('orSession.dwellTable.label')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('orSession.dwellTable.dwell')}</Table.Th>
          <Table.Th scope="col">{t('orSession.dwellTable.planned')}</Table.Th>
          <Table.Th scope="col">{t('orSession.dwellTable.delivered')}</Table.Th>
          <Table.Th scope="col">{t('orSession.dwellTable.remaining')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.dwells.map((dwell, i) => {
          const live = view.dwells[i];
          const current = view.currentDwellIndex === dwell.index;
          return (
            <Table.Tr
              key={dwell.index}
              fw={current ? 700 : undefined}
              aria-current={current ? 'step' : undefined}
            >
              <Table.Td>{dwell.index + 1}</Table.Td>
              <Table.Td>{formatMmSs(dwell.plannedTimeS)}</Table.Td>
              <Table.Td>{formatMmSs(Math.floor(live?.deliveredTimeS ?? 0))}</Table.Td>
              <Table.Td>{countdownText(live?.remainingTimeS ?? 0)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
