import type { PlanDwellDto } from '@openiort/contract';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fixed } from './plan-format.ts';

/** Every dwell position along the catheter (z, from the balloon centre) with its time. */
export function DwellTable({ dwells }: { dwells: readonly PlanDwellDto[] }) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={240}>
      <Table
        verticalSpacing={2}
        aria-label={t('planning.dwellTable.label')}
        className="dwell-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.dwellTable.dwell')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('planning.dwellTable.position')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('planning.dwellTable.time')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dwells.map((dwell, index) => (
            <Table.Tr key={dwell.positionCm.join(',')}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {fixed(dwell.positionCm[2], 2)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {fixed(dwell.timeS, 1)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
