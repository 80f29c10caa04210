import type { PlanDwellDto } from '@openiort/contract';
import { Table } from '@mantine/core';
import { fixed } from './plan-format.ts';

/** Every dwell position along the catheter (z, from the balloon centre) with its time. */
export function DwellTable({ dwells }: { dwells: readonly PlanDwellDto[] }) {
  return (
    <Table.ScrollContainer minWidth={240}>
      <Table verticalSpacing={2} aria-label="Dwell positions and times" className="dwell-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Dwell</Table.Th>
            <Table.Th scope="col" ta="right">
              Position z (cm)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Time (s)
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
