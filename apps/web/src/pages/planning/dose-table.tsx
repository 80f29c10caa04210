import type { PlanOutputOk } from '@openiort/contract';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { gy } from './plan-format.ts';

interface DoseTableProps {
  plan: PlanOutputOk;
  skinDistanceCm: number;
  chestWallDistanceCm: number | undefined;
}

function RangeRow({ label, range }: { label: string; range: PlanOutputOk['surfaceDoseGy'] }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{gy(range.min)}</Table.Td>
      <Table.Td>{gy(range.mean)}</Table.Td>
      <Table.Td>{gy(range.max)}</Table.Td>
    </Table.Tr>
  );
}

/** Doses on the balloon surface and the reported depths, then the skin and chest-wall maxima. */
export function DoseTable({ plan, skinDistanceCm, chestWallDistanceCm }: DoseTableProps) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} aria-label={t('planning.doses.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.doses.where')}</Table.Th>
            <Table.Th scope="col">{t('planning.doses.min')}</Table.Th>
            <Table.Th scope="col">{t('planning.doses.mean')}</Table.Th>
            <Table.Th scope="col">{t('planning.doses.max')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <RangeRow label={t('planning.doses.surface')} range={plan.surfaceDoseGy} />
          {plan.depthDoseGy.map((depth) => (
            <RangeRow
              key={depth.depthCm}
              label={t('planning.doses.depth', { depth: String(depth.depthCm) })}
              range={depth}
            />
          ))}
          <Table.Tr>
            <Table.Th scope="row">
              {t('planning.doses.skin', { distance: String(skinDistanceCm) })}
            </Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td>{gy(plan.skinDoseGy)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">
              {chestWallDistanceCm === undefined
                ? t('planning.doses.chestWall')
                : t('planning.doses.chestWallAt', { distance: String(chestWallDistanceCm) })}
            </Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td>{gy(plan.chestWallDoseGy)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
