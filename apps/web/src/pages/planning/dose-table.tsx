import type { PlanOutputOk } from '@openiort/contract';
import { Table } from '@mantine/core';
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
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} aria-label="Doses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Where</Table.Th>
            <Table.Th scope="col">Min</Table.Th>
            <Table.Th scope="col">Mean</Table.Th>
            <Table.Th scope="col">Max</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <RangeRow label="Balloon surface" range={plan.surfaceDoseGy} />
          {plan.depthDoseGy.map((depth) => (
            <RangeRow
              key={depth.depthCm}
              label={`${String(depth.depthCm)} cm beyond the surface`}
              range={depth}
            />
          ))}
          <Table.Tr>
            <Table.Th scope="row">Skin ({String(skinDistanceCm)} cm, worst direction)</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td>{gy(plan.skinDoseGy)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">
              Chest wall
              {chestWallDistanceCm === undefined
                ? ' (no distance given)'
                : ` (${String(chestWallDistanceCm)} cm, worst direction)`}
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
